"""The workshop's records: versioned kit designs (bills of materials with substitutes),
and the kits built from them, each a tracked unit with its KIT- code.

A kit is held in stock as one unit of the design's kit item inside its own Box row whose
code is the kit's code, so shelves, moves, transfers and distributions treat it like any
box; the `Kit` row adds what a box cannot say: its design version, the document that
built it, and the parts (with their lots) that went into it, which un-kitting returns.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
)

from models.base import BaseModel, now
from models.catalogue import Item
from models.fields import MomentField, QuantityField
from models.people import User
from models.stock import Box, Document, Lot


class KitDesign(BaseModel):
    """One version of a kit's bill of materials; a change makes the next version."""

    name = CharField(max_length=120)
    version = IntegerField(default=1)
    kit_item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")  # unit 'kit'
    current = BooleanField(default=True)
    previous = ForeignKeyField("self", null=True, backref="+", on_delete="RESTRICT")
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = MomentField(default=now)

    class Meta:
        indexes = ((("name", "version"), True),)

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"


class KitPart(BaseModel):
    """A line of the bill: so much of a part per kit. Consumable parts (nails, glue) are
    used up by building and not returned by un-kitting; optional parts go in when there
    are any and never limit how many kits can be built."""

    # indexed by (design, line) below, not on its own
    design = ForeignKeyField(KitDesign, backref="parts", on_delete="CASCADE", index=False)
    line = SmallIntegerField()
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    quantity = QuantityField()
    consumable = BooleanField(default=False)
    optional = BooleanField(default=False)

    class Meta:
        indexes = ((("design", "line"), True),)


class KitSubstitute(BaseModel):
    """A part that may stand in for a line's part, in its own quantity per kit."""

    part = ForeignKeyField(KitPart, backref="substitutes", on_delete="CASCADE", index=False)
    rank = SmallIntegerField()  # tried in this order
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    quantity = QuantityField()

    class Meta:
        indexes = ((("part", "rank"), True),)


class Kit(BaseModel):
    code = CharField(max_length=32, unique=True)  # KIT-000045, also its box's code
    design = ForeignKeyField(KitDesign, backref="kits", on_delete="RESTRICT")
    box = ForeignKeyField(Box, unique=True, backref="+", on_delete="RESTRICT")
    built_by = ForeignKeyField(Document, backref="+", on_delete="RESTRICT")
    unkitted_by = ForeignKeyField(Document, null=True, backref="+", on_delete="RESTRICT")
    created_at = MomentField(default=now)

    def __str__(self) -> str:
        return self.code


class KitComponent(BaseModel):
    """So much of one part (from one lot) inside one kit, as it was built."""

    kit = ForeignKeyField(Kit, backref="components", on_delete="RESTRICT")
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    lot = ForeignKeyField(Lot, null=True, backref="+", on_delete="RESTRICT")
    quantity = QuantityField()
    consumable = BooleanField(default=False)
