"""Transfers, loans and repayments between NGOs, on SQLite and PostgreSQL."""

import datetime as dt
from decimal import Decimal

import pytest
from peewee import fn

from models import Balance, Box, Document, Lot, Movement
from tests.factories import put_stock
from warehouse_app import periods
from warehouse_app.errors import (
    ExpiredFood,
    InsufficientStock,
    PeriodClosed,
    PermissionDenied,
    ValidationError,
)
from warehouse_app.goods_out.transfers import lend, outstanding_loans, repay, transfer
from warehouse_app.picking import StockLine

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def held(owner, item, *, location=None, box=None, lot=None, status="usable") -> Decimal:
    query = Balance.select(fn.COALESCE(fn.SUM(Balance.quantity), 0).coerce(False)).where(
        (Balance.owner == owner.id) & (Balance.item == item.id) & (Balance.status == status)
    )
    if location is not None:
        query = query.where(Balance.location_id == location.id)
    if box is not None:
        query = query.where(Balance.box_id == box.id)
    if lot is not None:
        query = query.where(Balance.lot_id == lot.id)
    return Decimal(query.scalar()) / 1000


def totals_by_item():
    rows = Balance.select(
        Balance.item, fn.SUM(Balance.quantity).coerce(False), fn.SUM(Balance.weight_g)
    ).group_by(Balance.item).tuples()
    return {item: (int(q), int(w)) for item, q, w in rows}


def lots_of_tomatoes(h):
    early = Lot.create(item=h.tomatoes, code="L-EARLY", date=h.today + dt.timedelta(days=20),
                       date_kind="best_before")
    late = Lot.create(item=h.tomatoes, code="L-LATE", date=h.today + dt.timedelta(days=200),
                      date_kind="best_before")
    return early, late


def test_transfer_changes_owner_without_moving_the_goods(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    doc = transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 4)], note="for the shelter")
    assert doc.kind == "transfer" and doc.owner_id == h.aid.id and doc.counterpart_id == h.ref.id
    assert doc.code.startswith("TRF-")
    assert held(h.aid, h.soap, location=h.shelf_a1) == 6
    assert held(h.ref, h.soap, location=h.shelf_a1) == 4
    moves = list(Movement.select().where(Movement.document == doc).order_by(Movement.line))
    assert [(m.kind, m.owner_id, m.quantity, m.weight_g) for m in moves] == [
        ("transfer_out", h.aid.id, -4, -400), ("transfer_in", h.ref.id, 4, 400),
    ]


def test_transfer_picks_first_expiring_and_conserves_totals(hangar):
    h = hangar
    early, late = lots_of_tomatoes(h)
    expired = Lot.create(item=h.tomatoes, code="L-OLD", date=h.today - dt.timedelta(days=3),
                         date_kind="use_by")
    put_stock(h.coord, h.aid, h.tomatoes, 24, lot=late, location=h.shelf_a1)
    put_stock(h.coord, h.aid, h.tomatoes, 10, lot=early, location=h.shelf_a2)
    put_stock(h.coord, h.aid, h.tomatoes, 5, lot=expired, location=h.shelf_a2)
    put_stock(h.coord, h.aid, h.jacket_m, 7, location=h.shelf_b1)
    before = totals_by_item()

    transfer(h.coord, h.aid, h.kit, [StockLine(h.tomatoes, 15), StockLine(h.jacket_m, 7)],
             to_location=h.shelf_b1)

    assert totals_by_item() == before  # nothing made or lost, only owners changed
    assert held(h.kit, h.tomatoes, lot=early, location=h.shelf_b1) == 10
    assert held(h.kit, h.tomatoes, lot=late, location=h.shelf_b1) == 5
    assert held(h.aid, h.tomatoes, lot=expired) == 5  # past use-by: passed over
    assert held(h.aid, h.tomatoes, lot=late) == 19
    assert held(h.kit, h.jacket_m) == 7 and held(h.aid, h.jacket_m) == 0


def test_transfer_of_expired_use_by_lot_is_refused(hangar):
    h = hangar
    expired = Lot.create(item=h.tomatoes, code="L-OLD", date=h.today - dt.timedelta(days=1),
                         date_kind="use_by")
    put_stock(h.coord, h.aid, h.tomatoes, 5, lot=expired, location=h.shelf_a1)
    with pytest.raises(ExpiredFood) as err:
        transfer(h.coord, h.aid, h.kit, [StockLine(h.tomatoes, 2, lot=expired)])
    assert "L-OLD" in str(err.value)
    # Unnamed, the expired lot is not picked at all, and the refusal says why.
    with pytest.raises(InsufficientStock) as err:
        transfer(h.coord, h.aid, h.kit, [StockLine(h.tomatoes, 2)])
    assert "use-by" in str(err.value)
    assert Document.select().where(Document.kind == "transfer").count() == 0


def test_transfer_of_more_than_held_is_refused_and_leaves_nothing(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 3, location=h.shelf_a1)
    with pytest.raises(InsufficientStock) as err:
        transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 2), StockLine(h.soap, 2)])
    message = str(err.value)
    assert "Soap bar" in message and "AID" in message and "1" in message and "2" in message
    assert held(h.aid, h.soap) == 3 and held(h.ref, h.soap) == 0
    assert Document.select().where(Document.kind == "transfer").count() == 0


def test_bad_lines_are_refused(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 3, location=h.shelf_a1)
    with pytest.raises(ValidationError):
        transfer(h.coord, h.aid, h.aid, [StockLine(h.soap, 1)])
    with pytest.raises(ValidationError):
        transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 0)])
    with pytest.raises(ValidationError):
        transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, Decimal("0.0001"))])
    with pytest.raises(ValidationError):
        transfer(h.coord, h.aid, h.ref, [])


def test_whole_box_changes_owner_and_partial_box_leaves_it(hangar):
    h = hangar
    whole = Box.create(code="BOX-000001", owner=h.aid, location=h.shelf_a1)
    part = Box.create(code="BOX-000002", owner=h.aid, location=h.shelf_a2)
    put_stock(h.coord, h.aid, h.jacket_m, 6, location=h.shelf_a1, box=whole)
    put_stock(h.coord, h.aid, h.jacket_l, 2, location=h.shelf_a1, box=whole)
    put_stock(h.coord, h.aid, h.jacket_m, 6, location=h.shelf_a2, box=part)

    transfer(h.coord, h.aid, h.ref, [
        StockLine(h.jacket_m, 6, box=whole), StockLine(h.jacket_l, 2, box=whole),
        StockLine(h.jacket_m, 4, box=part),
    ])

    assert Box.get_by_id(whole.id).owner_id == h.ref.id
    assert held(h.ref, h.jacket_m, box=whole) == 6 and held(h.ref, h.jacket_l, box=whole) == 2
    assert Box.get_by_id(part.id).owner_id == h.aid.id
    assert held(h.aid, h.jacket_m, box=part) == 2
    loose = Balance.get((Balance.owner == h.ref.id) & (Balance.item == h.jacket_m.id)
                        & (Balance.box_id == 0))
    assert loose.quantity == 4 and loose.location_id == h.shelf_a2.id


def test_whole_box_sent_to_a_place_moves_the_box(hangar):
    h = hangar
    box = Box.create(code="BOX-000003", owner=h.aid, location=h.shelf_a1)
    put_stock(h.coord, h.aid, h.soap, 5, location=h.shelf_a1, box=box)
    transfer(h.coord, h.aid, h.kit, [StockLine(h.soap, 5)], to_location=h.shelf_b1)
    box = Box.get_by_id(box.id)
    assert box.owner_id == h.kit.id and box.location_id == h.shelf_b1.id
    assert held(h.kit, h.soap, box=box, location=h.shelf_b1) == 5


def test_who_may_transfer(hangar):
    h = hangar
    put_stock(h.coord, h.kit, h.lentils, 20, location=h.shelf_a1)
    put_stock(h.coord, h.aid, h.soap, 20, location=h.shelf_a1)
    transfer(h.cook, h.kit, h.ref, [StockLine(h.lentils, 5)])  # lead of the giving NGO
    with pytest.raises(PermissionDenied) as err:
        transfer(h.cook, h.aid, h.kit, [StockLine(h.soap, 5)])  # another NGO's stock
    assert "AID" in str(err.value) and "transfer" in str(err.value)
    for who in (h.vol, h.partner):
        with pytest.raises(PermissionDenied):
            transfer(who, h.aid, h.ref, [StockLine(h.soap, 1)])
    with pytest.raises(PermissionDenied):
        lend(h.builder, h.kit, h.ref, [StockLine(h.lentils, 1)], due_date=h.today)
    assert held(h.aid, h.soap) == 20 and held(h.kit, h.lentils) == 15


def test_transfer_into_a_closed_month_is_refused_for_either_owner(hangar):
    h = hangar
    this_month = h.today.replace(day=1)
    last_month = periods.previous_month(this_month)
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1, date=last_month)
    periods.close_month(h.coord, h.ref, last_month)  # the receiver's books are closed
    with pytest.raises(PeriodClosed) as err:
        transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 1)], effective_date=last_month)
    assert "REF" in str(err.value)
    transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 1)], effective_date=this_month)
    periods.close_month(h.coord, h.aid, last_month)
    with pytest.raises(PeriodClosed):
        transfer(h.coord, h.aid, h.kit, [StockLine(h.soap, 1)], effective_date=last_month)


def test_loan_needs_a_due_date_not_in_the_past(hangar):
    h = hangar
    put_stock(h.coord, h.kit, h.lentils, 20, location=h.shelf_a1)
    for due in (None, h.today - dt.timedelta(days=1)):
        with pytest.raises(ValidationError) as err:
            lend(h.cook, h.kit, h.ref, [StockLine(h.lentils, 5)], due_date=due)
        assert err.value.field == "due_date"
    loan = lend(h.cook, h.kit, h.ref, [StockLine(h.lentils, 5)], due_date=h.today)
    assert loan.kind == "loan" and loan.code.startswith("LOAN-") and loan.due_date == h.today
    kinds = {m.kind: m.owner_id for m in loan.movements}
    assert kinds == {"loan_out": h.kit.id, "loan_in": h.ref.id}


def test_loan_repaid_in_kind_and_outstanding_list(hangar):
    h = hangar
    put_stock(h.coord, h.kit, h.lentils, 20, location=h.shelf_a1)
    put_stock(h.coord, h.kit, h.soap, 10, location=h.shelf_a1)
    other_lot = Lot.create(item=h.lentils, code="REF-LENT-1", date=h.today + dt.timedelta(days=90),
                           date_kind="best_before")
    put_stock(h.coord, h.ref, h.lentils, 4, lot=other_lot, location=h.shelf_b1)
    due = h.today + dt.timedelta(days=7)
    loan = lend(h.cook, h.kit, h.ref, [StockLine(h.lentils, 8), StockLine(h.soap, 3)],
                due_date=due)

    [lentils, soap] = sorted(outstanding_loans(h.cook, h.kit), key=lambda r: r.item.code)
    assert (lentils.loan_code, lentils.lender.code, lentils.borrower.code) == (loan.code, "KIT", "REF")
    assert (lentils.lent, lentils.repaid, lentils.outstanding) == (8, 0, 8)
    assert soap.outstanding == 3 and not soap.overdue
    # The borrower's own partner account sees the loan it received.
    assert len(outstanding_loans(h.partner, h.ref)) == 2
    with pytest.raises(PermissionDenied):
        outstanding_loans(h.partner, h.kit)

    # Repaid by the borrower's lead, with the borrower's own lot: in kind, not the same units.
    rep = repay(h.builder, loan, [StockLine(h.lentils, 4, lot=other_lot)])
    assert rep.kind == "repayment" and rep.related_id == loan.id
    assert rep.owner_id == h.ref.id and rep.counterpart_id == h.kit.id
    assert held(h.kit, h.lentils, lot=other_lot) == 4
    with pytest.raises(ValidationError) as err:
        repay(h.builder, loan, [StockLine(h.lentils, 3), StockLine(h.lentils, 2)])
    assert "5" in str(err.value) and "4 outstanding" in str(err.value) and loan.code in str(err.value)
    with pytest.raises(ValidationError):
        repay(h.builder, loan, [StockLine(h.jacket_m, 1)])  # never lent
    with pytest.raises(PermissionDenied):
        repay(h.cook, loan, [StockLine(h.soap, 1)])  # the lender cannot repay itself

    late = outstanding_loans(h.coord, h.ref, on=due + dt.timedelta(days=1))
    assert {(r.item.code, r.outstanding, r.overdue) for r in late} == {
        ("FOOD-LENT", 4, True), ("HYG-SOAP", 3, True),
    }
    repay(h.builder, loan, [StockLine(h.lentils, 4), StockLine(h.soap, 3)])
    assert outstanding_loans(h.cook, h.kit) == []
    assert held(h.kit, h.lentils) == 20 and held(h.kit, h.soap) == 10
    assert held(h.ref, h.lentils) == 4 and held(h.ref, h.soap) == 0  # its own 4 stay
