"""Distributions: FEFO picking, refusals, emptied boxes, and the release note."""

import datetime as dt
from decimal import Decimal

import pytest

from models import Balance, Box, Document, Lot, Movement
from warehouse_app import clock
from warehouse_app.errors import (
    ExpiredFood,
    InsufficientStock,
    InvalidLines,
    PermissionDenied,
    ValidationError,
)
from warehouse_app.goods_out.distribution import IssueLine, distribute, release_note, suggest_picks
from warehouse_app.intake.receipts import ReceiptLine, receive_donation, receive_scan

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def days(n: int) -> dt.date:
    return clock.today() + dt.timedelta(days=n)


def stock_tomatoes(h):
    """Three dated lots over two shelves and a box, an undated lot, and a quarantined lot."""
    receive_donation(h.vol, h.aid, [
        ReceiptLine(h.tomatoes, 10, lot_code="LATE", date=days(90), date_kind="use_by",
                    location=h.shelf_a1),
        ReceiptLine(h.tomatoes, 4, lot_code="SOON", date=days(5), date_kind="use_by",
                    location=h.shelf_b1),
        ReceiptLine(h.tomatoes, 3, lot_code="SOON", date=days(5), date_kind="use_by", box_no=1,
                    location=h.shelf_a2),
        ReceiptLine(h.tomatoes, 6, lot_code="QRT", date=days(1), date_kind="use_by",
                    condition="quarantine", location=h.shelf_a1),
    ])


def test_fefo_across_lots_and_locations(hangar):
    h = hangar
    stock_tomatoes(h)
    picks = suggest_picks(h.aid, h.tomatoes, 12)
    assert [(p.lot.code, p.location.code, p.box is not None, p.quantity) for p in picks] == [
        ("SOON", "LOC-A-01-2", True, 3),  # the box is on shelf A2, id order breaks the tie
        ("SOON", "LOC-B-01-1", False, 4),
        ("LATE", "LOC-A-01-1", False, 5),
    ]
    assert picks[0].date == days(5) and picks[0].date_kind == "use_by"


def test_undated_last_and_best_before_past_first(hangar):
    h = hangar
    receive_donation(h.vol, h.aid, [
        ReceiptLine(h.soap, 2, location=h.shelf_a1),
        ReceiptLine(h.soap, 2, date=days(30), date_kind="best_before", location=h.shelf_a1),
        ReceiptLine(h.soap, 2, date=days(-30), date_kind="best_before", location=h.shelf_a1),
    ])
    picks = suggest_picks(h.aid, h.soap, 6)
    assert [p.date for p in picks] == [days(-30), days(30), None]


def test_quarantine_and_expired_use_by_are_not_picked(hangar):
    h = hangar
    receive_donation(h.vol, h.aid, [
        ReceiptLine(h.tomatoes, 6, date=days(20), date_kind="use_by", condition="quarantine"),
        ReceiptLine(h.tomatoes, 5, lot_code="OLD", date=days(-2), date_kind="use_by"),
        ReceiptLine(h.tomatoes, 2, date=days(40), date_kind="use_by"),
    ], location=h.shelf_a1)
    with pytest.raises(InsufficientStock) as err:
        suggest_picks(h.aid, h.tomatoes, 3)
    assert (err.value.available, err.value.requested) == (2, 3)
    message = str(err.value)
    assert "Tinned tomatoes" in message and "AID" in message and "2 piece there" in message
    assert "3 piece asked" in message


def test_distribution_posts_fefo_and_empties_boxes(hangar):
    h = hangar
    stock_tomatoes(h)
    receive_scan(h.vol, h.aid, h.soap, 10, location=h.shelf_a1)
    doc = distribute(h.vol, h.aid, h.site, [IssueLine(h.tomatoes, 8), IssueLine(h.soap, 4),
                                            IssueLine(h.tomatoes, 2)],
                     received_by="Samir (site lead)", reference="WEEK-12")
    assert doc.kind == "distribution" and doc.code == f"DIS-{h.today.year}-00001"
    issued = [(m.item_id, m.lot.code if m.lot else None, m.quantity) for m in
              Movement.select().where(Movement.document == doc).order_by(Movement.line)]
    assert issued == [
        (h.tomatoes.id, "SOON", -3), (h.tomatoes.id, "SOON", -4), (h.tomatoes.id, "LATE", -1),
        (h.soap.id, None, -4), (h.tomatoes.id, "LATE", -2),
    ]
    assert {m.kind for m in Movement.select().where(Movement.document == doc)} == {"issue"}
    assert Box.get().status == "empty"
    late = Lot.get(Lot.code == "LATE")
    assert Balance.get(Balance.lot_id == late.id).quantity == 7

    note = release_note(doc)
    assert (note.number, note.owner_code, note.destination) == (doc.code, "AID", h.site.name)
    assert (note.released_by, note.received_by, note.reference) == ("Vera", "Samir (site lead)", "WEEK-12")
    assert [(x.item_code, x.lot_code, x.quantity, x.weight_g) for x in note.lines][:2] == [
        ("FOOD-TOM-400", "SOON", 3, 1260), ("FOOD-TOM-400", "SOON", 4, 1680),
    ]
    assert note.lines[0].box_code == Box.get().code and note.lines[0].date == days(5)


def test_named_expired_lot_is_refused_by_the_ledger(hangar):
    h = hangar
    receive_scan(h.vol, h.aid, h.tomatoes, 5, location=h.shelf_a1, lot_code="OLD",
                 date=days(-1), date_kind="use_by")
    old = Lot.get(Lot.code == "OLD")
    with pytest.raises(ExpiredFood) as err:
        distribute(h.vol, h.aid, h.site, [IssueLine(h.tomatoes, 1, lot=old)])
    assert err.value.facts["lot"] == "OLD" and err.value.facts["use_by"] == days(-1)
    assert Document.select().where(Document.kind == "distribution").count() == 0


def test_negative_stock_refused_with_the_facts(hangar):
    h = hangar
    receive_scan(h.vol, h.aid, h.soap, 3, location=h.shelf_a1)
    with pytest.raises(InsufficientStock) as err:
        distribute(h.vol, h.aid, h.site, [IssueLine(h.soap, 2), IssueLine(h.soap, 2)])
    assert err.value.facts["item"] == "Soap bar [HYG-SOAP]" and err.value.facts["owner"] == "AID"
    assert (err.value.facts["available"], err.value.facts["requested"]) == (1, 2)
    assert Balance.get(Balance.item == h.soap.id).quantity == 3
    assert Movement.select().where(Movement.kind == "issue").count() == 0


def test_who_may_distribute(hangar):
    h = hangar
    receive_scan(h.vol, h.aid, h.soap, 3, location=h.shelf_a1)
    with pytest.raises(PermissionDenied) as err:
        distribute(h.vol_ref, h.aid, h.site, [IssueLine(h.soap, 1)])  # another NGO's stock
    assert (err.value.action, err.value.owner) == ("distribute", "AID")
    with pytest.raises(PermissionDenied):
        distribute(h.partner, h.ref, h.site, [IssueLine(h.soap, 1)])  # partners only read
    distribute(h.coord, h.aid, h.site, [IssueLine(h.soap, 1)])  # the hangar's coordinator may
    assert Balance.get(Balance.item == h.soap.id).quantity == 2


def test_invalid_lines_and_header(hangar):
    h = hangar
    (box,) = receive_donation(h.vol, h.ref, [ReceiptLine(h.soap, 3, box_no=1)]).boxes
    with pytest.raises(InvalidLines) as err:
        distribute(h.vol, h.aid, h.site, [IssueLine(h.soap, 0), IssueLine(h.soap, Decimal("1.0001")),
                                          IssueLine(h.soap, 1, box=box)])
    assert [(n, f) for n, f, _ in err.value.problems] == [(1, "quantity"), (2, "quantity"), (3, "box")]
    with pytest.raises(ValidationError):
        distribute(h.vol, h.aid, h.site, [])
    with pytest.raises(ValidationError):
        release_note(Document.get())  # a receipt has no waybill
