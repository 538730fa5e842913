"""Kit designs: how many can be built and what limits it, the shortage for a target,
building N kits in one document with substitutes, labels, scanning, un-kitting."""

from __future__ import annotations

from decimal import Decimal

import pytest

from labels.data import KitLabel
from models import Box, Document, Kit, KitComponent, Movement
from tests.balances import held
from tests.factories import put_stock
from warehouse_app import integrity, scan
from warehouse_app.errors import InsufficientStock, PermissionDenied, ValidationError
from warehouse_app.goods_out import distribution
from warehouse_app.workshop import kits as workshop

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def test_buildable_counts_substitutes_and_names_the_limit(workshop_hangar):
    h = workshop_hangar
    # planks: 35 long = 3 kits (10 each), then 30 short = 1 kit (20 each): 4; tarps 6
    got = workshop.buildable(h.builder, h.design, h.ref)
    assert got.count == 4
    assert [(x.item.id, x.per_kit, x.have) for x in got.limiting] == [(h.plank.id, 10, 35)]
    assert got.limiting[0].substitutes == (h.short_plank,)
    assert workshop.buildable(h.builder, h.design, h.aid).count == 0


def test_shortage_for_a_target(workshop_hangar):
    h = workshop_hangar
    assert workshop.shortage_for(h.builder, h.design, h.ref, 4) == []
    short = {s.item.id: s for s in workshop.shortage_for(h.builder, h.design, h.ref, 8)}
    # kits 5-8 find no planks of either length: 4 x 10 long planks missing; tarps 8 - 6
    assert set(short) == {h.plank.id, h.tarp.id}
    assert (short[h.plank.id].needed, short[h.plank.id].have, short[h.plank.id].missing) == (70, 35, 35)
    assert short[h.tarp.id].missing == 2
    with pytest.raises(ValidationError):
        workshop.shortage_for(h.builder, h.design, h.ref, 0)


def test_build_kits_in_one_document(workshop_hangar):
    h = workshop_hangar
    built = workshop.build_kits(h.builder, h.design, h.ref, 4, location=h.shelf_a1)
    doc = built.document
    assert doc.kind == "kit_build" and doc.owner_id == h.ref.id
    assert [k.code for k in built.kits] == ["KIT-000001", "KIT-000002", "KIT-000003", "KIT-000004"]
    assert held(h.ref, h.cabin) == 4 and held(h.ref, h.plank) == 5 and held(h.ref, h.short_plank) == 10
    assert held(h.ref, h.tarp) == 2 and held(h.ref, h.nails) == 8 and held(h.ref, h.handle) == 0
    last = built.kits[-1]
    parts = {(c.item_id, c.quantity) for c in KitComponent.select().where(KitComponent.kit == last.id)}
    assert parts == {(h.short_plank.id, 20), (h.tarp.id, 1), (h.nails.id, Decimal("0.5"))}
    box = Box.get(Box.code == last.code)
    assert box.owner_id == h.ref.id and box.location_id == h.shelf_a1.id
    assert Movement.select().where((Movement.document == doc) & (Movement.kind == "produced")).count() == 4
    assert integrity.check() == []
    found = scan.resolve(last.code.lower())
    assert found.kind == "kit" and isinstance(found.object, Kit) and found.object.id == last.id


def test_a_build_too_big_writes_nothing(workshop_hangar):
    h = workshop_hangar
    before = Document.select().count()
    with pytest.raises(InsufficientStock):
        workshop.build_kits(h.builder, h.design, h.ref, 5)
    assert Document.select().count() == before and Kit.select().count() == 0
    assert held(h.ref, h.plank) == 35


def test_only_a_workshop_lead_of_the_owner_builds(workshop_hangar):
    h = workshop_hangar
    for person in (h.vol_ref, h.cook, h.partner):
        with pytest.raises(PermissionDenied):
            workshop.build_kits(person, h.design, h.ref, 1)
    with pytest.raises(PermissionDenied):
        workshop.build_kits(h.builder, h.design, h.aid, 1)  # not the builder's NGO
    assert len(workshop.build_kits(h.coord, h.design, h.ref, 1).kits) == 1


def test_kit_labels(workshop_hangar):
    h = workshop_hangar
    built = workshop.build_kits(h.builder, h.design, h.ref, 2)
    labels = workshop.kit_labels(h.builder, built.kits)
    assert [x.code for x in labels] == ["KIT-000001", "KIT-000002"]
    first = labels[0]
    assert isinstance(first, KitLabel) and (first.design, first.version) == ("Cabin", "v1")
    assert first.owner == h.ref.name and first.built == built.document.effective_date
    assert first.contents == "1 × Door handle, 10 × Plank 2 m, 1 × Tarpaulin 4x6"


def test_unkit_returns_the_parts_but_not_the_consumables(workshop_hangar):
    h = workshop_hangar
    built = workshop.build_kits(h.builder, h.design, h.ref, 4, location=h.shelf_a1)
    kit = built.kits[-1]
    doc = workshop.unkit(h.builder, kit)
    assert doc.kind == "kit_build" and doc.related_id == built.document.id
    assert doc.reference == f"unkit {kit.code}"
    assert held(h.ref, h.cabin) == 3 and held(h.ref, h.short_plank) == 30
    assert held(h.ref, h.tarp) == 3 and held(h.ref, h.nails) == 8  # nails were used up
    assert Box.get(Box.code == kit.code).status == "empty"
    with pytest.raises(ValidationError, match="already"):
        workshop.unkit(h.builder, kit)
    assert integrity.check() == []


def test_a_distributed_kit_cannot_be_unkitted(workshop_hangar):
    h = workshop_hangar
    built = workshop.build_kits(h.builder, h.design, h.ref, 1)
    distribution.distribute(h.builder, h.ref, h.site, [distribution.IssueLine(h.cabin, 1)])
    with pytest.raises(ValidationError, match="no longer"):
        workshop.unkit(h.builder, built.kits[0])
    assert integrity.check() == []


def test_a_new_version_keeps_built_kits_on_theirs(workshop_hangar):
    h = workshop_hangar
    built = workshop.build_kits(h.builder, h.design, h.ref, 1)
    v2 = workshop.revise_kit_design(h.builder, h.design, [
        workshop.PartLine(h.plank, 8), workshop.PartLine(h.tarp, 2),
    ])
    assert (v2.name, v2.version, v2.previous_id) == ("Cabin", 2, h.design.id)
    assert Kit.get_by_id(built.kits[0].id).design.version == 1
    with pytest.raises(ValidationError, match="replaced"):
        workshop.build_kits(h.builder, h.design, h.ref, 1)
    assert workshop.buildable(h.builder, v2, h.ref).count == 2  # tarps: 5 left, 2 each
    put_stock(h.coord, h.ref, h.tarp, 1)
    assert workshop.buildable(h.builder, v2, h.ref).count == 3


def test_bad_designs_are_refused(workshop_hangar):
    h = workshop_hangar
    with pytest.raises(ValidationError):
        workshop.create_kit_design(h.builder, "Tent", h.tarp, [workshop.PartLine(h.plank, 1)])
    with pytest.raises(ValidationError):
        workshop.create_kit_design(h.builder, "Tent", h.cabin,
                                   [workshop.PartLine(h.plank, 1, optional=True)])
    with pytest.raises(ValidationError):
        workshop.create_kit_design(h.builder, "Tent", h.cabin, [workshop.PartLine(h.plank, 0)])
    with pytest.raises(PermissionDenied):
        workshop.create_kit_design(h.vol, "Tent", h.cabin, [workshop.PartLine(h.plank, 1)])
