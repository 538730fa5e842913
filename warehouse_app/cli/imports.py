"""`import stock FILE` and `import donations FILE`: a volunteer's spreadsheet into the
ledger, in one transaction. Every refused row is printed with its row number as the
spreadsheet shows it, its column and the problem; exit 1 when any row was refused."""

from __future__ import annotations

import argparse
from pathlib import Path

from models import Organisation
from warehouse_app.cli.common import cli_actor, open_db
from warehouse_app.errors import NotFound
from warehouse_app.imports.columns import parse_overrides
from warehouse_app.imports.donations import import_donations
from warehouse_app.imports.matching import NewItem
from warehouse_app.imports.rows import ImportResult
from warehouse_app.imports.stock import import_stock


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import a spreadsheet (.xlsx): stock or donations")
    kinds = p.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    for kind, handler, what in (
        ("stock", cmd_stock, "opening balances (or a count sheet) as one 'opening' document"),
        ("donations", cmd_donations, "a donations log as receipts, one per day and donor"),
    ):
        k = kinds.add_parser(kind, help=what)
        k.add_argument("file", type=Path, help="the .xlsx file")
        k.add_argument("--org", required=True, metavar="CODE", help="the owner organisation")
        k.add_argument("--dry-run", action="store_true",
                       help="check everything and print what would be imported; write nothing")
        k.add_argument("--create-items", action="store_true",
                       help="create items the catalogue lacks (in the sheet's category, or "
                       "under 'Imported')")
        k.add_argument("--good-rows-only", action="store_true",
                       help="import the good rows even when others are refused")
        k.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                       help="correct the column mapping, e.g. --map \"Qté=quantity\" or "
                       "--map \"Emplacement=ignore\"; remembered on this workstation for "
                       "sheets with the same headers")
        k.add_argument("--as", dest="as_user", metavar="NAME", help="act as this person")
        k.set_defaults(handler=handler)


def _owner(code: str) -> Organisation:
    owner = Organisation.get_or_none(Organisation.code == code.strip().upper())
    if owner is None:
        raise NotFound("organisation", code)
    return owner


def _run(args: argparse.Namespace, importer) -> int:
    overrides = parse_overrides(args.map)
    open_db(args)
    actor = cli_actor(args.as_user)
    result = importer(actor, _owner(args.org), args.file, dry_run=args.dry_run,
                      create_items=args.create_items, good_rows_only=args.good_rows_only,
                      mapping=overrides or None)
    print_result(result, args.good_rows_only)
    return 1 if result.refused else 0


def cmd_stock(args: argparse.Namespace) -> int:
    return _run(args, import_stock)


def cmd_donations(args: argparse.Namespace) -> int:
    return _run(args, import_donations)


def print_result(result: ImportResult, good_rows_only: bool) -> None:
    print(f"{Path(result.file).name}, sheet {result.sheet!r}: header on row {result.header_row}")
    print("  columns: " + ", ".join(f"{h} -> {f}" for f, h in result.mapping.items()))
    if result.ignored_columns:
        print("  ignored: " + ", ".join(result.ignored_columns))
    for row, why in result.skipped:
        print(f"  row {row} skipped: {why}")
    for problem in result.problems:
        print(f"  REFUSED {problem}")
    if result.dry_run or not result.written:
        for goods in result.lines[:50]:
            goods = getattr(goods, "goods", goods)
            item = goods.item
            name = (f"new item {item.name}" if isinstance(item, NewItem) else
                    f"{item.code} {item.name}")
            print(f"  row {goods.row}: {goods.quantity} {goods.unit or ''} {name}".rstrip())
        if len(result.lines) > 50:
            print(f"  ... and {len(result.lines) - 50} more good row(s)")
    for new in result.items_to_create:
        print(f"  new item: {new.name} {new.gender or ''} {new.size or ''} ({new.unit})")
    good, bad = len(result.lines), len({p.row for p in result.problems})
    if result.written:
        print(f"imported {good} row(s) as {', '.join(result.documents)}"
              + (f"; {bad} row(s) refused and left out" if bad else ""))
    elif result.dry_run and not (bad and not good_rows_only):
        print(f"dry run: {good} row(s) would be imported as {len(result.documents)} "
              f"document(s); nothing was written")
    elif bad:
        print(f"nothing imported: {bad} row(s) refused (fix them, or use --good-rows-only)")
    else:
        print("nothing to import")
