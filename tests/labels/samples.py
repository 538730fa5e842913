"""One filled-in label of every kind, with the accents and lengths real ones have."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from labels import (
    BoxLabel,
    ItemLabel,
    KitLabel,
    LocationLabel,
    MealBatchLabel,
    MealIngredient,
    PalletLabel,
)

BOX = BoxLabel(
    "BOX-004217", owner="Aid Without Borders", owner_colour="#1f77b4",
    content="Men's winter jacket", item_size="M", gender="men", count=Decimal("24"),
    unit="piece", weight_g=8500, lot="L2291", date=dt.date(2027, 3, 31),
    date_kind="best_before", location="LOC-A-03-2", donation="GRN-2026-00012",
    donation_date=dt.date(2026, 11, 12),
)
MEAL = MealBatchLabel(
    "20261121-03", dish="Dal with rice and flatbread", produced=dt.date(2026, 11, 21),
    use_by=dt.datetime(2026, 11, 21, 18, 0),
    storage="Keep above 63 °C; if chilled, reheat to 75 °C core / Maintenir au-dessus de 63 °C",
    ingredients=(
        MealIngredient("red lentils"), MealIngredient("rice"), MealIngredient("onions"),
        MealIngredient("flatbread", ("gluten",)), MealIngredient("yoghurt", ("milk",)),
        MealIngredient("sunflower oil"), MealIngredient("cumin"),
        MealIngredient("mustard seeds", ("mustard",)),
    ),
    portions=400, kitchen="Refugee Community Kitchen",
)
LOCATION = LocationLabel("LOC-A-03-2", name="A 03 2", zone="Zone A · vêtements")
ITEM = ItemLabel("CLO-JKT-M-M", name="Jacket, waterproof, hooded", item_size="M",
                 gender="men", unit="piece", category="Clothing / Jackets")
KIT = KitLabel("KIT-000042", design="Family shelter kit", version="3",
               built=dt.date(2026, 11, 20), owner="Refugee Shelter Network",
               contents="1 tarpaulin 4x6 m, 30 m rope, 2 blankets, toolkit")
PALLET = PalletLabel(
    "PAL-000017", owner="Care4Calais", content="Tinned tomatoes 400 g", boxes=24,
    count=Decimal(576), unit="piece", weight_g=241920, lot="L2291", date=dt.date(2027, 5, 1),
    date_kind="best_before", location="LOC-DOCK-1",
    destination="Distribution point Rue des Garennes", donation="GRN-2026-00031",
)
EVERY_TEMPLATE = {"box": BOX, "meal": MEAL, "location": LOCATION, "item": ITEM, "kit": KIT,
                  "pallet": PALLET}
