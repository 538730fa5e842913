"""What the hangar holds and where: categories, items, product barcodes, locations,
and the donors and destinations that goods come from and go to."""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    ForeignKeyField,
    IntegerField,
)

from models.base import BaseModel, now
from models.fields import MomentField, QuantityField

UNITS = ("piece", "kg", "litre", "portion", "kit", "pair", "pack")
GENDERS = ("men", "women", "unisex", "boys", "girls", "baby")

# Regulation (EU) 1169/2011, Annex II, in its order.
ALLERGENS = (
    "gluten", "crustaceans", "eggs", "fish", "peanuts", "soybeans", "milk",
    "nuts", "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs",
)

DONOR_TYPES = ("individual", "company", "collection", "ngo", "other")
DESTINATION_KINDS = ("site", "partner", "other")
LOCATION_KINDS = ("zone", "aisle", "shelf", "bin", "area")


class Category(BaseModel):
    name = CharField(max_length=80)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("parent", "name"), True),)

    def __str__(self) -> str:
        return self.name


class Item(BaseModel):
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=120)
    category = ForeignKeyField(Category, backref="items", on_delete="RESTRICT")
    unit = CharField(max_length=12, default="piece")
    size = CharField(max_length=16, null=True)
    gender = CharField(max_length=8, null=True)
    perishable = BooleanField(default=False)
    shelf_life_days = IntegerField(null=True)
    allergens = CharField(max_length=200, default="")  # comma-separated keys of ALLERGENS
    min_level = QuantityField(null=True)
    weight_per_unit_g = BigIntegerField(null=True)
    active = BooleanField(default=True)
    created_at = MomentField(default=now)

    class Meta:
        indexes = ((("category", "name", "gender", "size"), False),)

    @property
    def allergen_set(self) -> frozenset[str]:
        return frozenset(a for a in self.allergens.split(",") if a)

    def __str__(self) -> str:
        return self.code


class ProductBarcode(BaseModel):
    """A manufacturer's barcode (GTIN) linked to an item; one scan counts pack_quantity units."""

    code = CharField(max_length=14, unique=True)  # GTIN digits as scanned (8, 12 or 13)
    item = ForeignKeyField(Item, backref="barcodes", on_delete="CASCADE")
    pack_quantity = QuantityField(default=1)
    created_at = MomentField(default=now)


class Location(BaseModel):
    code = CharField(max_length=32, unique=True)  # LOC-A-03-2
    name = CharField(max_length=80)
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    kind = CharField(max_length=8, default="shelf")
    active = BooleanField(default=True)

    def __str__(self) -> str:
        return self.code


class Donor(BaseModel):
    name = CharField(max_length=120, unique=True)
    donor_type = CharField(max_length=12, default="individual")
    contact = CharField(max_length=200, null=True)
    created_at = MomentField(default=now)

    def __str__(self) -> str:
        return self.name


class Destination(BaseModel):
    """Where distributed goods go: a distribution site, a partner outside the hangar."""

    name = CharField(max_length=120, unique=True)
    kind = CharField(max_length=8, default="site")
    active = BooleanField(default=True)

    def __str__(self) -> str:
        return self.name
