"""The stock ledger: numbered documents, append-only movements, and the balances and
period snapshots derived from them.

`Movement` rows are never updated or deleted; a mistake is corrected by a reversing
movement (`reverses`). `Balance` is a cache of the ledger at its finest grain
(owner x item x lot x location x box x status), kept in the same transaction as each
movement; its CHECK constraint is the last guard that stock never goes negative.
`PeriodBalance` holds each closed month's closing balances, so a report reads one
month of movements on top of a snapshot instead of the whole history.
"""

from __future__ import annotations

from peewee import (
    BigAutoField,
    BigIntegerField,
    CharField,
    Check,
    DateField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from models.base import BaseModel, now
from models.catalogue import Destination, Donor, Item, Location
from models.fields import MomentField, QuantityField
from models.people import Organisation, User

DATE_KINDS = ("use_by", "best_before")
STOCK_STATUSES = ("usable", "quarantine")
BOX_STATUSES = ("open", "closed", "empty", "gone")

# Document kinds and the prefix of their numbers. Meal batches are numbered per day
# (MB-YYYYMMDD-NN); every other kind per year (DON-2026-00123).
DOCUMENT_PREFIXES = {
    "receipt": "DON",
    "distribution": "DIS",
    "transfer": "TRF",
    "loan": "LOAN",
    "repayment": "REP",
    "move": "MOV",
    "adjustment": "ADJ",
    "loss": "LOSS",
    "count": "CNT",
    "opening": "OPN",
    "status": "QRT",
    "meal_batch": "MB",
    "kit_build": "BLD",
    "reversal": "REV",
}

# What a movement does to stock; the monthly report's columns are sums over these.
MOVEMENT_KINDS = (
    "receipt",        # received: donations and purchases
    "opening",        # opening balance imported from a spreadsheet
    "transfer_in", "transfer_out",
    "loan_in", "loan_out",
    "repay_in", "repay_out",
    "produced",       # meals cooked, kits built
    "consumed",       # ingredients cooked, parts used in kits
    "issue",          # distributed to a site or partner
    "loss",           # damaged, expired, spoiled, theft
    "adjustment",     # approved count variances and corrections
    "move_in", "move_out",            # between locations or boxes, same owner
    "status_in", "status_out",        # into or out of quarantine, same place
)

LOSS_REASONS = ("damaged", "expired", "spoiled", "theft", "other")
ADJUSTMENT_REASONS = ("found", "lost", "damaged", "expired", "theft", "data_error")


class Lot(BaseModel):
    item = ForeignKeyField(Item, backref="lots", on_delete="RESTRICT")
    code = CharField(max_length=40)
    date = DateField(null=True)
    date_kind = CharField(max_length=12, null=True)
    created_at = MomentField(default=now)

    class Meta:
        indexes = ((("item", "code"), True), (("code",), False))

    def __str__(self) -> str:
        return self.code


class DocumentSequence(BaseModel):
    """The next number of each document kind in each period; a row lock makes it gapless."""

    kind = CharField(max_length=16)
    period = CharField(max_length=8)  # "2026", or "20261121" for meal batches
    last_number = IntegerField(default=0)

    class Meta:
        primary_key = False
        indexes = ((("kind", "period"), True),)


class Document(BaseModel):
    kind = CharField(max_length=16)
    code = CharField(max_length=32, unique=True)
    # indexed by (owner, effective_date) below, not on its own (migration 2)
    owner = ForeignKeyField(Organisation, backref="documents", on_delete="RESTRICT", index=False)
    counterpart = ForeignKeyField(Organisation, null=True, backref="+", on_delete="RESTRICT")
    donor = ForeignKeyField(Donor, null=True, backref="documents", on_delete="RESTRICT")
    destination = ForeignKeyField(Destination, null=True, backref="documents", on_delete="RESTRICT")
    reference = CharField(max_length=80, null=True)  # donor's or partner's own reference
    priority = SmallIntegerField(null=True)  # PAHO SUMA: 1 urgent, 2 non-urgent, 3 not a priority
    restriction = CharField(max_length=200, null=True)  # earmark
    discrepancies = TextField(null=True)
    note = TextField(null=True)
    received_by = CharField(max_length=120, null=True)
    due_date = DateField(null=True)  # loans
    related = ForeignKeyField("self", null=True, backref="followers", on_delete="RESTRICT")
    status = CharField(max_length=12, default="posted")  # posted | reversed
    effective_date = DateField()
    created_by = ForeignKeyField(User, backref="documents", on_delete="RESTRICT")
    created_at = MomentField(default=now)

    class Meta:
        indexes = (
            (("kind", "effective_date"), False),
            (("owner", "effective_date"), False),
        )

    def __str__(self) -> str:
        return self.code


class Box(BaseModel):
    code = CharField(max_length=32, unique=True)  # BOX-004217
    owner = ForeignKeyField(Organisation, backref="boxes", on_delete="RESTRICT")
    location = ForeignKeyField(Location, null=True, backref="boxes", on_delete="RESTRICT")
    status = CharField(max_length=8, default="open")
    document = ForeignKeyField(Document, null=True, backref="boxes", on_delete="RESTRICT")
    note = CharField(max_length=200, null=True)
    created_at = MomentField(default=now)

    def __str__(self) -> str:
        return self.code


class Movement(BaseModel):
    id = BigAutoField()
    document = ForeignKeyField(Document, backref="movements", on_delete="RESTRICT")
    line = SmallIntegerField()
    # owner and item are indexed by the composites below, not on their own (migration 2)
    owner = ForeignKeyField(Organisation, backref="+", on_delete="RESTRICT", index=False)
    item = ForeignKeyField(Item, backref="movements", on_delete="RESTRICT", index=False)
    lot = ForeignKeyField(Lot, null=True, backref="movements", on_delete="RESTRICT")
    location = ForeignKeyField(Location, null=True, backref="+", on_delete="RESTRICT")
    box = ForeignKeyField(Box, null=True, backref="movements", on_delete="RESTRICT")
    status = CharField(max_length=12, default="usable")
    quantity = QuantityField()  # signed: + into stock, - out of it
    weight_g = BigIntegerField(null=True)  # signed like quantity
    kind = CharField(max_length=16)
    reason = CharField(max_length=40, null=True)
    effective_date = DateField()
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = MomentField(default=now)
    # unique: a movement is reversed at most once
    reverses = ForeignKeyField(
        "self", null=True, unique=True, backref="reversed_by", on_delete="RESTRICT"
    )

    class Meta:
        indexes = (
            # Covering index for stock on hand and monthly summaries (PERFORMANCE.md).
            (("owner", "item", "effective_date", "kind", "quantity"), False),
            (("item", "effective_date"), False),
            (("effective_date",), False),
        )


class Balance(BaseModel):
    """Stock on hand at the ledger's finest grain; 0 stands for "no lot/location/box"."""

    owner = ForeignKeyField(Organisation, backref="+", on_delete="RESTRICT", index=False)
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    lot_id = IntegerField(default=0)
    location_id = IntegerField(default=0)
    box_id = IntegerField(default=0)
    status = CharField(max_length=12, default="usable")
    quantity = QuantityField(default=0, constraints=[Check("quantity >= 0")])
    weight_g = BigIntegerField(default=0)

    class Meta:
        indexes = (
            (("owner", "item", "lot_id", "location_id", "box_id", "status"), True),
            (("box_id",), False),
            (("location_id",), False),
            (("owner", "item", "quantity", "weight_g"), False),  # covering: stock on hand
        )


class ClosedPeriod(BaseModel):
    owner = ForeignKeyField(Organisation, backref="closed_periods", on_delete="RESTRICT")
    month = DateField()  # first day of the month
    closed_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    closed_at = MomentField(default=now)

    class Meta:
        indexes = ((("owner", "month"), True),)


class PeriodBalance(BaseModel):
    """A closed month's closing balance per owner x item x lot x status."""

    owner = ForeignKeyField(Organisation, backref="+", on_delete="CASCADE")
    month = DateField()
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    lot_id = IntegerField(default=0)
    status = CharField(max_length=12, default="usable")
    quantity = QuantityField()
    weight_g = BigIntegerField(default=0)

    class Meta:
        indexes = ((("owner", "month", "item", "lot_id", "status"), True),)
