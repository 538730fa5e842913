"""Moving boxes between shelves and stock between places and boxes."""

import datetime as dt
from decimal import Decimal

import pytest

from models import Balance, Box, Document, Movement
from warehouse_app.errors import InsufficientStock, PermissionDenied, ValidationError
from warehouse_app.goods_out.moves import move_boxes, move_stock
from warehouse_app.intake.receipts import ReceiptLine, receive_donation, receive_scan


def held(item, **where) -> Decimal:
    rows = Balance.select().where(Balance.item == item.id)
    for name, value in where.items():
        rows = rows.where(getattr(Balance, name) == value)
    return sum((b.quantity for b in rows), Decimal(0))


def boxed(h, owner, *lines, at=None):
    return receive_donation(h.vol, owner, list(lines), location=at or h.shelf_a1).boxes


def test_box_moved_twice_carries_everything(hangar):
    h = hangar
    day = h.today + dt.timedelta(days=60)
    (box,) = boxed(
        h, h.aid,
        ReceiptLine(h.tomatoes, 24, lot_code="L1", date=day, date_kind="use_by", box_no=1),
        ReceiptLine(h.jacket_m, 3, weight_g=2400, box_no=1, condition="quarantine"),
    )
    (doc,) = move_boxes(h.vol, [box], h.shelf_a2)
    assert doc.kind == "move" and doc.code == f"MOV-{h.today.year}-00001"
    assert Box.get_by_id(box.id).location_id == h.shelf_a2.id
    (doc2,) = move_boxes(h.vol, [box], h.shelf_b1)
    assert Box.get_by_id(box.id).location_id == h.shelf_b1.id
    assert held(h.tomatoes, location_id=h.shelf_a1.id) == 0
    assert held(h.tomatoes, location_id=h.shelf_b1.id, box_id=box.id) == 24
    jackets = Balance.get((Balance.item == h.jacket_m.id) & (Balance.quantity > 0))
    assert (jackets.location_id, jackets.status, jackets.weight_g) == (h.shelf_b1.id, "quarantine", 2400)
    kinds = [(m.kind, m.quantity, m.location_id)
             for m in Movement.select().where(Movement.document == doc2).order_by(Movement.line)]
    assert kinds == [
        ("move_out", -24, h.shelf_a2.id), ("move_in", 24, h.shelf_b1.id),
        ("move_out", -3, h.shelf_a2.id), ("move_in", 3, h.shelf_b1.id),
    ]


def test_moving_a_box_where_it_is_is_refused(hangar):
    h = hangar
    (box,) = boxed(h, h.aid, ReceiptLine(h.soap, 5, box_no=1))
    with pytest.raises(ValidationError) as err:
        move_boxes(h.vol, [box], h.shelf_a1)
    assert str(err.value) == f"location: {box.code} is already at LOC-A-01-1"
    with pytest.raises(ValidationError):
        move_boxes(h.vol, [box, box], h.shelf_a2)
    with pytest.raises(ValidationError):
        move_boxes(h.vol, [], h.shelf_a2)
    assert Document.select().where(Document.kind == "move").count() == 0


def test_boxes_of_several_owners_one_document_each(hangar):
    h = hangar
    (aid_box,) = boxed(h, h.aid, ReceiptLine(h.soap, 5, box_no=1))
    (ref_box,) = boxed(h, h.ref, ReceiptLine(h.soap, 7, box_no=1))
    (empty_box,) = boxed(h, h.kit, ReceiptLine(h.soap, 1, box_no=1))
    Balance.delete().where(Balance.box_id == empty_box.id).execute()  # as if it held nothing
    docs = move_boxes(h.coord, [aid_box, ref_box, empty_box], h.shelf_b1)
    assert [(d.owner_id, d.kind) for d in docs] == [(h.aid.id, "move"), (h.ref.id, "move")]
    for doc in docs:
        owners = {m.owner_id for m in Movement.select().where(Movement.document == doc)}
        assert owners == {doc.owner_id}
    assert {b.location_id for b in Box.select()} == {h.shelf_b1.id}
    assert held(h.soap, owner=h.ref.id, location_id=h.shelf_b1.id) == 7


def test_partner_may_not_move(hangar):
    h = hangar
    (box,) = boxed(h, h.ref, ReceiptLine(h.soap, 5, box_no=1))
    with pytest.raises(PermissionDenied) as err:
        move_boxes(h.partner, [box], h.shelf_b1)
    assert err.value.action == "move"
    with pytest.raises(PermissionDenied):
        move_stock(h.partner, h.ref, h.soap, 1, from_box=box, to_location=h.shelf_b1)
    assert Box.get_by_id(box.id).location_id == h.shelf_a1.id


def test_move_stock_out_of_a_box_splits_lots_oldest_first(hangar):
    h = hangar
    early, late = h.today + dt.timedelta(days=10), h.today + dt.timedelta(days=90)
    (box,) = boxed(
        h, h.aid,
        ReceiptLine(h.tomatoes, 5, lot_code="LATE", date=late, date_kind="use_by", box_no=1),
        ReceiptLine(h.tomatoes, 4, lot_code="EARLY", date=early, date_kind="use_by", box_no=1),
    )
    doc = move_stock(h.vol, h.aid, h.tomatoes, 6, from_box=box, to_location=h.shelf_b1)
    ins = [(m.lot.code, m.quantity) for m in Movement.select().where(
        (Movement.document == doc) & (Movement.kind == "move_in")).order_by(Movement.line)]
    assert ins == [("EARLY", 4), ("LATE", 2)]
    assert held(h.tomatoes, box_id=box.id) == 3
    assert held(h.tomatoes, box_id=0, location_id=h.shelf_b1.id) == 6
    assert Box.get_by_id(box.id).status == "open"
    # Emptying the box marks it empty; filling it again reopens it.
    move_stock(h.vol, h.aid, h.tomatoes, 3, from_box=box, to_location=h.shelf_b1)
    assert Box.get_by_id(box.id).status == "empty"
    box = Box.get_by_id(box.id)
    move_stock(h.vol, h.aid, h.tomatoes, 1, from_location=h.shelf_b1, to_box=box)
    assert Box.get_by_id(box.id).status == "open"
    assert held(h.tomatoes, box_id=box.id, location_id=h.shelf_a1.id) == 1


def test_move_stock_refusals(hangar):
    h = hangar
    receive_scan(h.vol, h.aid, h.soap, 5, location=h.shelf_a1)
    (ref_box,) = boxed(h, h.ref, ReceiptLine(h.soap, 2, box_no=1))
    with pytest.raises(InsufficientStock) as err:
        move_stock(h.vol, h.aid, h.soap, 8, from_location=h.shelf_a1, to_location=h.shelf_a2)
    assert err.value.facts["available"] == 5 and err.value.facts["requested"] == 8
    assert "Soap bar" in str(err.value) and "AID" in str(err.value) and "LOC-A-01-1" in str(err.value)
    with pytest.raises(ValidationError) as err:
        move_stock(h.vol, h.aid, h.soap, 1, from_location=h.shelf_a1, to_location=h.shelf_a1)
    assert "already" in str(err.value)
    with pytest.raises(ValidationError) as err:
        move_stock(h.vol, h.aid, h.soap, 1, from_location=h.shelf_a1, to_box=ref_box)
    assert "another organisation" in str(err.value)
    for bad in (0, -1, Decimal("0.0005")):
        with pytest.raises(ValidationError):
            move_stock(h.vol, h.aid, h.soap, bad, from_location=h.shelf_a1, to_location=h.shelf_a2)
    # Quarantined stock moves only when asked for as such.
    receive_donation(h.vol, h.aid, [ReceiptLine(h.jacket_m, 2, condition="quarantine")],
                     location=h.shelf_a2)
    with pytest.raises(InsufficientStock):
        move_stock(h.vol, h.aid, h.jacket_m, 2, from_location=h.shelf_a2, to_location=h.shelf_b1)
    move_stock(h.vol, h.aid, h.jacket_m, 2, from_location=h.shelf_a2, to_location=h.shelf_b1,
               status="quarantine")
    assert held(h.jacket_m, location_id=h.shelf_b1.id, status="quarantine") == 2
    assert Document.select().where(Document.kind == "move").count() == 1
