"""A recall answered both ways: from a lot or a donation forward to the batches and kits
that used it and where everything went, with what is left; from a batch back to its
ingredient lots and donors; and the same as a workbook."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from models import Donor, Lot
from tests.moments import at
from warehouse_app.errors import NotFound, PermissionDenied
from warehouse_app.intake import receipts as intake
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.kitchen.dispatch import discard_portions, dispatch_portions
from warehouse_app.kitchen.haccp import record_temperature
from warehouse_app.trace import recall as traceability


@pytest.fixture
def recall(kitchen_hangar):
    """Two batches used lot L2291 of stock cubes; one went out and was partly discarded."""
    h = kitchen_hangar
    h.first = kitchen.cook_batch(h.cook, h.dal_recipe, 400, when=at(h, 10))
    h.second = kitchen.cook_batch(h.cook, h.dal_recipe, 100, when=at(h, 12))
    for batch in (h.first, h.second):
        record_temperature(h.cook, batch, "core", 80, measured_at=at(h, 12, 30))
        record_temperature(h.cook, batch, "cooling", 6, measured_at=at(h, 13, 30))
    h.first = type(h.first).get_by_id(h.first.id)
    h.dispatch = dispatch_portions(h.cook, h.first, 380, h.site, received_by="Samir",
                                   when=at(h, 18))
    discard_portions(h.cook, h.first, 20, "spoiled", when=at(h, 18))
    h.cubes = Lot.get(Lot.code == "L2291")
    return h


def test_from_a_lot_to_batches_dispatches_and_shelves(recall):
    h = recall
    [trace] = traceability.trace_code(h.coord, "l2291".upper())
    assert trace.lot == "L2291" and trace.item == "Vegetable stock [FOOD-STOCK]"
    assert [(r.document, r.donor, r.quantity) for r in trace.received] == [
        (h.receipt.document.code, "Kent collection drive", 40)]
    assert [b.batch for b in trace.batches] == [h.first.lot.code, h.second.lot.code]
    assert trace.batches[0].used == "20 piece of L2291" and trace.batches[0].portions == 400
    went = [(o.document, o.kind, o.to, o.received_by, o.lot, o.quantity) for o in trace.outgoing]
    assert (h.dispatch.code, "distribution", h.site.name, "Samir", h.first.lot.code, 380) in went
    assert any(o.kind == "loss" and o.to == "spoiled" and o.quantity == 20 for o in trace.outgoing)
    shelves = {(s.lot, s.quantity) for s in trace.on_shelves}
    # 40 - 20 - 5 cubes left; none of the first batch; all 100 portions of the second
    assert shelves == {("L2291", 15), (h.second.lot.code, 100)}


def test_from_a_donation_and_from_a_batch_label(recall):
    h = recall
    traces = traceability.trace_receipt(h.coord, h.receipt.document)
    assert {t.lot for t in traces} == {"LENT-A", "LENT-B", "RICE-1", "OIL-1", "L2291", "MUST-1"}
    assert all(len(t.batches) >= 1 for t in traces if t.lot != "LENT-B")
    [by_label] = traceability.trace_code(h.coord, "L" + h.second.lot.code)
    assert by_label.lot == h.second.lot.code and by_label.batches == []
    with pytest.raises(NotFound):
        traceability.trace_code(h.coord, "NOPE-1")


def test_from_a_batch_back_to_lots_and_donors(recall):
    h = recall
    back = traceability.trace_batch(h.coord, h.first)
    assert back.batch == h.first.lot.code and back.recipe_version == 1
    sources = [(i.item, i.lot, i.quantity) for i in back.ingredients]
    assert sources[:2] == [("Red lentils", "LENT-A", 20), ("Red lentils", "LENT-B", 12)]
    donors = {d.donor for i in back.ingredients for d in i.donors}
    assert donors == {"Kent collection drive"}
    assert sum(o.quantity for o in back.outgoing) == 400 and back.on_shelves == []


def test_a_partner_sees_only_its_own_share(recall):
    h = recall
    [trace] = traceability.trace_code(h.partner, "L2291")
    assert trace.received == [] and trace.batches == [] and trace.on_shelves == []


def test_export_writes_every_part_and_keeps_formulas_as_text(recall, tmp_path):
    h = recall
    Donor.update(name="=HYPERLINK(\"http://x\")").where(Donor.id == h.donor.id).execute()
    traces = traceability.trace_code(h.coord, "L2291")
    path = traceability.export_xlsx([*traces, traceability.trace_batch(h.coord, h.first)],
                                    tmp_path / "recall.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Lots", "Received", "Batches", "Ingredients", "Kits",
                               "Went to", "On shelves"]
    donor_cell = book["Received"]["E2"]
    assert donor_cell.value == "=HYPERLINK(\"http://x\")" and donor_cell.data_type == "s"
    batches = [row[1] for row in book["Batches"].iter_rows(min_row=2, values_only=True)]
    assert batches == [h.first.lot.code, h.second.lot.code]
    went = list(book["Went to"].iter_rows(min_row=2, values_only=True))
    assert any(r[1] == h.dispatch.code and Decimal(str(r[10])) == 380 for r in went)


def test_a_volunteer_may_trace_but_nobody_unknown(recall):
    h = recall
    assert traceability.trace_code(h.vol, "L2291")[0].batches
    h.vol.active = False
    with pytest.raises(PermissionDenied):
        traceability.trace_code(h.vol, "L2291")


def test_kits_that_used_a_lot(workshop_lot_hangar):
    h = workshop_lot_hangar
    [trace] = traceability.trace_code(h.coord, "TARP-7")
    assert [k.kit for k in trace.kits] == ["KIT-000001", "KIT-000002"]
    assert trace.kits[0].design == "Cabin v1"


@pytest.fixture
def workshop_lot_hangar(kitchen_hangar):
    from models import Category, Item
    from warehouse_app.workshop import kits as workshop

    h = kitchen_hangar
    parts = Category.create(name="Parts")
    tarp = Item.create(code="SHL-TARP", name="Tarpaulin", category=parts, unit="piece")
    cabin = Item.create(code="KIT-CABIN", name="Cabin kit", category=parts, unit="kit")
    intake.receive_donation(h.coord, h.ref, [intake.ReceiptLine(tarp, 5, lot_code="TARP-7")],
                            donor=h.donor)
    design = workshop.create_kit_design(h.builder, "Cabin", cabin, [workshop.PartLine(tarp, 2)])
    workshop.build_kits(h.builder, design, h.ref, 2)
    return h
