"""Database administration: init."""

from __future__ import annotations

import argparse

from warehouse_app.cli.common import open_db
from warehouse_app.database import LATEST


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create the database, or migrate it to this version")
    p.set_defaults(handler=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    open_db(args, create=True)
    print(f"database ready at schema version {LATEST}")
    return 0
