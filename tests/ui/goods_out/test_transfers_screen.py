"""The Transfers and loans screen as the hangar uses it: the kitchen lead lends lentils
to the shelter network, whose workshop lead repays part, then the rest, and the
outstanding loans follow; a coordinator transfers soap, which changes owner on its shelf."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from tests.factories import put_stock
from tests.ui.intake.driving import (
    assert_fits_a_small_laptop,
    choose,
    idle,
    open_window,
    scan,
    sign_in_and_open,
    tap,
    type_slowly,
)
from warehouse_app import clock


@pytest.fixture
def stocked(pin_hangar):
    h = pin_hangar
    put_stock(h.admin, h.kit, h.lentils, 20, location=h.shelf_a1)
    put_stock(h.admin, h.ref, h.lentils, 10, location=h.shelf_b1)
    put_stock(h.admin, h.aid, h.soap, 12, location=h.shelf_a2)
    return h


def _sign_in(qtbot, window, person):
    """`person` signed in with the PIN 2468, on Transfers and loans once it has its lists."""
    screen = sign_in_and_open(qtbot, window, person, "transfers", "2468")
    qtbot.waitUntil(lambda: screen.choices is not None, timeout=5000)
    return screen


def _rows(screen) -> list[tuple]:
    return [(x.lender_code, x.borrower_code, x.lent, x.repaid, x.outstanding)
            for x in screen.loans.loans]


def test_a_loan_given_and_repaid_and_the_outstanding_list_follows(
        qtbot, make_window, db_url, stocked):
    from models import Balance, Document

    h = stocked
    window = open_window(qtbot, make_window, db_url)

    # the kitchen lead lends 8 kg of lentils to the shelter network, due in a week
    screen = _sign_in(qtbot, window, h.cook)
    v = screen.view
    tap(qtbot, window, "tr_kind_lend")
    assert v.due.isVisible()
    assert [v.giver.itemData(i) for i in range(v.giver.count())] == [h.kit.id]
    choose(v.receiver, h.ref.id)
    v.due.setDate(QDate(clock.today()).addDays(7))
    type_slowly(qtbot, v.entry.search, "lentils")
    qtbot.waitUntil(lambda: v.entry.results.count() == 1, timeout=5000)
    v.entry.quantity.setText("8")
    tap(qtbot, window, "line_add")
    idle(qtbot)
    assert "LOC-A-01-1" in screen.model.data(screen.model.index(0, 2))
    tap(qtbot, window, "tr_post")
    idle(qtbot)
    loan = Document.get(Document.kind == "loan")
    assert loan.code in v.message.text()
    assert loan.due_date == clock.today() + dt.timedelta(days=7)
    assert _rows(screen) == [("KIT", "REF", 8, 0, 8)]
    assert screen.model.rowCount() == 0
    v.loans.selectRow(0)
    assert not v.repay_all_button.isEnabled()  # the lender does not repay itself

    # the shelter network's workshop lead repays 3, then the rest
    screen = _sign_in(qtbot, window, h.builder)
    v = screen.view
    assert _rows(screen) == [("KIT", "REF", 8, 0, 8)]
    v.loans.selectRow(0)
    v.repay_quantity.setText("trois")  # not a number: said so, nothing posted
    tap(qtbot, window, "tr_repay_part")
    assert "Quantity to repay: “trois” is not a number" in v.message.text()
    assert _rows(screen) == [("KIT", "REF", 8, 0, 8)]
    v.repay_quantity.setText("3")
    tap(qtbot, window, "tr_repay_part")
    idle(qtbot)
    assert "is posted" in v.message.text(), v.message.text()
    assert _rows(screen) == [("KIT", "REF", 8, 3, 5)]
    v.loans.selectRow(0)
    v.repay_quantity.setText("6")  # more than is owed: refused, with the reason
    tap(qtbot, window, "tr_repay_part")
    idle(qtbot)
    assert "5" in v.message.text() and "outstanding" in v.message.text()
    assert _rows(screen) == [("KIT", "REF", 8, 3, 5)]
    v.loans.selectRow(0)
    tap(qtbot, window, "tr_repay_all")
    idle(qtbot)
    assert _rows(screen) == []
    held = {(b.owner_id, b.location_id): b.quantity for b in
            Balance.select().where((Balance.item == h.lentils.id) & (Balance.quantity > 0))}
    assert sum(q for (owner, _), q in held.items() if owner == h.kit.id) == 20
    assert sum(q for (owner, _), q in held.items() if owner == h.ref.id) == 10


def test_a_transfer_changes_the_owner_and_leaves_the_goods_on_their_shelf(
        qtbot, make_window, db_url, stocked):
    from models import Balance

    h = stocked
    window = open_window(qtbot, make_window, db_url)
    screen = _sign_in(qtbot, window, h.coord)
    v = screen.view
    assert not v.due.isVisible()
    choose(v.giver, h.aid.id)
    choose(v.receiver, h.ref.id)
    for _ in range(5):
        scan(qtbot, window, h.soap.code)
    assert screen.model.lines[0].quantity == 5
    assert_fits_a_small_laptop(window)
    tap(qtbot, window, "tr_post")
    idle(qtbot)
    assert "now belong to REF" in v.message.text()
    soap = {b.owner_id: (b.location_id, b.quantity) for b in
            Balance.select().where((Balance.item == h.soap.id) & (Balance.quantity > 0))}
    assert soap == {h.aid.id: (h.shelf_a2.id, Decimal(7)), h.ref.id: (h.shelf_a2.id, Decimal(5))}


def test_an_overdue_loan_stands_out(qapp):
    from PySide6.QtCore import Qt

    from ui.screens.goods_out.transfers.loans import OVERDUE_BACKGROUND, LoansModel
    from warehouse_app.goods_out.desk import LoanRow

    def row(code: str, overdue: bool) -> LoanRow:
        return LoanRow(1, code, "KIT", "REF", 2, "Red lentils [FOOD-LENT]", "kg", Decimal(8),
                       Decimal(3), Decimal(5), dt.date(2026, 11, 1), overdue, True)

    model = LoansModel()
    model.set_loans([row("LOAN-2026-00001", True), row("LOAN-2026-00002", False)])
    due = model.COLUMNS.index("due")
    assert "(overdue)" in model.data(model.index(0, due))
    assert "(overdue)" not in model.data(model.index(1, due))
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    outstanding = model.COLUMNS.index("outstanding")
    assert model.data(model.index(0, outstanding)) == "5 kg"
