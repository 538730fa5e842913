"""Administration of organisations and people through the desk's functions (by id, as
the screen calls them), on SQLite and PostgreSQL, refusals included."""

import json

import pytest

from models import AuditEntry, Organisation, User
from tests.factories import put_stock
from warehouse_app import users
from warehouse_app.admin import desk as admin_desk
from warehouse_app.errors import PermissionDenied, SignInFailed, ValidationError


def audit_of(action):
    return [json.loads(a.detail) | {"by": a.user.name}
            for a in AuditEntry.select().where(AuditEntry.action == action)]


def test_an_admin_renames_and_recolours_an_organisation_audited(hangar):
    admin_desk.edit_organisation(hangar.admin, hangar.ref.id, " Refugee  Shelters ", "#00AA00")
    ref = Organisation.get_by_id(hangar.ref.id)
    assert (ref.code, ref.name, ref.colour) == ("REF", "Refugee Shelters", "#00aa00")
    assert audit_of("organisation.update") == [{
        "code": "REF", "by": "Ada", "changes": {
            "name": {"old": "Refugee Shelter Network", "new": "Refugee Shelters"},
            "colour": {"old": "#2ca02c", "new": "#00aa00"}}}]
    admin_desk.edit_organisation(hangar.admin, hangar.ref.id, "Refugee Shelters", "#00aa00")
    assert len(audit_of("organisation.update")) == 1  # nothing changed: nothing audited


@pytest.mark.parametrize("name, colour, field", [("", "#123456", "name"),
                                                 ("REF", "green", "colour")])
def test_bad_organisation_changes_are_refused(hangar, name, colour, field):
    with pytest.raises(ValidationError) as err:
        admin_desk.edit_organisation(hangar.admin, hangar.ref.id, name, colour)
    assert err.value.field == field


def test_a_coordinator_may_not_change_organisations_and_the_page_says_why(hangar):
    page = admin_desk.organisations_page(hangar.coord)
    assert page.refusal is not None and page.refusal.action == "manage_organisations"
    assert [r.code for r in page.rows] == ["AID", "KIT", "REF"]
    assert {r.code: r.people for r in page.rows} == {"AID": 3, "KIT": 1, "REF": 3}
    for call in (lambda: admin_desk.add_organisation(hangar.coord, "NEW", "New", "#123456"),
                 lambda: admin_desk.edit_organisation(hangar.coord, hangar.ref.id, "X", "#123456"),
                 lambda: admin_desk.set_organisation_active(hangar.coord, hangar.ref.id, False)):
        with pytest.raises(PermissionDenied):
            call()
    assert admin_desk.organisations_page(hangar.admin).refusal is None


def test_an_organisation_leaves_and_comes_back(hangar):
    admin_desk.set_organisation_active(hangar.admin, hangar.ref.id, False)
    assert not Organisation.get_by_id(hangar.ref.id).active
    with pytest.raises(SignInFailed):
        users.sign_in(hangar.vol_ref.id, None)
    assert hangar.ref.id not in [o.id for o, _ in users.sign_in_choices()]
    admin_desk.set_organisation_active(hangar.admin, hangar.ref.id, True)
    assert users.sign_in(hangar.vol_ref.id, None).name == "Rami"
    assert [a["code"] for a in audit_of("organisation.deactivate")] == ["REF"]
    assert [a["code"] for a in audit_of("organisation.reactivate")] == ["REF"]


def test_an_organisation_with_stock_or_the_admins_own_stays(hangar):
    put_stock(hangar.admin, hangar.kit, hangar.soap, 5)
    with pytest.raises(ValidationError, match="still owns stock"):
        admin_desk.set_organisation_active(hangar.admin, hangar.kit.id, False)
    with pytest.raises(ValidationError, match="your own organisation"):
        admin_desk.set_organisation_active(hangar.admin, hangar.aid.id, False)
    assert Organisation.select().where(~Organisation.active).count() == 0


def test_a_volunteer_added_in_seconds_signs_in_without_a_pin(hangar):
    row = admin_desk.add_person(hangar.coord, "  Noor ", hangar.aid.id)
    assert (row.name, row.organisation_code, row.role, row.has_pin) == \
        ("Noor", "AID", "volunteer", False)
    assert users.sign_in(row.id, None).name == "Noor"
    with pytest.raises(ValidationError, match="already has someone called Noor"):
        admin_desk.add_person(hangar.coord, "Noor", hangar.aid.id)


def test_people_with_a_role_need_a_pin_and_only_an_admin_makes_an_admin(hangar):
    with pytest.raises(ValidationError) as err:
        admin_desk.add_person(hangar.coord, "Lena", hangar.kit.id, "kitchen_lead", "")
    assert err.value.field == "pin"
    lead = admin_desk.add_person(hangar.coord, "Lena", hangar.kit.id, "kitchen_lead", "4711")
    assert lead.has_pin and users.sign_in(lead.id, "4711").role == "kitchen_lead"
    with pytest.raises(PermissionDenied):
        admin_desk.add_person(hangar.coord, "Boss", hangar.aid.id, "admin", "4711")
    assert "admin" not in admin_desk.people_page(hangar.coord).roles
    assert "admin" in admin_desk.people_page(hangar.admin).roles


def test_the_people_page_lists_everyone_for_those_who_manage_people(hangar):
    admin_desk.set_person_active(hangar.coord, hangar.vol_ref.id, False)
    page = admin_desk.people_page(hangar.coord)
    assert [(p.organisation_code, p.name) for p in page.people] == [
        ("AID", "Ada"), ("AID", "Colette"), ("AID", "Vera"), ("KIT", "Kofi"),
        ("REF", "Petra"), ("REF", "Wren"), ("REF", "Rami")]  # the inactive last
    assert not page.people[-1].active
    assert [code for _, code, _ in page.organisations] == ["AID", "KIT", "REF"]
    with pytest.raises(PermissionDenied):
        admin_desk.people_page(hangar.vol)


def test_a_pin_reset_lets_them_sign_in_with_the_new_one_only(hangar):
    admin_desk.reset_pin(hangar.coord, hangar.cook.id, "97531")
    assert users.sign_in(hangar.cook.id, "97531").name == "Kofi"
    with pytest.raises(SignInFailed):
        users.sign_in(hangar.cook.id, "2468")
    with pytest.raises(ValidationError, match="without a PIN"):
        admin_desk.reset_pin(hangar.coord, hangar.vol.id, "1234")
    with pytest.raises(PermissionDenied):
        admin_desk.reset_pin(hangar.coord, hangar.admin.id, "1234")
    assert [a["name"] for a in audit_of("user.reset_pin")] == ["Kofi"]


def test_deactivated_people_cannot_sign_in_until_they_come_back(hangar):
    admin_desk.set_person_active(hangar.coord, hangar.vol.id, False)
    assert not User.get_by_id(hangar.vol.id).active
    with pytest.raises(SignInFailed):
        users.sign_in(hangar.vol.id, None)
    with pytest.raises(ValidationError, match="already has someone called Vera"):
        admin_desk.add_person(hangar.coord, "Vera", hangar.aid.id)  # bring her back instead
    admin_desk.set_person_active(hangar.coord, hangar.vol.id, True)
    assert users.sign_in(hangar.vol.id, None).name == "Vera"
    assert [a["name"] for a in audit_of("user.reactivate")] == ["Vera"]
    with pytest.raises(PermissionDenied):
        admin_desk.set_person_active(hangar.vol_ref, hangar.cook.id, False)
    admin_desk.set_person_active(hangar.admin, hangar.admin.id, True)  # admins: only admins
    with pytest.raises(PermissionDenied):
        admin_desk.set_person_active(hangar.coord, hangar.admin.id, True)
