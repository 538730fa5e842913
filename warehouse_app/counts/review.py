"""Variance review and approval of a stock count.

Reviewers (coordinators, admins) see each line with its book, what was counted, the
difference in units and in kg, and its reason; they may ask for a recount of chosen lines,
which counters make (the recount replaces the line's count; the earlier one stays on
record). Approval posts every non-zero variance as one 'count' document (CNT-...) of
adjustment movements, each with its reason, in one transaction with the session's change
of status. Nobody who counted in a session may approve it. A blind session shows its
book quantities only once it is submitted: while it is open, its counters might look.
Undoing that CNT document (`undo.undo`) takes the session back to review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from models import (
    ADJUSTMENT_REASONS,
    Box,
    CountedPlace,
    CountLine,
    CountSession,
    Item,
    Location,
    Lot,
    User,
)
from models.db import write_transaction
from warehouse_app import clock, ledger, permissions
from warehouse_app.counts.positions import (
    Names,
    Position,
    expected,
    lock_session,
    position_of,
    scope_of,
)
from warehouse_app.counts.sessions import LIVE, PROGRESS_EVERY, current_lines, write_line
from warehouse_app.errors import CountRefused, InsufficientStock, InvalidLines, ValidationError
from warehouse_app.progress import step

KG = Decimal(1000)


@dataclass(frozen=True)
class ReviewLine:
    """One position of a count as a reviewer sees it. An uncounted position (book stock
    nobody counted, at a place not declared done) has `line`, `counted` and `difference`
    None: it posts nothing."""

    key: Position
    line: int | None
    location_code: str | None
    box_code: str | None
    item_code: str
    item_name: str
    unit: str
    lot_code: str | None
    status: str
    book: Decimal
    counted: Decimal | None
    difference: Decimal | None
    difference_kg: Decimal | None  # None: the item's weight is not known
    reason: str | None
    counted_by: str | None
    counted_at: dt.datetime | None
    implied: bool = False  # a zero from a place declared done
    recount_asked: bool = False
    earlier_counts: int = 0  # how many counts of this position it replaced

    @property
    def is_variance(self) -> bool:
        return self.difference is not None and self.difference != 0


def variance_grams(difference: Decimal, book: Decimal, book_weight_g: int,
                   weight_per_unit_g: int | None) -> int | None:
    """Grams a variance adds (or takes): what leaves goes in proportion to the balance's
    weight, as the ledger takes it; what is found weighs the item's weight per unit, else
    the balance's average."""
    if difference == 0:
        return 0
    average = int(book_weight_g * difference / book) if book > 0 and book_weight_g else None
    by_unit = int(weight_per_unit_g * difference) if weight_per_unit_g else None
    if difference < 0:
        return average if average is not None else by_unit
    return by_unit if by_unit is not None else average


def review_lines(actor: User, session: CountSession, *, variances_only: bool = False,
                 progress=None) -> list[ReviewLine]:
    """Every line of the session with its variance, then the positions nobody counted.
    `progress(done, total, place code)` hears of each chunk, and may cancel (it only reads)."""
    permissions.require(actor, "approve_count", session.owner)
    step(progress, 0, 0, session.code)
    session = CountSession.get_by_id(session.id)
    if session.blind and session.status == "open":
        raise CountRefused(session.code, "is a blind count still being counted: its book "
                           "quantities show once it is submitted", status=session.status)
    lines = current_lines(session)
    counted = {position_of(x) for x in lines}
    uncounted: dict[Position, tuple[Decimal, int]] = {}
    if session.status in LIVE:
        uncounted = {p: v for p, v in expected(session, scope_of(session)).items()
                     if p not in counted}
    names = Names(counted | set(uncounted))
    people = dict(User.select(User.id, User.name).tuples())
    earlier: dict[int, int] = {}
    for (number,) in CountLine.select(CountLine.line).where(
            (CountLine.session == session.id) & CountLine.replaced_by.is_null(False)).tuples():
        earlier[number] = earlier.get(number, 0) + 1
    found = []
    total = len(lines) + len(uncounted)
    for done, x in enumerate(lines):
        p = position_of(x)
        if done % PROGRESS_EVERY == 0:
            step(progress, done, total, names.place(p)[0] or session.code)
        difference = x.counted - x.book
        grams = variance_grams(difference, x.book, x.book_weight_g, names.weight_per_unit(p))
        found.append(ReviewLine(
            p, x.line, *names.place(p), *names.item(p), names.lot(p), x.status, x.book,
            x.counted, difference, None if grams is None else Decimal(grams) / KG, x.reason,
            people.get(x.counted_by_id), x.counted_at, x.implied, x.recount_asked,
            earlier.get(x.line, 0),
        ))
    for done, (p, (book, _grams)) in enumerate(sorted(uncounted.items()), start=len(lines)):
        if done % PROGRESS_EVERY == 0:
            step(progress, done, total, names.place(p)[0] or session.code)
        found.append(ReviewLine(p, None, *names.place(p), *names.item(p), names.lot(p),
                                p.status, book, None, None, None, None, None, None))
    if variances_only:
        found = [r for r in found if r.is_variance]
    return found


def counters_of(session: CountSession) -> dict[int, list[int]]:
    """Who counted in the session (every count, replaced ones too, and places declared
    done): user id -> the line numbers they counted."""
    who: dict[int, list[int]] = {}
    for user_id, number in CountLine.select(CountLine.counted_by, CountLine.line).where(
            CountLine.session == session.id).tuples():
        who.setdefault(user_id, [])
        if number not in who[user_id]:
            who[user_id].append(number)
    for (user_id,) in CountedPlace.select(CountedPlace.marked_by).where(
            CountedPlace.session == session.id).tuples():
        who.setdefault(user_id, [])
    return who


def ask_recount(actor: User, session: CountSession, lines: Iterable[int]) -> None:
    """Ask counters to count these lines again before approval."""
    permissions.require(actor, "approve_count", session.owner)
    wanted = sorted(set(lines))
    with write_transaction():
        session = lock_session(session, statuses=LIVE)
        _lines_by_number(session, wanted)
        CountLine.update(recount_asked=True).where(
            (CountLine.session == session.id) & CountLine.replaced_by.is_null()
            & CountLine.line.in_(wanted)).execute()


def recount_line(actor: User, session: CountSession, line: int,
                 quantity: Decimal | int | str) -> CountLine:
    """Count one line again; the new count replaces it. Once the session is submitted, only
    lines a reviewer asked for may be recounted."""
    permissions.require(actor, "count", session.owner)
    with write_transaction():
        session = lock_session(session, statuses=LIVE)
        old = _lines_by_number(session, [line])[line]
        if session.status == "submitted" and not old.recount_asked:
            raise CountRefused(session.code, f"line {line} was not asked to be recounted",
                               line=line)
        return write_line(actor, session, position_of(old), quantity, add=False)


def set_reasons(actor: User, session: CountSession, reasons: Mapping[int, str]) -> None:
    """Give variance lines their reasons (one of ADJUSTMENT_REASONS)."""
    permissions.require(actor, "approve_count", session.owner)
    with write_transaction():
        session = lock_session(session, statuses=LIVE)
        _set_reasons(session, reasons)


def _set_reasons(session: CountSession, reasons: Mapping[int, str]) -> None:
    bad = [(n, "reason", f"{r!r}: choose one of " + ", ".join(ADJUSTMENT_REASONS))
           for n, r in sorted(reasons.items()) if r not in ADJUSTMENT_REASONS]
    if bad:
        raise InvalidLines(bad)
    current = _lines_by_number(session, list(reasons))
    for number, reason in reasons.items():
        CountLine.update(reason=reason).where(CountLine.id == current[number].id).execute()


def _lines_by_number(session: CountSession, numbers: list[int]) -> dict[int, CountLine]:
    found = {x.line: x for x in CountLine.select().where(
        (CountLine.session == session.id) & CountLine.replaced_by.is_null()
        & CountLine.line.in_(numbers))}
    missing = [n for n in numbers if n not in found]
    if missing:
        raise ValidationError("line", f"{session.code} has no line "
                              + ", ".join(str(n) for n in missing), session=session.code)
    return found


def approve_count(actor: User, session: CountSession, *,
                  reasons: Mapping[int, str] | None = None) -> CountSession:
    """Post the session's variances as one CNT document dated its effective date, and close
    it. Refused to anyone who counted in it, while a recount is pending, and while a
    variance has no reason; a closed month refuses it through the ledger."""
    permissions.require(actor, "approve_count", session.owner)
    with write_transaction():
        session = lock_session(session, statuses=("submitted",))
        mine = counters_of(session).get(actor.id)
        if mine is not None:
            counted = ", ".join(str(n) for n in sorted(mine)) or "places declared done"
            raise CountRefused(
                session.code, f"{actor.name} counted in this session (lines {counted}): "
                "another coordinator or admin must approve it", person=actor.name)
        if reasons:
            _set_reasons(session, reasons)
        lines = current_lines(session)
        pending = [x.line for x in lines if x.recount_asked]
        if pending:
            raise CountRefused(session.code, "waiting for the recount of line(s) "
                               + ", ".join(str(n) for n in pending), lines=pending)
        variances = [x for x in lines if x.counted != x.book]
        missing = [
            (x.line, "reason", f"{x.counted - x.book:+} of {ledger.describe_item(x.item)} "
             f"needs a reason: one of " + ", ".join(ADJUSTMENT_REASONS))
            for x in variances if x.reason not in ADJUSTMENT_REASONS
        ]
        if missing:
            raise InvalidLines(missing)
        document = _post_variances(actor, session, variances) if variances else None
        CountSession.update(status="approved", closed_by=actor, closed_at=clock.now(),
                            document=document).where(CountSession.id == session.id).execute()
    return CountSession.get_by_id(session.id)


def _post_variances(actor: User, session: CountSession, variances: list[CountLine]):
    refs = Names(position_of(x) for x in variances)
    places = {x.id: x for x in Location.select().where(Location.id.in_(list(refs.places)))}
    boxes = {x.id: x for x in Box.select().where(Box.id.in_(list(refs.boxes)))}
    lots = {x.id: x for x in Lot.select().where(Lot.id.in_(list(refs.lots)))}
    items = {x.id: x for x in Item.select().where(Item.id.in_(list(refs.items)))}
    owner = session.owner
    with ledger.posting(actor, "count", owner, effective_date=session.effective_date,
                        reference=session.code, note=f"stock count {session.code}") as post:
        for x in variances:
            difference = x.counted - x.book
            grams = variance_grams(difference, x.book, x.book_weight_g,
                                   items[x.item_id].weight_per_unit_g)
            try:
                post.add(owner=owner, item=items[x.item_id], quantity=difference,
                         kind="adjustment", lot=lots.get(x.lot_id), box=boxes.get(x.box_id),
                         location=places.get(x.location_id), status=x.status,
                         weight_g=grams if difference > 0 else None, reason=x.reason)
            except InsufficientStock as exc:
                raise CountRefused(
                    session.code, f"line {x.line}: {exc.facts['item']} was taken since it was "
                    f"counted ({exc.facts['available']} left, {-difference} to write off): "
                    "recount it", line=x.line) from exc
    return post.document
