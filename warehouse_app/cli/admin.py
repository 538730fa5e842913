"""Database administration: init (and the demo hangar), check, backup, restore, copy-db,
and the hangar's time zone."""

from __future__ import annotations

import argparse
from pathlib import Path

from models import Document, Item, Organisation, User
from warehouse_app import backup, clock, integrity
from warehouse_app.cli import UsageError
from warehouse_app.cli.common import cli_actor, open_db
from warehouse_app.config import resolve_db_url
from warehouse_app.database import LATEST
from warehouse_app.errors import HangarError


class NotEmpty(HangarError):
    """--demo (or a restore) asked of a database that already holds a hangar."""

    code = "not_empty"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create the database, or migrate it to this version")
    p.add_argument("--demo", action="store_true",
                   help="fill a new, empty database with the demo hangar (admin 'Admin', PIN 1234)")
    p.add_argument("--seed", type=int, default=2015, help="the demo's random seed (default 2015)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("check", help="check that the balances equal the ledger; exit 1 on findings")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="write a backup file (SQLite) of the database")
    p.add_argument("file", nargs="?", type=Path, help="the backup file to write")
    p.add_argument("--daily", action="store_true",
                   help="today's backup into the backups folder, once a day, pruning old ones")
    p.add_argument("--keep-days", type=int, default=30, help="with --daily: days kept (30)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore a backup file into a new, empty database")
    p.add_argument("file", type=Path, help="a file written by 'warehouse-app backup'")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("time-zone", help="the hangar's time zone (show it, or set it: admin)")
    p.add_argument("zone", nargs="?", help="an IANA name such as Europe/Paris or Europe/London")
    p.add_argument("--as", dest="as_user", metavar="NAME",
                   help="act as this person (default: first admin)")
    p.set_defaults(handler=cmd_time_zone)

    p = sub.add_parser("copy-db", help="copy a whole hangar into a new, empty database")
    p.add_argument("--from", dest="source", required=True, metavar="URL")
    p.add_argument("--to", dest="target", required=True, metavar="URL")
    p.set_defaults(handler=cmd_copy_db)


def cmd_init(args: argparse.Namespace) -> int:
    open_db(args, create=True)
    print(f"database ready at schema version {LATEST}")
    if not args.demo:
        return 0
    held = {
        "organisations": Organisation.select().count(),
        "people": User.select().count(),
        "items": Item.select().count(),
        "documents": Document.select().count(),
    }
    if any(held.values()):
        what = ", ".join(f"{n} {name}" for name, n in held.items() if n)
        raise NotEmpty(
            f"--demo fills only a new, empty database, and this one holds {what}: "
            "point --db at a new file or database",
            **held,
        )
    from warehouse_app import demo  # its catalogue is loaded only when a demo is asked for

    summary = demo.fill_demo_hangar(progress=_say, seed=args.seed)
    print(f"demo hangar ready: {summary}; sign in as Admin with PIN {demo.ADMIN_PIN}")
    return 0


def _say(done: int, total: int, what: str) -> None:
    print(f"  [{done}/{total}] {what}", flush=True)


def cmd_check(args: argparse.Namespace) -> int:
    open_db(args)
    findings = integrity.check()
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} problem(s) found")
        return 1
    size = integrity.ledger_size()
    print(f"ok: {size.movements} movements, {size.documents} documents, "
          f"{size.balances} balances checked")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    if bool(args.file) == bool(args.daily):
        raise UsageError("give either a FILE or --daily")
    open_db(args)
    if args.daily:
        made = backup.daily_backup(keep_days=args.keep_days)
        print(f"backup written to {made}" if made else "today's backup already exists")
        return 0
    path = backup.backup(args.file)
    print(f"backup written to {path}")
    return 0


def cmd_time_zone(args: argparse.Namespace) -> int:
    open_db(args)
    if args.zone:
        clock.set_time_zone(cli_actor(args.as_user), args.zone)
    now = clock.local(clock.now())
    print(f"the hangar's time zone is {clock.zone().key}: it is {now:%Y-%m-%d %H:%M} there")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    url = resolve_db_url(args.db)
    result = backup.restore(args.file, url)
    return _report_copy(result, f"restored {args.file} into {url}")


def cmd_copy_db(args: argparse.Namespace) -> int:
    result = backup.copy_database(args.source, args.target)
    return _report_copy(result, f"copied {args.source} into {args.target}")


def _report_copy(result: backup.CopyResult, done: str) -> int:
    print(f"{done}: {result.rows.get('movement', 0)} movements, "
          f"{result.rows.get('document', 0)} documents, {result.total} rows in all")
    for finding in result.findings:
        print(finding)
    if result.findings:
        print(f"check: {len(result.findings)} problem(s) found in the copy")
        return 1
    print("check: ok")
    return 0
