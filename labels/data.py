"""What goes on each kind of label: plain frozen values, filled by the services or the
CLI from the database, or typed in. Only `code` is required; empty fields are left off.

Quantities are Decimal and weights integer grams, as everywhere in Hangar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

DATE_KINDS = ("use_by", "best_before")  # mirrors models.stock.DATE_KINDS


@dataclass(frozen=True)
class BoxLabel:
    code: str
    owner: str = ""
    owner_colour: str = ""  # "#RRGGBB"; thermal printers print it as the black owner band
    content: str = ""
    item_size: str = ""
    gender: str = ""
    count: Decimal | None = None
    unit: str = ""
    weight_g: int | None = None
    lot: str = ""
    date: dt.date | None = None
    date_kind: str = ""  # "use_by" | "best_before"
    location: str = ""
    donation: str = ""  # GRN number
    donation_date: dt.date | None = None


@dataclass(frozen=True)
class LocationLabel:
    code: str
    name: str = ""
    zone: str = ""


@dataclass(frozen=True)
class ItemLabel:
    code: str
    name: str = ""
    item_size: str = ""
    gender: str = ""
    unit: str = ""
    category: str = ""


@dataclass(frozen=True)
class MealIngredient:
    name: str
    allergens: tuple[str, ...] = ()


@dataclass(frozen=True)
class MealBatchLabel:
    """A meal batch; its code is "L" + the batch number (FIELD.md, batch label)."""

    batch: str
    dish: str = ""
    produced: dt.date | None = None
    use_by: dt.date | dt.datetime | None = None  # a datetime prints its time (hot-held food)
    storage: str = ""
    ingredients: tuple[MealIngredient, ...] = ()
    allergens: tuple[str, ...] = ()  # declared for the dish; ingredients' ones are added
    portions: int | None = None
    kitchen: str = ""

    @property
    def code(self) -> str:
        return f"L{self.batch}"


@dataclass(frozen=True)
class KitLabel:
    code: str
    design: str = ""
    version: str = ""
    built: dt.date | None = None
    owner: str = ""
    owner_colour: str = ""
    contents: str = ""


@dataclass(frozen=True)
class PalletLabel:
    code: str
    owner: str = ""
    owner_colour: str = ""
    content: str = ""
    boxes: int | None = None
    count: Decimal | None = None
    unit: str = ""
    weight_g: int | None = None
    lot: str = ""
    date: dt.date | None = None
    date_kind: str = ""
    location: str = ""
    destination: str = ""
    donation: str = ""


Label = BoxLabel | LocationLabel | ItemLabel | MealBatchLabel | KitLabel | PalletLabel
