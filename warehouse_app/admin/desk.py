"""What the Administration screen asks the database, on an operation's worker thread:
the organisations, people, places and catalogue as plain rows for its tables, and each
change by id (the window holds rows, never live records). The rules are the services':
`users`, `admin_people`, `catalogue`, `catalogue_admin` and `locations`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import fn

from models import ROLES, Category, Item, Location, Organisation, ProductBarcode, User
from warehouse_app import catalogue, permissions, scan, users
from warehouse_app.admin import catalogue as catalogue_admin
from warehouse_app.admin import locations
from warehouse_app.admin import people as admin_people
from warehouse_app.errors import BadBarcode, PermissionDenied, by_id

# -- organisations -------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    code: str
    name: str
    colour: str
    active: bool
    people: int  # active people who sign in for it


@dataclass(frozen=True)
class OrganisationsPage:
    rows: list[OrganisationRow]
    refusal: PermissionDenied | None  # why this person may not change them, if not


def organisations_page(actor: User) -> OrganisationsPage:
    counts = dict(User.select(User.organisation, fn.COUNT(User.id))
                  .where(User.active).group_by(User.organisation).tuples())
    rows = [OrganisationRow(o.id, o.code, o.name, o.colour, o.active, counts.get(o.id, 0))
            for o in Organisation.select().order_by(Organisation.code)]
    try:
        permissions.require(actor, "manage_organisations")
    except PermissionDenied as refusal:
        return OrganisationsPage(rows, refusal)
    return OrganisationsPage(rows, None)


def add_organisation(actor: User, code: str, name: str, colour: str) -> int:
    return users.add_organisation(actor, code, name, colour).id


def edit_organisation(actor: User, organisation_id: int, name: str, colour: str) -> None:
    admin_people.update_organisation(actor, by_id(Organisation, organisation_id, "organisation"),
                                     name=name, colour=colour)


def set_organisation_active(actor: User, organisation_id: int, active: bool) -> None:
    organisation = by_id(Organisation, organisation_id, "organisation")
    if active:
        admin_people.reactivate_organisation(actor, organisation)
    else:
        admin_people.deactivate_organisation(actor, organisation)


# -- people --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    organisation_id: int
    organisation_code: str
    role: str
    active: bool
    has_pin: bool


@dataclass(frozen=True)
class PeoplePage:
    people: list[PersonRow]
    organisations: list[tuple[int, str, str]]  # (id, code, name) one may add people to
    roles: tuple[str, ...]  # the roles this person may give


def _person(user: User) -> PersonRow:
    return PersonRow(user.id, user.name, user.organisation_id, user.organisation.code,
                     user.role, user.active, user.pin_hash is not None)


def people_page(actor: User) -> PeoplePage:
    permissions.require(actor, "manage_users")
    people = (User.select(User, Organisation).join(Organisation)
              .order_by(User.active.desc(), Organisation.code, User.name))
    roles = ROLES if actor.role == "admin" else tuple(r for r in ROLES if r != "admin")
    return PeoplePage([_person(u) for u in people],
                      permissions.organisations_for(actor, "manage_users"), roles)


def add_person(actor: User, name: str, organisation_id: int, role: str = "volunteer",
               pin: str | None = None) -> PersonRow:
    organisation = by_id(Organisation, organisation_id, "organisation")
    return _person(users.add_user(actor, name=name, organisation=organisation, role=role,
                                  pin=pin or None))


def reset_pin(actor: User, user_id: int, pin: str) -> None:
    users.reset_pin(actor, by_id(User, user_id, "user"), pin)


def set_person_active(actor: User, user_id: int, active: bool) -> None:
    person = by_id(User, user_id, "user")
    if active:
        admin_people.reactivate_user(actor, person)
    else:
        users.deactivate_user(actor, person)


# -- places --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocationRow:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None


def location_rows() -> list[LocationRow]:
    """The active places, parents before their children (the tree's order)."""
    rows: list[LocationRow] = []
    todo = list(reversed(catalogue.location_tree()))
    while todo:
        node = todo.pop()
        place = node.location
        rows.append(LocationRow(place.id, place.code, place.name, place.kind, place.parent_id))
        todo.extend(reversed(node.children))
    return rows


def suggest_location(parent_id: int | None, kind: str) -> tuple[str, str]:
    """(code, name) to offer for a new place of `kind` under the parent."""
    parent = by_id(Location, parent_id, "location") if parent_id else None
    code = locations.next_code(parent, kind)
    return code, locations.plain_name(code)


def add_location(actor: User, parent_id: int | None, kind: str, code: str, name: str) -> int:
    parent = by_id(Location, parent_id, "location") if parent_id else None
    return catalogue.create_location(actor, code, name, parent=parent, kind=kind).id


def rename_location(actor: User, location_id: int, name: str) -> None:
    locations.rename_location(actor, by_id(Location, location_id, "location"), name)


def retire_location(actor: User, location_id: int) -> None:
    locations.deactivate_location(actor, by_id(Location, location_id, "location"))


# -- catalogue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryRow:
    id: int
    name: str
    parent_id: int | None
    path: str  # "Clothing › Jackets", for the item form's category list


def category_rows() -> list[CategoryRow]:
    """Active categories, parents before their children, by name."""
    children: dict[int | None, list[Category]] = {}
    for category in Category.select().where(Category.active).order_by(Category.name):
        children.setdefault(category.parent_id, []).append(category)
    rows: list[CategoryRow] = []
    todo = [(c, c.name) for c in reversed(children.get(None, []))]
    while todo:
        category, path = todo.pop()
        rows.append(CategoryRow(category.id, category.name, category.parent_id, path))
        todo.extend((c, f"{path} › {c.name}") for c in reversed(children.get(category.id, [])))
    return rows


def add_category(actor: User, name: str, parent_id: int | None) -> int:
    parent = by_id(Category, parent_id, "category") if parent_id else None
    return catalogue.create_category(actor, name, parent).id


@dataclass(frozen=True)
class ItemRow:
    id: int
    code: str
    name: str
    size: str
    gender: str
    unit: str


@dataclass(frozen=True)
class ItemDetail:
    id: int
    code: str
    name: str
    category_id: int
    unit: str
    size: str
    gender: str | None
    perishable: bool
    shelf_life_days: int | None
    allergens: tuple[str, ...]
    min_level: Decimal | None
    weight_per_unit_g: int | None
    barcodes: tuple[tuple[str, Decimal], ...]  # (code, pack quantity)
    sizes: tuple[str, ...]  # the garment's sizes (its size grid)


def search_items(text: str, category_id: int | None, limit: int = 200) -> list[ItemRow]:
    category = by_id(Category, category_id, "category") if category_id else None
    return [ItemRow(i.id, i.code, i.name, i.size or "", i.gender or "", i.unit)
            for i in catalogue.find_items(text, category=category, limit=limit)]


def item_detail(item_id: int) -> ItemDetail:
    item = by_id(Item, item_id, "item")
    barcodes = tuple(ProductBarcode.select(ProductBarcode.code, ProductBarcode.pack_quantity)
                     .where(ProductBarcode.item == item.id).order_by(ProductBarcode.code)
                     .tuples())
    return ItemDetail(
        item.id, item.code, item.name, item.category_id, item.unit, item.size or "",
        item.gender, item.perishable, item.shelf_life_days,
        tuple(a for a in item.allergens.split(",") if a), item.min_level,
        item.weight_per_unit_g, barcodes,
        tuple(i.size for i in catalogue.size_grid(item) if i.size))


# The item functions take the form as one dict, not **fields: run_op hands a `progress`
# to any function that takes **kwargs, and it is no field of an item.
def create_items(actor: User, category_id: int, sizes: list[str],
                 fields: dict[str, Any]) -> list[int]:
    """A new item, or one per size typed; returns their ids, in the order typed."""
    category = by_id(Category, category_id, "category")
    made = catalogue_admin.add_sized_items(actor, category=category, sizes=sizes, **fields)
    return [item.id for item in made]


def update_item(actor: User, item_id: int, category_id: int,
                fields: dict[str, Any]) -> ItemDetail:
    item = by_id(Item, item_id, "item")
    catalogue.update_item(actor, item, category=by_id(Category, category_id, "category"),
                          **fields)
    return item_detail(item_id)


@dataclass(frozen=True)
class CatalogueScan:
    """A scan on the catalogue page: a product barcode to link (`code`), one already
    linked (`detail` is its item, `pack` what one scan counts), an item's own code
    (`detail`, no pack), or something that is no product (kind "other")."""

    kind: str  # "new_barcode", "linked", "item", "other"
    code: str
    detail: ItemDetail | None = None
    pack: Decimal | None = None


def catalogue_scan(code: str) -> CatalogueScan:
    """What a scan means on the catalogue page; a misread product barcode is refused
    (BadBarcode) with the problem, as the intake desk refuses it."""
    found = scan.resolve(code)
    if found.kind == "invalid":
        raise BadBarcode(found.code, found.problem or "not a readable barcode")
    if found.kind == "item" and found.code.upper() != found.object.code.upper():
        return CatalogueScan("linked", found.code, item_detail(found.object.id),
                             found.pack_quantity)
    if found.item is not None:  # an item's own label, or a lot of it
        return CatalogueScan("item", found.code, item_detail(found.item.id))
    if found.kind == "unknown" and found.code.isdigit():
        return CatalogueScan("new_barcode", found.code)
    return CatalogueScan("other", found.code)


def link_barcode(actor: User, code: str, item_id: int, pack: Decimal) -> ItemDetail:
    catalogue.link_barcode(actor, code, by_id(Item, item_id, "item"), pack)
    return item_detail(item_id)


def unlink_barcode(actor: User, code: str, item_id: int) -> ItemDetail:
    catalogue_admin.unlink_barcode(actor, code)
    return item_detail(item_id)
