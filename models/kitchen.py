"""The community kitchen's records: versioned recipes with their ingredients, and meal
batches with their HACCP record (temperature checks and corrective actions).

A batch's stock side (ingredients consumed lot by lot, portions produced) is the ledger
document it points to; these tables hold what the ledger cannot: the recipe version,
the cooks, the use-by computed, and every temperature taken. Temperatures are exact
tenths of a degree, never floats.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from peewee import (
    BigIntegerField,
    BooleanField,
    CharField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
    TimeField,
)

from models.base import BaseModel, now
from models.catalogue import Item
from models.fields import MomentField, QuantityField
from models.people import Organisation, User
from models.stock import Document, Lot

HOLDING_MODES = ("hot_held", "chilled", "frozen")
# cooked + N days | cooked + N hours | the next time the clock reads HH:MM after cooking
USE_BY_RULES = ("days_after", "hours_after", "time_of_day")
INGREDIENT_BASES = ("per_portion", "per_batch")
CHECK_KINDS = ("core", "cooling", "chilled", "hot_holding")
BATCH_STATUSES = ("awaiting_checks", "on_hold", "ready")


class InexactTemperature(ValueError):
    """A temperature with more than one decimal, a float, or not a number."""


def to_tenths(value: Decimal | int | str) -> int:
    if isinstance(value, float | bool):
        raise InexactTemperature(f"temperatures are Decimal, never {type(value).__name__}: {value!r}")
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise InexactTemperature(f"not a temperature: {value!r}") from None
    if not d.is_finite() or d * 10 != (d * 10).to_integral_value():
        raise InexactTemperature(f"a temperature has at most one decimal: {value}")
    return int(d * 10)


class TemperatureField(IntegerField):
    """Decimal °C with one decimal in Python, whole tenths of a degree in the database."""

    def db_value(self, value):
        return None if value is None else to_tenths(value)

    def python_value(self, value):
        return None if value is None else Decimal(int(value)).scaleb(-1)


class Recipe(BaseModel):
    """One version of a dish. Never edited once made: a change makes the next version, and
    the batches cooked from this one keep pointing at it."""

    name = CharField(max_length=120)
    version = IntegerField(default=1)
    dish = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")  # the portion item
    kitchen = ForeignKeyField(Organisation, backref="+", on_delete="RESTRICT")
    holding_mode = CharField(max_length=12)
    use_by_rule = CharField(max_length=12)
    use_by_amount = IntegerField(null=True)  # days or hours
    use_by_time = TimeField(null=True)
    storage = CharField(max_length=200, default="")  # storage and reheating instruction
    portion_g = IntegerField(null=True)
    current = BooleanField(default=True)  # the version offered for new batches
    previous = ForeignKeyField("self", null=True, backref="+", on_delete="RESTRICT")
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    created_at = MomentField(default=now)

    class Meta:
        indexes = ((("name", "version"), True),)

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"


class RecipeIngredient(BaseModel):
    # indexed by (recipe, item) below, not on its own: one index fewer to write
    recipe = ForeignKeyField(Recipe, backref="ingredients", on_delete="CASCADE", index=False)
    line = SmallIntegerField()
    item = ForeignKeyField(Item, backref="+", on_delete="RESTRICT")
    quantity = QuantityField()
    basis = CharField(max_length=12, default="per_portion")

    class Meta:
        indexes = ((("recipe", "item"), True),)


class MealBatch(BaseModel):
    """The HACCP record of one meal batch; its stock lives in `document` (kind meal_batch)."""

    document = ForeignKeyField(Document, unique=True, backref="+", on_delete="RESTRICT")
    recipe = ForeignKeyField(Recipe, backref="batches", on_delete="RESTRICT")
    kitchen = ForeignKeyField(Organisation, backref="+", on_delete="RESTRICT")
    lot = ForeignKeyField(Lot, unique=True, backref="+", on_delete="RESTRICT")  # code = batch no.
    cooks = CharField(max_length=200, default="")
    portions = IntegerField()
    weight_g = BigIntegerField(null=True)
    holding_mode = CharField(max_length=12)
    allergens = CharField(max_length=200, default="")  # derived from the ingredients when cooked
    cooked_at = MomentField()
    use_by = MomentField()
    status = CharField(max_length=16, default="awaiting_checks")


class TemperatureCheck(BaseModel):
    """One reading, judged when it was taken against the rule then in force (kept beside it)."""

    batch = ForeignKeyField(MealBatch, backref="checks", on_delete="RESTRICT")
    kind = CharField(max_length=12)
    temperature = TemperatureField()
    measured_at = MomentField()
    started_at = MomentField(null=True)  # cooling: when the food left the heat at 63 °C
    passed = BooleanField()
    rule = CharField(max_length=80)  # "core >= 75.0 °C", "cooling (fr) <= 10.0 °C within 120 min"
    recorded_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    recorded_at = MomentField(default=now)


class CorrectiveAction(BaseModel):
    """What was done about a failed check; recording one lifts the hold that check put on."""

    check = ForeignKeyField(TemperatureCheck, unique=True, backref="+", on_delete="RESTRICT")
    batch = ForeignKeyField(MealBatch, backref="corrective_actions", on_delete="RESTRICT")
    action = TextField()
    recorded_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    recorded_at = MomentField(default=now)
