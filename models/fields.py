"""Exact quantity fields: stock is counted in Decimal, stored as whole thousandths.

A float never touches stock. SQL aggregates over these columns return the raw
integer thousandths; `from_milli` turns them back into Decimal.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from peewee import BigIntegerField

SCALE = 1000
PLACES = Decimal("0.001")


class InexactQuantity(ValueError):
    """A quantity with more than three decimal places, or not a number at all."""


def to_milli(value: Decimal | int | str) -> int:
    """Decimal (or int, or numeric string) -> whole thousandths, refusing anything inexact."""
    if isinstance(value, float):
        raise InexactQuantity(f"quantities are never floats: {value!r}")
    if isinstance(value, bool):
        raise InexactQuantity(f"not a quantity: {value!r}")
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise InexactQuantity(f"not a quantity: {value!r}") from None
    if not d.is_finite():
        raise InexactQuantity(f"not a quantity: {value!r}")
    milli = d * SCALE
    if milli != milli.to_integral_value():
        raise InexactQuantity(f"more than three decimal places: {value}")
    return int(milli)


def from_milli(milli: int | None) -> Decimal:
    """Whole thousandths -> Decimal, normalised so that 5000 reads as 5 and 2500 as 2.5.

    On every read of every quantity, so it takes the cheap path for whole units."""
    if milli is None:
        return Decimal(0)
    milli = int(milli)
    if milli % SCALE == 0:
        return Decimal(milli // SCALE)
    return Decimal(milli).scaleb(-3).normalize()


class QuantityField(BigIntegerField):
    """Decimal in Python, BIGINT of thousandths in the database."""

    def db_value(self, value):
        if value is None:
            return None
        return to_milli(value)

    def python_value(self, value):
        if value is None:
            return None
        return from_milli(value)
