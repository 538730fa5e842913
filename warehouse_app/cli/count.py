"""`count`: stock counts from the command line: start a session, export its sheet for paper
and import it filled, declare places done, submit, review the variances, approve or cancel.

A refusal (a counter approving, a closed month, a bad sheet row) prints one line and exits
1; wrong words on the command line exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path

from peewee import fn

from models import ADJUSTMENT_REASONS, Category, Location, Organisation
from warehouse_app.cli import UsageError
from warehouse_app.cli.common import cli_actor, open_db
from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.counts.positions import find_session, scope_of
from warehouse_app.counts.sheet import export_sheet, import_sheet
from warehouse_app.errors import NotFound, ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("count", help="stock counts: start, sheets, review, approve")
    commands = p.add_subparsers(dest="count_command", metavar="STEP", required=True)

    def step(name: str, handler, help_text: str, *, session: bool = True, as_required=False):
        q = commands.add_parser(name, help=help_text)
        if session:
            q.add_argument("session", metavar="SESSION", help="the session's number, CS-YYYY-NNNNN")
        q.add_argument("--as", dest="as_user", metavar="NAME", required=as_required,
                       help="act as this person" + ("" if as_required else " (default: first admin)"))
        q.set_defaults(handler=handler)
        return q

    q = step("start", cmd_start, "open a count session", session=False)
    q.add_argument("--org", metavar="CODE", required=True, help="whose stock is counted")
    q.add_argument("--location", metavar="LOC", action="append", default=[],
                   help="count at this place and the places inside it (repeatable)")
    q.add_argument("--category", metavar="NAME", action="append", default=[],
                   help="count this category and below; 'Parent/Child' if ambiguous (repeatable)")
    q.add_argument("--blind", action="store_true", help="counters do not see the book")
    q.add_argument("--date", metavar="YYYY-MM-DD", help="effective date (default: today)")
    q.add_argument("--note", metavar="TEXT")
    q = step("export", cmd_export, "write the session's count sheet (.xlsx)")
    q.add_argument("--out", metavar="FILE.xlsx", required=True)
    q = step("import", cmd_import, "read a filled count sheet into the session")
    q.add_argument("file", metavar="FILE", help="the filled .xlsx")
    q = step("done", cmd_done, "declare a place counted: what nobody found there is zero")
    q.add_argument("--location", metavar="LOC", help="the place (default: the whole scope)")
    step("submit", cmd_submit, "counting is finished: send the session to review")
    q = step("review", cmd_review, "print the lines with variances")
    q.add_argument("--all", action="store_true", help="every line, not only variances")
    q = step("approve", cmd_approve, "post the variances as one CNT document", as_required=True)
    q.add_argument("--reason", metavar="LINE=REASON", action="append", default=[],
                   help="reason of a variance line: " + ", ".join(ADJUSTMENT_REASONS))
    q = step("cancel", cmd_cancel, "cancel the session: nothing is posted")
    q.add_argument("--reason", required=True, help="why")


def _location(code: str) -> Location:
    found = Location.get_or_none(Location.code == code.strip().upper())
    if found is None:
        raise NotFound("location", code.strip().upper())
    return found


def _category(name: str) -> Category:
    """A category by name, or by 'Parent/Child' where a name is used twice."""
    *parents, leaf = [x.strip() for x in name.split("/")]
    candidates = list(Category.select().where(fn.LOWER(Category.name) == leaf.lower()))
    if parents:
        candidates = [c for c in candidates
                      if c.parent is not None and c.parent.name.lower() == parents[-1].lower()]
    if not candidates:
        raise NotFound("category", name)
    if len(candidates) > 1:
        paths = ", ".join(f"{c.parent.name}/{c.name}" if c.parent else c.name for c in candidates)
        raise ValidationError("category", f"{name!r} is ambiguous: say which ({paths})")
    return candidates[0]


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date {text!r}: give YYYY-MM-DD") from None


def cmd_start(args: argparse.Namespace) -> int:
    open_db(args)
    actor = cli_actor(args.as_user)
    owner = Organisation.get_or_none(Organisation.code == args.org.strip().upper())
    if owner is None:
        raise NotFound("organisation", args.org)
    session = counts.start_count(
        actor, owner, locations=[_location(x) for x in args.location],
        categories=[_category(x) for x in args.category], blind=args.blind,
        effective_date=_date(args.date), note=args.note)
    kind = "blind" if session.blind else "open"
    print(f"{session.code}: {kind} count of {owner.code}, {scope_of(session).describe()}, "
          f"dated {session.effective_date.isoformat()}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    open_db(args)
    actor = cli_actor(args.as_user)
    session = find_session(args.session)
    listed = export_sheet(actor, session, Path(args.out))
    print(f"{session.code}: {listed} position(s) written to {args.out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    open_db(args)
    actor = cli_actor(args.as_user)
    session = find_session(args.session)
    if not Path(args.file).is_file():
        raise UsageError(f"no file {args.file}")
    lines = import_sheet(actor, session, Path(args.file))
    print(f"{session.code}: {len(lines)} line(s) counted from {Path(args.file).name}")
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    open_db(args)
    actor = cli_actor(args.as_user)
    session = find_session(args.session)
    place = _location(args.location) if args.location else None
    zero = counts.mark_done(actor, session, place)
    print(f"{session.code}: {place.code if place else 'the whole scope'} done; "
          f"{zero} position(s) nobody counted are counted as zero")
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    open_db(args)
    session = counts.submit_count(cli_actor(args.as_user), find_session(args.session))
    print(f"{session.code}: submitted for review")
    return 0


def _number(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def cmd_review(args: argparse.Namespace) -> int:
    open_db(args)
    actor = cli_actor(args.as_user)
    session = find_session(args.session)
    lines = counts_review.review_lines(actor, session, variances_only=not args.all)
    header = ("line", "place", "box", "item", "lot", "status", "book", "counted", "diff", "kg",
              "reason")
    rows = [(
        str(r.line) if r.line is not None else "-", r.location_code or "", r.box_code or "",
        f"{r.item_code} {r.item_name}", r.lot_code or "", r.status, _number(r.book),
        _number(r.counted) if r.counted is not None else "not counted",
        (f"{r.difference:+}" if r.difference else _number(r.difference)),
        f"{r.difference_kg:+}" if r.difference_kg else "", r.reason or "",
    ) for r in lines]
    print(f"{session.code} ({session.status}, {'blind' if session.blind else 'open'}, "
          f"{session.owner.code}, {scope_of(session).describe()})")
    if not rows:
        print("no variances" if not args.all else "nothing counted")
        return 0
    widths = [max(len(x[i]) for x in [header, *rows]) for i in range(len(header))]
    numeric = {6, 7, 8, 9}
    for row in [header, *rows]:
        print("  ".join(c.rjust(w) if i in numeric else c.ljust(w)
                        for i, (c, w) in enumerate(zip(row, widths, strict=True))).rstrip())
    variances = sum(1 for r in lines if r.is_variance)
    print(f"{variances} variance(s)")
    return 0


def _reasons(pairs: list[str]) -> dict[int, str]:
    found = {}
    for pair in pairs:
        line, sep, reason = pair.partition("=")
        if not sep or not line.strip().isdigit() or not reason.strip():
            raise UsageError(f"--reason {pair!r}: give LINE=REASON, e.g. 3=lost")
        found[int(line)] = reason.strip().lower().replace(" ", "_")
    return found


def cmd_approve(args: argparse.Namespace) -> int:
    reasons = _reasons(args.reason)
    open_db(args)
    actor = cli_actor(args.as_user)
    session = counts_review.approve_count(actor, find_session(args.session), reasons=reasons)
    if session.document is None:
        print(f"{session.code}: approved; no variance, nothing posted")
    else:
        n = session.document.movements.count()
        print(f"{session.code}: approved; {session.document.code} posted with {n} adjustment(s)")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    open_db(args)
    session = counts.cancel_count(cli_actor(args.as_user), find_session(args.session),
                                  reason=args.reason)
    print(f"{session.code}: cancelled")
    return 0
