"""What a scanned string is, for every kind, on both databases."""

import datetime as dt
from decimal import Decimal

import pytest

from models import Box, Lot, ProductBarcode
from warehouse_app import catalogue, ledger
from warehouse_app.scan import resolve


@pytest.fixture
def scanned(hangar):
    """The hangar with a linked product barcode, a box, a lot and a posted receipt."""
    catalogue.link_barcode(hangar.vol, "4006381333931", hangar.tomatoes, pack_quantity=24)
    hangar.lot = Lot.create(item=hangar.tomatoes, code="L2291", date=dt.date(2027, 1, 31),
                            date_kind="best_before")
    with ledger.posting(hangar.vol, "receipt", hangar.aid, donor=hangar.donor) as post:
        post.add(owner=hangar.aid, item=hangar.tomatoes, quantity=24, kind="receipt",
                 lot=hangar.lot, location=hangar.shelf_a1)
    hangar.receipt = post.document
    hangar.box = Box.create(code="BOX-004217", owner=hangar.aid, location=hangar.shelf_a1,
                            document=hangar.receipt)
    return hangar


def test_box_location_and_document_by_prefix(scanned):
    box = resolve(" BOX-004217\r\n")
    assert (box.kind, box.object.id) == ("box", scanned.box.id)
    shelf = resolve("loc-a-01-1")  # caps lock on the scanner's keyboard
    assert (shelf.kind, shelf.object.id, shelf.code) == ("location", scanned.shelf_a1.id,
                                                         "LOC-A-01-1")
    doc = resolve(scanned.receipt.code)
    assert (doc.kind, doc.object.id) == ("document", scanned.receipt.id)


def test_aim_symbology_identifier_is_stripped(scanned):
    assert resolve("]C0BOX-004217").kind == "box"
    assert resolve("]E04006381333931").kind == "item"


def test_product_barcode_gives_item_and_pack_quantity(scanned):
    scan = resolve("4006381333931")
    assert scan.kind == "item" and scan.object.id == scanned.tomatoes.id
    assert scan.pack_quantity == Decimal(24) and scan.item.name == "Tinned tomatoes 400 g"
    assert scan.object.min_level == Decimal(24)  # fields come back typed, not raw


def test_upc_a_and_ean13_forms_find_each_other(scanned):
    ProductBarcode.create(code="036000291452", item=scanned.soap)  # stored as UPC-A
    assert resolve("0036000291452").object.id == scanned.soap.id  # scanned as EAN-13
    ProductBarcode.create(code="0012345678905", item=scanned.lentils)  # stored as EAN-13
    assert resolve("012345678905").object.id == scanned.lentils.id  # scanned as UPC-A


def test_bad_check_digit_is_invalid_never_unknown(scanned):
    scan = resolve("4006381333932")
    assert scan.kind == "invalid" and scan.problem == "check digit should be 1, not 2"
    short = resolve("40063813339")
    assert short.kind == "invalid" and "11 digits" in short.problem


def test_unknown_valid_barcode_offers_linking(scanned):
    scan = resolve("96385074")
    assert (scan.kind, scan.code, scan.object) == ("unknown", "96385074", None)
    assert "not linked" in scan.note


def test_item_code_and_lot_code(scanned):
    item = resolve("FOOD-TOM-400")
    assert (item.kind, item.object.id, item.pack_quantity) == ("item", scanned.tomatoes.id, 1)
    lot = resolve("L2291")
    assert lot.kind == "lot" and lot.object.id == scanned.lot.id
    assert lot.item.id == scanned.tomatoes.id


def test_lot_shared_by_two_items_lists_the_other(scanned):
    Lot.create(item=scanned.lentils, code="L2291")
    scan = resolve("L2291")
    assert scan.kind == "lot" and {lot.item_id for lot in (scan.object, *scan.alternatives)} == {
        scanned.tomatoes.id, scanned.lentils.id}


def test_meal_label_lot_is_l_plus_batch_number(scanned):
    meal_lot = Lot.create(item=scanned.lentils, code="MB-20261121-03")
    scan = resolve("LMB-20261121-03")
    assert scan.kind == "lot" and scan.object.id == meal_lot.id


def test_gs1_128_prefills_lot_date_and_count(scanned):
    ProductBarcode.create(code="07032069804988", item=scanned.lentils, pack_quantity=1)
    scan = resolve("]C1010703206980498810L77\x1d17270300\x1d3712")
    assert scan.kind == "item" and scan.object.id == scanned.lentils.id
    assert scan.gs1.lot == "L77" and scan.gs1.use_by == dt.date(2027, 3, 31)
    assert scan.gs1.count == 12
    # the same product's EAN-13 on the tin finds the item linked by its GTIN-14
    assert resolve("7032069804988").object.id == scanned.lentils.id


def test_gs1_with_unknown_gtin_and_invalid_gs1(scanned):
    scan = resolve("(01)00012345600012(10)X1")
    assert scan.kind == "unknown" and scan.code == "00012345600012" and scan.gs1.lot == "X1"
    bad = resolve("(01)07032069804988(17)270231")
    assert bad.kind == "invalid" and "no day 31" in bad.problem


def test_kit_unknown_prefix_target_and_rubbish(scanned):
    unbuilt = resolve("KIT-000045")  # a built kit is found: tests/workshop/test_kits.py
    assert unbuilt.kind == "unknown" and unbuilt.note == "no kit KIT-000045"
    missing = resolve("BOX-999999")
    assert missing.kind == "unknown" and missing.note == "no box BOX-999999"
    assert resolve("DIS-2026-00042").kind == "unknown"
    assert resolve("hello").kind == "unknown"
    assert resolve("   ").kind == "invalid"


def test_internal_code_made_of_digits_is_not_a_bad_barcode(scanned):
    Lot.create(item=scanned.soap, code="20261121")  # 8 digits, check digit wrong for EAN-8
    assert resolve("20261121").kind == "lot"
