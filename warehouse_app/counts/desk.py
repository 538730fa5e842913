"""What the count screen asks the database, on an operation's worker thread: the live
sessions and the choices for starting one, a scan at a place or in a box, typed counts,
places done and how far each place is, count sheets out and in, submission, the review
lines, reasons, recounts, approval and cancelling, and one NGO's books. Plain values
come back (SessionRow, ScanOutcome...), so the window never queries on its GUI thread.
The rules themselves are counts.py's, counts_review.py's, counts_sheet.py's and
reconciliation.py's. The long reads take `progress`, which the operation hands in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from models import Box, Category, CountSession, Location, Lot, Organisation
from warehouse_app import permissions, scan
from warehouse_app.counts import books as reconciliation
from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.counts import sheet as counts_sheet
from warehouse_app.counts.positions import scope_of
from warehouse_app.counts.sessions import CountPosition


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

    @property
    def may_count(self) -> bool:
        """Counters scan into it: it is open, or a reviewer asked for recounts."""
        return self.status == "open" or self.recounts > 0

    @property
    def may_review(self) -> bool:
        """Its variances can be shown (counts_review.review_lines' rule): once submitted,
        or while an open count is counted if it is not blind."""
        return self.status == "submitted" or not self.blind


@dataclass(frozen=True)
class StartChoices:
    owners: list[tuple[int, str]]
    locations: list[tuple[int, str]]
    categories: list[tuple[int, str]]


@dataclass(frozen=True)
class PlaceProgress:
    """How far the counters are at one place: positions counted there, of all the
    positions to look at (what the book holds there, and what was found beside it)."""

    place: str | None  # a location code; None: stock recorded at no place
    counted: int
    to_count: int


@dataclass(frozen=True)
class ScanOutcome:
    kind: str  # place, box, counted, no_place, not_product
    code: str
    place: tuple[int, str] | None = None
    box: tuple[int, str] | None = None
    line: int | None = None
    lines: tuple = ()
    places: tuple[PlaceProgress, ...] = ()  # the place counted at, and those inside it


def _without_label(progress):
    """The screen's progress dialog keeps its own words (translated, "Reading the places
    to count…"): the core's label, a bare place code, would replace them."""
    if progress is None:
        return None
    return lambda done, total, _label: progress(done, total)


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
          blind: bool, progress=None) -> SessionRow:
    session = counts.start_count(
        actor, Organisation.get_by_id(owner_id),
        locations=[Location.get_by_id(location_id)] if location_id else [],
        categories=[Category.get_by_id(category_id)] if category_id else [], blind=blind,
        progress=_without_label(progress))
    return _row(session)


def places_of(positions: Iterable[CountPosition]) -> list[PlaceProgress]:
    """Positions counted and to count per place, in shelf order (no place first)."""
    tally: dict[str | None, list[int]] = {}
    for p in positions:
        counted, to_count = tally.setdefault(p.location_code, [0, 0])
        tally[p.location_code] = [counted + (p.line is not None), to_count + 1]
    return [PlaceProgress(place, *tally[place])
            for place in sorted(tally, key=lambda x: (x is not None, x or ""))]


def open_counting(actor, session_id: int, progress=None):
    """The session, its lines, and how far each place is: for a whole NGO, a long read."""
    session = CountSession.get_by_id(session_id)
    positions = counts.positions_to_count(actor, session, progress=_without_label(progress))
    return _row(session), counts.counted_lines(actor, session), places_of(positions)


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
                       lines=tuple(counts.counted_lines(actor, session)),
                       places=tuple(_places_at(actor, session, place_id)))


def _places_at(actor, session: CountSession, place_id: int | None) -> list[PlaceProgress]:
    """How far the place just counted at is (and the places inside it); nothing when the
    box counted in stands at no place (the whole scope would be read for it)."""
    if place_id is None:
        return []
    return places_of(counts.positions_to_count(actor, session,
                                               location=Location.get_by_id(place_id)))


def set_count(actor, session_id: int, line: int, quantity: Decimal):
    session = CountSession.get_by_id(session_id)
    counts_review.recount_line(actor, session, line, quantity)
    return counts.counted_lines(actor, session)


def place_done(actor, session_id: int, place_id: int | None):
    session = CountSession.get_by_id(session_id)
    zeros = counts.mark_done(actor, session, Location.get_by_id(place_id) if place_id else None)
    return zeros, counts.counted_lines(actor, session), _places_at(actor, session, place_id)


def export_sheet(actor, session_id: int, path: str, progress=None) -> int:
    """The session's count sheet written to `path`: how many positions it lists."""
    return counts_sheet.export_sheet(actor, CountSession.get_by_id(session_id), path,
                                     progress=_without_label(progress))


def import_sheet(actor, session_id: int, path: str, progress=None):
    """A filled sheet read into the session (all rows, or SheetProblems and none); then
    the session's lines and places as open_counting gives them."""
    session = CountSession.get_by_id(session_id)
    written = counts_sheet.import_sheet(actor, session, path, progress=_without_label(progress))
    return (len(written), *open_counting(actor, session_id, progress=progress))


def cancel(actor, session_id: int, reason: str) -> SessionRow:
    return _row(counts.cancel_count(actor, CountSession.get_by_id(session_id), reason=reason))


def submit(actor, session_id: int) -> SessionRow:
    return _row(counts.submit_count(actor, CountSession.get_by_id(session_id)))


def load_review(actor, session_id: int, progress=None):
    session = CountSession.get_by_id(session_id)
    lines = counts_review.review_lines(actor, session, progress=_without_label(progress))
    return _row(session), lines, counts_review.counters_of(session).get(actor.id)


def set_reason(actor, session_id: int, line: int, reason: str) -> None:
    counts_review.set_reasons(actor, CountSession.get_by_id(session_id), {line: reason})


def ask_recount(actor, session_id: int, lines: list[int]) -> None:
    counts_review.ask_recount(actor, CountSession.get_by_id(session_id), lines)


def approve(actor, session_id: int) -> str | None:
    session = counts_review.approve_count(actor, CountSession.get_by_id(session_id))
    return session.document.code if session.document_id else None


def books_owners(actor) -> list[tuple[int, str, str]]:
    """(id, code, name) of the organisations whose books `actor` may see."""
    return permissions.organisations_for(actor, "view_stock")


def load_books(actor, owner_id: int) -> reconciliation.Reconciliation:
    return reconciliation.reconciliation(actor, Organisation.get_by_id(owner_id))

