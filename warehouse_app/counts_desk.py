"""What the count screen asks the database, on an operation's worker thread: the live
sessions and the choices for starting one, a scan at a place or in a box, typed counts,
places done, submission, the review lines, reasons, recounts and approval. Plain values
come back (SessionRow, ScanOutcome...), so the window never queries on its GUI thread.
The rules themselves are counts.py's and counts_review.py's."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models import Box, Category, CountSession, Location, Lot, Organisation
from warehouse_app import counts, counts_review, permissions, scan
from warehouse_app.counts_positions import scope_of


@dataclass(frozen=True)
class SessionRow:
    id: int
    code: str
    owner_code: str
    blind: bool
    status: str
    places: tuple[str, ...]
    categories: tuple[str, ...]
    recounts: int = 0  # lines a reviewer asked to be counted again


@dataclass(frozen=True)
class StartChoices:
    owners: list[tuple[int, str]]
    locations: list[tuple[int, str]]
    categories: list[tuple[int, str]]


@dataclass(frozen=True)
class ScanOutcome:
    kind: str  # place, box, counted, no_place, not_product
    code: str
    place: tuple[int, str] | None = None
    box: tuple[int, str] | None = None
    line: int | None = None
    lines: tuple = ()


def _row(s: CountSession) -> SessionRow:
    scope = scope_of(s)
    recounts = sum(1 for x in counts.current_lines(s) if x.recount_asked)
    return SessionRow(s.id, s.code, s.owner.code, s.blind, s.status,
                      tuple(scope.location_codes or ()), tuple(scope.category_names or ()),
                      recounts)


def load_sessions(actor) -> tuple[list[SessionRow], StartChoices | None, bool]:
    rows = [_row(s) for s in counts.sessions(actor)]
    reach = permissions.reach(actor, "approve_count")
    if reach is None:
        return rows, None, False
    owners = Organisation.select().order_by(Organisation.name)
    if reach is permissions.Reach.OWN:
        owners = owners.where(Organisation.id == actor.organisation_id)
    choices = StartChoices(
        [(o.id, o.name) for o in owners],
        [(x.id, f"{x.code} · {x.name}") for x in Location.select().order_by(Location.code)],
        [(x.id, x.name) for x in Category.select().order_by(Category.name)])
    return rows, choices, True


def start(actor, owner_id: int, location_id: int | None, category_id: int | None,
          blind: bool) -> SessionRow:
    session = counts.start_count(
        actor, Organisation.get_by_id(owner_id),
        locations=[Location.get_by_id(location_id)] if location_id else [],
        categories=[Category.get_by_id(category_id)] if category_id else [], blind=blind)
    return _row(session)


def open_counting(actor, session_id: int):
    session = CountSession.get_by_id(session_id)
    return _row(session), counts.counted_lines(actor, session)


def count_scan(actor, session_id: int, place_id: int | None, box_id: int | None,
               code: str) -> ScanOutcome:
    found = scan.resolve(code)
    session = CountSession.get_by_id(session_id)
    if found.kind == "location":
        return ScanOutcome("place", found.code, place=(found.object.id, found.object.code))
    if found.kind == "box":
        box = found.object
        place = (box.location.id, box.location.code) if box.location_id else None
        return ScanOutcome("box", found.code, place=place, box=(box.id, box.code))
    if found.item is None:
        return ScanOutcome("not_product", found.code)
    if place_id is None and box_id is None:
        return ScanOutcome("no_place", found.code)
    line = counts.count_line(
        actor, session, item=found.item, quantity=found.pack_quantity, add=True,
        lot=found.object if isinstance(found.object, Lot) else None,
        box=Box.get_by_id(box_id) if box_id else None,
        location=None if box_id else Location.get_by_id(place_id))
    return ScanOutcome("counted", found.code, line=line.line,
                       lines=tuple(counts.counted_lines(actor, session)))


def set_count(actor, session_id: int, line: int, quantity: Decimal):
    session = CountSession.get_by_id(session_id)
    counts_review.recount_line(actor, session, line, quantity)
    return counts.counted_lines(actor, session)


def place_done(actor, session_id: int, place_id: int | None):
    session = CountSession.get_by_id(session_id)
    zeros = counts.mark_done(actor, session, Location.get_by_id(place_id) if place_id else None)
    return zeros, counts.counted_lines(actor, session)


def submit(actor, session_id: int) -> SessionRow:
    return _row(counts.submit_count(actor, CountSession.get_by_id(session_id)))


def load_review(actor, session_id: int):
    session = CountSession.get_by_id(session_id)
    lines = counts_review.review_lines(actor, session)
    return _row(session), lines, counts_review.counters_of(session).get(actor.id)


def set_reason(actor, session_id: int, line: int, reason: str) -> None:
    counts_review.set_reasons(actor, CountSession.get_by_id(session_id), {line: reason})


def ask_recount(actor, session_id: int, lines: list[int]) -> None:
    counts_review.ask_recount(actor, CountSession.get_by_id(session_id), lines)


def approve(actor, session_id: int) -> str | None:
    session = counts_review.approve_count(actor, CountSession.get_by_id(session_id))
    return session.document.code if session.document_id else None


# -- the screen --------------------------------------------------------------------------------
