"""Finding a row's item and place in the hangar: item by code, else by name + size +
gender (case and accents ignored); a location by its code or its name. Missing items are
created only when the person asked for it, under the sheet's category (or "Imported")."""

from __future__ import annotations

from dataclasses import dataclass

from models import Category, Item, Location, User
from warehouse_app import catalogue
from warehouse_app.imports.columns import normalise
from warehouse_app.imports.values import BadValue

IMPORTED_CATEGORY = "Imported"


@dataclass(frozen=True)
class NewItem:
    """An item the sheet names and the catalogue lacks, to create when allowed."""

    name: str
    size: str | None
    gender: str | None
    unit: str
    category: str | None
    perishable: bool

    @property
    def key(self) -> tuple:
        return (normalise(self.name), normalise(self.size), self.gender)


class ItemIndex:
    """The catalogue read once, for thousands of rows."""

    def __init__(self) -> None:
        self.by_code: dict[str, Item] = {}
        self.by_name: dict[tuple[str, str], list[Item]] = {}
        for item in Item.select().where(Item.active):
            self.by_code[item.code.casefold()] = item
            self.by_name.setdefault((normalise(item.name), normalise(item.size)), []).append(item)

    def find(self, code: str | None, name: str | None, size: str | None,
             gender: str | None) -> Item | None:
        """The item a row names, None when there is none; BadValue when the row's code is
        unknown or its description fits several items."""
        if code:
            item = self.by_code.get(code.casefold())
            if item is None:
                raise BadValue(f"no item with code {code}")
            return item
        if not name:
            raise BadValue("no item named (the item column is empty)")
        found = self.by_name.get((normalise(name), normalise(size)), [])
        if gender is not None:
            found = [i for i in found if i.gender == gender] or [
                i for i in found if i.gender is None]
        if len(found) > 1:
            codes = ", ".join(sorted(i.code for i in found))
            raise BadValue(f"{name} fits several items ({codes}): give the gender or the code")
        return found[0] if found else None


class LocationIndex:
    def __init__(self) -> None:
        self.places: dict[str, Location] = {}
        for place in Location.select().where(Location.active):
            self.places[normalise(place.code)] = place
            self.places.setdefault(normalise(place.name), place)

    def find(self, text: str | None) -> Location | None:
        if not text:
            return None
        place = self.places.get(normalise(text))
        if place is None:
            raise BadValue(f"unknown location {text!r} (give a LOC- code or a location's name)")
        return place


def create_items(actor: User, wanted: list[NewItem]) -> dict[tuple, Item]:
    """Create each new item once, in its sheet category when the catalogue has one of that
    name, else in a category of that name under "Imported"."""
    categories = {normalise(c.name): c for c in Category.select().where(Category.active)}
    made: dict[tuple, Item] = {}
    for new in wanted:
        if new.key in made:
            continue
        category = _category(actor, categories, new.category)
        made[new.key] = catalogue.create_item(
            actor, name=new.name, category=category, unit=new.unit, size=new.size,
            gender=new.gender, perishable=new.perishable)
    return made


def _category(actor: User, categories: dict[str, Category], name: str | None) -> Category:
    key = normalise(name) if name else normalise(IMPORTED_CATEGORY)
    if key in categories:
        return categories[key]
    parent = categories.get(normalise(IMPORTED_CATEGORY))
    if parent is None:
        parent = catalogue.create_category(actor, IMPORTED_CATEGORY)
        categories[normalise(IMPORTED_CATEGORY)] = parent
    if name is None:
        return parent
    category = catalogue.create_category(actor, " ".join(name.split())[:80], parent)
    categories[key] = category
    return category
