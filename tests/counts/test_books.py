"""The reconciliation view of one NGO: book stock, last count per place, open variances,
quarantine, and what no approved count has seen in six months."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.counts.books import months_before, reconciliation
from warehouse_app.errors import PermissionDenied
from warehouse_app.picking import StockLine
from warehouse_app.stock.adjustments import quarantine


def test_months_before_keeps_the_day_where_it_can():
    assert months_before(dt.date(2026, 11, 21), 6) == dt.date(2026, 5, 21)
    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 3, 15), 6) == dt.date(2025, 9, 15)


def test_the_books_of_one_ngo_beside_its_counts(shelves):
    h = shelves
    long_ago = months_before(h.today, 7)
    old = counts.start_count(h.coord, h.aid, locations=[h.shelf_a2], effective_date=long_ago)
    counts.count_line(h.vol, old, item=h.tomatoes, quantity=30, location=h.shelf_a2, lot=h.lot_tom)
    counts.submit_count(h.vol, old)
    counts_review.approve_count(h.coord, old)

    recent = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1], blind=True)
    counts.count_line(h.vol, recent, item=h.soap, quantity=40, location=h.shelf_a1)
    counts.count_line(h.vol, recent, item=h.jacket_m, quantity=12, box=h.box)
    counts.mark_done(h.vol, recent, h.shelf_a1)
    counts.submit_count(h.vol, recent)
    counts_review.approve_count(h.coord, recent)

    pending = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    counts.count_line(h.vol, pending, item=h.lentils, quantity=8, location=h.shelf_b1)
    counts.submit_count(h.vol, pending)
    quarantine(h.vol, h.aid, [StockLine(item=h.tomatoes, quantity=4, location=h.shelf_a2)],
               reason="dented tins")

    view = reconciliation(h.coord, h.aid)
    assert view.owner_code == "AID" and view.since == months_before(h.today, 6)
    assert {(r.item_code, r.status): r.quantity for r in view.book} == {
        ("HYG-SOAP", "usable"): 40, ("FOOD-TOM-400", "usable"): 26,
        ("FOOD-TOM-400", "quarantine"): 4, ("CLO-JKT-M-M", "usable"): 12,
        ("FOOD-LENT", "usable"): Decimal("8.5")}
    assert [(p.location_code, p.on_hand, p.last_counted, p.session_code) for p in view.places] == [
        ("LOC-A-01-1", 52, h.today, recent.code),
        ("LOC-A-01-2", 30, long_ago, old.code),
        ("LOC-B-01-1", Decimal("8.5"), None, None),
    ]
    assert [(v.session_code, v.item_code, v.book, v.counted, v.difference)
            for v in view.open_variances] == [
        (pending.code, "FOOD-LENT", Decimal("8.5"), 8, Decimal("-0.5"))]
    assert [(q.item_code, q.lot_code, q.location_code, q.quantity) for q in view.quarantine] == [
        ("FOOD-TOM-400", "L2291", "LOC-A-01-2", 4)]
    assert [(u.item_code, u.last_counted) for u in view.not_counted] == [
        ("FOOD-LENT", None), ("FOOD-TOM-400", long_ago)]


def test_a_partner_sees_only_its_own_books(shelves):
    h = shelves
    assert reconciliation(h.partner, h.ref).book[0].item_code == "HYG-SOAP"
    with pytest.raises(PermissionDenied):
        reconciliation(h.partner, h.aid)
