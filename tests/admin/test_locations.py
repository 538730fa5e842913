"""Places in Administration: suggested codes, a subtree added and its labels in one
print run, renaming and retiring, on SQLite and PostgreSQL, refusals included."""

import json

import pytest

from models import AuditEntry, Box, Location
from tests.factories import put_stock
from warehouse_app.admin import desk as admin_desk
from warehouse_app.admin import locations
from warehouse_app.errors import PermissionDenied, ValidationError


def test_codes_are_suggested_from_the_parent(hangar):
    assert admin_desk.suggest_location(None, "zone") == ("LOC-C", "C")
    assert admin_desk.suggest_location(hangar.zone_a.id, "aisle") == ("LOC-A-02", "A 02")
    assert admin_desk.suggest_location(hangar.shelf_b1.id, "bin")[0] == "LOC-B-01-1-1"
    aisle = admin_desk.add_location(hangar.coord, hangar.zone_a.id, "aisle", "LOC-A-02", "A 02")
    assert admin_desk.suggest_location(aisle, "shelf") == ("LOC-A-02-1", "A 02 1")


def test_a_zone_added_and_its_labels_printed_in_one_go(hangar):
    zone = admin_desk.add_location(hangar.coord, None, "zone", "LOC-C", "Zone C")
    for aisle_number in (1, 2):
        aisle = admin_desk.add_location(hangar.coord, zone, "aisle",
                                        f"LOC-C-0{aisle_number}", f"C 0{aisle_number}")
        for shelf in (2, 1):
            admin_desk.add_location(hangar.coord, aisle, "shelf",
                                    f"LOC-C-0{aisle_number}-{shelf}",
                                    f"C 0{aisle_number} {shelf}")
    printed = locations.subtree_labels(zone)
    assert [label.code for label in printed] == [
        "LOC-C", "LOC-C-01", "LOC-C-01-1", "LOC-C-01-2", "LOC-C-02", "LOC-C-02-1", "LOC-C-02-2"]
    assert printed[2].name == "C 01 1" and printed[2].zone == "C 01"
    rows = admin_desk.location_rows()
    codes = [r.code for r in rows]
    assert codes.index("LOC-C") < codes.index("LOC-C-01") < codes.index("LOC-C-01-1")
    assert [r.code for r in rows if r.parent_id == zone] == ["LOC-C-01", "LOC-C-02"]


def test_rename_and_retire_a_place_audited(hangar):
    admin_desk.rename_location(hangar.coord, hangar.shelf_a2.id, "A 01 top")
    assert Location.get_by_id(hangar.shelf_a2.id).name == "A 01 top"
    admin_desk.retire_location(hangar.coord, hangar.shelf_a2.id)
    assert not Location.get_by_id(hangar.shelf_a2.id).active
    assert "LOC-A-01-2" not in [r.code for r in admin_desk.location_rows()]
    assert [json.loads(a.detail)["code"] for a in AuditEntry.select().where(
        AuditEntry.action.in_(("location.rename", "location.deactivate")))] == \
        ["LOC-A-01-2", "LOC-A-01-2"]


def test_a_place_in_use_is_not_retired(hangar):
    with pytest.raises(ValidationError, match="places under it"):
        admin_desk.retire_location(hangar.coord, hangar.zone_a.id)
    put_stock(hangar.admin, hangar.aid, hangar.soap, 3, location=hangar.shelf_a1)
    with pytest.raises(ValidationError, match="still holds stock"):
        admin_desk.retire_location(hangar.coord, hangar.shelf_a1.id)
    Box.create(code="BOX-000900", owner=hangar.aid, location=hangar.shelf_b1)
    with pytest.raises(ValidationError, match="still holds stock"):
        admin_desk.retire_location(hangar.coord, hangar.shelf_b1.id)
    assert Location.select().where(~Location.active).count() == 0


def test_only_coordinators_change_places(hangar):
    for call in (lambda: admin_desk.add_location(hangar.vol, None, "zone", "LOC-C", "C"),
                 lambda: admin_desk.rename_location(hangar.vol, hangar.zone_a.id, "A"),
                 lambda: admin_desk.retire_location(hangar.cook, hangar.shelf_b1.id)):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(ValidationError):
        admin_desk.rename_location(hangar.coord, hangar.zone_a.id, "  ")
