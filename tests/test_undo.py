"""Undo: who may, what is refused, and where the reversal lands; SQLite and PostgreSQL."""

import datetime as dt

import pytest

from models import Box, Document, Movement, PeriodBalance
from tests.factories import put_stock
from tests.goods_out.test_transfers import held
from warehouse_app import integrity, periods
from warehouse_app.errors import PermissionDenied, UndoRefused, ValidationError
from warehouse_app.goods_out.transfers import lend, outstanding_loans, repay, transfer
from warehouse_app.picking import StockLine
from warehouse_app.stock.adjustments import LossLine, quarantine, record_loss
from warehouse_app.undo import may_undo, undo

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def posted_yesterday(document: Document) -> Document:
    """The same document as if it had been posted the day before."""
    when = document.created_at - dt.timedelta(days=1)
    Document.update(created_at=when).where(Document.id == document.id).execute()
    return Document.get_by_id(document.id)


def test_the_poster_may_undo_the_same_day(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    doc = quarantine(h.vol, h.aid, [StockLine(h.soap, 4)], reason="leak")
    assert may_undo(h.vol, doc)
    reversal = undo(h.vol, doc, reason="wrong box scanned")
    assert reversal.kind == "reversal" and reversal.related_id == doc.id
    assert reversal.effective_date == h.today and reversal.created_by_id == h.vol.id
    assert Document.get_by_id(doc.id).status == "reversed"
    assert held(h.aid, h.soap) == 10 and held(h.aid, h.soap, status="quarantine") == 0
    assert {m.reason for m in reversal.movements} == {"wrong box scanned"}
    assert integrity.check() == []


def test_others_may_not_undo_and_not_the_next_day(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    doc = quarantine(h.vol, h.aid, [StockLine(h.soap, 4)], reason="leak")
    for who in (h.vol_ref, h.cook, h.partner):
        with pytest.raises(PermissionDenied) as err:
            undo(who, doc)
        assert err.value.action == "undo"
    old = posted_yesterday(doc)
    assert not may_undo(h.vol, old)
    with pytest.raises(PermissionDenied):
        undo(h.vol, old)
    assert Document.get_by_id(doc.id).status == "posted"
    undo(h.coord, old)  # a coordinator may, any time
    assert held(h.aid, h.soap) == 10


def test_already_undone_a_reversal_and_a_bad_reason_are_refused(hangar):
    h = hangar
    doc = put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    with pytest.raises(ValidationError):
        undo(h.coord, doc, reason="x" * 41)
    reversal = undo(h.coord, doc)
    with pytest.raises(UndoRefused) as err:
        undo(h.coord, doc)
    assert "already" in str(err.value)
    with pytest.raises(UndoRefused) as err:
        undo(h.coord, reversal)
    assert "itself an undo" in str(err.value)


def test_undo_refused_when_the_goods_went_on(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    handed = transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 6)])
    record_loss(h.builder, h.ref, [LossLine(h.soap, 3, "theft")])
    with pytest.raises(UndoRefused) as err:
        undo(h.coord, handed)
    assert handed.code in str(err.value) and "Soap bar" in str(err.value)
    assert Document.get_by_id(handed.id).status == "posted"
    assert held(h.ref, h.soap) == 3 and held(h.aid, h.soap) == 4


def test_undo_of_a_closed_month_lands_in_the_open_month(hangar):
    h = hangar
    this_month = h.today.replace(day=1)
    last_month = periods.previous_month(this_month)
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1, date=last_month)
    loss = record_loss(h.coord, h.aid, [LossLine(h.soap, 2, "damaged")],
                       effective_date=last_month + dt.timedelta(days=1))
    periods.close_month(h.coord, h.aid, last_month)
    closed = list(PeriodBalance.select().tuples())

    reversal = undo(h.coord, loss, reason="found behind the pallet")
    assert reversal.effective_date == h.today >= this_month
    assert {m.effective_date for m in reversal.movements} == {h.today}
    assert list(PeriodBalance.select().tuples()) == closed  # the closed month is untouched
    assert held(h.aid, h.soap) == 10
    assert integrity.check() == []


def test_loan_with_repayments_is_undone_after_them(hangar):
    h = hangar
    put_stock(h.coord, h.kit, h.lentils, 20, location=h.shelf_a1)
    loan = lend(h.cook, h.kit, h.ref, [StockLine(h.lentils, 8)],
                due_date=h.today + dt.timedelta(days=14))
    repayment = repay(h.builder, loan, [StockLine(h.lentils, 5)])
    with pytest.raises(UndoRefused) as err:
        undo(h.coord, loan)
    assert repayment.code in str(err.value)

    undo(h.builder, repayment)  # the borrower's lead posted it today
    [row] = outstanding_loans(h.cook, h.kit)
    assert (row.repaid, row.outstanding) == (0, 8)
    undo(h.cook, loan)
    assert outstanding_loans(h.cook, h.kit) == []
    assert held(h.kit, h.lentils) == 20 and held(h.ref, h.lentils) == 0
    assert integrity.check() == []


def test_undo_of_a_whole_box_transfer_gives_the_box_back(hangar):
    h = hangar
    box = Box.create(code="BOX-000009", owner=h.aid, location=h.shelf_a1)
    put_stock(h.coord, h.aid, h.jacket_m, 6, location=h.shelf_a1, box=box)
    doc = transfer(h.coord, h.aid, h.ref, [StockLine(h.jacket_m, 6)], to_location=h.shelf_b1)
    assert Box.get_by_id(box.id).owner_id == h.ref.id
    undo(h.coord, doc)
    box = Box.get_by_id(box.id)
    assert (box.owner_id, box.location_id) == (h.aid.id, h.shelf_a1.id)
    assert held(h.aid, h.jacket_m, box=box, location=h.shelf_a1) == 6
    assert Movement.select().where(Movement.reverses.is_null(False)).count() == 2
    assert integrity.check() == []


def test_undo_of_a_box_move_puts_the_box_back_on_its_shelf(hangar):
    """Undone from anywhere (a coordinator's undo, not only the Move boxes screen), the
    box stands where its stock stands again."""
    from warehouse_app.goods_out.moves import move_boxes

    h = hangar
    box = Box.create(code="BOX-000010", owner=h.aid, location=h.shelf_a1)
    put_stock(h.coord, h.aid, h.jacket_m, 4, location=h.shelf_a1, box=box)
    (doc,) = move_boxes(h.vol, [box], h.shelf_b1)
    assert Box.get_by_id(box.id).location_id == h.shelf_b1.id
    undo(h.coord, doc)
    assert Box.get_by_id(box.id).location_id == h.shelf_a1.id
    assert held(h.aid, h.jacket_m, box=box, location=h.shelf_a1) == 4
    assert integrity.check() == []
