"""A kitchen on top of the small hangar: ingredients with allergens, received as donations
in dated lots into the Community Kitchen's stock, and a recipe for dal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Category, Item
from warehouse_app import clock
from warehouse_app.intake import receipts as intake
from warehouse_app.kitchen import recipes


@pytest.fixture
def kitchen_hangar(hangar):
    h = hangar
    food = Category.get(Category.name == "Food")
    meals = Category.create(name="Meals")
    h.rice = Item.create(code="FOOD-RICE", name="Rice", category=food, unit="kg", perishable=True)
    h.oil = Item.create(code="FOOD-OIL", name="Sunflower oil", category=food, unit="litre",
                        perishable=True)
    h.stock_cube = Item.create(code="FOOD-STOCK", name="Vegetable stock", category=food,
                               unit="piece", perishable=True, allergens="celery,gluten")
    h.mustard = Item.create(code="FOOD-MUST", name="Mustard seeds", category=food, unit="kg",
                            perishable=True, allergens="mustard")
    h.dal = Item.create(code="MEAL-DAL", name="Dal (portion)", category=meals, unit="portion")
    h.day = clock.today()
    soon, later = h.day + dt.timedelta(days=5), h.day + dt.timedelta(days=60)
    h.receipt = intake.receive_donation(h.coord, h.kit, [
        intake.ReceiptLine(h.lentils, 20, lot_code="LENT-A", date=soon, date_kind="use_by"),
        intake.ReceiptLine(h.lentils, 50, lot_code="LENT-B", date=later, date_kind="best_before"),
        intake.ReceiptLine(h.rice, 60, lot_code="RICE-1", date=later, date_kind="best_before"),
        intake.ReceiptLine(h.oil, 10, lot_code="OIL-1", date=later, date_kind="best_before"),
        intake.ReceiptLine(h.stock_cube, 40, lot_code="L2291", date=soon, date_kind="use_by"),
        intake.ReceiptLine(h.mustard, 2, lot_code="MUST-1", date=later, date_kind="best_before"),
    ], donor=h.donor)
    h.dal_recipe = recipes.create_recipe(
        h.cook, h.kit, "Dal", h.dal, [
            recipes.Ingredient(h.lentils, Decimal("0.08")),
            recipes.Ingredient(h.rice, Decimal("0.1")),
            recipes.Ingredient(h.oil, Decimal("0.5"), "per_batch"),
            recipes.Ingredient(h.stock_cube, Decimal("0.05")),
            recipes.Ingredient(h.mustard, Decimal("0.1"), "per_batch"),
        ],
        holding_mode="chilled", use_by=recipes.UseByRule("days_after", 3),
        storage="Keep at 3 °C or below. Reheat to 75 °C at the core.", portion_g=350,
    )
    return h
