"""The organisations sharing the hangar, the people who sign in, their PINs, and sign-in.

PINs are hashed with Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): one
verification takes ~24 ms median, ~40 ms worst, on this 2-core machine, against
~160 ms with argon2-cffi's defaults: fast enough that signing in at a busy intake desk
never waits. A 4-8 digit PIN is a short secret whatever the hash; what protects it is
that the database is not handed out, and the hash keeps it from being read in clear.
"""

from __future__ import annotations

import json
import re
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models import PIN_ROLES, ROLES, AuditEntry, Organisation, User, database
from models.db import is_sqlite, write_transaction
from warehouse_app import permissions
from warehouse_app.errors import PermissionDenied, SignInFailed, ValidationError

PIN_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
ORGANISATION_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]{1,15}")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
PIN = re.compile(r"[0-9]{4,8}")


def _audit(actor: User | None, action: str, entity: str, entity_id: Any, **detail: Any) -> None:
    AuditEntry.create(
        user=actor, action=action, entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        detail=json.dumps(detail, default=str, sort_keys=True),
    )


def _check_colour(colour: str) -> str:
    if not COLOUR.fullmatch(colour or ""):
        raise ValidationError("colour", f"{colour!r} is not a colour like #1F77B4", colour=colour)
    return colour.lower()


def _check_pin(role: str, pin: str | None) -> str | None:
    """The hash to store for a role and PIN; volunteers pick their name and have none."""
    if role not in PIN_ROLES:
        if pin:
            raise ValidationError("pin", f"a {role} signs in without a PIN")
        return None
    if pin is None or pin == "":
        raise ValidationError("pin", f"a {role.replace('_', ' ')} needs a PIN of 4 to 8 digits")
    if not PIN.fullmatch(pin):
        raise ValidationError("pin", "a PIN is 4 to 8 digits")
    return PIN_HASHER.hash(pin)


def _guard_admin(actor: User, target_role: str, organisation: Organisation | None) -> None:
    """Only an admin may create, change or lock an admin: a coordinator who could would
    be an admin in all but name."""
    if target_role == "admin" and actor.role != "admin":
        raise PermissionDenied(
            actor.name, actor.role, "manage_admins", organisation.code if organisation else None
        )


def add_organisation(actor: User, code: str, name: str, colour: str) -> Organisation:
    """A new NGO in the hangar; its colour is printed on its box labels."""
    permissions.require(actor, "manage_organisations")
    code = (code or "").strip().upper()
    if not ORGANISATION_CODE.fullmatch(code):
        raise ValidationError(
            "code", f"{code!r}: 2 to 16 letters, digits, '-' or '_', starting with a letter "
            "or digit", code=code,
        )
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", "an organisation needs a name")
    colour = _check_colour(colour)
    with write_transaction():
        if Organisation.get_or_none(Organisation.code == code) is not None:
            raise ValidationError("code", f"organisation {code} already exists", code=code)
        organisation = Organisation.create(code=code, name=name, colour=colour)
        _audit(actor, "organisation.add", "organisation", organisation.id,
               code=code, name=name, colour=colour)
    return organisation


def add_user(
    actor: User, *, name: str, organisation: Organisation, role: str, pin: str | None = None
) -> User:
    permissions.require(actor, "manage_users", organisation)
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", "a person needs a name")
    if role not in ROLES:
        raise ValidationError("role", f"{role!r} is not one of {', '.join(ROLES)}", role=role)
    _guard_admin(actor, role, organisation)
    pin_hash = _check_pin(role, pin)
    with write_transaction():
        taken = User.get_or_none((User.organisation == organisation.id) & (User.name == name))
        if taken is not None:
            raise ValidationError("name", f"{organisation.code} already has someone called {name}")
        user = User.create(name=name, organisation=organisation, role=role, pin_hash=pin_hash)
        _audit(actor, "user.add", "user", user.id,
               name=name, organisation=organisation.code, role=role)
    return user


def reset_pin(actor: User, user: User, pin: str) -> None:
    """A coordinator resets someone's forgotten PIN; anyone may change their own."""
    if actor.id != user.id:
        permissions.require(actor, "manage_users", user.organisation)
        _guard_admin(actor, user.role, user.organisation)
    pin_hash = _check_pin(user.role, pin)
    if pin_hash is None:
        raise ValidationError("pin", f"{user.name} is a {user.role} and signs in without a PIN")
    with write_transaction():
        User.update(pin_hash=pin_hash).where(User.id == user.id).execute()
        _audit(actor, "user.reset_pin", "user", user.id, name=user.name)
    user.pin_hash = pin_hash


def deactivate_user(actor: User, user: User) -> None:
    """Someone leaves: they can no longer sign in; their history stays attributed to them."""
    permissions.require(actor, "manage_users", user.organisation)
    _guard_admin(actor, user.role, user.organisation)
    if actor.id == user.id:
        raise ValidationError("user", "you cannot deactivate yourself: ask another coordinator")
    with write_transaction():
        if user.role == "admin":
            others = User.select().where(
                (User.role == "admin") & User.active & (User.id != user.id)
            ).count()
            if others == 0:
                raise ValidationError("user", f"{user.name} is the last active admin")
        User.update(active=False).where(User.id == user.id).execute()
        _audit(actor, "user.deactivate", "user", user.id, name=user.name)
    user.active = False


def sign_in(user_id: int, pin: str | None) -> User:
    """The signed-in user, or SignInFailed saying why (without saying which PIN is right)."""
    # Organisation joined in: the window keeps this user and reads its organisation on
    # the GUI thread, which must never query the database.
    user = User.select(User, Organisation).join(Organisation).where(User.id == user_id).first()
    if user is None:
        raise SignInFailed(f"no one with id {user_id} in this hangar", user_id=user_id,
                           reason="unknown")
    if not user.active:
        raise SignInFailed(f"{user.name} is no longer active: ask a coordinator",
                           user=user.name, reason="inactive")
    if not user.organisation.active:
        raise SignInFailed(f"{user.organisation.code} no longer works in the hangar",
                           user=user.name, reason="organisation_inactive")
    if user.role not in PIN_ROLES:
        return user
    if user.pin_hash is None:
        raise SignInFailed(f"{user.name} has no PIN yet: ask a coordinator to set one",
                           user=user.name, reason="no_pin")
    if not pin:
        raise SignInFailed(f"{user.name} needs to type a PIN", user=user.name, reason="pin_missing")
    try:
        PIN_HASHER.verify(user.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        raise SignInFailed(f"wrong PIN for {user.name}", user=user.name,
                           reason="wrong_pin") from None
    if PIN_HASHER.check_needs_rehash(user.pin_hash):
        # Hashed with older parameters: re-hash now that we hold the PIN in clear.
        user.pin_hash = PIN_HASHER.hash(pin)
        with write_transaction():
            User.update(pin_hash=user.pin_hash).where(User.id == user.id).execute()
    return user


def sign_in_choices() -> list[tuple[Organisation, list[User]]]:
    """The sign-in screen's big buttons: each active NGO with its active people."""
    people = (
        User.select(User, Organisation)
        .join(Organisation)
        .where(User.active & Organisation.active)
        .order_by(Organisation.code, User.name)
    )
    choices: list[tuple[Organisation, list[User]]] = []
    for user in people:
        if not choices or choices[-1][0].id != user.organisation_id:
            choices.append((user.organisation, []))
        choices[-1][1].append(user)
    return choices


def create_first_admin(
    organisation_code: str, organisation_name: str, colour: str, admin_name: str, pin: str
) -> User:
    """The first-run screen: on a hangar with no one in it yet, its first admin.

    Refused as soon as anyone exists, so it can never be used to slip in another admin.
    """
    code = (organisation_code or "").strip().upper()
    if not ORGANISATION_CODE.fullmatch(code):
        raise ValidationError("code", f"{code!r}: 2 to 16 letters, digits, '-' or '_'")
    colour = _check_colour(colour)
    admin_name = (admin_name or "").strip()
    if not admin_name:
        raise ValidationError("name", "the admin needs a name")
    pin_hash = _check_pin("admin", pin)
    with write_transaction():
        if not is_sqlite():
            # Two first-run screens at once on one server: only one may win.
            database.execute_sql(f'LOCK TABLE "{User._meta.table_name}" IN EXCLUSIVE MODE')
        if User.select().exists():
            raise ValidationError(
                "users", "this hangar already has people: an admin adds new ones after signing in"
            )
        organisation = Organisation.get_or_none(Organisation.code == code)
        created = organisation is None
        if created:
            organisation = Organisation.create(
                code=code, name=(organisation_name or code).strip(), colour=colour
            )
        admin = User.create(name=admin_name, organisation=organisation, role="admin",
                            pin_hash=pin_hash)
        if created:
            _audit(admin, "organisation.add", "organisation", organisation.id, code=code,
                   name=organisation.name, colour=colour)
        _audit(admin, "user.add", "user", admin.id, name=admin_name, organisation=code,
               role="admin", first_admin=True)
    return admin
