"""The stock browser's core reads: the listing's filters and sorts, the ledger's ids and
pages (each visible movement exactly once, in order), the box detail and the item card,
and the exports read back with openpyxl; a partner sees only its own NGO's stock."""

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from models import Box, Category, Movement
from tests.stocked import days, receive_two_ngos_stock
from warehouse_app import clock
from warehouse_app.errors import PermissionDenied
from warehouse_app.goods_out.distribution import IssueLine, distribute
from warehouse_app.stock.browser import (
    StockFilter,
    browser_choices,
    export_stock,
    stock_listing,
)
from warehouse_app.stock.movements import (
    box_detail,
    export_ledger,
    item_card,
    ledger_ids,
    ledger_page,
)

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


@pytest.fixture
def stocked(hangar):
    h = receive_two_ngos_stock(hangar)
    h.issued = distribute(h.vol, h.aid, h.site, [IssueLine(h.jacket_m, 1)])
    return h


def _rows(listing):
    return [(r.owner_code, r.item_code, r.lot_code, r.status, r.quantity) for r in listing]


def test_the_listing_in_the_cores_order_with_lots_and_status(stocked):
    h = stocked
    assert _rows(stock_listing(h.coord, StockFilter())) == [
        ("AID", "CLO-JKT-M-L", None, "quarantine", 2), ("AID", "CLO-JKT-M-M", None, "usable", 3),
        ("AID", "FOOD-TOM-400", "L1", "usable", 24), ("AID", "FOOD-TOM-400", "L2", "usable", 6),
        ("REF", "HYG-SOAP", None, "usable", 12), ("REF", "FOOD-TOM-400", "R1", "usable", 5),
    ]


def test_each_filter(stocked):
    h = stocked
    def codes(**kw):
        return [(r.owner_code, r.item_code, r.lot_code) for r in
                stock_listing(h.coord, StockFilter(**kw), today=clock.today())]

    assert codes(owner_id=h.ref.id) == [("REF", "HYG-SOAP", None), ("REF", "FOOD-TOM-400", "R1")]
    clothing = Category.get(Category.name == "Clothing")
    assert {c[1] for c in codes(category_id=clothing.id)} == {"CLO-JKT-M-L", "CLO-JKT-M-M"}
    assert {c[0] for c in codes(location_id=h.zone_a.id)} == {"AID"}
    assert codes(text="soap") == [("REF", "HYG-SOAP", None)]
    assert codes(expiring_days=30) == [("AID", "FOOD-TOM-400", "L1"), ("REF", "FOOD-TOM-400", "R1")]
    assert codes(status="quarantine") == [("AID", "CLO-JKT-M-L", None)]
    # tomatoes: minimum 24; AID holds 30 usable, REF holds 5
    assert codes(below_minimum=True) == [("REF", "FOOD-TOM-400", "R1")]
    assert codes(text="soap", owner_id=h.aid.id) == []


def test_sorting_by_any_column_both_ways(stocked):
    h = stocked
    by_qty = stock_listing(h.coord, StockFilter(), "quantity")
    assert [r.quantity for r in by_qty] == [2, 3, 5, 6, 12, 24]
    down = stock_listing(h.coord, StockFilter(), "quantity", descending=True)
    assert [r.quantity for r in down] == [24, 12, 6, 5, 3, 2]
    by_date = stock_listing(h.coord, StockFilter(), "date")
    assert [r.lot_code for r in by_date][:3] == ["R1", "L1", "L2"]
    by_item = stock_listing(h.coord, StockFilter(), "item")
    assert [r.item_name for r in by_item][0] == "Jacket"
    reverse_default = stock_listing(h.coord, StockFilter(), None, descending=True)
    assert _rows(reverse_default) == _rows(stock_listing(h.coord, StockFilter()))[::-1]
    with pytest.raises(ValueError):
        stock_listing(h.coord, StockFilter(), "colour")


def test_a_partner_sees_only_its_own_stock(stocked):
    h = stocked
    assert {r.owner_code for r in stock_listing(h.partner, StockFilter())} == {"REF"}
    with pytest.raises(PermissionDenied):
        stock_listing(h.partner, StockFilter(owner_id=h.aid.id))
    assert [o[1] for o in browser_choices(h.partner).owners] == ["REF"]
    assert [o[1] for o in browser_choices(h.coord).owners] == ["AID", "KIT", "REF"]
    assert "Food / Tinned food" in [c[1] for c in browser_choices(h.coord).categories]
    ids = ledger_ids(h.partner, StockFilter())
    assert {m.owner_code for m in ledger_page(h.partner, ids)} == {"REF"}
    with pytest.raises(PermissionDenied):
        ledger_ids(h.partner, StockFilter(owner_id=h.aid.id))
    aid_ids = ledger_ids(h.coord, StockFilter(owner_id=h.aid.id))
    assert ledger_page(h.partner, aid_ids) == []  # ids of another NGO show nothing


def test_the_ledger_gives_each_visible_movement_once_newest_first(stocked):
    h = stocked
    ids = ledger_ids(h.coord, StockFilter())
    expected = [m.id for m in Movement.select().order_by(Movement.effective_date.desc(),
                                                         Movement.id.desc())]
    assert list(ids) == expected and len(set(ids)) == len(ids)
    paged = [m.id for start in range(0, len(ids), 3) for m in ledger_page(h.coord, ids[start:start + 3])]
    assert paged == expected
    newest = ledger_page(h.coord, ids[:1])[0]
    assert (newest.document_code, newest.kind, newest.item_code, newest.quantity, newest.who) == (
        h.issued.code, "issue", "CLO-JKT-M-M", Decimal(-1), "Vera")
    oldest = ascending = ledger_ids(h.coord, StockFilter(), "date", descending=False)
    assert list(oldest) == expected[::-1]
    by_qty = ledger_page(h.coord, ledger_ids(h.coord, StockFilter(), "quantity", False))
    assert [m.quantity for m in by_qty] == sorted(m.quantity for m in by_qty)
    for sort in ("document", "kind", "item", "owner", "who"):
        assert sorted(ledger_ids(h.coord, StockFilter(), sort)) == sorted(ascending)
    soap = ledger_page(h.coord, ledger_ids(h.coord, StockFilter(text="SOAP")))
    assert [(m.owner_code, m.quantity) for m in soap] == [("REF", 12)]
    quarantined = ledger_page(h.coord, ledger_ids(h.coord, StockFilter(status="quarantine")))
    assert [m.item_code for m in quarantined] == ["CLO-JKT-M-L"]
    in_b = ledger_page(h.coord, ledger_ids(h.coord, StockFilter(location_id=h.shelf_b1.id)))
    assert {m.owner_code for m in in_b} == {"REF"}


def test_box_detail_shows_contents_and_history(stocked):
    h = stocked
    box = Box.get(Box.id == h.receipt.boxes[1].id)
    detail = box_detail(h.vol, box.id)
    assert detail.code == box.code and detail.owner_code == "AID"
    assert detail.location_code == "LOC-A-01-1"
    assert sorted((r.item_code, r.quantity) for r in detail.contents) == [
        ("CLO-JKT-M-L", 2), ("CLO-JKT-M-M", 3)]
    assert [m.kind for m in detail.history] == ["issue", "receipt", "receipt"]
    assert detail.movements == 3
    with pytest.raises(PermissionDenied):
        box_detail(h.partner, box.id)


def test_item_card_for_an_owner_and_the_partners_refusal(stocked):
    h = stocked
    card = item_card(h.coord, h.tomatoes.id)
    assert card.owner_code == "AID" and card.total_lines == 2 and card.balance == 30
    ref_card = item_card(h.partner, h.tomatoes.id)
    assert ref_card.owner_code == "REF" and ref_card.balance == 5
    assert [o[1] for o in ref_card.owners] == ["REF"]
    with pytest.raises(PermissionDenied):
        item_card(h.partner, h.tomatoes.id, h.aid.id)
    empty = item_card(h.coord, h.lentils.id)
    assert empty.lines == [] and empty.balance == 0


def test_export_of_a_filtered_sorted_view(stocked, tmp_path):
    h = stocked
    Category.update(name="=HYPERLINK(\"x\")").where(Category.name == "Hygiene").execute()
    view = StockFilter(owner_id=h.ref.id)
    path = tmp_path / "stock.xlsx"
    assert export_stock(h.coord, view, "quantity", True, path) == 2
    ws = load_workbook(path).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Owner", "Item code", "Item")
    assert [(r[0], r[1], r[9]) for r in rows[1:]] == [("REF", "HYG-SOAP", 12), ("REF", "FOOD-TOM-400", 5)]
    assert rows[1][4] == "=HYPERLINK(\"x\")"  # text, not a formula
    assert ws.cell(row=2, column=5).data_type == "s"
    assert rows[2][6] == dt.datetime.combine(days(-3), dt.time())
    assert not list(tmp_path.glob("*.part"))


def test_export_of_the_ledger_view_and_cancel(stocked, tmp_path):
    h = stocked
    path = tmp_path / "moves.xlsx"
    assert export_ledger(h.coord, StockFilter(owner_id=h.aid.id), "date", True, path) == 5
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Date", "Document", "Kind")
    assert rows[1][1] == h.issued.code and rows[1][6] == -1
    assert len(rows) == 6

    class Stop:
        cancelled = True

        def __call__(self, done, total, label):
            pass

    from warehouse_app.progress import Cancelled

    with pytest.raises(Cancelled):
        export_stock(h.coord, StockFilter(), None, False, tmp_path / "no.xlsx", progress=Stop())
    assert not (tmp_path / "no.xlsx").exists() and not list(tmp_path.glob("*.part"))
