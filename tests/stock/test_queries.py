"""Stock queries: on hand, paging, stock cards, box contents, expiring, below minimum,
and what each person may see."""

import datetime as dt
from decimal import Decimal

import pytest

from models import Category
from tests.stocked import days, receive_two_ngos_stock
from warehouse_app.errors import PermissionDenied
from warehouse_app.goods_out.distribution import IssueLine, distribute
from warehouse_app.goods_out.moves import move_boxes
from warehouse_app.intake.receipts import ReceiptLine, receive_donation, receive_scan
from warehouse_app.stock.queries import (
    below_minimum,
    box_contents,
    count_card_lines,
    count_stock_rows,
    expiring_within,
    owners_with_stock,
    stock_card,
    stock_on_hand,
)

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


@pytest.fixture
def stocked(hangar):
    return receive_two_ngos_stock(hangar)


def test_stock_on_hand_by_owner_and_item(stocked):
    h = stocked
    rows = stock_on_hand(h.coord)
    assert [(r.owner_code, r.item_code, r.quantity) for r in rows] == [
        ("AID", "CLO-JKT-M-L", 2), ("AID", "CLO-JKT-M-M", 4), ("AID", "FOOD-TOM-400", 30),
        ("REF", "HYG-SOAP", 12), ("REF", "FOOD-TOM-400", 5),
    ]
    assert rows[1].weight_g == 3000 and rows[1].category == "Jackets" and rows[1].size == "M"
    assert rows[2].weight_g == 30 * 420 and rows[2].lot_code is None
    assert count_stock_rows(h.coord) == 5


def test_filters_and_grouping(stocked):
    h = stocked
    by_lot = stock_on_hand(h.vol, owner=h.aid, item=h.tomatoes, group_by=("lot", "location", "box"))
    assert [(r.lot_code, r.lot_date, r.location_code, r.box_code is not None, r.quantity)
            for r in by_lot] == [("L1", days(10), "LOC-A-01-1", True, 24),
                                 ("L2", days(200), "LOC-A-01-1", False, 6)]
    assert by_lot[0].owner_code is None  # not grouped by owner
    usable = stock_on_hand(h.vol, owner=h.aid, status="usable", group_by=("item",))
    assert "CLO-JKT-M-L" not in [r.item_code for r in usable]
    clothing = Category.get(Category.name == "Clothing")
    assert {r.item_code for r in stock_on_hand(h.vol, category=clothing)} == {"CLO-JKT-M-M", "CLO-JKT-M-L"}
    assert {r.owner_code for r in stock_on_hand(h.vol, location=h.zone_a)} == {"AID"}
    assert [r.item_code for r in stock_on_hand(h.vol, text="soap")] == ["HYG-SOAP"]
    box = h.receipt.boxes[1]
    assert [(r.item_code, r.status) for r in stock_on_hand(h.vol, box=box, group_by=("item", "status"))] == [
        ("CLO-JKT-M-L", "quarantine"), ("CLO-JKT-M-M", "usable")]
    assert stock_on_hand(h.vol, lot=h.receipt.movements[0].lot, group_by=("owner",))[0].quantity == 24
    with pytest.raises(ValueError):
        stock_on_hand(h.vol, group_by=("colour",))


def test_paging_stock_on_hand(stocked):
    h = stocked
    everything = stock_on_hand(h.coord, group_by=("owner", "item", "lot", "status"))
    assert count_stock_rows(h.coord, group_by=("owner", "item", "lot", "status")) == len(everything) == 6
    pages = [stock_on_hand(h.coord, group_by=("owner", "item", "lot", "status"), limit=4, offset=o)
             for o in (0, 4)]
    assert pages[0] + pages[1] == everything and len(pages[1]) == 2


def test_partner_sees_only_its_own_stock(stocked):
    h = stocked
    assert {r.owner_code for r in stock_on_hand(h.partner)} == {"REF"}
    assert count_stock_rows(h.partner) == 2
    assert [o.code for o in owners_with_stock(h.partner)] == ["REF"]
    assert [o.code for o in owners_with_stock(h.coord, item=h.tomatoes)] == ["AID", "REF"]
    with pytest.raises(PermissionDenied) as err:
        stock_card(h.partner, h.aid, h.tomatoes)
    assert (err.value.action, err.value.owner) == ("view_stock", "AID")
    with pytest.raises(PermissionDenied):
        stock_on_hand(h.partner, owner=h.aid)
    with pytest.raises(PermissionDenied):
        box_contents(h.partner, h.receipt.boxes[0])
    assert {r.owner_code for r in expiring_within(h.partner, 30)} == {"REF"}
    assert len(stock_card(h.partner, h.ref, h.soap)) == 1


def test_stock_card_running_balance_and_paging(stocked):
    h = stocked
    (box,) = [b for b in h.receipt.boxes if b.code == "BOX-000001"]
    move_boxes(h.vol, [box], h.shelf_a2)
    for n in (3, 5, 2):
        distribute(h.vol, h.aid, h.site, [IssueLine(h.tomatoes, n)])
    receive_scan(h.vol, h.aid, h.tomatoes, 7, lot_code="L2")
    card = stock_card(h.vol, h.aid, h.tomatoes)
    assert [(c.kind, c.quantity_in, c.quantity_out, c.balance) for c in card] == [
        ("receipt", 24, None, 24), ("receipt", 6, None, 30),
        ("move_out", None, 24, 6), ("move_in", 24, None, 30),
        ("issue", None, 3, 27), ("issue", None, 5, 22), ("issue", None, 2, 20),
        ("receipt", 7, None, 27),
    ]
    first = card[0]
    assert first.document_code == f"DON-{h.today.year}-00001" and first.document_kind == "receipt"
    assert (first.lot_code, first.location_code, first.box_code, first.who) == (
        "L1", "LOC-A-01-1", "BOX-000001", "Vera")
    assert count_card_lines(h.vol, h.aid, h.tomatoes) == len(card) == 8
    for size in (1, 3, 5):
        paged = []
        for offset in range(0, len(card), size):
            paged += stock_card(h.vol, h.aid, h.tomatoes, limit=size, offset=offset)
        assert paged == card
    l2 = h.receipt.movements[1].lot
    assert [c.balance for c in stock_card(h.vol, h.aid, h.tomatoes, lot=l2)] == [6, 13]
    assert stock_on_hand(h.vol, owner=h.aid, item=h.tomatoes)[0].quantity == card[-1].balance


def test_stock_card_orders_by_effective_date(hangar):
    h = hangar
    receive_scan(h.vol, h.aid, h.soap, 5)
    receive_donation(h.vol, h.aid, [ReceiptLine(h.soap, 2)], effective_date=h.today - dt.timedelta(days=3))
    card = stock_card(h.vol, h.aid, h.soap, limit=1, offset=1)
    assert [(c.quantity_in, c.balance, c.date) for c in card] == [(5, 7, h.today)]


def test_box_contents(stocked):
    h = stocked
    rows = box_contents(h.vol, h.receipt.boxes[1])
    assert [(r.owner_code, r.item_code, r.status, r.quantity) for r in rows] == [
        ("AID", "CLO-JKT-M-L", "quarantine", 2), ("AID", "CLO-JKT-M-M", "usable", 4)]


def test_expiring_within(stocked):
    h = stocked
    rows = expiring_within(h.vol, 30)
    assert [(r.owner_code, r.lot_code, r.quantity, r.days_left) for r in rows] == [
        ("REF", "R1", 5, -3), ("AID", "L1", 24, 10)]
    assert rows[1].date_kind == "use_by" and rows[1].date == days(10)
    assert [r.lot_code for r in expiring_within(h.vol, 365, owner=h.aid)] == ["L1", "L2"]
    assert expiring_within(h.vol, 5, on=days(-20)) == []
    assert [(r.lot_code, r.days_left) for r in expiring_within(h.vol, 20, on=days(-20))] == [("R1", 17)]


def test_below_minimum(stocked):
    h = stocked
    # Tomatoes' minimum is 24: AID holds 30, REF 5; soap and jackets have no minimum.
    rows = below_minimum(h.coord)
    assert [(r.owner_code, r.item_code, r.min_level, r.usable) for r in rows] == [
        ("REF", "FOOD-TOM-400", Decimal(24), 5)]
    distribute(h.vol, h.aid, h.site, [IssueLine(h.tomatoes, 10)])
    assert [(r.owner_code, r.usable) for r in below_minimum(h.coord, owner=h.aid)] == [("AID", 20)]
    assert [r.owner_code for r in below_minimum(h.partner)] == ["REF"]
    with pytest.raises(PermissionDenied):
        below_minimum(h.partner, owner=h.aid)
