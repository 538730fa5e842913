"""Month close and reopen: snapshots, order, refusals, audit; on SQLite and PostgreSQL."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from peewee import SQL, fn

from models import AuditEntry, ClosedPeriod, Lot, Movement, PeriodBalance, from_milli
from tests.factories import put_stock
from warehouse_app import integrity, ledger, periods
from warehouse_app.errors import PeriodClosed, PermissionDenied, ValidationError
from warehouse_app.goods_out.transfers import transfer
from warehouse_app.picking import StockLine
from warehouse_app.stock.adjustments import (
    AdjustmentLine,
    LossLine,
    adjust,
    quarantine,
    record_loss,
)

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


@pytest.fixture
def months(hangar):
    """The open month and the three before it, newest first: m0, m1, m2, m3."""
    m0 = hangar.today.replace(day=1)
    m1 = periods.previous_month(m0)
    m2 = periods.previous_month(m1)
    m3 = periods.previous_month(m2)
    return m0, m1, m2, m3


def ledger_sum(owner, up_to: dt.date):
    """The owner's balances summed straight from the ledger, for comparison."""
    lot = fn.COALESCE(Movement.lot, SQL("0"))
    rows = (
        Movement.select(Movement.item, lot, Movement.status,
                        fn.SUM(Movement.quantity).coerce(False),
                        fn.SUM(fn.COALESCE(Movement.weight_g, SQL("0"))))
        .where((Movement.owner == owner.id) & (Movement.effective_date <= up_to))
        .group_by(Movement.item, lot, Movement.status)
        .tuples()
    )
    return {(i, lt, s): (from_milli(q), int(w)) for i, lt, s, q, w in rows if q or w}


def snapshot(owner, month):
    rows = PeriodBalance.select().where(
        (PeriodBalance.owner == owner.id) & (PeriodBalance.month == month)
    )
    return {(r.item_id, r.lot_id, r.status): (r.quantity, r.weight_g) for r in rows}


def busy_months(h, months):
    """Three months of AID history: stock in, handed over, lost, quarantined, half kilos."""
    _m0, m1, m2, m3 = months
    lot = Lot.create(item=h.tomatoes, code="L7", date=h.today + dt.timedelta(days=400),
                     date_kind="best_before")
    put_stock(h.coord, h.aid, h.tomatoes, 48, lot=lot, location=h.shelf_a1, date=m3)
    put_stock(h.coord, h.aid, h.lentils, Decimal("12.5"), location=h.shelf_a2, date=m3)
    put_stock(h.coord, h.aid, h.soap, 30, location=h.shelf_b1, date=m3 + dt.timedelta(days=3))
    transfer(h.coord, h.aid, h.kit, [StockLine(h.tomatoes, 12)], effective_date=m2)
    record_loss(h.coord, h.aid, [LossLine(h.lentils, Decimal("2.25"), "spoiled")],
                effective_date=m2 + dt.timedelta(days=5))
    quarantine(h.coord, h.aid, [StockLine(h.soap, 4)], reason="wet cartons", effective_date=m2)
    adjust(h.coord, h.aid, [AdjustmentLine(h.soap, -1, "lost")], effective_date=m1)
    put_stock(h.coord, h.aid, h.jacket_m, 5, location=h.shelf_a1, date=m1)
    return lot


def test_close_writes_the_ledger_balances_and_the_next_opening(hangar, months):
    h = hangar
    m0, m1, m2, m3 = months
    lot = busy_months(h, months)

    period = periods.close_month(h.coord, h.aid, m3 + dt.timedelta(days=17))
    assert period.month == m3 and period.closed_by_id == h.coord.id
    assert snapshot(h.aid, m3) == ledger_sum(h.aid, periods.month_end(m3))
    assert snapshot(h.aid, m3)[(h.lentils.id, 0, "usable")] == (Decimal("12.5"), 12500)

    periods.close_month(h.coord, h.aid, m2)
    periods.close_month(h.coord, h.aid, m1)
    for month in (m2, m1):
        assert snapshot(h.aid, month) == ledger_sum(h.aid, periods.month_end(month))
    m2_closing = snapshot(h.aid, m2)
    assert m2_closing[(h.tomatoes.id, lot.id, "usable")] == (36, 36 * 420)
    assert m2_closing[(h.soap.id, 0, "quarantine")] == (4, 400)
    assert periods.month_opening(h.aid, m1) == m2_closing
    assert periods.month_opening(h.aid, m0) == snapshot(h.aid, m1)
    assert periods.closed_months(h.aid) == [m3, m2, m1]
    assert periods.closed_months(h.kit) == []
    assert integrity.check() == []


def test_opening_without_a_snapshot_comes_from_the_ledger(hangar, months):
    h = hangar
    _m0, m1, m2, _m3 = months
    busy_months(h, months)
    assert periods.month_opening(h.aid, m1) == ledger_sum(h.aid, periods.month_end(m2))
    assert periods.month_opening(h.kit, m1) == {(h.tomatoes.id, Lot.get().id, "usable"):
                                                (12, 12 * 420)}


def test_next_close_builds_on_the_previous_snapshot_not_the_history(hangar, months):
    h = hangar
    _m0, m1, m2, m3 = months
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1, date=m3)
    periods.close_month(h.coord, h.aid, m3)
    put_stock(h.coord, h.aid, h.soap, 5, location=h.shelf_a1, date=m2)
    # Plant a difference in the old snapshot: if the close of m2 reads it, m2 carries it.
    PeriodBalance.update(quantity=PeriodBalance.quantity + Decimal(1)).where(
        PeriodBalance.month == m3).execute()
    periods.close_month(h.coord, h.aid, m2)
    assert snapshot(h.aid, m2) == {(h.soap.id, 0, "usable"): (16, 1500)}


def test_months_close_in_order_and_only_when_over(hangar, months):
    h = hangar
    m0, m1, m2, m3 = months
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1, date=m3)
    for month in (m0, m0 + dt.timedelta(days=40)):
        with pytest.raises(ValidationError) as err:
            periods.close_month(h.coord, h.aid, month)
        assert "not ended" in str(err.value)
    periods.close_month(h.admin, h.aid, m3)  # the first close may be any past month
    with pytest.raises(ValidationError) as err:
        periods.close_month(h.coord, h.aid, m1)
    assert f"close {m2:%Y-%m}" in str(err.value)
    with pytest.raises(ValidationError) as err:
        periods.close_month(h.coord, h.aid, m3)
    assert "already closed" in str(err.value)
    periods.close_month(h.coord, h.aid, m2)
    assert periods.closed_months(h.aid) == [m3, m2]


def test_only_coordinators_close_and_reopen(hangar, months):
    h = hangar
    _m0, m1, _m2, _m3 = months
    for who in (h.vol, h.cook, h.builder, h.partner):
        with pytest.raises(PermissionDenied):
            periods.close_month(who, who.organisation, m1)
    periods.close_month(h.coord, h.ref, m1)
    for who in (h.vol, h.builder, h.partner):
        with pytest.raises(PermissionDenied):
            periods.reopen_month(who, h.ref, m1, reason="mistake")
    assert periods.closed_months(h.ref) == [m1]


def test_closed_month_refuses_postings_of_every_service(hangar, months):
    h = hangar
    m0, m1, m2, _m3 = months
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1, date=m2)
    periods.close_month(h.coord, h.aid, m1)
    late = m1 + dt.timedelta(days=27)
    with pytest.raises(PeriodClosed):  # a receipt backdated into the closed month
        with ledger.posting(h.vol, "receipt", h.aid, donor=h.donor, effective_date=late) as p:
            p.add(owner=h.aid, item=h.soap, quantity=3, kind="receipt", location=h.shelf_a1)
    with pytest.raises(PeriodClosed):  # and into a month before it
        put_stock(h.coord, h.aid, h.soap, 1, location=h.shelf_a1, date=m2)
    with pytest.raises(PeriodClosed) as err:
        adjust(h.coord, h.aid, [AdjustmentLine(h.soap, 1, "found", location=h.shelf_a1)],
               effective_date=late)
    assert err.value.month == m1 and "AID" in str(err.value)
    with pytest.raises(PeriodClosed):
        record_loss(h.coord, h.aid, [LossLine(h.soap, 1, "damaged")], effective_date=late)
    with pytest.raises(PeriodClosed):
        quarantine(h.coord, h.aid, [StockLine(h.soap, 1)], reason="wet", effective_date=late)
    before = snapshot(h.aid, m1)
    adjust(h.coord, h.aid, [AdjustmentLine(h.soap, 1, "found", location=h.shelf_a1)],
           effective_date=m0)  # corrections go into the open month
    assert snapshot(h.aid, m1) == before
    assert integrity.check() == []


def test_reopen_only_the_latest_with_a_reason_and_audited(hangar, months):
    h = hangar
    _m0, m1, m2, _m3 = months
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1, date=m2)
    periods.close_month(h.coord, h.aid, m2)
    periods.close_month(h.coord, h.aid, m1)
    with pytest.raises(ValidationError) as err:
        periods.reopen_month(h.coord, h.aid, m2, reason="count was wrong")
    assert f"reopen {m1:%Y-%m}" in str(err.value)
    with pytest.raises(ValidationError):
        periods.reopen_month(h.coord, h.aid, m1, reason="  ")
    with pytest.raises(ValidationError):
        periods.reopen_month(h.coord, h.kit, m1, reason="never closed")

    periods.reopen_month(h.admin, h.aid, m1, reason="count of zone B was wrong")
    assert periods.closed_months(h.aid) == [m2]
    assert snapshot(h.aid, m1) == {}
    entry = AuditEntry.get(AuditEntry.action == "period.reopen")
    detail = json.loads(entry.detail)
    assert entry.user_id == h.admin.id and entry.at is not None
    assert detail["reason"] == "count of zone B was wrong" and detail["owner"] == "AID"
    assert detail["month"] == f"{m1:%Y-%m}" and detail["closed_by"] == h.coord.name

    # The reopened month takes the correction, and closing it again snapshots it.
    adjust(h.coord, h.aid, [AdjustmentLine(h.soap, -2, "lost")], effective_date=m1)
    periods.close_month(h.coord, h.aid, m1)
    assert snapshot(h.aid, m1) == {(h.soap.id, 0, "usable"): (8, 800)}
    assert ClosedPeriod.select().count() == 2
    assert integrity.check() == []
