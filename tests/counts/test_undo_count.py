"""Undoing the document an approved count posted takes the count back to review (or, if a
newer count of the same stock is live, cancels it): the session never says "approved"
of variances that no longer stand."""

from __future__ import annotations

from decimal import Decimal

from models import Balance, CountSession, Document
from warehouse_app import integrity
from warehouse_app.counts import books as reconciliation
from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.undo import undo


def soap_on_a1(h) -> Decimal:
    return Balance.get((Balance.owner == h.aid) & (Balance.item == h.soap)
                       & (Balance.location_id == h.shelf_a1.id) & (Balance.box_id == 0)).quantity


def approved_count(h) -> CountSession:
    s = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1])
    counts.count_line(h.vol, s, item=h.soap, quantity=37, location=h.shelf_a1)
    counts.submit_count(h.vol, s)
    return counts_review.approve_count(h.coord, s, reasons={1: "lost"})


def test_undoing_an_approved_count_takes_it_back_to_review(shelves):
    h = shelves
    s = approved_count(h)
    cnt = Document.get_by_id(s.document_id)
    assert soap_on_a1(h) == 37
    reversal = undo(h.admin, cnt, reason="approved too fast")

    s = CountSession.get_by_id(s.id)
    assert s.status == "submitted" and s.document_id is None
    assert s.closed_by_id is None and s.closed_at is None
    assert f"approval undone: {cnt.code} reversed by {reversal.code} (approved too fast)" in s.note
    assert soap_on_a1(h) == 40
    # its variance is open again on the books, and no approved count saw the soap
    books = reconciliation.reconciliation(h.coord, h.aid)
    assert [(v.session_code, v.difference) for v in books.open_variances] == [(s.code, -3)]
    assert "HYG-SOAP" in {x.item_code for x in books.not_counted}

    # approved again (by someone who did not count), it posts the same variance once more
    again = counts_review.approve_count(h.admin, s)
    assert again.status == "approved" and again.document_id not in (None, cnt.id)
    assert soap_on_a1(h) == 37
    assert integrity.check() == []


def test_undone_while_a_newer_count_of_the_same_stock_is_live_it_is_cancelled(shelves):
    h = shelves
    s = approved_count(h)
    cnt = Document.get_by_id(s.document_id)
    newer = counts.start_count(h.coord, h.aid, locations=[h.zone_a])  # shelf A 01 1 is in it
    undo(h.admin, cnt, reason="wrong reasons")

    s = CountSession.get_by_id(s.id)
    assert s.status == "cancelled" and s.document_id is None
    assert s.closed_by_id == h.admin.id
    assert f"as {newer.code} counts the same stock" in s.note
    assert CountSession.get_by_id(newer.id).status == "open"
    assert soap_on_a1(h) == 40
