"""Stock counts: a coordinator starts a session over part of one NGO's stock, counters enter
what they find (by scanning or typing, or from a paper sheet), declare places done, and
submit; review and approval are in `counts_review`, paper sheets in `counts_sheet`.

Movements during a count. Each line keeps the book quantity of its position read at the
moment the line is counted (within the same write transaction as the line, and on
PostgreSQL under a share lock on the balance row, so it is a book the ledger really had
between two postings). A line's variance is counted minus that book, and approval posts
exactly those variances as adjustments. A distribution, receipt or move after the line was
counted is therefore not a variance: it changed shelf and book alike, and after approval
the balance is the count plus whatever moved since. The other way, freezing movements in
the scope while a session is open, was not chosen: a blind count of zone B may take all
afternoon, and the kitchen must still cook from zone B; it would also put a count check
into every posting of the ledger. The consequence for counters: count a position in one
go, and count a box or shelf before goods are taken from it, not while.

Places not reached. A position with book stock that nobody counted is not taken as zero:
in a blind count, "not counted" usually means "not reached" (the shift ended), and writing
off a whole shelf for it would be wrong. A counter who has counted everything at a place
declares it done (`mark_done`); then what the book holds there and nobody counted is
written as counted zero, with the book read at that moment, and shows as a variance.

Sessions of one owner whose scopes overlap may not be open together: each would adjust
the same stock for the same difference.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from models import (
    ADJUSTMENT_REASONS,
    STOCK_STATUSES,
    Box,
    Category,
    CountedPlace,
    CountLine,
    CountScope,
    CountSession,
    Item,
    Location,
    Lot,
    Organisation,
    User,
    database,
)
from models.db import is_sqlite, write_transaction
from models.fields import InexactQuantity, to_milli
from warehouse_app import clock, ledger, permissions
from warehouse_app.counts.positions import (
    Names,
    Position,
    Scope,
    below,
    book_at,
    expected,
    find_session,
    lock_session,
    make_scope,
    position_of,
    scope_of,
)
from warehouse_app.errors import CountRefused, PeriodClosed, ValidationError
from warehouse_app.progress import step

__all__ = [
    "CountEntry", "CountPosition", "CountedLine", "cancel_count", "count_line", "count_lines",
    "counted_lines", "find_session", "mark_done", "positions_to_count", "sessions", "start_count",
    "submit_count",
]

SESSION_PREFIX = "CS"
LIVE = ("open", "submitted")
PROGRESS_EVERY = 500  # positions between two progress reports (and cancel checks)


@dataclass(frozen=True)
class CountEntry:
    """What a counter found at one position; `reason` only from a filled sheet."""

    item: Item
    quantity: Decimal | int | str
    location: Location | None = None
    box: Box | None = None
    lot: Lot | None = None
    status: str = "usable"
    reason: str | None = None


@dataclass(frozen=True)
class CountPosition:
    """A position a counter should look at. `book` is None in a blind session: this is
    what counters are shown, so it never carries the book of a blind count."""

    key: Position
    line: int | None  # None: not counted yet
    location_code: str | None
    box_code: str | None
    item_code: str
    item_name: str
    unit: str
    lot_code: str | None
    status: str
    book: Decimal | None
    counted: Decimal | None


@dataclass(frozen=True)
class CountedLine:
    """A line as its counters see it: what was counted, never what the book says."""

    line: int
    location_code: str | None
    box_code: str | None
    item_code: str
    item_name: str
    unit: str
    lot_code: str | None
    status: str
    counted: Decimal
    counted_by: str
    counted_at: dt.datetime
    implied: bool
    recount_asked: bool


# -- sessions ------------------------------------------------------------------------------

def start_count(
    actor: User,
    owner: Organisation,
    *,
    locations: Sequence[Location] = (),
    categories: Sequence[Category] = (),
    blind: bool = False,
    effective_date: dt.date | None = None,
    note: str | None = None,
    progress=None,
) -> CountSession:
    """Open a count of `owner`'s stock at `locations` (and the places inside them) and/or
    in `categories` (and below); with neither, all of the owner's stock. `progress(done,
    total, code)` hears of each live session checked for overlap and each place and
    category written; a cancel there rolls the whole start back (no number is used up)."""
    permissions.require(actor, "approve_count", owner)
    day = effective_date or clock.today()
    if day > clock.today():
        raise ValidationError("effective_date", f"{day.isoformat()} is in the future")
    scope = make_scope(list(locations), list(categories))
    with write_transaction():
        if not is_sqlite():  # two coordinators starting counts of one owner take turns
            database.execute_sql("SELECT pg_advisory_xact_lock(7, %s)", (owner.id,))
        opens = ledger.first_open_day(owner.id)
        if opens is not None and day < opens:
            raise PeriodClosed(owner.code, ledger.month_start(day))
        live = list(CountSession.select().where(
            (CountSession.owner == owner.id) & CountSession.status.in_(LIVE)))
        total = len(live) + len(locations) + len(categories) + 1
        for done, other in enumerate(live):
            step(progress, done, total, other.code)
            if scope_of(other).overlaps(scope):
                raise CountRefused(
                    other.code, f"is still {other.status} over the same stock of {owner.code} "
                    f"({scope_of(other).describe()}): approve or cancel it first",
                    owner=owner.code, status=other.status)
        session = CountSession.create(
            code=_next_code(day.year), owner=owner, blind=blind, status="open",
            effective_date=day, note=(note or "").strip() or None, created_by=actor)
        done = len(live)
        for place in locations:
            step(progress, done, total, place.code)
            CountScope.create(session=session, location=place)
            done += 1
        for category in categories:
            step(progress, done, total, category.name)
            CountScope.create(session=session, category=category)
            done += 1
        step(progress, done, total, session.code)  # a last chance to cancel: nothing kept
    return session


def _next_code(year: int) -> str:
    """CS-2026-00012: gapless per year, from the ledger's own sequence table (row-locked)."""
    p = database.obj.param
    number = database.obj.execute_sql(
        'INSERT INTO "document_sequence" ("kind", "period", "last_number") '
        f"VALUES ({p}, {p}, 1) ON CONFLICT (\"kind\", \"period\") DO UPDATE "
        'SET "last_number" = "document_sequence"."last_number" + 1 RETURNING "last_number"',
        ("count_session", str(year)),
    ).fetchone()[0]
    return f"{SESSION_PREFIX}-{year}-{number:05d}"


def submit_count(actor: User, session: CountSession) -> CountSession:
    """The counters are finished: the session goes to review (and a blind one's book
    quantities become visible to reviewers)."""
    permissions.require(actor, "count", session.owner)
    with write_transaction():
        session = lock_session(session, statuses=("open",))
        if not _current(session).exists():
            raise CountRefused(session.code, "nothing was counted: count, or cancel the session")
        CountSession.update(status="submitted", submitted_by=actor, submitted_at=clock.now()).where(
            CountSession.id == session.id).execute()
    return CountSession.get_by_id(session.id)


def cancel_count(actor: User, session: CountSession, *, reason: str) -> CountSession:
    """Drop a session that will not be approved; its lines stay on record, nothing posts."""
    permissions.require(actor, "approve_count", session.owner)
    if not reason or not reason.strip():
        raise ValidationError("reason", f"say why {session.code} is cancelled")
    with write_transaction():
        session = lock_session(session, statuses=LIVE)
        note = "\n".join(x for x in (session.note, f"cancelled: {reason.strip()}") if x)
        CountSession.update(status="cancelled", closed_by=actor, closed_at=clock.now(), note=note).where(
            CountSession.id == session.id).execute()
    return CountSession.get_by_id(session.id)


def sessions(actor: User, *, owner: Organisation | None = None,
             statuses: Sequence[str] = LIVE) -> list[CountSession]:
    """Count sessions the actor may count in, newest first: open and submitted by default."""
    query = CountSession.select().where(CountSession.status.in_(list(statuses)))
    if owner is not None:
        permissions.require(actor, "count", owner)
        query = query.where(CountSession.owner == owner.id)
    elif permissions.reach(actor, "count") is None:
        return []
    elif permissions.reach(actor, "count") is permissions.Reach.OWN:
        query = query.where(CountSession.owner == actor.organisation_id)
    return list(query.order_by(CountSession.created_at.desc(), CountSession.id.desc()))


# -- counting ------------------------------------------------------------------------------

def count_line(
    actor: User,
    session: CountSession,
    *,
    item: Item,
    quantity: Decimal | int | str,
    location: Location | None = None,
    box: Box | None = None,
    lot: Lot | None = None,
    status: str = "usable",
    add: bool = False,
) -> CountedLine:
    """Record what was found at one position. `add=True` adds to what was counted there
    already (a scan, or a negative number to take back a scan twice); otherwise the count
    replaces it. Either way the earlier count stays on record."""
    entry = CountEntry(item, quantity, location, box, lot, status)
    return count_lines(actor, session, [entry], add=add)[0]


def count_lines(actor: User, session: CountSession, entries: Sequence[CountEntry], *,
                add: bool = False) -> list[CountedLine]:
    """Several positions at once, all or nothing (a filled sheet, a box's contents)."""
    permissions.require(actor, "count", session.owner)
    with write_transaction():
        session = lock_session(session, statuses=("open",))
        scope = scope_of(session)
        checked = [(position_for(session, scope, e, row), e) for row, e in enumerate(entries, 1)]
        written = [
            write_line(actor, session, p, e.quantity, add=add, reason=e.reason, row=row)
            for row, (p, e) in enumerate(checked, start=1)
        ]
    return counted_view(written)


def mark_done(actor: User, session: CountSession, location: Location | None = None) -> int:
    """Everything at `location` (and inside it; None: the whole scope) has been counted:
    what the book holds there that nobody counted is written as counted zero. Returns how
    many such zero lines were written."""
    permissions.require(actor, "count", session.owner)
    with write_transaction():
        session = lock_session(session, statuses=("open",))
        scope = scope_of(session)
        within = None
        if location is not None:
            within = below(Location, [location.id])
            if scope.location_ids is not None and not (within & scope.location_ids):
                raise CountRefused(session.code, f"{location.code} is not in this count "
                                   f"({scope.describe()})", location=location.code)
        CountedPlace.create(session=session, location=location, marked_by=actor)
        counted = {position_of(x) for x in _current(session)}
        zero = 0
        for p in sorted(set(expected(session, scope, within=within)) - counted):
            write_line(actor, session, p, Decimal(0), add=False, implied=True)
            zero += 1
    return zero


def write_line(actor: User, session: CountSession, p: Position, quantity, *, add: bool,
               implied: bool = False, reason: str | None = None, row: int = 1) -> CountLine:
    """Write one count of a position, replacing its current line; the caller holds the
    session's lock. The book is read here, now: see the module's docstring."""
    try:
        to_milli(quantity)
        value = Decimal(quantity)
    except (InexactQuantity, ArithmeticError, TypeError, ValueError) as exc:
        raise ValidationError("quantity", f"{quantity!r}: {exc}", row=row) from None
    if reason is not None and reason not in ADJUSTMENT_REASONS:
        raise ValidationError("reason", f"{reason!r}: choose one of "
                              + ", ".join(ADJUSTMENT_REASONS), row=row)
    old = _current(session).where(*_same_position(p)).first()
    counted = (old.counted + value) if add and old is not None else value
    if counted < 0:
        raise ValidationError("quantity", f"a count cannot be below zero ({counted})", row=row)
    book, grams = book_at(session.owner_id, p)
    if old is not None:
        number = old.line
    else:
        top = CountLine.select(CountLine.line).where(CountLine.session == session.id).order_by(
            CountLine.line.desc()).first()
        number = (top.line if top else 0) + 1
    line = CountLine.create(
        session=session, line=number, location=p.location_id or None, box=p.box_id or None,
        item=p.item_id, lot=p.lot_id or None, status=p.status, counted=counted, book=book,
        book_weight_g=grams, counted_by=actor, implied=implied,
        reason=reason or (old.reason if old is not None else None),
    )
    if old is not None:
        CountLine.update(replaced_by=line).where(CountLine.id == old.id).execute()
    return line


def position_for(session: CountSession, scope: Scope, e: CountEntry, row: int) -> Position:
    """Check one entry against the session and say which position it counts."""
    what = ledger.describe_item(e.item)
    if e.status not in STOCK_STATUSES:
        raise ValidationError("status", f"unknown stock status {e.status!r}", row=row)
    if e.lot is not None and e.lot.item_id != e.item.id:
        raise ValidationError("lot", f"lot {e.lot.code} is not a lot of {what}", row=row)
    location = e.location
    if e.box is not None:
        if e.box.owner_id != session.owner_id:
            raise ValidationError("box", f"{e.box.code} belongs to another organisation, not "
                                  f"{session.owner.code}", row=row)
        if location is not None and e.box.location_id != location.id:
            where = e.box.location.code if e.box.location_id else "no place"
            raise ValidationError("box", f"{e.box.code} is recorded at {where}, not "
                                  f"{location.code}: move the box first, or count it there",
                                  row=row)
        location = e.box.location
    p = Position(location.id if location else 0, e.box.id if e.box else 0, e.item.id,
                 e.lot.id if e.lot else 0, e.status)
    if not scope.covers(p.location_id, e.item.category_id):
        where = f" at {location.code}" if location else ""
        raise ValidationError("item", f"{what}{where} is not in {session.code} "
                              f"({scope.describe()})", row=row)
    return p


# -- what counters see ---------------------------------------------------------------------

def positions_to_count(actor: User, session: CountSession, *,
                       location: Location | None = None, progress=None) -> list[CountPosition]:
    """What a counter works through: every position in scope the book holds stock at, and
    every one counted already, in shelf order. Book quantities only for open counts.
    A count of a whole NGO lists thousands: `progress(done, total, place code)` hears of
    each chunk (and may cancel: it only reads)."""
    permissions.require(actor, "count", session.owner)
    step(progress, 0, 0, session.code)
    scope = scope_of(session)
    within = below(Location, [location.id]) if location is not None else None
    book = expected(session, scope, within=within)
    lines = {position_of(x): x for x in _current(session)
             if within is None or (x.location_id or 0) in within}
    everything = sorted(set(book) | set(lines))
    names = Names(everything)
    found = []
    for done, p in enumerate(everything):
        if done % PROGRESS_EVERY == 0:
            step(progress, done, len(everything), names.place(p)[0] or session.code)
        line = lines.get(p)
        found.append(CountPosition(
            p, line.line if line else None, *names.place(p), *names.item(p), names.lot(p),
            p.status, None if session.blind else book.get(p, (Decimal(0), 0))[0],
            line.counted if line else None,
        ))
    found.sort(key=lambda x: (x.location_code or "", x.box_code or "", x.item_name.casefold(),
                              x.item_code, x.lot_code or "", x.status))
    return found


def counted_lines(actor: User, session: CountSession) -> list[CountedLine]:
    """The session's current lines, as counters may see them (no book quantity)."""
    permissions.require(actor, "count", session.owner)
    return counted_view(list(_current(session).order_by(CountLine.line)))


def counted_view(lines: Sequence[CountLine]) -> list[CountedLine]:
    names = Names({position_of(x) for x in lines})
    people = dict(User.select(User.id, User.name).where(
        User.id.in_({x.counted_by_id for x in lines})).tuples()) if lines else {}
    return [
        CountedLine(x.line, *names.place(position_of(x)), *names.item(position_of(x)),
                    names.lot(position_of(x)), x.status, x.counted, people[x.counted_by_id],
                    x.counted_at, x.implied, x.recount_asked)
        for x in lines
    ]


# -- shared with review and sheets ---------------------------------------------------------

def _current(session: CountSession):
    return CountLine.select().where(
        (CountLine.session == session.id) & CountLine.replaced_by.is_null())


def current_lines(session: CountSession) -> list[CountLine]:
    return list(_current(session).order_by(CountLine.line))


def _same_position(p: Position) -> list:
    def eq(column, value):
        return column == value if value else column.is_null()
    return [eq(CountLine.location, p.location_id), eq(CountLine.box, p.box_id),
            CountLine.item == p.item_id, eq(CountLine.lot, p.lot_id), CountLine.status == p.status]
