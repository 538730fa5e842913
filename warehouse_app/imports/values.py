"""Cell values as volunteers type them, made exact: quantities as Decimal (decimal commas,
numbers typed as text, never a float), dates as real dates or dd/mm/yyyy text, units,
genders and sizes in their many spellings. Each parser returns the value or raises
`BadValue` with the problem in words."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from openpyxl.utils.datetime import from_excel

from warehouse_app import quantities
from warehouse_app.errors import BadQuantity
from warehouse_app.imports.columns import normalise


class BadValue(ValueError):
    """A cell that cannot be read as what its column holds; the message is the problem."""


UNITS = {
    "piece": ("piece", "pieces", "pc", "pcs", "pce", "pces", "p", "unit", "units", "u", "unite",
              "unites", "each", "ea", "x"),
    "kg": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "litre": ("l", "litre", "litres", "liter", "liters", "lt", "ltr"),
    "pair": ("pair", "pairs", "paire", "paires", "pr"),
    "pack": ("pack", "packs", "paquet", "paquets", "pkt", "packet", "packets", "lot de"),
    "portion": ("portion", "portions", "meal", "meals", "repas", "part", "parts"),
    "kit": ("kit", "kits"),
}
_UNIT = {word: unit for unit, words in UNITS.items() for word in words}
GENDERS = {
    "men": ("men", "man", "male", "m", "h", "homme", "hommes", "mens", "gents"),
    "women": ("women", "woman", "female", "f", "w", "femme", "femmes", "womens", "ladies"),
    "unisex": ("unisex", "mixte", "mixed", "u", "both", "tous", "all"),
    "boys": ("boys", "boy", "garcon", "garcons"),
    "girls": ("girls", "girl", "fille", "filles"),
    "baby": ("baby", "babies", "bebe", "bebes", "infant"),
}
_GENDER = {word: gender for gender, words in GENDERS.items() for word in words}
ONE_SIZE = {"unique", "taille unique", "tu", "one size", "os", "onesize", "n a", "na", "sans"}
TOTAL_WORDS = ("total", "totaux", "sous total", "subtotal", "sub total", "grand total",
               "total general", "somme", "sum")
DONOR_TYPES = {
    "individual": ("individual", "individuel", "particulier", "person", "private", "prive"),
    "company": ("company", "entreprise", "societe", "business", "supermarket", "supermarche",
                "shop", "magasin", "corporate"),
    "collection": ("collection", "collection drive", "collecte", "drive", "van run",
                   "church", "school", "ecole"),
    "ngo": ("ngo", "other ngo", "ong", "association", "charity", "asso", "autre ong"),
}
_DONOR_TYPE = {word: kind for kind, words in DONOR_TYPES.items() for word in words}
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_formula(value: object) -> bool:
    return isinstance(value, str) and value.lstrip().startswith("=")


def text(value: object) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a size typed 42 reads back as 42.0
    return " ".join(str(value).split())


def quantity(value: object, *, allow_zero: bool = True) -> Decimal:
    """An exact, non-negative quantity with at most 3 decimals (warehouse_app.quantities,
    the one reading of a typed quantity)."""
    try:
        return quantities.from_cell(value, allow_zero=allow_zero)
    except BadQuantity as exc:
        raise BadValue(exc.problem) from None


def date(value: object) -> dt.date:
    """A real date cell, dd/mm/yyyy (or dd.mm.yy, dd-mm-yyyy) text, or ISO text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date cell whose format was lost reads as Excel's day number.
        if 20000 <= value <= 80000:
            return from_excel(value).date()
        raise BadValue(f"{value} is not a date")
    if not isinstance(value, str):
        raise BadValue(f"{value!r} is not a date")
    raw = value.strip()
    match = _ISO.fullmatch(raw)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DAY_FIRST.fullmatch(raw)
        if not match:
            raise BadValue(f"{raw!r} is not a date (write dd/mm/yyyy)")
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(f"impossible date {raw}") from None


def unit(value: object) -> str:
    key = normalise(value)
    if key not in _UNIT:
        raise BadValue(f"unknown unit {text(value)!r} (known: {', '.join(UNITS)})")
    return _UNIT[key]


def gender(value: object) -> str | None:
    if is_blank(value):
        return None
    key = normalise(value)
    if key not in _GENDER:
        raise BadValue(f"unknown gender {text(value)!r} (known: {', '.join(GENDERS)})")
    return _GENDER[key]


def size(value: object) -> str | None:
    raw = text(value)
    if raw is None or normalise(raw) in ONE_SIZE or raw in ("-", "/"):
        return None
    return raw.upper() if len(raw) <= 4 else raw


def donor_type(value: object) -> str:
    key = normalise(value)
    return _DONOR_TYPE.get(key, "other") if key else "individual"


def is_total_row(values: list) -> bool:
    """A row whose first text cell says TOTAL / Sous-total: a sum, not goods."""
    for v in values:
        if isinstance(v, str) and v.strip() and not is_formula(v):
            key = normalise(v)
            return key in TOTAL_WORDS or key.startswith(("total ", "sous total", "subtotal"))
    return False
