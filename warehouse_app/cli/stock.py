"""`stock`: stock on hand per owner and item, as a table or as CSV for a spreadsheet.

The CSV is safe to open in Excel or LibreOffice: text that a spreadsheet would take for a
formula ('=', '+', '-', '@', tab, CR first) is written with a leading apostrophe.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from models import Organisation
from warehouse_app.cli.common import cli_actor, open_db
from warehouse_app.errors import NotFound
from warehouse_app.reports.cells import spreadsheet_safe  # the one rule for .csv and .xlsx
from warehouse_app.stock.queries import stock_on_hand

CSV_HEADER = ("owner", "item_code", "item_name", "unit", "quantity")


@dataclass(frozen=True)
class StockLine:
    owner: str
    item_code: str
    item_name: str
    unit: str
    quantity: Decimal


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stock", help="stock on hand per owner and item")
    p.add_argument("--org", metavar="CODE", help="only this organisation's stock")
    p.add_argument("--format", choices=("table", "csv"), default="table")
    p.add_argument("--as", dest="as_user", metavar="NAME", help="act as this person")
    p.set_defaults(handler=cmd_stock)


def cmd_stock(args: argparse.Namespace) -> int:
    open_db(args)
    actor = cli_actor(args.as_user)
    owner = None
    if args.org:
        owner = Organisation.get_or_none(Organisation.code == args.org.strip().upper())
        if owner is None:
            raise NotFound("organisation", args.org)
    lines = stock_lines(actor, owner)
    if args.format == "csv":
        write_csv(lines, sys.stdout)
    else:
        write_table(lines, sys.stdout)
    return 0


def stock_lines(actor, owner: Organisation | None) -> list[StockLine]:
    """Usable and quarantined stock together: all that each owner holds, item by item."""
    return [
        StockLine(r.owner_code, r.item_code, r.item_name, r.unit, r.quantity)
        for r in stock_on_hand(actor, owner=owner, group_by=("owner", "item"))
    ]


def write_csv(lines: Iterable[StockLine], out) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for line in lines:
        writer.writerow((
            spreadsheet_safe(line.owner), spreadsheet_safe(line.item_code),
            spreadsheet_safe(line.item_name), spreadsheet_safe(line.unit), str(line.quantity),
        ))


def write_table(lines: list[StockLine], out) -> None:
    if not lines:
        print("no stock on hand", file=out)
        return
    rows = [(x.owner, x.item_code, x.item_name, x.unit, str(x.quantity)) for x in lines]
    widths = [max(len(r[i]) for r in [CSV_HEADER, *rows]) for i in range(5)]
    for row in [CSV_HEADER, *rows]:
        cells = [c.ljust(w) for c, w in zip(row[:4], widths[:4], strict=True)]
        print("  ".join([*cells, row[4].rjust(widths[4])]), file=out)
    print(f"{len(rows)} line(s)", file=out)
