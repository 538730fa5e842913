"""Changing the organisations of the hangar after they were added: a new name or colour
(printed on their box labels from then on), and deactivation when an NGO leaves; and
bringing back a person who was deactivated.

Only an admin manages organisations (`manage_organisations`); adding one and adding,
resetting and deactivating people are `users.py`'s. Each change leaves an audit entry
with the old and new values, as the rest of the core does.
"""

from __future__ import annotations

from models import Balance, Organisation, User
from models.db import write_transaction
from warehouse_app import permissions
from warehouse_app.errors import ValidationError
from warehouse_app.users import _audit, _check_colour, _guard_admin


def update_organisation(actor: User, organisation: Organisation, *, name: str | None = None,
                        colour: str | None = None) -> Organisation:
    """Rename an NGO or change its colour; its code stays, since labels already carry it."""
    permissions.require(actor, "manage_organisations")
    changes: dict[str, str] = {}
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise ValidationError("name", "an organisation needs a name")
        if len(name) > 120:
            raise ValidationError("name", f"at most 120 characters, not {len(name)}")
        changes["name"] = name
    if colour is not None:
        changes["colour"] = _check_colour(colour)
    with write_transaction():
        current = Organisation.get_by_id(organisation.id)
        diff = {key: {"old": getattr(current, key), "new": value}
                for key, value in changes.items() if getattr(current, key) != value}
        if not diff:
            return current
        Organisation.update(**{k: changes[k] for k in diff}).where(
            Organisation.id == organisation.id).execute()
        _audit(actor, "organisation.update", "organisation", organisation.id,
               code=current.code, changes=diff)
    for key in diff:
        setattr(current, key, changes[key])
    return current


def deactivate_organisation(actor: User, organisation: Organisation) -> None:
    """An NGO leaves the hangar: its people can no longer sign in, its history stays.

    Refused while it still owns stock (it must be given out or transferred first: stock
    with no one to answer for it is what the ledger exists to prevent), and for the
    admin's own organisation (an admin would lock themself out).
    """
    permissions.require(actor, "manage_organisations")
    if organisation.id == actor.organisation_id:
        raise ValidationError(
            "organisation", f"{organisation.code} is your own organisation: ask another admin")
    with write_transaction():
        holding = Balance.select().where(
            (Balance.owner == organisation.id) & (Balance.quantity != 0)).exists()
        if holding:
            raise ValidationError(
                "organisation", f"{organisation.code} still owns stock: transfer or give it "
                "out first", code=organisation.code)
        Organisation.update(active=False).where(Organisation.id == organisation.id).execute()
        _audit(actor, "organisation.deactivate", "organisation", organisation.id,
               code=organisation.code)
    organisation.active = False


def reactivate_organisation(actor: User, organisation: Organisation) -> None:
    """An NGO comes back (the hangar's NGOs come and go with the seasons)."""
    permissions.require(actor, "manage_organisations")
    with write_transaction():
        Organisation.update(active=True).where(Organisation.id == organisation.id).execute()
        _audit(actor, "organisation.reactivate", "organisation", organisation.id,
               code=organisation.code)
    organisation.active = True


def reactivate_user(actor: User, user: User) -> None:
    """Someone comes back (volunteers often do, weeks later): they sign in as before, under
    the same name, with their history. A PIN they had still works; a coordinator resets it
    if it is forgotten."""
    permissions.require(actor, "manage_users", user.organisation)
    _guard_admin(actor, user.role, user.organisation)
    with write_transaction():
        User.update(active=True).where(User.id == user.id).execute()
        _audit(actor, "user.reactivate", "user", user.id, name=user.name)
    user.active = True
