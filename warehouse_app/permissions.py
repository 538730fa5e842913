"""Who may do what, for which organisation's stock. Enforced here, in the core, on every
service call, not only by hiding buttons.

Each action names the roles allowed and their reach: ANY organisation's stock, or only
their OWN organisation's. The intake desk receives for every NGO of the hangar, so
receiving reaches any owner; giving stock away reaches only one's own, unless one
coordinates the hangar.
"""

from __future__ import annotations

from enum import Enum

from models import Organisation, User
from warehouse_app.errors import PermissionDenied


class Reach(Enum):
    ANY = "any"
    OWN = "own"


STAFF = ("volunteer", "kitchen_lead", "workshop_lead")
LEADS = ("kitchen_lead", "workshop_lead")
BOSSES = ("coordinator", "admin")

# action -> {role: reach}
RULES: dict[str, dict[str, Reach]] = {}


def _rule(action: str, any_roles: tuple[str, ...] = BOSSES, own_roles: tuple[str, ...] = ()) -> None:
    RULES[action] = {**{r: Reach.OWN for r in own_roles}, **{r: Reach.ANY for r in any_roles}}


_rule("view_stock", any_roles=(*STAFF, *BOSSES), own_roles=("partner",))
_rule("export_report", own_roles=("partner", *STAFF))
_rule("receive", any_roles=(*STAFF, *BOSSES))
_rule("move", any_roles=(*STAFF, *BOSSES))
_rule("count", any_roles=(*STAFF, *BOSSES))
_rule("link_barcode", any_roles=(*STAFF, *BOSSES))
_rule("create_item", any_roles=(*STAFF, *BOSSES))
_rule("distribute", own_roles=STAFF)
_rule("quarantine", own_roles=STAFF)
_rule("record_loss", own_roles=LEADS)
_rule("transfer", own_roles=LEADS)
_rule("lend", own_roles=LEADS)
_rule("repay", own_roles=LEADS)
_rule("cook", own_roles=("kitchen_lead",))
_rule("build_kits", own_roles=("workshop_lead",))
_rule("undo")  # plus: anyone may undo their own last document (see may_undo)
_rule("adjust")
_rule("approve_count")
_rule("close_month")
_rule("reopen_month")
_rule("manage_catalogue", own_roles=LEADS)
_rule("manage_locations")
_rule("manage_users")
_rule("view_audit")
_rule("manage_organisations", any_roles=("admin",))


def reach(user: User, action: str) -> Reach | None:
    if not user.active:
        return None
    return RULES[action].get(user.role)


def allowed(user: User, action: str, owner: Organisation | int | None = None) -> bool:
    r = reach(user, action)
    if r is None:
        return False
    if r is Reach.ANY or owner is None:
        return True
    owner_id = owner if isinstance(owner, int) else owner.id
    return owner_id == user.organisation_id


def require(user: User, action: str, owner: Organisation | None = None) -> None:
    """Raise PermissionDenied naming who, what and for whom, unless the user may."""
    if action not in RULES:
        raise KeyError(f"unknown action {action!r}")
    if not allowed(user, action, owner):
        raise PermissionDenied(user.name, user.role, action, owner.code if owner else None)


def visible_owner_ids(user: User) -> list[int] | None:
    """The organisations whose stock the user may see; None means all of them."""
    r = reach(user, "view_stock")
    if r is None:
        return []
    return None if r is Reach.ANY else [user.organisation_id]


def organisations_for(user: User, action: str) -> list[tuple[int, str, str]]:
    """(id, code, name) of the active organisations `user` may do `action` for, by code:
    what a screen offers in its organisation list, by the same rule `require` enforces."""
    return [
        (o.id, o.code, o.name)
        for o in Organisation.select().where(Organisation.active).order_by(Organisation.code)
        if allowed(user, action, o)
    ]
