"""The monthly report on two months and a half of a generated hangar (nine NGOs, through
the services), read back from the .xlsx with an independent reader, on SQLite and
PostgreSQL: every row adds up, each month's closing is the next one's opening, the
closings are what the ledger and the shelves hold, and a closed month's report is the
same file of figures when produced again."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import pytest
from peewee import SQL, fn

from models import ClosedPeriod, Item, Lot, Movement, Organisation, User, from_milli
from tests.reports.readback import figures_by_key, header_block, main_rows, number, sheets, table
from warehouse_app import clock, demo
from warehouse_app.intake.receipts import ReceiptLine, receive_donation
from warehouse_app.ledger import month_start, next_month
from warehouse_app.reports.monthly import monthly_report
from warehouse_app.reports.xlsx import write_monthly_workbook
from warehouse_app.stock.queries import stock_on_hand

INS = ("Imported balances", "Received", "Transfers in", "Produced")
OUTS = ("Distributed", "Transfers out", "Used in production", "Losses")


def ledger_at_end_of(owner: Organisation, month: dt.date) -> dict[tuple[str, str], Decimal]:
    """What the ledger holds at the month's end, summed from the first movement: no
    snapshot, no report code."""
    last = next_month(month) - dt.timedelta(days=1)
    lot = fn.COALESCE(Movement.lot, SQL("0"))
    query = (Movement.select(Movement.item, lot, fn.SUM(Movement.quantity).coerce(False))
             .where((Movement.owner == owner.id) & (Movement.effective_date <= last))
             .group_by(Movement.item, lot).tuples())
    codes = {i: c for i, c in Item.select(Item.id, Item.code).tuples()}
    lots = {i: c for i, c in Lot.select(Lot.id, Lot.code).tuples()}
    return {(codes[i], lots.get(lt, "")): from_milli(q) for i, lt, q in query if q}


def months_of_demo(today: dt.date) -> list[dt.date]:
    month, months = month_start(today - dt.timedelta(days=60)), []
    while month <= today:
        months.append(month)
        month = next_month(month)
    return months


@pytest.mark.slow
def test_every_ngo_every_month_adds_up(db, tmp_path):
    demo.fill_demo_hangar(seed=7)
    admin = User.get(User.name == demo.ADMIN_NAME)
    today = clock.today()
    months = months_of_demo(today)
    assert len(months) >= 3
    checked_rows = 0
    for owner in Organisation.select().order_by(Organisation.code):
        previous = None
        for month in months:
            path = write_monthly_workbook(monthly_report(admin, owner, month),
                                          tmp_path / f"{owner.code}-{month:%Y-%m}.xlsx")
            figures = figures_by_key(path)
            for key, f in figures.items():
                ins = sum(f[c] for c in INS)
                outs = sum(f[c] for c in OUTS)
                assert f["Closing"] == f["Opening"] + ins - outs + f["Count adjustments"], key
                checked_rows += 1
            # This month opens where the last one closed, row by row.
            opening = {k: f["Opening"] for k, f in figures.items() if f["Opening"]}
            if previous is not None:
                assert opening == previous, (owner.code, month)
            closing = {k: f["Closing"] for k, f in figures.items() if f["Closing"]}
            assert closing == ledger_at_end_of(owner, month), (owner.code, month)
            # The month's movements, listed one by one, account for the change of each row.
            moved: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
            for m in table(sheets(path)["Movements"], 3):
                moved[(m["Item code"], m["Lot"])] += number(m["Quantity"])
            for key, f in figures.items():
                assert moved.get(key, Decimal(0)) == f["Closing"] - f["Opening"], key
            previous = closing
        # The month under way closes on what the shelves hold now (the Balance table).
        on_hand = {(r.item_code, r.lot_code or ""): r.quantity
                   for r in stock_on_hand(admin, owner=owner, group_by=("item", "lot"))}
        assert previous == on_hand, owner.code
    assert checked_rows > 500


@pytest.mark.slow
def test_closed_month_report_is_identical_when_produced_again(db, tmp_path):
    demo.fill_demo_hangar(seed=7)
    admin = User.get(User.name == demo.ADMIN_NAME)
    closed = ClosedPeriod.select().order_by(ClosedPeriod.month.desc(), ClosedPeriod.id).first()
    owner, month = closed.owner, closed.month
    first = write_monthly_workbook(monthly_report(admin, owner, month), tmp_path / "first.xlsx")
    # Life goes on in the open month: a donation of something the NGO held in the closed one.
    item = Item.get(Item.code == main_rows(first)[0]["Item code"])
    receive_donation(admin, owner, [ReceiptLine(item=item, quantity=5, date=clock.today()
                                                + dt.timedelta(days=300) if item.perishable
                                                else None,
                                                date_kind="best_before" if item.perishable
                                                else None)])
    second = write_monthly_workbook(monthly_report(admin, owner, month), tmp_path / "second.xlsx")
    assert sheets(first) == sheets(second)
    header = header_block(first)
    assert header["Books"] == "closed"
    assert header["Report number"] == f"RPT-{owner.code}-{month:%Y-%m}"
    assert header["Prepared by"] == admin.name
