"""Adjustments, losses, quarantine and release, on SQLite and PostgreSQL."""

import datetime as dt
from decimal import Decimal

import pytest

from models import Balance, Document, Lot, Movement
from tests.factories import put_stock
from tests.goods_out.test_transfers import held
from warehouse_app import integrity
from warehouse_app.errors import InsufficientStock, PermissionDenied, ValidationError
from warehouse_app.goods_out.transfers import transfer
from warehouse_app.picking import StockLine
from warehouse_app.stock.adjustments import (
    AdjustmentLine,
    LossLine,
    adjust,
    quarantine,
    record_loss,
    release_from_quarantine,
)

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def test_adjustment_up_and_down_with_reasons(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    doc = adjust(h.coord, h.aid, [
        AdjustmentLine(h.soap, 3, "found", location=h.shelf_a2),
        AdjustmentLine(h.soap, Decimal("-2"), "damaged", location=h.shelf_a1),
    ], note="cycle count zone A")
    assert doc.kind == "adjustment" and doc.code.startswith("ADJ-") and doc.note
    moves = list(Movement.select().where(Movement.document == doc).order_by(Movement.line))
    assert [(m.kind, m.quantity, m.reason, m.weight_g) for m in moves] == [
        ("adjustment", 3, "found", 300), ("adjustment", -2, "damaged", -200),
    ]
    assert held(h.aid, h.soap, location=h.shelf_a1) == 8
    assert held(h.aid, h.soap, location=h.shelf_a2) == 3
    assert integrity.check() == []


def test_adjustment_reason_is_required_and_named(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    for reason in (None, "", "because"):
        with pytest.raises(ValidationError) as err:
            adjust(h.coord, h.aid, [AdjustmentLine(h.soap, -1, "lost"),
                                    AdjustmentLine(h.jacket_m, 1, reason)])
        assert err.value.field == "reason"
        assert "line 2" in str(err.value) and "Jacket" in str(err.value)
    with pytest.raises(ValidationError):
        adjust(h.coord, h.aid, [AdjustmentLine(h.soap, 0, "found")])
    with pytest.raises(ValidationError):
        adjust(h.coord, h.aid, [AdjustmentLine(h.soap, 1, "found", status="broken")])
    assert Document.select().where(Document.kind == "adjustment").count() == 0


def test_adjustment_never_makes_stock_negative(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 2, location=h.shelf_a1)
    with pytest.raises(InsufficientStock) as err:
        adjust(h.coord, h.aid, [AdjustmentLine(h.soap, -3, "lost")])
    assert err.value.available == 2 and err.value.requested == 3
    assert held(h.aid, h.soap) == 2


def test_adjust_is_for_coordinators_only(hangar):
    h = hangar
    put_stock(h.coord, h.kit, h.lentils, 5, location=h.shelf_a1)
    for who in (h.vol, h.cook, h.partner):
        with pytest.raises(PermissionDenied):
            adjust(who, h.kit, [AdjustmentLine(h.lentils, 1, "found")])
    adjust(h.admin, h.kit, [AdjustmentLine(h.lentils, 1, "found", location=h.shelf_a1)])
    assert held(h.kit, h.lentils) == 6


def test_loss_of_expired_food_is_recorded(hangar):
    h = hangar
    old = Lot.create(item=h.tomatoes, code="L-OLD", date=h.today - dt.timedelta(days=2),
                     date_kind="use_by")
    fresh = Lot.create(item=h.tomatoes, code="L-NEW", date=h.today + dt.timedelta(days=60),
                       date_kind="use_by")
    put_stock(h.coord, h.kit, h.tomatoes, 6, lot=old, location=h.shelf_a1)
    put_stock(h.coord, h.kit, h.tomatoes, 6, lot=fresh, location=h.shelf_a1)
    doc = record_loss(h.cook, h.kit, [LossLine(h.tomatoes, 8, "expired")])
    assert doc.kind == "loss" and doc.code.startswith("LOSS-")
    moves = list(Movement.select().where(Movement.document == doc).order_by(Movement.line))
    assert [(m.kind, m.lot_id, m.quantity, m.reason) for m in moves] == [
        ("loss", old.id, -6, "expired"), ("loss", fresh.id, -2, "expired"),  # oldest first
    ]
    assert held(h.kit, h.tomatoes) == 4


def test_loss_refusals(hangar):
    h = hangar
    put_stock(h.coord, h.kit, h.lentils, 5, location=h.shelf_a1)
    put_stock(h.coord, h.aid, h.soap, 5, location=h.shelf_a1)
    with pytest.raises(ValidationError) as err:
        record_loss(h.cook, h.kit, [LossLine(h.lentils, 1, "lost in the move")])
    assert "line 1" in str(err.value) and "spoiled" in str(err.value)
    with pytest.raises(ValidationError):
        record_loss(h.cook, h.kit, [LossLine(h.lentils, -1, "spoiled")])
    with pytest.raises(InsufficientStock):
        record_loss(h.cook, h.kit, [LossLine(h.lentils, 6, "spoiled")])
    with pytest.raises(PermissionDenied):  # a lead of KIT, on AID's stock
        record_loss(h.cook, h.aid, [LossLine(h.soap, 1, "theft")])
    with pytest.raises(PermissionDenied):
        record_loss(h.vol, h.aid, [LossLine(h.soap, 1, "theft")])
    assert held(h.kit, h.lentils) == 5 and held(h.aid, h.soap) == 5


def test_quarantined_stock_is_not_usable_until_released(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    doc = quarantine(h.vol, h.aid, [StockLine(h.soap, 4)], reason="cartons soaked by the leak")
    assert doc.kind == "status" and doc.code.startswith("QRT-")
    assert doc.note == "cartons soaked by the leak"
    assert held(h.aid, h.soap) == 6 and held(h.aid, h.soap, status="quarantine") == 4
    q = Balance.get((Balance.status == "quarantine") & (Balance.item == h.soap.id))
    assert q.location_id == h.shelf_a1.id and q.weight_g == 400  # same place, same weight

    with pytest.raises(InsufficientStock):  # quarantined stock cannot be given away
        transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 7)])
    # It can be lost, though: part of it is written off, the rest released.
    record_loss(h.coord, h.aid, [LossLine(h.soap, 1, "damaged", status="quarantine")])
    with pytest.raises(InsufficientStock) as err:
        release_from_quarantine(h.vol, h.aid, [StockLine(h.soap, 4)], reason="dried")
    assert "quarantine" in str(err.value)
    release_from_quarantine(h.vol, h.aid, [StockLine(h.soap, 3)], reason="dried, fine")
    assert held(h.aid, h.soap) == 9 and held(h.aid, h.soap, status="quarantine") == 0
    assert integrity.check() == []


def test_quarantine_needs_a_reason_and_reach(hangar):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 10, location=h.shelf_a1)
    with pytest.raises(ValidationError):
        quarantine(h.vol, h.aid, [StockLine(h.soap, 1)], reason=" ")
    with pytest.raises(PermissionDenied):  # a volunteer of REF, on AID's stock
        quarantine(h.vol_ref, h.aid, [StockLine(h.soap, 1)], reason="smells")
    with pytest.raises(PermissionDenied):
        quarantine(h.partner, h.ref, [StockLine(h.soap, 1)], reason="smells")
    assert held(h.aid, h.soap) == 10
