"""Organisations, people, PINs and sign-in, on SQLite and PostgreSQL."""

import json

import pytest
from argon2 import PasswordHasher

from models import AuditEntry, Organisation, User
from warehouse_app import users
from warehouse_app.errors import PermissionDenied, SignInFailed, ValidationError


def audit_of(action):
    return [json.loads(a.detail) | {"by": a.user.name}
            for a in AuditEntry.select().where(AuditEntry.action == action)]


def test_admin_adds_an_organisation_audited(hangar):
    org = users.add_organisation(hangar.admin, "sos", "SOS Kitchen", "#A1B2C3")
    assert (org.code, org.colour) == ("SOS", "#a1b2c3")
    assert audit_of("organisation.add") == [
        {"code": "SOS", "name": "SOS Kitchen", "colour": "#a1b2c3", "by": "Ada"}
    ]


@pytest.mark.parametrize("colour", ["red", "#12345", "#GGGGGG", "123456", ""])
def test_bad_colour_is_refused(hangar, colour):
    with pytest.raises(ValidationError) as err:
        users.add_organisation(hangar.admin, "NEW", "New NGO", colour)
    assert err.value.field == "colour"
    assert not Organisation.select().where(Organisation.code == "NEW").exists()


@pytest.mark.parametrize("code", ["A", "SEVENTEEN-LETTERS", "NO SPACE", "-X"])
def test_bad_organisation_code_is_refused(hangar, code):
    with pytest.raises(ValidationError) as err:
        users.add_organisation(hangar.admin, code, "New NGO", "#123456")
    assert err.value.field == "code"


def test_duplicate_organisation_code_is_refused(hangar):
    with pytest.raises(ValidationError, match="AID already exists"):
        users.add_organisation(hangar.admin, "aid", "Another", "#123456")


def test_only_an_admin_adds_organisations(hangar):
    with pytest.raises(PermissionDenied) as err:
        users.add_organisation(hangar.coord, "NEW", "New NGO", "#123456")
    assert err.value.action == "manage_organisations"


def test_coordinator_adds_people_with_and_without_pin(hangar):
    lead = users.add_user(hangar.coord, name="Lena", organisation=hangar.kit,
                          role="kitchen_lead", pin="4711")
    vol = users.add_user(hangar.coord, name="Tom", organisation=hangar.ref, role="volunteer")
    assert lead.pin_hash.startswith("$argon2id$") and "4711" not in lead.pin_hash
    assert vol.pin_hash is None
    added = audit_of("user.add")
    assert [a["name"] for a in added] == ["Lena", "Tom"] and added[0]["by"] == "Colette"
    assert all("pin" not in a for a in added)


@pytest.mark.parametrize("actor", ["partner", "vol", "cook", "builder"])
def test_only_coordinators_and_admins_manage_people(hangar, actor):
    with pytest.raises(PermissionDenied) as err:
        users.add_user(getattr(hangar, actor), name="Sam", organisation=hangar.ref,
                       role="volunteer")
    assert err.value.action == "manage_users"
    assert not User.select().where(User.name == "Sam").exists()


def test_a_coordinator_cannot_make_an_admin(hangar):
    with pytest.raises(PermissionDenied, match="Colette"):
        users.add_user(hangar.coord, name="Max", organisation=hangar.aid, role="admin", pin="9999")
    assert users.add_user(hangar.admin, name="Max", organisation=hangar.aid, role="admin",
                          pin="9999").role == "admin"


@pytest.mark.parametrize("pin, problem", [
    (None, "needs a PIN"), ("", "needs a PIN"), ("123", "4 to 8 digits"),
    ("123456789", "4 to 8 digits"), ("12a4", "4 to 8 digits"),
])
def test_coordinator_without_a_good_pin_is_refused(hangar, pin, problem):
    with pytest.raises(ValidationError, match=problem):
        users.add_user(hangar.admin, name="Cora", organisation=hangar.aid, role="coordinator",
                       pin=pin)


def test_volunteer_has_no_pin_and_bad_role_is_refused(hangar):
    with pytest.raises(ValidationError, match="without a PIN"):
        users.add_user(hangar.coord, name="Tim", organisation=hangar.aid, role="volunteer",
                       pin="1234")
    with pytest.raises(ValidationError) as err:
        users.add_user(hangar.coord, name="Tim", organisation=hangar.aid, role="boss")
    assert err.value.field == "role"


def test_same_name_twice_in_one_organisation_is_refused(hangar):
    with pytest.raises(ValidationError, match="already has someone called Vera"):
        users.add_user(hangar.coord, name="Vera", organisation=hangar.aid, role="volunteer")
    users.add_user(hangar.coord, name="Vera", organisation=hangar.ref, role="volunteer")


def test_sign_in_with_the_right_pin_and_refusals(hangar):
    users.reset_pin(hangar.admin, hangar.coord, "2468")
    assert users.sign_in(hangar.coord.id, "2468").id == hangar.coord.id
    with pytest.raises(SignInFailed, match="wrong PIN for Colette") as err:
        users.sign_in(hangar.coord.id, "2469")
    assert err.value.facts["reason"] == "wrong_pin"
    with pytest.raises(SignInFailed, match="needs to type a PIN"):
        users.sign_in(hangar.coord.id, None)
    with pytest.raises(SignInFailed, match="no one with id"):
        users.sign_in(999999, "2468")


def test_volunteer_signs_in_without_pin_and_pinless_lead_is_refused(hangar):
    assert users.sign_in(hangar.vol.id, None).name == "Vera"
    with pytest.raises(SignInFailed, match="no PIN yet"):
        users.sign_in(hangar.cook.id, "1234")


def test_deactivated_person_cannot_sign_in(hangar):
    users.reset_pin(hangar.admin, hangar.cook, "1357")
    users.deactivate_user(hangar.coord, hangar.cook)
    with pytest.raises(SignInFailed, match="no longer active"):
        users.sign_in(hangar.cook.id, "1357")
    assert audit_of("user.deactivate")[0]["name"] == "Kofi"
    names = {u.name for _, people in users.sign_in_choices() for u in people}
    assert "Kofi" not in names


def test_deactivation_refusals(hangar):
    with pytest.raises(ValidationError, match="yourself"):
        users.deactivate_user(hangar.coord, hangar.coord)
    with pytest.raises(PermissionDenied):
        users.deactivate_user(hangar.coord, hangar.admin)
    second = users.add_user(hangar.admin, name="Bea", organisation=hangar.aid, role="admin",
                            pin="1111")
    users.deactivate_user(hangar.admin, second)
    with pytest.raises(ValidationError, match="yourself"):
        users.deactivate_user(hangar.admin, hangar.admin)


def test_pin_reset_rules(hangar):
    users.reset_pin(hangar.cook, hangar.cook, "8642")  # one's own PIN
    assert users.sign_in(hangar.cook.id, "8642").name == "Kofi"
    with pytest.raises(PermissionDenied):
        users.reset_pin(hangar.cook, hangar.builder, "1234")
    with pytest.raises(PermissionDenied):
        users.reset_pin(hangar.coord, hangar.admin, "1234")  # would take over the admin
    with pytest.raises(ValidationError, match="without a PIN"):
        users.reset_pin(hangar.coord, hangar.vol, "1234")
    assert [a["name"] for a in audit_of("user.reset_pin")] == ["Kofi"]


def test_old_hash_parameters_are_upgraded_at_sign_in(hangar):
    old = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("5555")
    User.update(pin_hash=old).where(User.id == hangar.builder.id).execute()
    users.sign_in(hangar.builder.id, "5555")
    upgraded = User.get_by_id(hangar.builder.id).pin_hash
    assert upgraded != old and not users.PIN_HASHER.check_needs_rehash(upgraded)
    assert users.sign_in(hangar.builder.id, "5555").name == "Wren"


def test_sign_in_choices_group_active_people_by_organisation(hangar):
    users.deactivate_user(hangar.coord, hangar.vol_ref)
    choices = [(org.code, [u.name for u in people]) for org, people in users.sign_in_choices()]
    assert choices == [
        ("AID", ["Ada", "Colette", "Vera"]),
        ("KIT", ["Kofi"]),
        ("REF", ["Petra", "Wren"]),
    ]


def test_first_admin_only_on_an_empty_hangar(db):
    admin = users.create_first_admin("aid", "Aid Without Borders", "#1F77B4", "Ada", "13579")
    assert admin.role == "admin" and admin.organisation.code == "AID"
    assert users.sign_in(admin.id, "13579").id == admin.id
    assert {a.action for a in AuditEntry.select()} == {"organisation.add", "user.add"}
    with pytest.raises(ValidationError, match="already has people"):
        users.create_first_admin("X2", "Intruders", "#000000", "Eve", "0000")
    assert User.select().count() == 1 and Organisation.select().count() == 1
