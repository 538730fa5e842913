"""The catalogue: categories, items and their sizes, product barcodes linked to items,
shelves and zones, and the donors and destinations goods come from and go to.

Every change takes the acting user first and is checked by `permissions`; changes to
items and barcodes leave an audit entry with who, what and the old and new values.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from peewee import Case, fn

from models import (
    ALLERGENS,
    DESTINATION_KINDS,
    DONOR_TYPES,
    GENDERS,
    LOCATION_KINDS,
    UNITS,
    AuditEntry,
    Category,
    Destination,
    Donor,
    Item,
    Location,
    Movement,
    ProductBarcode,
    User,
    to_milli,
)
from models.db import database, is_sqlite, write_transaction
from models.fields import InexactQuantity
from warehouse_app import permissions
from warehouse_app.barcodes import GTIN_LENGTHS, gtin_forms, normalise_gtin
from warehouse_app.errors import ValidationError
from warehouse_app.scan import INTERNAL_PREFIXES

GENDER_MARKS = {"men": "M", "women": "W", "unisex": "U", "boys": "B", "girls": "G", "baby": "BB"}
LETTER_SIZES = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "4XL", "5XL")
SIZE_ALIASES = {"2XL": "XXL", "3XL": "XXXL", "XXXXL": "4XL", "SMALL": "S", "MEDIUM": "M",
                "LARGE": "L", "XSMALL": "XS", "XLARGE": "XL"}
_NUMERIC_SIZE = re.compile(
    r"(\d+(?:[.,]\d+)?)(?:\s*[-/]\s*\d+(?:[.,]\d+)?)?\s*(M|MO|MONTHS?|Y|YRS?|YEARS?|ANS?)?"
)
EDITABLE = ("name", "code", "category", "unit", "size", "gender", "perishable",
            "shelf_life_days", "allergens", "min_level", "weight_per_unit_g", "active")


def _audit(actor: User, action: str, entity: str, entity_id: Any, **detail: Any) -> None:
    AuditEntry.create(user=actor, action=action, entity=entity, entity_id=str(entity_id),
                      detail=json.dumps(detail, default=str, sort_keys=True))


def _text(field_name: str, value: str | None, max_length: int) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise ValidationError(field_name, "must not be empty")
    if len(text) > max_length:
        raise ValidationError(field_name, f"at most {max_length} characters, not {len(text)}")
    return text


# -- categories ------------------------------------------------------------------------

def create_category(actor: User, name: str, parent: Category | None = None) -> Category:
    permissions.require(actor, "manage_catalogue")
    name = _text("name", name, 80)
    with write_transaction():
        # The unique index does not stop two top-level categories: NULL parents differ.
        same = Category.select().where(
            (fn.LOWER(Category.name) == name.lower())
            & (Category.parent.is_null() if parent is None else Category.parent == parent.id)
        )
        if same.exists():
            raise ValidationError("name", f"category {name!r} already exists here")
        category = Category.create(name=name, parent=parent)
        _audit(actor, "category.add", "category", category.id, name=name,
               parent=parent.name if parent else None)
    return category


def category_children(parent: Category | None = None) -> list[Category]:
    """The tiles under `parent` (the top level when None) on the intake screen."""
    where = Category.parent.is_null() if parent is None else Category.parent == parent.id
    return list(Category.select().where(where & Category.active).order_by(Category.name))


def _category_and_below(category: Category) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for cid, parent_id in Category.select(Category.id, Category.parent).tuples():
        children.setdefault(parent_id, []).append(cid)
    found, todo = [], [category.id]
    while todo:
        cid = todo.pop()
        found.append(cid)
        todo.extend(children.get(cid, ()))
    return found


# -- items -----------------------------------------------------------------------------

def _check_code(code: str) -> str:
    code = (code or "").strip()
    if not code or any(c.isspace() for c in code):
        raise ValidationError("code", f"{code!r}: one word, no spaces")
    if len(code) > 32:
        raise ValidationError("code", f"at most 32 characters, not {len(code)}")
    prefix, dash, _ = code.upper().partition("-")
    if dash and prefix in INTERNAL_PREFIXES:
        raise ValidationError("code", f"{code}: {prefix}- is kept for the hangar's own labels")
    if code.isdigit() and len(code) in GTIN_LENGTHS:
        raise ValidationError("code", f"{code} would scan as a product barcode: link it instead")
    return code


def _quantity(field_name: str, value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        to_milli(value)
    except InexactQuantity as exc:
        raise ValidationError(field_name, str(exc)) from None
    quantity = Decimal(value)
    if quantity < 0:
        raise ValidationError(field_name, f"cannot be negative ({quantity})")
    return quantity


def _whole(field_name: str, value: Any, *, positive: bool = False) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, f"a whole number, not {value!r}")
    if value < 0 or positive and value == 0:
        raise ValidationError(field_name, f"must be {'above' if positive else 'at least'} 0")
    return value


def _allergens(value: Iterable[str] | str) -> str:
    given = value.split(",") if isinstance(value, str) else list(value)
    keys = {a.strip().lower() for a in given if a and a.strip()}
    unknown = sorted(keys - set(ALLERGENS))
    if unknown:
        raise ValidationError("allergens", f"unknown: {', '.join(unknown)} "
                              f"(the 14 are: {', '.join(ALLERGENS)})")
    return ",".join(a for a in ALLERGENS if a in keys)


def _choice(field_name: str, value: str | None, allowed: tuple[str, ...], *,
            optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if value not in allowed:
        raise ValidationError(field_name, f"{value!r} is not one of {', '.join(allowed)}")
    return value


def _size(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    if len(text) > 16:
        raise ValidationError("size", f"at most 16 characters, not {len(text)}")
    return text or None


_CLEAN = {
    "name": lambda v: _text("name", v, 120),
    "code": _check_code,
    "unit": lambda v: _choice("unit", v, UNITS),
    "size": _size,
    "gender": lambda v: _choice("gender", v, GENDERS, optional=True),
    "perishable": bool,
    "active": bool,
    "shelf_life_days": lambda v: _whole("shelf_life_days", v, positive=True),
    "allergens": _allergens,
    "min_level": lambda v: _quantity("min_level", v),
    "weight_per_unit_g": lambda v: _whole("weight_per_unit_g", v),
}


def _ascii_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[A-Za-z0-9]+", plain)


def readable_code(category: Category, name: str, gender: str | None, size: str | None) -> str:
    """A code a person can read off a shelf label: CLO-JAC-M-L for a men's jacket, L.

    Never one of the scan prefixes (a "Kitchen" category gives KITC-, not KIT-), and
    unique: a clash gets -2, -3...
    """
    letters = "".join(_ascii_words(category.name)).upper() or "ITM"
    head = letters[:3]
    if head in INTERNAL_PREFIXES:
        head = letters[:4] if len(letters) > 3 else head + "X"
    words = _ascii_words(name)
    body = "".join(w[:3] for w in words[:3]).upper() or "ITEM"
    size_part = "".join(_ascii_words(size or "")).upper()
    base = "-".join(p for p in (head, body, GENDER_MARKS.get(gender or ""), size_part) if p)
    base = base[:28]
    code, n = base, 1
    while Item.select().where(Item.code == code).exists():
        n += 1
        code = f"{base}-{n}"
    return code


def create_item(
    actor: User, *, name: str, category: Category, unit: str, code: str | None = None,
    size: str | None = None, gender: str | None = None, perishable: bool = False,
    shelf_life_days: int | None = None, allergens: Iterable[str] = (),
    min_level: Decimal | int | None = None, weight_per_unit_g: int | None = None,
) -> Item:
    permissions.require(actor, "create_item")
    if not isinstance(category, Category):
        raise ValidationError("category", "an item needs a category")
    given = {"name": name, "unit": unit, "size": size, "gender": gender,
             "perishable": perishable, "shelf_life_days": shelf_life_days,
             "allergens": allergens, "min_level": min_level,
             "weight_per_unit_g": weight_per_unit_g}
    values = {key: _CLEAN[key](value) for key, value in given.items()}
    if code is not None:
        values["code"] = _check_code(code)
    with write_transaction():
        if code is None:
            values["code"] = readable_code(category, values["name"], values["gender"],
                                           values["size"])
        elif Item.select().where(Item.code == values["code"]).exists():
            raise ValidationError("code", f"item code {values['code']} is already used")
        item = Item.create(category=category, **values)
        _audit(actor, "item.add", "item", item.id, category=category.name, **values)
    return item


def update_item(actor: User, item: Item, **changes: Any) -> Item:
    """Change an item's description; the audit keeps each field's old and new value."""
    permissions.require(actor, "manage_catalogue")
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise ValidationError(unknown[0], "not a field of an item that can be changed")
    if "category" in changes and not isinstance(changes["category"], Category):
        raise ValidationError("category", "an item needs a category")
    new = {k: (v if k == "category" else _CLEAN[k](v)) for k, v in changes.items()}
    with write_transaction():
        current = Item.get_by_id(item.id)
        diff = {}
        for key, value in new.items():
            old = current.category_id if key == "category" else getattr(current, key)
            compare = value.id if key == "category" else value
            if old != compare:
                diff[key] = {"old": old, "new": compare}
        if not diff:
            return item
        if "unit" in diff and Movement.select().where(Movement.item == item.id).exists():
            raise ValidationError(
                "unit", f"{item.code} already has stock movements in {current.unit}: "
                "make a new item rather than change what its history counts"
            )
        if "code" in diff and Item.select().where(
            (Item.code == new["code"]) & (Item.id != item.id)
        ).exists():
            raise ValidationError("code", f"item code {new['code']} is already used")
        Item.update(**{k: new[k] for k in diff}).where(Item.id == item.id).execute()
        _audit(actor, "item.update", "item", item.id, code=current.code, changes=diff)
    for key in diff:
        setattr(item, key, new[key])
    return item


def size_order(size: str | None) -> tuple[int, Decimal, str]:
    """Sort key: no size, then baby/child ages in months, XS..XXL, numeric sizes, the rest."""
    if not size:
        return (0, Decimal(0), "")
    text = size.strip().upper()
    text = SIZE_ALIASES.get(text, text)
    if text in LETTER_SIZES:
        return (2, Decimal(LETTER_SIZES.index(text)), text)
    match = _NUMERIC_SIZE.fullmatch(text)
    if match:
        number = Decimal(match[1].replace(",", "."))
        if match[2]:
            in_years = match[2][0] in "YA"
            return (1, number * 12 if in_years else number, text)
        return (3, number, text)
    return (4, Decimal(0), text)


def size_grid(item: Item) -> list[Item]:
    """The sizes of one garment (same category, name and gender), smallest first."""
    gender = Item.gender.is_null() if item.gender is None else Item.gender == item.gender
    sizes = Item.select().where(
        (Item.category == item.category_id) & (Item.name == item.name) & gender & Item.active
    )
    return sorted(sizes, key=lambda i: size_order(i.size))


def _folded(column: Any) -> Any:
    """`column` in lower case on both databases. SQLite's LOWER() and LIKE fold ASCII
    only, so "écharpe" would miss "Écharpe": there Python's casefold does it instead."""
    if not is_sqlite():
        return fn.LOWER(column)
    # Defined on the very connection this thread queries through (cheap, idempotent):
    # a function registered on the database object would miss connections already open.
    database.obj.connection().create_function(
        "hangar_casefold", 1, _casefold, deterministic=True
    )
    return fn.hangar_casefold(column)


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def find_items(text: str, *, category: Category | None = None, limit: int = 50) -> list[Item]:
    """Active items whose name or code holds every word typed, in any case."""
    query = Item.select().where(Item.active)
    for word in (text or "").casefold().split():
        query = query.where(_folded(Item.name).contains(word) | _folded(Item.code).contains(word))
    if category is not None:
        query = query.where(Item.category.in_(_category_and_below(category)))
    exact_code_first = Case(None, [(fn.LOWER(Item.code) == (text or "").strip().lower(), 0)], 1)
    return list(query.order_by(exact_code_first, Item.name, Item.gender, Item.size, Item.id)
                .limit(limit))


# -- product barcodes --------------------------------------------------------------------

def link_barcode(
    actor: User, code: str, item: Item, pack_quantity: Decimal | int = 1
) -> ProductBarcode:
    """Link a manufacturer's barcode to an item; one scan of it then counts pack_quantity."""
    permissions.require(actor, "link_barcode")
    gtin = normalise_gtin(code)
    pack = _quantity("pack_quantity", pack_quantity)
    if pack is None or pack == 0:
        raise ValidationError("pack_quantity", "a pack holds at least some of the item")
    with write_transaction():
        linked = (ProductBarcode.select(ProductBarcode, Item).join(Item)
                  .where(ProductBarcode.code.in_(gtin_forms(gtin))).first())
        if linked is not None:
            if linked.item_id == item.id and linked.pack_quantity == pack:
                return linked
            raise ValidationError(
                "barcode", f"{gtin} is already linked to {linked.item.name} "
                f"[{linked.item.code}] (pack of {linked.pack_quantity})",
                linked_item=linked.item.code,
            )
        barcode = ProductBarcode.create(code=gtin, item=item, pack_quantity=pack)
        _audit(actor, "barcode.link", "item", item.id, barcode=gtin, item=item.code,
               pack_quantity=pack)
    return barcode


# -- locations ---------------------------------------------------------------------------

@dataclass
class LocationNode:
    location: Location
    children: list[LocationNode] = field(default_factory=list)


def create_location(
    actor: User, code: str, name: str, parent: Location | None = None, kind: str = "shelf"
) -> Location:
    permissions.require(actor, "manage_locations")
    code = (code or "").strip().upper()
    if not re.fullmatch(r"LOC-[A-Z0-9][A-Z0-9-]{0,27}", code):
        raise ValidationError("code", f"{code!r}: a shelf code reads LOC-A-03-2 "
                              "(LOC-, then letters, digits and dashes)")
    name = _text("name", name, 80)
    _choice("kind", kind, LOCATION_KINDS)
    with write_transaction():
        if Location.select().where(Location.code == code).exists():
            raise ValidationError("code", f"location {code} already exists")
        location = Location.create(code=code, name=name, parent=parent, kind=kind)
        _audit(actor, "location.add", "location", location.id, code=code, name=name,
               kind=kind, parent=parent.code if parent else None)
    return location


def location_tree() -> list[LocationNode]:
    """Zones, their aisles and shelves, as a tree of the active locations, by code."""
    nodes = {loc.id: LocationNode(loc)
             for loc in Location.select().where(Location.active).order_by(Location.code)}
    roots = []
    for node in nodes.values():
        parent = nodes.get(node.location.parent_id)
        (parent.children if parent else roots).append(node)
    return roots


# -- donors and destinations -------------------------------------------------------------

def add_donor(actor: User, name: str, donor_type: str = "individual",
              contact: str | None = None) -> Donor:
    """A new donor, added at the intake desk when the list does not have them."""
    permissions.require(actor, "receive")
    name = _text("name", name, 120)
    _choice("donor_type", donor_type, DONOR_TYPES)
    with write_transaction():
        same = Donor.get_or_none(fn.LOWER(Donor.name) == name.lower())
        if same is not None:
            raise ValidationError("name", f"donor {same.name!r} already exists: pick it")
        donor = Donor.create(name=name, donor_type=donor_type, contact=contact)
        _audit(actor, "donor.add", "donor", donor.id, name=name, donor_type=donor_type)
    return donor


def find_donors(text: str = "", limit: int = 20) -> list[Donor]:
    query = Donor.select()
    for word in (text or "").casefold().split():
        query = query.where(_folded(Donor.name).contains(word))
    return list(query.order_by(Donor.name).limit(limit))


def add_destination(actor: User, name: str, kind: str = "site") -> Destination:
    permissions.require(actor, "manage_catalogue")
    name = _text("name", name, 120)
    _choice("kind", kind, DESTINATION_KINDS)
    with write_transaction():
        if Destination.get_or_none(fn.LOWER(Destination.name) == name.lower()) is not None:
            raise ValidationError("name", f"destination {name!r} already exists")
        destination = Destination.create(name=name, kind=kind)
        _audit(actor, "destination.add", "destination", destination.id, name=name, kind=kind)
    return destination
