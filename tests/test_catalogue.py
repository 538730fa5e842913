"""The catalogue: categories, items, sizes, product barcodes, locations, donors, on both
databases."""

import json
from decimal import Decimal

import pytest

from models import AuditEntry, Category, Item, ProductBarcode
from warehouse_app import catalogue, ledger
from warehouse_app.errors import BadBarcode, PermissionDenied, ValidationError


def audit_of(action):
    return [json.loads(a.detail) for a in AuditEntry.select().where(AuditEntry.action == action)]


def jackets(hangar):
    return Category.get(Category.name == "Jackets")


def test_item_gets_a_readable_unique_code(hangar):
    cat = jackets(hangar)
    first = catalogue.create_item(hangar.vol, name="Rain jacket", category=cat, unit="piece",
                                  gender="women", size="S")
    again = catalogue.create_item(hangar.vol, name="Rain jacket", category=cat, unit="piece",
                                  gender="women", size="S")
    assert first.code == "JAC-RAIJAC-W-S" and again.code == "JAC-RAIJAC-W-S-2"
    assert audit_of("item.add")[0]["code"] == "JAC-RAIJAC-W-S"


def test_generated_code_never_takes_a_scan_prefix(hangar):
    kitchen = Category.create(name="Kitchen")
    box = Category.create(name="Box")
    pot = catalogue.create_item(hangar.cook, name="Pot 20 l", category=kitchen, unit="piece")
    crate = catalogue.create_item(hangar.cook, name="Crate", category=box, unit="piece")
    assert pot.code.startswith("KITC-") and crate.code.startswith("BOXX-")


def test_item_with_allergens_and_exact_minimum(hangar):
    food = Category.get(Category.name == "Food")
    biscuits = catalogue.create_item(
        hangar.cook, name="Biscuits", category=food, unit="pack", code="FOOD-BISC",
        perishable=True, shelf_life_days=180, allergens=("milk", "gluten", "eggs"),
        min_level=Decimal("12.5"), weight_per_unit_g=300,
    )
    stored = Item.get_by_id(biscuits.id)
    assert stored.allergens == "gluten,eggs,milk"  # in the regulation's order
    assert stored.min_level == Decimal("12.5")


@pytest.mark.parametrize("field, value", [
    ("unit", "bag"), ("gender", "male"), ("allergens", ("milk", "gluten-free")),
    ("shelf_life_days", 0), ("min_level", 1.5), ("min_level", Decimal("0.0001")),
    ("weight_per_unit_g", -3), ("name", "  "), ("code", "BOX-12"), ("code", "4006381333931"),
    ("code", "TWO WORDS"),
])
def test_bad_item_fields_are_refused_naming_the_field(hangar, field, value):
    fields = {"name": "Socks", "category": jackets(hangar), "unit": "pair", field: value}
    with pytest.raises(ValidationError) as err:
        catalogue.create_item(hangar.vol, **fields)
    assert err.value.field == field
    assert not Item.select().where(Item.name == "Socks").exists()


def test_duplicate_item_code_and_partner_are_refused(hangar):
    with pytest.raises(ValidationError, match="already used"):
        catalogue.create_item(hangar.vol, name="Soap", category=jackets(hangar), unit="piece",
                              code="HYG-SOAP")
    with pytest.raises(PermissionDenied):
        catalogue.create_item(hangar.partner, name="Soap", category=jackets(hangar), unit="piece")


def test_update_item_is_audited_with_old_and_new_values(hangar):
    catalogue.update_item(hangar.coord, hangar.soap, name="Soap bar 100 g",
                          min_level=Decimal(50), weight_per_unit_g=100)
    assert Item.get_by_id(hangar.soap.id).name == "Soap bar 100 g"
    [entry] = audit_of("item.update")
    assert entry["code"] == "HYG-SOAP"
    assert entry["changes"] == {
        "name": {"old": "Soap bar", "new": "Soap bar 100 g"},
        "min_level": {"old": None, "new": "50"},
    }
    catalogue.update_item(hangar.coord, hangar.soap, name="Soap bar 100 g")  # no change
    assert len(audit_of("item.update")) == 1


def test_update_item_refusals(hangar):
    with pytest.raises(PermissionDenied):
        catalogue.update_item(hangar.vol, hangar.soap, name="Savon")
    with pytest.raises(ValidationError) as err:
        catalogue.update_item(hangar.coord, hangar.soap, created_at=None)
    assert err.value.field == "created_at"
    with pytest.raises(ValidationError, match="already used"):
        catalogue.update_item(hangar.coord, hangar.soap, code="FOOD-LENT")
    with ledger.posting(hangar.vol, "receipt", hangar.aid) as post:
        post.add(owner=hangar.aid, item=hangar.soap, quantity=5, kind="receipt")
    with pytest.raises(ValidationError, match="stock movements in piece"):
        catalogue.update_item(hangar.coord, hangar.soap, unit="kg")
    assert Item.get_by_id(hangar.soap.id).unit == "piece"


def test_size_grid_in_clothing_order(hangar):
    cat = jackets(hangar)
    for size in ("XXL", "XS", "S", "XL"):
        catalogue.create_item(hangar.vol, name="Jacket", category=cat, unit="piece",
                              gender="men", size=size)
    catalogue.create_item(hangar.vol, name="Jacket", category=cat, unit="piece",
                          gender="women", size="M")
    grid = catalogue.size_grid(hangar.jacket_m)
    assert [i.size for i in grid] == ["XS", "S", "M", "L", "XL", "XXL"]


def test_size_grid_numeric_and_child_sizes(hangar):
    shoes = Category.create(name="Shoes")
    for size in ("44", "38", "40.5", "9"):
        catalogue.create_item(hangar.vol, name="Trainers", category=shoes, unit="pair",
                              gender="unisex", size=size)
    first = Item.get(Item.size == "44")
    assert [i.size for i in catalogue.size_grid(first)] == ["9", "38", "40.5", "44"]
    baby = Category.create(name="Baby clothes")
    for size in ("2-3Y", "6-12M", "0-3M", "18M"):
        catalogue.create_item(hangar.vol, name="Bodysuit", category=baby, unit="piece",
                              gender="baby", size=size)
    any_bodysuit = Item.get(Item.name == "Bodysuit")
    assert [i.size for i in catalogue.size_grid(any_bodysuit)] == ["0-3M", "6-12M", "18M", "2-3Y"]


def test_find_items_any_case_any_word_on_both_databases(hangar):
    assert [i.code for i in catalogue.find_items("JACKET")] == ["CLO-JKT-M-L", "CLO-JKT-M-M"]
    assert [i.code for i in catalogue.find_items("tomatoes 400")] == ["FOOD-TOM-400"]
    assert [i.code for i in catalogue.find_items("hyg-soap")] == ["HYG-SOAP"]
    assert catalogue.find_items("50%") == []  # a LIKE wildcard is just a character
    scarf = catalogue.create_item(hangar.vol, name="Écharpe laine", category=jackets(hangar),
                                  unit="piece")
    assert [i.id for i in catalogue.find_items("ÉCHARPE")] == [scarf.id]
    assert [i.id for i in catalogue.find_items("écharpe")] == [scarf.id]
    food = Category.get(Category.name == "Food")
    found = {i.code for i in catalogue.find_items("", category=food)}
    assert found == {"FOOD-TOM-400", "FOOD-LENT"}  # subcategories included
    assert len(catalogue.find_items("", limit=2)) == 2


def test_link_barcode_and_its_refusals(hangar):
    link = catalogue.link_barcode(hangar.vol, "4006381333931", hangar.tomatoes, pack_quantity=24)
    assert link.pack_quantity == 24
    assert audit_of("barcode.link") == [
        {"barcode": "4006381333931", "item": "FOOD-TOM-400", "pack_quantity": "24"}
    ]
    # the same link again is harmless
    assert catalogue.link_barcode(hangar.vol, "4006381333931", hangar.tomatoes, 24).id == link.id
    with pytest.raises(ValidationError, match=r"already linked to Tinned tomatoes 400 g") as err:
        catalogue.link_barcode(hangar.vol, "04006381333931", hangar.soap)
    assert err.value.facts["linked_item"] == "FOOD-TOM-400"
    with pytest.raises(BadBarcode, match="check digit should be 1, not 2"):
        catalogue.link_barcode(hangar.vol, "4006381333932", hangar.soap)
    with pytest.raises(ValidationError) as err:
        catalogue.link_barcode(hangar.vol, "96385074", hangar.soap, pack_quantity=0)
    assert err.value.field == "pack_quantity"
    with pytest.raises(PermissionDenied):
        catalogue.link_barcode(hangar.partner, "96385074", hangar.soap)
    assert ProductBarcode.select().count() == 1


def test_upc_a_already_linked_as_ean13_is_a_duplicate(hangar):
    catalogue.link_barcode(hangar.vol, "0036000291452", hangar.soap)
    with pytest.raises(ValidationError, match="already linked to Soap bar"):
        catalogue.link_barcode(hangar.vol, "036000291452", hangar.lentils)


def test_categories_and_their_tiles(hangar):
    clothing = Category.get(Category.name == "Clothing")
    catalogue.create_category(hangar.coord, "Trousers", clothing)
    assert [c.name for c in catalogue.category_children(clothing)] == ["Jackets", "Trousers"]
    assert [c.name for c in catalogue.category_children()] == ["Clothing", "Food", "Hygiene"]
    with pytest.raises(ValidationError, match="already exists"):
        catalogue.create_category(hangar.coord, "food")
    with pytest.raises(PermissionDenied):
        catalogue.create_category(hangar.vol, "Toys")


def test_locations_and_their_tree(hangar):
    shelf = catalogue.create_location(hangar.coord, "loc-a-02-1", "A 02 1", parent=hangar.zone_a)
    assert shelf.code == "LOC-A-02-1"
    tree = {n.location.code: [c.location.code for c in n.children]
            for n in catalogue.location_tree()}
    assert tree == {"LOC-A": ["LOC-A-01-1", "LOC-A-01-2", "LOC-A-02-1"], "LOC-B-01-1": []}
    for code in ("A-02-2", "LOC-", "LOC-A 1"):
        with pytest.raises(ValidationError) as err:
            catalogue.create_location(hangar.coord, code, "x")
        assert err.value.field == "code"
    with pytest.raises(ValidationError, match="already exists"):
        catalogue.create_location(hangar.coord, "LOC-A-01-1", "again")
    with pytest.raises(ValidationError) as err:
        catalogue.create_location(hangar.coord, "LOC-C", "C", kind="planet")
    assert err.value.field == "kind"
    with pytest.raises(PermissionDenied):
        catalogue.create_location(hangar.vol, "LOC-C", "C")


def test_donors_and_destinations(hangar):
    donor = catalogue.add_donor(hangar.vol, "Folkestone Mosque", "collection")
    assert [d.name for d in catalogue.find_donors("mosque")] == [donor.name]
    assert [d.name for d in catalogue.find_donors("KENT drive")] == ["Kent collection drive"]
    with pytest.raises(ValidationError, match="already exists"):
        catalogue.add_donor(hangar.vol, "folkestone mosque", "collection")
    with pytest.raises(ValidationError) as err:
        catalogue.add_donor(hangar.vol, "Someone", "alien")
    assert err.value.field == "donor_type"
    with pytest.raises(PermissionDenied):
        catalogue.add_donor(hangar.partner, "Someone", "individual")
    site = catalogue.add_destination(hangar.coord, "Dunkirk camp", "site")
    assert site.kind == "site"
    with pytest.raises(PermissionDenied):
        catalogue.add_destination(hangar.vol, "Elsewhere", "site")
