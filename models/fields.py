"""Exact quantity fields (stock is counted in Decimal, stored as whole thousandths), and
moments stored as UTC.

A float never touches stock. SQL aggregates over these columns return the raw
integer thousandths; `from_milli` turns them back into Decimal.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from peewee import BigIntegerField, DateTimeField

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


UTC = dt.UTC


class NaiveMoment(TypeError):
    """A moment without its time zone, or a bare date, where an instant is stored."""


class MomentField(DateTimeField):
    """An instant: an aware datetime in Python, UTC without offset in the database (the same
    text on SQLite and `timestamp` on PostgreSQL), so it means one moment whichever
    workstation wrote it and whatever its clock's zone. A naive datetime is refused: it
    could be any of several moments."""

    def db_value(self, value):
        if value is None or not isinstance(value, dt.date):
            return super().db_value(value)  # SQL expressions, None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise NaiveMoment(f"{self.name}: a moment needs its time zone, got {value!r}")
        return super().db_value(value.astimezone(UTC).replace(tzinfo=None))

    def python_value(self, value):
        value = super().python_value(value)
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return value
