"""Stock counts: a session over part of one owner's stock, the lines counted in it, and the
places its counters declared done.

A `CountLine` row is never rewritten once replaced: a later count of the same position
(another scan into it, a recount asked for at review) writes a new row and points the old
one at it (`replaced_by`), so who counted what, and when, stays on record. The current
lines of a session are those not replaced. Each line keeps the book quantity read at the
moment it was counted (`book`), which is what its variance is measured against.
"""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    DateField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import BaseModel, now
from models.catalogue import Category, Item, Location
from models.fields import MomentField, QuantityField
from models.people import Organisation, User
from models.stock import Box, Document, Lot

COUNT_STATUSES = ("open", "submitted", "approved", "cancelled")


class CountSession(BaseModel):
    code = CharField(max_length=32, unique=True)  # CS-2026-00012
    # indexed by (owner, status) below, not on its own (as migration 2 did for the ledger)
    owner = ForeignKeyField(Organisation, backref="count_sessions", on_delete="RESTRICT",
                            index=False)
    blind = BooleanField(default=False)  # counters never see the book quantity
    status = CharField(max_length=12, default="open")
    effective_date = DateField()  # the date its adjustments are posted at
    note = TextField(null=True)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = MomentField(default=now)
    submitted_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    submitted_at = MomentField(null=True)
    closed_by = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    closed_at = MomentField(null=True)  # approved or cancelled
    document = ForeignKeyField(Document, null=True, backref="+", on_delete="RESTRICT")

    class Meta:
        indexes = ((("owner", "status"), False),)

    def __str__(self) -> str:
        return self.code


class CountScope(BaseModel):
    """One location (with the places inside it) or one category (with its subcategories)
    that a session covers; a session with none covers all of its owner's stock."""

    session = ForeignKeyField(CountSession, backref="scope", on_delete="CASCADE")
    location = ForeignKeyField(Location, null=True, backref="+", on_delete="RESTRICT")
    category = ForeignKeyField(Category, null=True, backref="+", on_delete="RESTRICT")


class CountLine(BaseModel):
    """So much of one position (place, box, item, lot, status) counted at one moment."""

    session = ForeignKeyField(CountSession, backref="lines", on_delete="CASCADE", index=False)
    line = IntegerField()  # the position's number in its session, kept by its recounts
    location = ForeignKeyField(Location, null=True, backref="+", on_delete="RESTRICT")
    box = ForeignKeyField(Box, null=True, backref="+", on_delete="RESTRICT")
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    lot = ForeignKeyField(Lot, null=True, backref="+", on_delete="RESTRICT")
    status = CharField(max_length=12, default="usable")
    counted = QuantityField()
    book = QuantityField()  # the balance at the moment this was counted
    book_weight_g = BigIntegerField(default=0)
    counted_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    counted_at = MomentField(default=now)
    implied = BooleanField(default=False)  # a zero written when its place was declared done
    reason = CharField(max_length=16, null=True)  # one of ADJUSTMENT_REASONS
    recount_asked = BooleanField(default=False)
    replaced_by = ForeignKeyField("self", null=True, unique=True, backref="+", on_delete="RESTRICT")

    class Meta:
        indexes = ((("session", "line"), False),)


class CountedPlace(BaseModel):
    """A place (with the places inside it; None: the whole scope) a counter declared done:
    what the book holds there and nobody counted was counted as zero."""

    session = ForeignKeyField(CountSession, backref="done", on_delete="CASCADE")
    location = ForeignKeyField(Location, null=True, backref="+", on_delete="RESTRICT")
    marked_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    marked_at = MomentField(default=now)
