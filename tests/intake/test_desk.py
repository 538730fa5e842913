"""The intake desk's draft (scans add or count up, boxes, undo, the JSON file) and what
it asks the database (tiles, sizes, scans, unknown barcodes, posting), on both databases."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from warehouse_app.errors import InvalidLines, ValidationError
from warehouse_app.intake.draft import (
    Draft,
    ItemInfo,
    discard_draft,
    kilograms_to_grams,
    load_draft,
    save_draft,
)

TINS = ItemInfo(1, "FOOD-TOM-400", "Tinned tomatoes 400 g", "piece", perishable=True)
SOAP = ItemInfo(2, "HYG-SOAP", "Soap bar", "piece")


def test_a_second_scan_counts_up_and_a_new_box_starts_a_new_line():
    d = Draft(owner_id=1)
    assert d.add(SOAP, 1, scanned_code="123") == 0
    assert d.add(SOAP, 1) == 0
    assert d.lines[0].quantity == 2
    assert d.new_box() == 2
    assert d.add(SOAP, 6) == 1
    assert [(ln.box_no, ln.quantity) for ln in d.lines] == [(1, 2), (2, 6)]
    assert d.new_box_numbers == [1, 2]
    assert d.new_box() == 3 and d.new_box() == 3  # an empty box is not skipped


def test_repeat_last_counts_the_last_scan_n_times_with_its_pack():
    d = Draft()
    d.add(TINS, 1)
    d.add(SOAP, 6)  # a pack of six
    d.repeat_last(4)
    assert d.lines[1].quantity == 24
    d.undo_last()
    assert d.lines[1].quantity == 6
    d.undo_last()
    assert len(d.lines) == 1
    d.undo_last()
    assert d.lines == [] and d.undo_last() is None


def test_undo_takes_back_counts_changes_and_removals_in_order():
    d = Draft()
    d.add(TINS, 1)
    d.add(SOAP, 1)
    d.set_quantity(0, 10)
    d.change(1, condition="quarantine", weight_g=500)
    d.set_quantity(0, 0)  # the keypad's 0 takes the line out
    assert [ln.item.code for ln in d.lines] == ["HYG-SOAP"]
    d.undo_last()
    assert d.lines[0].quantity == 10
    d.undo_last()
    assert d.lines[1].condition == "good" and d.lines[1].weight_g is None
    d.undo_last()
    assert d.lines[0].quantity == 1
    with pytest.raises(ValueError):
        d.change(0, colour="red")


def test_an_existing_box_takes_the_next_lines():
    d = Draft()
    d.add(SOAP)
    d.use_box(42, "BOX-000042")
    d.add(SOAP)
    assert (d.lines[1].box_no, d.lines[1].existing_box_id) == (None, 42)
    d.new_box()
    d.add(SOAP)
    assert d.lines[2].box_no == 2 and d.target_box_id is None


def test_the_draft_file_round_trips_and_a_broken_one_is_set_aside(tmp_path):
    d = Draft(owner_id=3, owner_name="Aid", donor_name="Kent", priority=1, started_by="Vera")
    d.add(TINS, 24, lot_code="L1", date=dt.date(2027, 1, 31), date_kind="best_before",
          weight_g=10080)
    path = tmp_path / "drafts" / "intake.json"
    save_draft(path, d)
    back = load_draft(path)
    assert back.lines == d.lines and back.priority == 1 and back.owner_name == "Aid"
    assert not back.can_undo
    assert json.loads(path.read_text())["lines"][0]["quantity"] == "24"
    path.write_text("{not json")
    assert load_draft(path) is None and path.with_suffix(".unreadable").exists()
    save_draft(path, Draft())
    assert load_draft(path) is None  # nothing worth offering
    discard_draft(path)
    assert not path.exists()


def test_kilograms_are_exact_grams():
    assert kilograms_to_grams("2,5") == 2500
    assert kilograms_to_grams(" 0.125 kg") == 125
    assert kilograms_to_grams("") is None
    for bad in ("abc", "-1", "0.0001", "nan"):
        with pytest.raises(ValidationError):
            kilograms_to_grams(bad)


# -- against the database ------------------------------------------------------------------

def test_tiles_group_a_garments_sizes(hangar):
    from models import Category
    from warehouse_app.intake import desk as intake_desk

    top = intake_desk.pick_tiles(None)
    assert [t.name for t in top] == ["Clothing", "Food", "Hygiene"]
    clothing = next(t for t in top if t.name == "Clothing")
    assert [(t.kind, t.name) for t in intake_desk.pick_tiles(clothing.id)] == [("category", "Jackets")]
    jackets = Category.get(Category.name == "Jackets")
    [garment] = intake_desk.pick_tiles(jackets.id)
    assert (garment.kind, garment.sizes) == ("garment", 2)
    assert [i.size for i in intake_desk.sizes_of(garment.id)] == ["M", "L"]
    hygiene = next(t for t in top if t.name == "Hygiene")
    assert [(t.kind, t.item.code) for t in intake_desk.pick_tiles(hygiene.id)] == [
        ("item", "HYG-SOAP")]


def test_scans_for_intake(hangar):
    from warehouse_app import catalogue
    from warehouse_app.intake import desk as intake_desk

    catalogue.link_barcode(hangar.vol, "5012345678900", hangar.tomatoes, 6)
    tins = intake_desk.scan_for_intake("5012345678900")
    assert (tins.kind, tins.item.code, tins.pack) == ("item", "FOOD-TOM-400", 6)
    gs1 = intake_desk.scan_for_intake("]C1010501234567890010L2291\x1d17270131")
    assert (gs1.item.code, gs1.lot, gs1.date, gs1.date_kind) == (
        "FOOD-TOM-400", "L2291", dt.date(2027, 1, 31), "use_by")
    bad = intake_desk.scan_for_intake("5012345678901")
    assert bad.kind == "invalid" and "check digit" in bad.problem
    assert intake_desk.scan_for_intake("4006381333931").kind == "unknown"


def test_unknown_barcode_linked_or_made_into_an_item(hangar):
    from models import Category, ProductBarcode
    from warehouse_app.intake import desk as intake_desk

    info = intake_desk.link_unknown(hangar.vol, "4006381333931", hangar.soap.id, 4)
    assert info.code == "HYG-SOAP"
    assert intake_desk.scan_for_intake("4006381333931").pack == 4
    hygiene = Category.get(Category.name == "Hygiene")
    new = intake_desk.create_unknown(hangar.vol, "96385074", "Shampoo 250 ml", hygiene.id, "piece")
    assert intake_desk.scan_for_intake("96385074").item == new
    # the item is not made when its barcode cannot be linked
    with pytest.raises(ValidationError):
        intake_desk.create_unknown(hangar.vol, "96385074", "Other", hygiene.id, "piece")
    assert ProductBarcode.select().count() == 2
    assert [n for _, n in intake_desk.category_choices()][:2] == ["Clothing", "Clothing › Jackets"]


def test_a_draft_posts_as_one_receipt_with_its_boxes(hangar):
    from models import Balance, Box
    from warehouse_app.intake import desk as intake_desk
    from warehouse_app.intake.draft import ItemInfo

    donor = intake_desk.new_donor(hangar.vol, "Calais church", "other")
    assert [d.name for d in intake_desk.find_donor_choices("church")] == ["Calais church"]
    jacket_m = intake_desk.item_info(hangar.jacket_m)
    d = Draft(owner_id=hangar.aid.id, donor_id=donor.id, priority=1)
    d.add(jacket_m, 4)
    d.add(intake_desk.item_info(hangar.jacket_l), 6)
    d.new_box()
    d.add(intake_desk.item_info(hangar.soap), 12, weight_g=1250)
    posted = intake_desk.post_draft(hangar.vol, d)
    assert len(posted.box_codes) == 2 and posted.code.startswith("DON-")
    rows = {(b.code, r.item.code): r.quantity for b in Box.select()
            for r in Balance.select().where(Balance.box_id == b.id)}
    assert rows == {(posted.box_codes[0], "CLO-JKT-M-M"): 4, (posted.box_codes[0], "CLO-JKT-M-L"): 6,
                    (posted.box_codes[1], "HYG-SOAP"): 12}
    # a perishable line with no date: the line and field are named, nothing is written
    bad = Draft(owner_id=hangar.aid.id)
    bad.add(jacket_m, 1)
    bad.add(ItemInfo(hangar.tomatoes.id, "FOOD-TOM-400", "Tins", "piece"), Decimal(24))
    with pytest.raises(InvalidLines) as refused:
        intake_desk.post_draft(hangar.vol, bad)
    assert refused.value.problems[0][:2] == (2, "date")
    assert Box.select().count() == 2


def test_label_data_of_a_receipt_and_of_any_code(hangar):
    from warehouse_app import label_data
    from warehouse_app.intake import desk as intake_desk

    d = Draft(owner_id=hangar.aid.id)
    d.add(intake_desk.item_info(hangar.soap), 12)
    d.new_box()
    d.add(intake_desk.item_info(hangar.jacket_m), 3)
    posted = intake_desk.post_draft(hangar.vol, d)
    box_labels = label_data.receipt_box_labels(posted.document_id)
    assert [lb.code for lb in box_labels] == list(posted.box_codes)
    assert (box_labels[0].content, box_labels[0].count, box_labels[0].owner) == (
        "Soap bar", 12, "Aid Without Borders")
    assert [lb.code for lb in label_data.labels_for_code(posted.code)] == list(posted.box_codes)
    assert label_data.labels_for_code(posted.box_codes[1])[0].content == "Jacket"
    assert label_data.labels_for_code("LOC-A-01-1")[0].zone == "Zone A"
    assert label_data.labels_for_code("HYG-SOAP")[0].name == "Soap bar"
    assert label_data.labels_for_code("nothing-here") == []
