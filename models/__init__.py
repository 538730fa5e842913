"""The schema: peewee models bound to one database proxy, and their migrations. No Qt, no services."""

from models.audit import AuditEntry, HangarSetting
from models.base import BaseModel
from models.catalogue import (
    ALLERGENS,
    DESTINATION_KINDS,
    DONOR_TYPES,
    GENDERS,
    LOCATION_KINDS,
    UNITS,
    Category,
    Destination,
    Donor,
    Item,
    Location,
    ProductBarcode,
)
from models.counts import COUNT_STATUSES, CountedPlace, CountLine, CountScope, CountSession
from models.db import database
from models.fields import QuantityField, from_milli, to_milli
from models.kitchen import (
    BATCH_STATUSES,
    CHECK_KINDS,
    HOLDING_MODES,
    INGREDIENT_BASES,
    USE_BY_RULES,
    CorrectiveAction,
    MealBatch,
    Recipe,
    RecipeIngredient,
    TemperatureCheck,
)
from models.people import PIN_ROLES, ROLES, Organisation, User
from models.stock import (
    ADJUSTMENT_REASONS,
    BOX_STATUSES,
    DATE_KINDS,
    DOCUMENT_PREFIXES,
    LOSS_REASONS,
    MOVEMENT_KINDS,
    STOCK_STATUSES,
    Balance,
    Box,
    ClosedPeriod,
    Document,
    DocumentSequence,
    Lot,
    Movement,
    PeriodBalance,
)
from models.workshop import Kit, KitComponent, KitDesign, KitPart, KitSubstitute

# In dependency order: a table comes after every table it references.
ALL_MODELS = [
    Organisation, User, Category, Item, ProductBarcode, Location, Donor, Destination,
    Lot, DocumentSequence, Document, Box, Movement, Balance, ClosedPeriod, PeriodBalance,
    AuditEntry, HangarSetting,
    Recipe, RecipeIngredient, MealBatch, TemperatureCheck, CorrectiveAction,
    KitDesign, KitPart, KitSubstitute, Kit, KitComponent,
    CountSession, CountScope, CountLine, CountedPlace,
]

__all__ = [
    "ADJUSTMENT_REASONS", "ALLERGENS", "ALL_MODELS", "BOX_STATUSES", "COUNT_STATUSES", "DATE_KINDS",
    "DESTINATION_KINDS", "DOCUMENT_PREFIXES", "DONOR_TYPES", "GENDERS", "LOCATION_KINDS",
    "LOSS_REASONS", "MOVEMENT_KINDS", "PIN_ROLES", "ROLES", "STOCK_STATUSES", "UNITS",
    "AuditEntry", "Balance", "BaseModel", "Box", "Category", "ClosedPeriod", "CountLine",
    "CountScope", "CountSession", "CountedPlace", "Destination",
    "Document", "DocumentSequence", "Donor", "HangarSetting", "Item", "Location", "Lot",
    "Movement", "Organisation", "PeriodBalance", "ProductBarcode", "QuantityField", "User",
    "database", "from_milli", "now", "to_milli",
    "BATCH_STATUSES", "CHECK_KINDS", "HOLDING_MODES", "INGREDIENT_BASES", "USE_BY_RULES",
    "CorrectiveAction", "MealBatch", "Recipe", "RecipeIngredient", "TemperatureCheck",
    "Kit", "KitComponent", "KitDesign", "KitPart", "KitSubstitute",
]
