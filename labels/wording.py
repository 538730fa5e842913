"""How numbers, dates and date kinds read on a label.

Dates are day/month/year, as in France and the UK where the hangar's volunteers come
from; quantities print without trailing zeros ("24", not "24.000").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

DATE_FORMAT = "%d/%m/%Y"
DATE_KIND_WORDS = {
    "use_by": ("Use by", "À consommer jusqu'au"),
    "best_before": ("Best before", "À consommer de préférence avant"),
}
# Units that read the same in the plural.
_INVARIABLE_UNITS = {"kg", "g", "l", "ml"}
NBSP = "\u00a0"  # keeps a number with its unit, and a name with its value, on one line


def date_text(day: dt.date | dt.datetime | None, *, with_time: bool = False) -> str:
    if day is None:
        return ""
    if with_time and isinstance(day, dt.datetime):
        return day.strftime(f"{DATE_FORMAT} %H:%M")
    return day.strftime(DATE_FORMAT)


def date_kind_text(kind: str, *, french: bool = False) -> str:
    english, in_french = DATE_KIND_WORDS.get(kind, ("Date", "Date"))
    return f"{english} / {in_french}" if french else english


def quantity_text(count: Decimal | None, unit: str) -> str:
    if count is None:
        return ""
    whole = count == count.to_integral_value()
    number = str(int(count)) if whole else format(count.normalize(), "f")
    if not unit:
        return number
    plural = count != 1 and unit.lower() not in _INVARIABLE_UNITS and not unit.endswith("s")
    return f"{number}{NBSP}{unit}{'s' if plural else ''}"


def weight_text(weight_g: int | None) -> str:
    if weight_g is None:
        return ""
    if abs(weight_g) < 1000:
        return f"{weight_g}{NBSP}g"
    kilos = (Decimal(weight_g) / 1000).normalize()
    return f"{format(kilos, 'f')}{NBSP}kg"


def joined(*parts: str, sep: str = " · ") -> str:
    """The non-empty parts, separated: a missing field leaves no stray separator."""
    return sep.join(p for p in parts if p)


def labelled(name: str, value: str) -> str:
    return f"{name}{NBSP}{value}" if value else ""
