"""Review and approval: variances against the book read when each line was counted (so
movements during a count are not variances), one CNT document of exactly the variances,
never approved by a counter, recounts, and the closed month."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest

from models import Balance, CountLine, Document, Movement, database
from tests.factories import put_stock
from warehouse_app import integrity, ledger, periods
from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.errors import CountRefused, InvalidLines, PeriodClosed, PermissionDenied
from warehouse_app.goods_out.distribution import IssueLine, distribute


def on_hand(h, item, location, box=None, owner=None) -> Decimal:
    row = Balance.get_or_none(
        (Balance.owner == (owner or h.aid).id) & (Balance.item == item.id)
        & (Balance.location_id == location.id) & (Balance.box_id == (box.id if box else 0)))
    return row.quantity if row else Decimal(0)


def test_a_blind_count_with_movements_during_it_gives_the_right_variances(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    counts.count_line(h.vol, s, item=h.soap, quantity=37, location=h.shelf_a1)  # 3 missing
    # After the soap was counted, 5 bars go out: shelf and book both lose them.
    distribute(h.vol, h.aid, h.site, [IssueLine(item=h.soap, quantity=5, location=h.shelf_a1)])
    # Before the tomatoes are counted, 6 tins arrive: the count sees them, so does the book.
    put_stock(h.admin, h.aid, h.tomatoes, 6, location=h.shelf_a2, lot=h.lot_tom)
    counts.count_line(h.vol, s, item=h.tomatoes, quantity=36, location=h.shelf_a2, lot=h.lot_tom)
    counts.count_line(h.vol, s, item=h.jacket_m, quantity=13, box=h.box)  # one found
    # After the jackets were counted, one more is put in the box.
    put_stock(h.admin, h.aid, h.jacket_m, 1, location=h.shelf_a1, box=h.box)
    counts.submit_count(h.vol, s)

    review = {r.item_code: r for r in counts_review.review_lines(h.coord, s)}
    assert (review["HYG-SOAP"].book, review["HYG-SOAP"].counted) == (40, 37)
    assert review["HYG-SOAP"].difference == -3
    assert review["HYG-SOAP"].difference_kg == Decimal("-0.3")  # 100 g a bar
    assert review["FOOD-TOM-400"].difference == 0
    assert review["CLO-JKT-M-M"].difference == 1 and review["CLO-JKT-M-M"].difference_kg is None
    assert [r.item_code for r in counts_review.review_lines(h.coord, s, variances_only=True)] == [
        "HYG-SOAP", "CLO-JKT-M-M"]

    done = counts_review.approve_count(
        h.coord, s, reasons={review["HYG-SOAP"].line: "lost", review["CLO-JKT-M-M"].line: "found"})
    assert on_hand(h, h.soap, h.shelf_a1) == 40 - 5 - 3  # what was counted, less what left since
    assert on_hand(h, h.tomatoes, h.shelf_a2) == 36
    assert on_hand(h, h.jacket_m, h.shelf_a1, h.box) == 13 + 1
    assert done.document.code.startswith("CNT-")
    assert integrity.check() == []


def test_approval_posts_exactly_the_variances_in_one_document(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a])
    counts.count_line(h.vol, s, item=h.soap, quantity=41, location=h.shelf_a1)
    counts.count_line(h.vol, s, item=h.tomatoes, quantity=30, location=h.shelf_a2, lot=h.lot_tom)
    counts.count_line(h.vol, s, item=h.jacket_m, quantity=10, box=h.box)
    counts.submit_count(h.vol, s)
    with pytest.raises(InvalidLines, match="line 1, reason: \\+1 of Soap bar") as refused:
        counts_review.approve_count(h.coord, s)
    assert [p[0] for p in refused.value.problems] == [1, 3]
    before = Document.select().count()
    with pytest.raises(InvalidLines, match="'stolen'"):
        counts_review.approve_count(h.coord, s, reasons={1: "found", 3: "stolen"})
    assert Document.select().count() == before

    done = counts_review.approve_count(h.coord, s, reasons={1: "found", 3: "theft"})
    assert done.status == "approved" and done.closed_by_id == h.coord.id
    doc = done.document
    assert doc.kind == "count" and doc.reference == s.code and doc.owner_id == h.aid.id
    moves = list(Movement.select().where(Movement.document == doc).order_by(Movement.line))
    assert [(m.item_id, m.quantity, m.kind, m.reason, m.weight_g) for m in moves] == [
        (h.soap.id, 1, "adjustment", "found", 100),
        (h.jacket_m.id, -2, "adjustment", "theft", 0),  # jackets were never weighed
    ]
    assert on_hand(h, h.soap, h.shelf_a1) == 41 and on_hand(h, h.jacket_m, h.shelf_a1, h.box) == 10
    assert on_hand(h, h.tomatoes, h.shelf_a2) == 30
    assert on_hand(h, h.soap, h.shelf_a1, owner=h.ref) == 5  # the other NGO's soap: untouched
    assert integrity.check() == []
    with pytest.raises(CountRefused, match="is approved, not submitted"):
        counts_review.approve_count(h.admin, s)


def test_a_count_without_variances_posts_nothing(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    counts.count_line(h.vol, s, item=h.lentils, quantity="8.5", location=h.shelf_b1)
    counts.submit_count(h.vol, s)
    before = Document.select().count()
    done = counts_review.approve_count(h.coord, s)
    assert done.status == "approved" and done.document is None
    assert Document.select().count() == before


def test_someone_who_counted_cannot_approve(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a])
    counts.count_line(h.vol, s, item=h.soap, quantity=40, location=h.shelf_a1)
    counts.count_line(h.coord, s, item=h.jacket_m, quantity=11, box=h.box)
    counts.submit_count(h.vol, s)
    with pytest.raises(CountRefused) as refused:
        counts_review.approve_count(h.coord, s, reasons={2: "lost"})
    assert str(refused.value) == (f"{s.code}: Colette counted in this session (lines 2): "
                                  "another coordinator or admin must approve it")
    with pytest.raises(PermissionDenied):
        counts_review.approve_count(h.vol, s, reasons={2: "lost"})
    assert CountLine.get((CountLine.session == s.id) & (CountLine.line == 2)).reason is None
    assert counts_review.approve_count(h.admin, s, reasons={2: "lost"}).status == "approved"


def test_a_recount_replaces_the_line_and_keeps_the_first_count(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    counts.count_line(h.vol, s, item=h.soap, quantity=30, location=h.shelf_a1)
    counts.submit_count(h.vol, s)
    with pytest.raises(CountRefused, match="line 1 was not asked to be recounted"):
        counts_review.recount_line(h.vol, s, 1, 40)
    counts_review.ask_recount(h.coord, s, [1])
    assert [x.recount_asked for x in counts.counted_lines(h.vol, s)] == [True]
    with pytest.raises(CountRefused, match="waiting for the recount of line\\(s\\) 1"):
        counts_review.approve_count(h.admin, s, reasons={1: "lost"})
    counts_review.recount_line(h.vol, s, 1, 39)
    (line,) = counts_review.review_lines(h.coord, s, variances_only=True)
    assert (line.counted, line.difference, line.earlier_counts) == (39, -1, 1)
    history = CountLine.select().where(CountLine.session == s.id).order_by(CountLine.id)
    assert [x.counted for x in history] == [30, 39]
    counts_review.approve_count(h.admin, s, reasons={1: "damaged"})
    assert on_hand(h, h.soap, h.shelf_a1) == 39
    assert integrity.check() == []


def test_a_closed_month_refuses_a_count_dated_in_it(shelves):
    h = shelves
    last_month = (h.today.replace(day=1) - dt.timedelta(days=1))
    s = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1], effective_date=last_month)
    counts.count_line(h.vol, s, item=h.lentils, quantity=8, location=h.shelf_b1)
    counts.submit_count(h.vol, s)
    periods.close_month(h.admin, h.aid, last_month)
    before = Document.select().count()
    with pytest.raises(PeriodClosed, match=f"{last_month:%Y-%m} is closed for AID"):
        counts_review.approve_count(h.coord, s, reasons={1: "lost"})
    assert Document.select().count() == before
    assert counts.find_session(s.code).status == "submitted"
    with pytest.raises(PeriodClosed):
        counts.start_count(h.coord, h.aid, locations=[h.zone_a], effective_date=last_month)
    counts.cancel_count(h.coord, s, reason="dated in a closed month")
    redo = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    counts.count_line(h.vol, redo, item=h.lentils, quantity=8, location=h.shelf_b1)
    counts.submit_count(h.vol, redo)
    counts_review.approve_count(h.coord, redo, reasons={1: "lost"})
    assert on_hand(h, h.lentils, h.shelf_b1) == 8
    assert integrity.check() == []


def test_a_write_off_of_stock_taken_since_the_count_asks_for_a_recount(shelves):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    counts.count_line(h.vol, s, item=h.lentils, quantity=2, location=h.shelf_b1)
    distribute(h.vol, h.aid, h.site, [IssueLine(item=h.lentils, quantity=8, location=h.shelf_b1)])
    counts.submit_count(h.vol, s)
    with pytest.raises(CountRefused, match="line 1: .*Red lentils.* was taken since it was counted"):
        counts_review.approve_count(h.coord, s, reasons={1: "lost"})
    assert counts.find_session(s.code).status == "submitted"


def test_a_line_counted_while_a_posting_is_in_flight_reads_what_the_posting_left(shelves):
    """The book of a line is read under the ledger's own locks: a count made while another
    desk's distribution of the same soap is half-way waits for it, and keeps the book it
    left (35), not the one before (40) - else approval would take the 5 bars twice."""
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1])
    in_flight, release = threading.Event(), threading.Event()
    failures = []

    def desk():
        database.connect(reuse_if_open=True)  # another desk: its own connection
        try:
            with ledger.posting(h.vol, "distribution", h.aid, destination=h.site) as post:
                post.add(owner=h.aid, item=h.soap, quantity=-5, kind="issue",
                         location=h.shelf_a1)
                in_flight.set()
                release.wait(10)
        except Exception as exc:  # noqa: BLE001 - reported to the test below
            failures.append(exc)
        finally:
            database.close()

    other = threading.Thread(target=desk)
    other.start()
    assert in_flight.wait(10)
    threading.Timer(0.5, release.set).start()
    counts.count_line(h.vol, s, item=h.soap, quantity=35, location=h.shelf_a1)
    other.join(10)
    assert failures == []
    (line,) = counts.current_lines(s)
    assert (line.book, line.counted) == (35, 35)
    counts.submit_count(h.vol, s)
    assert counts_review.approve_count(h.coord, s).document is None
    assert on_hand(h, h.soap, h.shelf_a1) == 35
