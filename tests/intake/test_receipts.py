"""Donation receipts (GRN): lines, lots, conditions, boxes, and every refusal."""

import datetime as dt
from decimal import Decimal

import pytest

from models import Balance, Box, ClosedPeriod, Document, DocumentSequence, Lot, Movement
from warehouse_app.errors import InvalidLines, PeriodClosed, PermissionDenied, ValidationError
from warehouse_app.intake.receipts import ReceiptLine, new_box, receive_donation, receive_scan
from warehouse_app.ledger import posting

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def on_hand(item, **where) -> Decimal:
    rows = Balance.select().where(Balance.item == item.id)
    for name, value in where.items():
        rows = rows.where(getattr(Balance, name) == value)
    return sum((b.quantity for b in rows), Decimal(0))


def test_receipt_with_boxes_lots_and_conditions(hangar):
    h = hangar
    use_by = h.today + dt.timedelta(days=200)
    lines = [
        ReceiptLine(h.tomatoes, 24, lot_code="L2291", date=use_by, date_kind="use_by", box_no=1),
        ReceiptLine(h.jacket_m, 4, weight_g=3200, box_no=2),
        ReceiptLine(h.jacket_l, 6, box_no=2, condition="quarantine", note="smells of smoke"),
        ReceiptLine(h.lentils, Decimal("12.5"), date=use_by, date_kind="best_before", box_no=1),
        ReceiptLine(h.soap, 30, condition="rejected", note="opened"),
    ]
    receipt = receive_donation(
        h.vol, h.aid, lines, donor=h.donor, reference="KENT-7", priority=1,
        restriction="for families", location=h.shelf_a1,
    )
    doc = Document.get_by_id(receipt.document.id)
    assert doc.code == f"DON-{h.today.year}-00001"
    assert (doc.kind, doc.owner_id, doc.donor_id, doc.priority) == ("receipt", h.aid.id, h.donor.id, 1)
    assert doc.received_by == "Vera" and doc.restriction == "for families"
    assert "line 5: rejected 30 piece of Soap bar [HYG-SOAP] (opened)" in doc.discrepancies
    assert doc.note == "line 3: smells of smoke"

    assert [b.code for b in receipt.boxes] == ["BOX-000001", "BOX-000002"]
    for box in receipt.boxes:
        box = Box.get_by_id(box.id)
        assert (box.owner_id, box.location_id, box.document_id, box.status) == (
            h.aid.id, h.shelf_a1.id, doc.id, "open")
    first, second = receipt.boxes
    assert on_hand(h.tomatoes, box_id=first.id) == 24
    assert on_hand(h.lentils, box_id=first.id) == Decimal("12.5")
    assert on_hand(h.jacket_m, box_id=second.id, status="usable") == 4
    assert on_hand(h.jacket_l, status="usable") == 0
    assert on_hand(h.jacket_l, status="quarantine") == 6
    assert on_hand(h.soap) == 0

    tomato_lot = Lot.get((Lot.item == h.tomatoes.id) & (Lot.code == "L2291"))
    assert (tomato_lot.date, tomato_lot.date_kind) == (use_by, "use_by")
    lentil_lot = Lot.get(Lot.item == h.lentils.id)
    assert lentil_lot.code == f"BB{use_by:%Y%m%d}"

    weights = {m.item_id: m.weight_g for m in receipt.movements}
    assert weights[h.tomatoes.id] == 24 * 420  # computed from the item's weight per unit
    assert weights[h.jacket_m.id] == 3200  # as weighed
    assert weights[h.jacket_l.id] is None  # nothing known
    assert weights[h.lentils.id] == 12500
    assert Movement.select().count() == 4


def test_same_lot_is_found_not_duplicated(hangar):
    h = hangar
    day = h.today + dt.timedelta(days=30)
    receive_scan(h.vol, h.aid, h.tomatoes, 6, lot_code="L1", date=day, date_kind="use_by")
    # The second scan names the lot only: its date comes from the lot already known.
    receive_scan(h.vol, h.ref, h.tomatoes, 4, lot_code="L1")
    assert Lot.select().where(Lot.item == h.tomatoes.id).count() == 1
    assert on_hand(h.tomatoes) == 10
    with pytest.raises(InvalidLines) as err:
        receive_scan(h.vol, h.aid, h.tomatoes, 1, lot_code="L1", date=day + dt.timedelta(days=1),
                     date_kind="use_by")
    assert err.value.field == "lot" and "L1" in str(err.value)


def test_perishable_without_date_names_line_and_item(hangar):
    h = hangar
    lines = [ReceiptLine(h.soap, 1), ReceiptLine(h.soap, 2), ReceiptLine(h.tomatoes, 3)]
    with pytest.raises(InvalidLines) as err:
        receive_donation(h.vol, h.aid, lines)
    assert str(err.value) == (
        "line 3, date: Tinned tomatoes 400 g [FOOD-TOM-400] needs a use-by or best-before date"
    )
    assert err.value.problems == [
        (3, "date", "Tinned tomatoes 400 g [FOOD-TOM-400] needs a use-by or best-before date")
    ]
    assert isinstance(err.value, ValidationError) and err.value.row == 3


def test_fifth_line_bad_writes_nothing_and_every_bad_line_is_reported(hangar):
    h = hangar
    day = h.today + dt.timedelta(days=90)
    lines = [
        ReceiptLine(h.soap, 10, box_no=1),
        ReceiptLine(h.tomatoes, 5, lot_code="NEW-LOT", date=day, date_kind="use_by", box_no=1),
        ReceiptLine(h.jacket_m, 2, box_no=2),
        ReceiptLine(h.lentils, 3, date=day, date_kind="use_by", box_no=2),
        ReceiptLine(h.jacket_l, 0, box_no=3),
        ReceiptLine(h.soap, Decimal("0.0001")),
        ReceiptLine(h.soap, 1, date=day),
        ReceiptLine(h.soap, 1, condition="broken"),
        ReceiptLine(h.soap, 1, weight_g=1.5),
    ]
    with pytest.raises(InvalidLines) as err:
        receive_donation(h.vol, h.aid, lines, location=h.shelf_a1)
    assert [(n, f) for n, f, _ in err.value.problems] == [
        (5, "quantity"), (6, "quantity"), (7, "date_kind"), (8, "condition"), (9, "weight"),
    ]
    assert "line 5, quantity" in str(err.value)
    for table in (Document, Box, Lot, Movement, Balance, DocumentSequence):
        assert table.select().count() == 0, table.__name__


def test_failure_while_posting_rolls_back_boxes_and_lots(hangar):
    h = hangar
    # The refusal comes from the ledger itself (a closed month), after box and lot were made.
    ClosedPeriod.create(owner=h.aid, month=h.today.replace(day=1), closed_by=h.coord)
    lines = [ReceiptLine(h.tomatoes, 5, lot_code="LX", date=h.today, date_kind="use_by", box_no=1)]
    with pytest.raises(PeriodClosed):
        receive_donation(h.vol, h.aid, lines)
    for table in (Document, Box, Lot, Movement, Balance):
        assert table.select().count() == 0, table.__name__


def test_refusals_of_header_and_role(hangar):
    h = hangar
    line = [ReceiptLine(h.soap, 1)]
    with pytest.raises(PermissionDenied) as err:
        receive_donation(h.partner, h.ref, line)
    assert err.value.action == "receive"
    for priority in (0, 4, "1", True):
        with pytest.raises(ValidationError) as err:
            receive_donation(h.vol, h.aid, line, priority=priority)
        assert err.value.field == "priority"
    with pytest.raises(ValidationError):
        receive_donation(h.vol, h.aid, [])
    with pytest.raises(ValidationError) as err:
        receive_donation(h.vol, h.aid, [ReceiptLine(h.soap, 3, condition="rejected")])
    assert "rejected" in str(err.value)
    h.jacket_m.active = False  # withdrawn from the catalogue
    with pytest.raises(InvalidLines) as err:
        receive_donation(h.vol, h.aid, [ReceiptLine(h.jacket_m, 1)])
    assert err.value.field == "item" and "CLO-JKT-M-M" in str(err.value)
    assert Document.select().count() == 0


def test_volunteer_receives_for_any_ngo(hangar):
    h = hangar
    receipt = receive_scan(h.vol, h.kit, h.soap, 3, location=h.shelf_b1)
    assert receipt.document.owner_id == h.kit.id
    assert on_hand(h.soap, owner=h.kit.id, location_id=h.shelf_b1.id) == 3


def test_box_rules(hangar):
    h = hangar
    first = receive_donation(h.vol, h.aid, [ReceiptLine(h.soap, 5, box_no=1)], location=h.shelf_a1)
    box = first.boxes[0]
    # Topping up an existing box keeps it where it is.
    again = receive_donation(h.vol, h.aid, [ReceiptLine(h.soap, 2, existing_box=box)])
    assert again.boxes == [] and on_hand(h.soap, box_id=box.id, location_id=h.shelf_a1.id) == 7
    bad = [
        ReceiptLine(h.soap, 1, existing_box=box, box_no=1),
        ReceiptLine(h.soap, 1, box_no=4, location=h.shelf_a1),
        ReceiptLine(h.soap, 1, box_no=4, location=h.shelf_a2),
        ReceiptLine(h.soap, 1, existing_box=box, location=h.shelf_b1),
    ]
    with pytest.raises(InvalidLines) as err:
        receive_donation(h.vol, h.aid, bad)
    assert [(n, f) for n, f, _ in err.value.problems] == [(1, "box"), (3, "location"), (4, "location")]
    with pytest.raises(InvalidLines) as err:
        receive_donation(h.vol, h.ref, [ReceiptLine(h.soap, 1, existing_box=box)])
    assert "another organisation" in str(err.value)


def test_box_codes_continue_after_existing_boxes(hangar):
    h = hangar
    Box.create(code="BOX-000041", owner=h.aid)
    with posting(h.vol, "receipt", h.aid) as post:
        made = new_box(h.aid, h.shelf_a1, post.document)
        post.add(owner=h.aid, item=h.soap, quantity=1, kind="receipt", box=made)
    assert made.code == "BOX-000042"
    receipt = receive_donation(h.vol, h.aid, [ReceiptLine(h.soap, 1, box_no=7)])
    assert [b.code for b in receipt.boxes] == ["BOX-000043"]


def test_quarantine_and_dated_non_food(hangar):
    h = hangar
    receipt = receive_donation(h.vol, h.aid, [
        ReceiptLine(h.tomatoes, 12, date=h.today, date_kind="use_by", condition="quarantine"),
        ReceiptLine(h.soap, 5, date=h.today, date_kind="best_before"),
    ])
    statuses = {m.item_id: m.status for m in receipt.movements}
    assert statuses == {h.tomatoes.id: "quarantine", h.soap.id: "usable"}
    assert Lot.get(Lot.item == h.soap.id).code == f"BB{h.today:%Y%m%d}"
