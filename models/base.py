"""The base model every table derives from, bound to the database proxy."""

from __future__ import annotations

import datetime as dt

from peewee import Model

from models.db import database


def now() -> dt.datetime:
    """Local wall-clock time, to the second: what a volunteer reads on the hangar's clock."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False
