"""The catalogue in Administration: categories, a garment with its sizes at once, item
details with their barcodes and pack quantities, on SQLite and PostgreSQL."""

import json
from decimal import Decimal

import pytest

from models import AuditEntry, Item, ProductBarcode
from warehouse_app import catalogue
from warehouse_app.admin import catalogue as catalogue_admin
from warehouse_app.admin import desk as admin_desk
from warehouse_app.errors import NotFound, PermissionDenied, ValidationError


def test_categories_as_a_tree_with_paths(hangar):
    shoes = admin_desk.add_category(hangar.coord, "Shoes", hangar.jacket_m.category.parent_id)
    rows = admin_desk.category_rows()
    assert [r.path for r in rows] == [
        "Clothing", "Clothing › Jackets", "Clothing › Shoes", "Food", "Food › Tinned food",
        "Hygiene"]
    assert next(r for r in rows if r.id == shoes).parent_id == hangar.jacket_m.category.parent_id
    with pytest.raises(PermissionDenied):
        admin_desk.add_category(hangar.vol, "Toys", None)


def test_a_garment_with_all_its_sizes_at_once(hangar):
    assert catalogue_admin.split_sizes("S, M/L;XL  XL") == ["S", "M", "L", "XL"]
    jackets = hangar.jacket_m.category_id
    ids = admin_desk.create_items(hangar.coord, jackets, ["XS", "S"], {
        "name": "Jacket", "unit": "piece", "gender": "men", "weight_per_unit_g": 900})
    assert [Item.get_by_id(i).size for i in ids] == ["XS", "S"]
    detail = admin_desk.item_detail(ids[0])
    assert detail.sizes == ("XS", "S", "M", "L")  # the whole grid, smallest first
    assert detail.weight_per_unit_g == 900
    with pytest.raises(ValidationError, match="already has M"):
        admin_desk.create_items(hangar.coord, jackets, ["XL", "M"],
                                {"name": "Jacket", "unit": "piece", "gender": "men"})
    assert not Item.select().where(Item.size == "XL").exists()  # all or nothing
    with pytest.raises(ValidationError, match="given twice"):
        admin_desk.create_items(hangar.coord, jackets, ["XL", "xl"],
                                {"name": "Jacket", "unit": "piece", "gender": "men"})


def test_an_item_without_sizes_with_its_food_details(hangar):
    food = hangar.lentils.category_id
    [rice] = admin_desk.create_items(hangar.vol, food, [], {
        "name": "Rice", "unit": "kg", "perishable": True, "shelf_life_days": 365,
        "allergens": ["gluten"], "min_level": Decimal("12.5")})
    detail = admin_desk.item_detail(rice)
    assert (detail.size, detail.allergens, detail.min_level, detail.shelf_life_days) == \
        ("", ("gluten",), Decimal("12.5"), 365)
    assert [r.code for r in admin_desk.search_items("rice", None)] == [detail.code]
    assert admin_desk.search_items("rice", hangar.soap.category_id) == []
    with pytest.raises(ValidationError, match=r"Rice already has \(no size\)"):
        admin_desk.create_items(hangar.vol, food, [], {"name": "Rice", "unit": "kg"})


def test_editing_an_item_is_refused_to_volunteers_and_audited(hangar):
    with pytest.raises(PermissionDenied):
        admin_desk.update_item(hangar.vol, hangar.soap.id, hangar.soap.category_id,
                               {"name": "Soap"})
    detail = admin_desk.update_item(hangar.coord, hangar.soap.id, hangar.soap.category_id,
                                    {"name": "Soap bar 100 g", "min_level": Decimal(10)})
    assert (detail.name, detail.min_level) == ("Soap bar 100 g", Decimal(10))
    assert AuditEntry.select().where(AuditEntry.action == "item.update").count() == 1


def test_barcodes_with_pack_quantities_linked_and_unlinked(hangar):
    detail = admin_desk.link_barcode(hangar.vol, "5012345678900", hangar.tomatoes.id,
                                     Decimal(12))
    assert detail.barcodes == (("5012345678900", Decimal(12)),)
    with pytest.raises(ValidationError, match="already linked"):
        admin_desk.link_barcode(hangar.vol, "5012345678900", hangar.soap.id, Decimal(1))
    with pytest.raises(PermissionDenied):
        admin_desk.unlink_barcode(hangar.vol, "5012345678900", hangar.tomatoes.id)
    detail = admin_desk.unlink_barcode(hangar.coord, "5012345678900", hangar.tomatoes.id)
    assert detail.barcodes == () and ProductBarcode.select().count() == 0
    [entry] = AuditEntry.select().where(AuditEntry.action == "barcode.unlink")
    assert json.loads(entry.detail)["barcode"] == "5012345678900"
    with pytest.raises(NotFound):
        admin_desk.unlink_barcode(hangar.coord, "5012345678900", hangar.tomatoes.id)
    catalogue.link_barcode(hangar.vol, "5012345678900", hangar.soap, 6)  # now free again


def test_what_a_scan_means_on_the_catalogue_page(hangar):
    from warehouse_app.errors import BadBarcode

    assert admin_desk.catalogue_scan("5012345678900").kind == "new_barcode"
    catalogue.link_barcode(hangar.vol, "5012345678900", hangar.tomatoes, 24)
    linked = admin_desk.catalogue_scan("5012345678900")
    assert (linked.kind, linked.detail.id, linked.pack) == ("linked", hangar.tomatoes.id,
                                                            Decimal(24))
    own = admin_desk.catalogue_scan("hyg-soap")
    assert (own.kind, own.detail.id, own.pack) == ("item", hangar.soap.id, None)
    assert admin_desk.catalogue_scan("LOC-A-01-1").kind == "other"
    with pytest.raises(BadBarcode):
        admin_desk.catalogue_scan("5012345678901")
