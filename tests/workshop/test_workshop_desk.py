"""The workshop desk's read models and calls, as the screen uses them on its worker: the
designs and owners a person gets, the plan (count, limits, shortage), saving a design as
a new version, building with labels, and a scanned kit's contents taken apart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models import Document, KitDesign
from tests.balances import held
from tests.workshop.cabin import cabin_workshop
from warehouse_app.errors import PermissionDenied, ValidationError
from warehouse_app.workshop import desk as workshop_desk
from warehouse_app.workshop import kits as workshop


@pytest.fixture
def cabins(hangar):
    return cabin_workshop(hangar)


def test_the_desk_opens_with_designs_owners_and_kit_items(cabins):
    h = cabins
    desk = workshop_desk.load_desk(h.builder)
    assert [(o[0], o[1]) for o in desk.owners] == [(h.ref.id, "REF")]  # a lead: own NGO
    assert [i.code for i in desk.kit_items] == ["KIT-CABIN"]
    assert [p[1] for p in desk.places] == ["LOC-A", "LOC-A-01-1", "LOC-A-01-2", "LOC-B-01-1"]
    [design] = desk.designs
    assert (design.name, design.version, design.kit_item.code) == ("Cabin", 1, "KIT-CABIN")
    lines = [(x.part.code, x.quantity, x.consumable, x.optional,
              [(s.code, q) for s, q in x.substitutes]) for x in design.lines]
    assert lines == [("SHL-PLANK-2M", 10, False, False, [("SHL-PLANK-1M", 20)]),
                     ("SHL-TARP", 1, False, False, []),
                     ("SHL-NAIL", Decimal("0.5"), True, False, []),
                     ("SHL-HANDLE", 1, False, True, [])]
    assert {o[1] for o in workshop_desk.load_desk(h.coord).owners} == {"AID", "KIT", "REF"}
    with pytest.raises(PermissionDenied):
        workshop_desk.load_desk(h.vol)


def test_the_plan_counts_names_the_limit_and_the_shortage_of_a_target(cabins):
    h = cabins
    plan = workshop_desk.plan(h.builder, h.design.id, h.ref.id)
    assert plan.count == workshop.buildable(h.builder, h.design, h.ref).count == 6
    [limit] = plan.limiting
    assert (limit.part.code, limit.per_kit, limit.have) == ("SHL-PLANK-2M", 10, 60)
    assert [s.code for s in limit.substitutes] == ["SHL-PLANK-1M"]
    assert workshop_desk.plan(h.builder, h.design.id, h.ref.id, 6).shortage == ()
    short = {s.part.code: (s.needed, s.have, s.missing)
             for s in workshop_desk.plan(h.builder, h.design.id, h.ref.id, 8).shortage}
    assert short == {"SHL-PLANK-2M": (80, 60, 20), "SHL-TARP": (8, 7, 1)}
    with pytest.raises(PermissionDenied):
        workshop_desk.plan(h.partner, h.design.id, h.aid.id)  # not the partner's NGO


def test_a_change_saves_a_new_version_and_built_kits_keep_theirs(cabins):
    h = cabins
    built = workshop_desk.build(h.builder, h.design.id, h.ref.id, 1)
    [v1] = workshop_desk.current_designs()
    lines = list(v1.lines)
    lines[1] = workshop_desk.BomLine(lines[1].part, Decimal(2))  # two tarpaulins a cabin
    v2 = workshop_desk.save_design(h.builder, v1.id, v1.name, None, lines)
    assert (v2.name, v2.version) == ("Cabin", 2) and v2.lines[1].quantity == 2
    assert [d.id for d in workshop_desk.current_designs()] == [v2.id]
    assert not KitDesign.get_by_id(v1.id).current
    assert workshop.kit_by_code(built.kit_codes[0]).design_id == v1.id
    with pytest.raises(ValidationError):
        workshop_desk.build(h.builder, v1.id, h.ref.id, 1)  # replaced
    with pytest.raises(ValidationError):
        workshop_desk.save_design(h.builder, v1.id, v1.name, None, lines)  # not current
    door = workshop_desk.save_design(
        h.builder, None, "Door", h.cabin.id,
        [workshop_desk.BomLine(workshop_desk.design_scan(h.builder, "shl-handle").part,
                                Decimal(1))])
    assert (door.version, door.kit_item.code, door.lines[0].part.code) == (1, "KIT-CABIN",
                                                                         "SHL-HANDLE")
    with pytest.raises(ValidationError):
        workshop_desk.save_design(h.builder, None, "Window", None, door.lines)  # no kit item
    assert [p.code for p in workshop_desk.find_parts("plank")] == ["SHL-PLANK-1M",
                                                                   "SHL-PLANK-2M"]


def test_build_then_labels_then_take_a_scanned_kit_apart(cabins):
    h = cabins
    built = workshop_desk.build(h.builder, h.design.id, h.ref.id, 3, h.shelf_a2.id)
    assert built.kit_codes == ("KIT-000001", "KIT-000002", "KIT-000003")
    assert Document.get(Document.code == built.document_code).kind == "kit_build"
    labels = workshop_desk.labels_of(h.builder, list(reversed(built.kit_ids)))
    assert [x.code for x in labels] == list(built.kit_codes)
    assert held(h.ref, h.plank) == 30 and held(h.ref, h.cabin) == 3

    found = workshop_desk.kit_contents(h.builder, "kit-000002")
    assert (found.code, found.design, found.owner_code, found.place, found.taken_apart) == (
        "KIT-000002", "Cabin v1", "REF", "LOC-A-01-2", False)
    assert {(p.code, q, c) for p, q, c in found.lines} == {
        ("SHL-PLANK-2M", 10, False), ("SHL-TARP", 1, False), ("SHL-NAIL", Decimal("0.5"), True),
        ("SHL-HANDLE", 1, False)}
    with pytest.raises(PermissionDenied):
        workshop_desk.kit_contents(h.vol, "KIT-000002")
    assert workshop_desk.kit_contents(h.builder, "KIT-999999") is None

    workshop_desk.take_apart(h.builder, found.kit_id)
    assert held(h.ref, h.plank) == 40 and held(h.ref, h.cabin) == 2
    assert held(h.ref, h.nails) == Decimal("8.5")  # the nails stay used up
    assert workshop_desk.kit_contents(h.builder, "KIT-000002").taken_apart
    with pytest.raises(ValidationError):
        workshop_desk.take_apart(h.builder, found.kit_id)


def test_a_scan_at_the_workshop_is_told_by_the_core_without_the_database(cabins):
    places = workshop_desk.load_desk(cabins.builder).places
    scan = workshop_desk.workshop_scan
    shelf = scan(" loc-a-01-2\n", places, building=True)
    assert (shelf.kind, shelf.code) == ("place", "LOC-A-01-2")
    assert shelf.place_id == next(p[0] for p in places if p[1] == "LOC-A-01-2")
    assert scan("LOC-A", places, building=True).code == "LOC-A"  # the whole code, not a prefix
    assert scan("LOC-A-01-2", places, building=False).kind == "other"  # taking apart: no shelf
    assert scan("LOC-Z-99-9", places, building=True).kind == "other"  # not a place kits go
    assert (scan("kit-000007", places, building=False).kind,
            scan("kit-000007", places, building=True).code) == ("kit", "KIT-000007")
    assert scan("BOX-000001", places, building=True).kind == "other"


def test_a_scan_while_editing_a_design_is_a_part_a_kit_or_neither(cabins):
    h = cabins
    part = workshop_desk.design_scan(h.builder, " shl-tarp")
    assert (part.kind, part.part.code) == ("part", "SHL-TARP")
    assert workshop_desk.design_scan(h.builder, "KIT-CABIN").part.code == "KIT-CABIN"  # an item
    [kit_code] = workshop_desk.build(h.builder, h.design.id, h.ref.id, 1).kit_codes
    assert (workshop_desk.design_scan(h.builder, kit_code.lower()).kind,
            workshop_desk.design_scan(h.builder, "KIT-999999").kind) == ("kit", "kit")
    nothing = workshop_desk.design_scan(h.builder, "BOX-999999")
    assert (nothing.kind, nothing.part) == ("other", None)
    with pytest.raises(PermissionDenied):
        workshop_desk.design_scan(h.vol, "SHL-TARP")  # a volunteer edits no design
