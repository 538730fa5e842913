"""The base model every table derives from, bound to the database proxy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from peewee import Model

from models.db import database

_stamp: Callable[[], dt.datetime] | None = None


def stamp_rows_with(clock_now: Callable[[], dt.datetime]) -> None:
    """Rows are stamped by the hangar's one clock, which the core installs here
    (warehouse_app.clock, on import): the schema knows no clock of its own."""
    global _stamp
    _stamp = clock_now


def now() -> dt.datetime:
    """The moment a row is written (aware UTC), from the hangar's one clock."""
    if _stamp is None:
        raise RuntimeError("no clock: import warehouse_app.clock before writing rows")
    return _stamp()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False
