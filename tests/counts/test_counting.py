"""Counting: sessions and their scope, lines by scan and by typing, places declared done,
and what counters are shown of a blind count (never the book)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from models import CountLine, CountSession
from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.errors import CountRefused, PermissionDenied, ValidationError

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def test_a_session_is_numbered_and_scoped(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    assert s.code == f"CS-{h.today.year}-00001" and s.status == "open" and s.blind
    other = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    assert other.code == f"CS-{h.today.year}-00002"
    assert counts.find_session(other.code.lower()).id == other.id
    positions = counts.positions_to_count(h.vol, s)
    # zone A holds AID's soap, tomatoes and the jackets' box; REF's soap and B's lentils are out
    assert [(p.location_code, p.box_code, p.item_code) for p in positions] == [
        ("LOC-A-01-1", None, "HYG-SOAP"), ("LOC-A-01-1", "BOX-000101", "CLO-JKT-M-M"),
        ("LOC-A-01-2", None, "FOOD-TOM-400")]


def test_overlapping_sessions_of_one_owner_are_refused(shelves):
    h = shelves
    first = counts.start_count(h.coord, h.aid, locations=[h.zone_a])
    with pytest.raises(CountRefused, match=first.code + ": is still open over the same stock"):
        counts.start_count(h.coord, h.aid, locations=[h.shelf_a2])
    with pytest.raises(CountRefused):
        counts.start_count(h.coord, h.aid)  # a full count covers zone A too
    counts.start_count(h.coord, h.ref, locations=[h.zone_a])  # another owner's stock
    counts.cancel_count(h.coord, first, reason="started by mistake")
    counts.start_count(h.coord, h.aid, locations=[h.shelf_a2])


def test_only_coordinators_start_and_only_staff_count(shelves):
    h = shelves
    with pytest.raises(PermissionDenied):
        counts.start_count(h.vol, h.aid)
    s = counts.start_count(h.coord, h.aid)
    with pytest.raises(PermissionDenied):
        counts.count_line(h.partner, s, item=h.soap, quantity=1, location=h.shelf_a1)


def test_scans_add_up_and_typing_replaces_keeping_history(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a])
    for _ in range(3):
        counts.count_line(h.vol, s, item=h.soap, quantity=1, location=h.shelf_a1, add=True)
    line = counts.count_line(h.vol, s, item=h.soap, quantity=24, location=h.shelf_a1, add=True)
    assert line.line == 1 and line.counted == 27
    line = counts.count_line(h.vol, s, item=h.soap, quantity=-1, location=h.shelf_a1, add=True)
    assert line.counted == 26  # a scan made twice, taken back
    typed = counts.count_line(h.coord, s, item=h.soap, quantity=39, location=h.shelf_a1)
    assert typed.line == 1 and typed.counted == 39 and typed.counted_by == "Colette"
    assert CountLine.select().where(CountLine.session == s.id).count() == 6
    assert [x.counted for x in counts.counted_lines(h.vol, s)] == [Decimal(39)]
    with pytest.raises(ValidationError, match="below zero"):
        counts.count_line(h.vol, s, item=h.soap, quantity=-50, location=h.shelf_a1, add=True)


def test_entries_outside_the_session_are_refused(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a])
    with pytest.raises(ValidationError, match="not in " + s.code):
        counts.count_line(h.vol, s, item=h.lentils, quantity=1, location=h.shelf_b1)
    with pytest.raises(ValidationError, match="BOX-000101 is recorded at LOC-A-01-1, not LOC-A-01-2"):
        counts.count_line(h.vol, s, item=h.jacket_m, quantity=1, location=h.shelf_a2, box=h.box)
    with pytest.raises(ValidationError, match="is not a lot of"):
        counts.count_line(h.vol, s, item=h.soap, quantity=1, location=h.shelf_a1, lot=h.lot_tom)
    line = counts.count_line(h.vol, s, item=h.jacket_m, quantity=11, box=h.box)
    assert (line.location_code, line.box_code) == ("LOC-A-01-1", "BOX-000101")
    counts.cancel_count(h.coord, s, reason="zone A done another day")
    foods = counts.start_count(h.coord, h.aid, categories=[h.tomatoes.category.parent])
    with pytest.raises(ValidationError):
        counts.count_line(h.vol, foods, item=h.soap, quantity=1, location=h.shelf_b1)
    counts.count_line(h.vol, foods, item=h.lentils, quantity=8, location=h.shelf_b1)


def test_blind_sessions_never_show_counters_the_book(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    counts.count_line(h.vol, s, item=h.soap, quantity=37, location=h.shelf_a1)
    positions = counts.positions_to_count(h.vol, s)
    assert len(positions) == 3 and all(p.book is None for p in positions)
    assert "book" not in {f.name for f in dataclasses.fields(counts.CountedLine)}
    assert [x.counted for x in counts.counted_lines(h.vol, s)] == [37]
    with pytest.raises(CountRefused, match="blind count still being counted"):
        counts_review.review_lines(h.coord, s)
    with pytest.raises(PermissionDenied):
        counts_review.review_lines(h.vol, s)
    open_count = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    assert [p.book for p in counts.positions_to_count(h.vol, open_count)] == [Decimal("8.5")]


def test_a_place_declared_done_counts_what_nobody_found_as_zero(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    counts.count_line(h.vol, s, item=h.soap, quantity=40, location=h.shelf_a1)
    assert counts.mark_done(h.vol, s, h.shelf_a1) == 1  # the box of jackets: not found
    counts.submit_count(h.vol, s)
    rows = {(r.item_code, r.line is None): r for r in counts_review.review_lines(h.coord, s)}
    jackets = rows[("CLO-JKT-M-M", False)]
    assert jackets.implied and jackets.counted == 0 and jackets.difference == -12
    tomatoes = rows[("FOOD-TOM-400", True)]  # shelf A2 was never reached: not a variance
    assert tomatoes.counted is None and tomatoes.book == 30 and not tomatoes.is_variance
    done = counts_review.approve_count(h.admin, s, reasons={jackets.line: "lost"})
    assert done.status == "approved"
    assert [(m.item_id, m.quantity) for m in done.document.movements] == [(h.jacket_m.id, -12)]


def test_submitting_nothing_and_counting_a_closed_session_are_refused(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid)
    with pytest.raises(CountRefused, match="nothing was counted"):
        counts.submit_count(h.vol, s)
    counts.count_line(h.vol, s, item=h.soap, quantity=40, location=h.shelf_a1)
    counts.submit_count(h.vol, s)
    with pytest.raises(CountRefused, match="is submitted, not open"):
        counts.count_line(h.vol, s, item=h.soap, quantity=1, location=h.shelf_a1)
    assert CountSession.get_by_id(s.id).submitted_by_id == h.vol.id


def test_sessions_lists_the_live_ones_a_person_may_count_in(shelves):
    h = shelves
    a = counts.start_count(h.coord, h.aid, locations=[h.zone_a])
    b = counts.start_count(h.coord, h.ref, locations=[h.shelf_b1])
    counts.cancel_count(h.coord, b, reason="wrong shelf")
    c = counts.start_count(h.coord, h.ref, locations=[h.shelf_b1], blind=True)
    assert [s.code for s in counts.sessions(h.vol)] == [c.code, a.code]
    assert [s.code for s in counts.sessions(h.vol, owner=h.aid)] == [a.code]
    assert [s.code for s in counts.sessions(h.coord, statuses=("cancelled",))] == [b.code]
    assert counts.sessions(h.partner) == []
