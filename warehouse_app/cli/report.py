"""`report monthly`: one NGO's monthly stock report as .xlsx, or every NGO's plus the
hangar summary into a folder. A partner may export its own organisation only."""

from __future__ import annotations

import argparse
from pathlib import Path

from models import Organisation
from warehouse_app.cli import UsageError
from warehouse_app.cli.common import cli_actor, open_db
from warehouse_app.errors import NotFound
from warehouse_app.reports.export import export_monthly
from warehouse_app.reports.monthly import parse_month
from warehouse_app.reports.summary import write_all_reports


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="reports as .xlsx")
    groups = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    m = groups.add_parser("monthly", help="the monthly stock report of one NGO, or of all")
    which = m.add_mutually_exclusive_group(required=True)
    which.add_argument("--org", metavar="CODE", help="the owner organisation")
    which.add_argument("--all", action="store_true",
                       help="every NGO, one file each, plus a hangar summary (--out is a folder)")
    m.add_argument("--month", required=True, metavar="YYYY-MM",
                   help="the month; the month under way is reported to date")
    m.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx|FOLDER")
    m.add_argument("--as", dest="as_user", metavar="NAME", help="act as this person")
    m.set_defaults(handler=cmd_monthly)


def cmd_monthly(args: argparse.Namespace) -> int:
    month = parse_month(args.month)
    if args.org and args.out.suffix.lower() != ".xlsx":
        raise UsageError(f"--out names the .xlsx file to write, not {args.out}")
    if args.all and args.out.suffix.lower() == ".xlsx":
        raise UsageError("with --all, --out is a folder (one file per NGO is written into it)")
    open_db(args)
    actor = cli_actor(args.as_user)
    if args.all:
        for path in write_all_reports(actor, month, args.out):
            print(path)
        return 0
    owner = Organisation.get_or_none(Organisation.code == args.org.strip().upper())
    if owner is None:
        raise NotFound("organisation", args.org)
    path, report = export_monthly(actor, owner, month, args.out)
    print(f"{path}: {len(report.rows)} line(s), {report.header.report_number}")
    return 0
