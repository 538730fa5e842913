"""`warehouse-app`: with no subcommand, the desktop window; with one, a headless task.

Each module in COMMAND_MODULES adds its subcommands through `register(subparsers)`;
a subcommand's handler takes the parsed arguments and returns an exit code. Domain
refusals (HangarError) print one clear line and exit 1; usage errors exit 2. Qt is
imported only when the window is asked for.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from peewee import OperationalError

from models.db import BadDatabaseURL
from models.migrations import SchemaTooNew
from warehouse_app import __version__
from warehouse_app.errors import HangarError

COMMAND_MODULES = (
    "warehouse_app.cli.admin",
    "warehouse_app.cli.stock",
    "warehouse_app.cli.users",
    "warehouse_app.cli.label",
    "warehouse_app.cli.report",
    "warehouse_app.cli.imports",
    "warehouse_app.cli.count",
    "warehouse_app.cli.kitchen",
)


class UsageError(Exception):
    """Wrong words on the command line: exit 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warehouse-app",
        description="Hangar: stock, intake, kitchen and reports for a warehouse shared by NGOs.",
    )
    parser.add_argument("--version", action="version", version=f"Hangar {__version__}")
    parser.add_argument(
        "--db", metavar="URL",
        help="database URL (sqlite:///path/hangar.db or postgresql://user@host/name); "
        "default: $WAREHOUSE_DB_URL, else the workstation's settings, else the user's data folder",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(
    argv: Sequence[str] | None = None,
    open_window: Callable[[str | None], int] | None = None,
) -> int:
    """Run a subcommand; with none, call `open_window(db_url)`.

    The core cannot import the UI, so the installed `warehouse-app` enters through
    `ui.launch`, which passes the window in; `python -m warehouse_app` has no window.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        if open_window is None:
            parser.print_help(sys.stderr)
            print("\nwarehouse-app: give a COMMAND (the window opens from 'warehouse-app' itself)",
                  file=sys.stderr)
            return 2
        return open_window(args.db)
    try:
        return int(args.handler(args) or 0)
    except (UsageError, BadDatabaseURL) as exc:
        parser.print_usage(sys.stderr)
        print(f"warehouse-app {args.command}: {exc}", file=sys.stderr)
        return 2
    except HangarError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (SchemaTooNew, OperationalError) as exc:  # a newer schema; a server that is down
        print(f"error: {str(exc).strip().splitlines()[0]}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: nothing half-written (each action is one transaction)", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
