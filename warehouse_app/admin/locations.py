"""The hangar's places after they were set up: the next free code under a zone or an
aisle, renaming, retiring a shelf, and the labels of a whole zone or aisle at once.

Creating a place and reading the tree stay `catalogue.create_location` and
`catalogue.location_tree` (the intake, count and move screens call them). Every change
is checked by `permissions` (`manage_locations`) and leaves an audit entry.
"""

from __future__ import annotations

import re

import labels
from models import Balance, Box, Location, User
from models.db import write_transaction
from warehouse_app import permissions
from warehouse_app.catalogue import _audit, _text
from warehouse_app.errors import ValidationError, by_id
from warehouse_app.label_data import location_label

# How a child's code goes on from its parent's: zones are letters (LOC-A), aisles two
# digits (LOC-A-03), shelves and bins one number (LOC-A-03-2), as the demo hangar does.
_CHILD_WIDTH = {"aisle": 2, "shelf": 1, "bin": 1, "area": 1}


def _location(location_id: int) -> Location:
    place = by_id(Location, location_id, "location")
    return place


def next_code(parent: Location | None, kind: str) -> str:
    """A free code for a new place of `kind` under `parent`, to offer in the form: the
    next zone letter at the top, else the parent's code and the next number."""
    taken = {code for (code,) in Location.select(Location.code).tuples()}
    if parent is None:
        # a letter is taken by its zone, or by shelves already coded under it
        used = {code.split("-")[1] for code in taken if code.count("-") >= 1}
        return next(f"LOC-{zone}" for zone in (*"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                               *(f"Z{n}" for n in range(1, len(used) + 2)))
                    if zone not in used)
    width = _CHILD_WIDTH.get(kind, 1)
    # numbers used by the parent's children, or by deeper codes that went on from it
    numbers = [int(m[1]) for code in taken
               if (m := re.match(re.escape(parent.code) + r"-(\d+)(?:-|$)", code))]
    number = max(numbers, default=0) + 1
    return f"{parent.code}-{number:0{width}d}"


def plain_name(code: str) -> str:
    """The name a new place gets unless one is typed: its code as people say it
    (LOC-C-01-2 -> "C 01 2"), which is what the demo hangar's shelves are called."""
    return code.removeprefix("LOC-").replace("-", " ")


def subtree(location: Location) -> list[Location]:
    """The place and every active place under it, parents before their children, each
    level in code order: a zone's labels come out aisle by aisle, shelf by shelf."""
    children: dict[int, list[Location]] = {}
    by_id = {location.id: location}
    for place in Location.select().where(Location.active).order_by(Location.code):
        children.setdefault(place.parent_id, []).append(place)
        by_id.setdefault(place.id, place)
    for places in children.values():  # each label names its parent: no query per label
        for place in places:
            if place.parent_id in by_id:
                place.parent = by_id[place.parent_id]
    found, todo = [], [location]
    while todo:
        place = todo.pop(0)
        found.append(place)
        todo[0:0] = children.get(place.id, [])
    return found


def subtree_labels(location_id: int) -> list[labels.LocationLabel]:
    """The shelf labels of a place and everything under it, for one print run."""
    return [location_label(place) for place in subtree(_location(location_id))]


def rename_location(actor: User, location: Location, name: str) -> Location:
    """A new name for a place; its code (on the printed label) stays."""
    permissions.require(actor, "manage_locations")
    name = _text("name", name, 80)
    with write_transaction():
        current = _location(location.id)
        if current.name == name:
            return current
        Location.update(name=name).where(Location.id == location.id).execute()
        _audit(actor, "location.rename", "location", location.id, code=current.code,
               old=current.name, new=name)
    current.name = name
    return current


def deactivate_location(actor: User, location: Location) -> None:
    """Retire a place that is no longer used: it leaves the tree and the lists. Refused
    while stock or a box is there, or while a place under it is still in use, so nothing
    on the shelves loses its address."""
    permissions.require(actor, "manage_locations")
    with write_transaction():
        current = _location(location.id)
        if Location.select().where((Location.parent == current.id) & Location.active).exists():
            raise ValidationError(
                "location", f"{current.code} still has places under it: retire them first",
                code=current.code)
        stocked = Balance.select().where(
            (Balance.location_id == current.id) & (Balance.quantity != 0)).exists()
        boxed = Box.select().where(
            (Box.location == current.id) & Box.status.in_(("open", "closed"))).exists()
        if stocked or boxed:
            raise ValidationError(
                "location", f"{current.code} still holds stock: move it first", code=current.code)
        Location.update(active=False).where(Location.id == current.id).execute()
        _audit(actor, "location.deactivate", "location", current.id, code=current.code)
    location.active = False
