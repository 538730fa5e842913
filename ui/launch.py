"""The `warehouse-app` entry point: the window when no subcommand is given, else the
headless CLI. Qt is imported only on the window's path, so `warehouse-app check` on a
server with no display never loads it."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from warehouse_app.cli import main as cli_main


def open_window(db_url: str | None) -> int:
    from ui.app import run  # Qt only when the window is wanted

    return run(db_url)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, open_window=open_window)


if __name__ == "__main__":
    sys.exit(main())
