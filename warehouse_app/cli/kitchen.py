"""`kitchen`: the kitchen's day and a recall from the command line. `kitchen batches` lists
a day's meal batches (portions left, released or on hold and why); `kitchen trace CODE`
prints the trace of a lot, a donation, a product's lots or a meal batch, and with --xlsx
writes the same workbook as the Trace-and-recall screen.

A code that names nothing prints one line and exits 1; wrong words exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path

from models import Organisation
from warehouse_app import clock
from warehouse_app.cli import UsageError
from warehouse_app.cli.common import cli_actor, open_db
from warehouse_app.errors import NotFound
from warehouse_app.kitchen import desk as kitchen_desk
from warehouse_app.trace import desk as trace_desk
from warehouse_app.trace import recall as traceability
from warehouse_app.trace.recall import BatchTrace, LotTrace


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kitchen", help="meal batches of a day; trace a lot, donation or batch")
    commands = p.add_subparsers(dest="kitchen_command", metavar="STEP", required=True)
    q = commands.add_parser("batches", help="the meal batches cooked on a day")
    q.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    q.add_argument("--org", metavar="CODE", help="the kitchen (default: every kitchen)")
    q.add_argument("--as", dest="as_user", metavar="NAME",
                   help="act as this person (default: first admin)")
    q.set_defaults(handler=cmd_batches)
    q = commands.add_parser("trace", help="where a lot, donation or meal batch came from and went")
    q.add_argument("code", metavar="CODE",
                   help="a lot code, a donation DON-..., a product barcode or a meal batch MB-...")
    q.add_argument("--xlsx", metavar="FILE", help="also write the trace as a workbook")
    q.add_argument("--as", dest="as_user", metavar="NAME",
                   help="act as this person (default: first admin)")
    q.set_defaults(handler=cmd_trace)


def _day(text: str | None) -> dt.date:
    if not text:
        return clock.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--date: {text!r} is not YYYY-MM-DD") from None


def _n(value: Decimal | int) -> str:
    return format(Decimal(value).normalize(), "f")


def cmd_batches(args: argparse.Namespace) -> int:
    open_db(args)
    day = _day(args.date)
    actor = cli_actor(args.as_user)
    kitchens = kitchen_desk.kitchens(actor)
    if args.org:
        org = Organisation.get_or_none(Organisation.code == args.org.strip().upper())
        if org is None:
            raise NotFound("organisation", args.org.strip().upper())
        kitchens = [(org.id, org.code, org.name)]
    for kitchen_id, code, _name in kitchens:
        batches = [b for b in kitchen_desk.load_day(actor, kitchen_id, day).batches
                   if clock.day_of(b.cooked_at) == day]
        print(f"{code} {day.isoformat()}: {len(batches)} batch(es)")
        for b in batches:
            status = "undone" if b.undone else b.status.replace("_", " ")
            print(f"  {b.code}  {b.recipe}  {b.portions} portions, {_n(b.left)} left  "
                  f"use by {clock.local(b.use_by):%Y-%m-%d %H:%M}  {status}")
            for reason in b.reasons:
                print("    " + (f"no {reason.check} temperature yet" if reason.failed_at is None
                               else f"{reason.check} failed at {clock.local(reason.failed_at):%H:%M} "
                               f"({reason.temperature} °C; {reason.rule}), no corrective action"))
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    open_db(args)
    answer = trace_desk.trace(cli_actor(args.as_user), args.code)
    if answer.kind == "item":
        print(f"{answer.item} is a product: trace one of its lots")
        for choice in answer.choices:
            print(f"  {choice.code}  {choice.date or ''} {choice.date_kind or ''}".rstrip())
        return 0
    if answer.kind == "receipt":
        print(f"{answer.code}: {len(answer.lots)} lot(s)")
    for trace in answer.traces:
        _print(trace)
    if args.xlsx:
        path = traceability.export_xlsx(answer.traces, Path(args.xlsx))
        print(f"written: {path}")
    return 0


def _print(t: LotTrace | BatchTrace) -> None:
    if isinstance(t, BatchTrace):
        print(f"Meal batch {t.batch}: {t.dish} v{t.recipe_version}, cooked "
              f"{clock.local(t.cooked_at):%Y-%m-%d %H:%M} by {t.kitchen}, {t.portions} portions, "
              f"allergens: {t.allergens or 'none'}")
        print("  ingredients:")
        for i in t.ingredients:
            donors = "; ".join(f"{d.donor or d.owner} ({d.document})" for d in i.donors)
            print(f"    {i.item}  lot {i.lot or '-'}  {_n(i.quantity)} {i.unit}  from {donors or '-'}")
    else:
        dated = f", {t.date_kind} {t.date}" if t.date else ""
        print(f"Lot {t.lot}: {t.item}{dated}")
        print("  received:")
        for r in t.received:
            print(f"    {r.document} {r.date}  {r.owner}  {r.donor or '-'}  {_n(r.quantity)} {r.unit}")
        print("  meal batches:")
        for b in t.batches:
            print(f"    {b.batch}  {b.dish} v{b.recipe_version}  {b.used}  {b.status}")
        for k in t.kits:
            print(f"  kit {k.kit}  {k.design}  {_n(k.quantity)}  {k.owner}  {k.location}")
    print("  went to:")
    for o in t.outgoing:
        print(f"    {o.document} {clock.local(o.at):%Y-%m-%d %H:%M}  {o.kind}  {o.owner} -> {o.to}"
              f"{'  received by ' + o.received_by if o.received_by else ''}  "
              f"{o.item} lot {o.lot}  {_n(o.quantity)} {o.unit}")
    print("  still in the hangar:")
    for s in t.on_shelves:
        print(f"    {s.owner}  {s.item} lot {s.lot}  {s.location or '-'} {s.box}  {s.status}  "
              f"{_n(s.quantity)} {s.unit}")
