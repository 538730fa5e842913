"""A small hangar with a busy week behind it, for the dashboard's tests (core and screen):
receipts today, earlier this week, last month and one undone; stock of three NGOs in
several categories; a lot three days from its use-by date; items below their minimum;
an open loan; meal batches today and last month; kits built today. Stock only through
the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models import Category, Item
from tests.factories import put_stock
from warehouse_app import undo
from warehouse_app.goods_out import transfers
from warehouse_app.intake import receipts as intake
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.kitchen import recipes
from warehouse_app.ledger import month_start
from warehouse_app.workshop import kits as workshop


def busy_week(h):
    """Fill the factories' small hangar `h`; the figures each test expects are in the
    comments (weights: tomatoes 420 g, soap 100 g, lentils 1 kg, dal 350 g a portion)."""
    t = h.today
    h.soap.min_level = Decimal(25)
    h.soap.save()
    # today: AID 10 tomatoes (4.2 kg, lot three days from its use-by) and 30 soap (3 kg)
    h.receipt_aid = intake.receive_donation(h.coord, h.aid, [
        intake.ReceiptLine(h.tomatoes, 10, lot_code="TOM-3D", date=t + dt.timedelta(days=3),
                           date_kind="use_by"),
        intake.ReceiptLine(h.soap, 30),
    ], donor=h.donor).document
    # today: REF 20 soap (2 kg) and 5 jackets weighed at 3 kg
    intake.receive_donation(h.vol, h.ref, [
        intake.ReceiptLine(h.soap, 20), intake.ReceiptLine(h.jacket_m, 5, weight_g=3000),
    ])
    # today, then undone: counts nowhere
    undone = intake.receive_donation(h.vol, h.ref, [intake.ReceiptLine(h.soap, 5)]).document
    undo.undo(h.coord, undone)
    # three days ago: KIT 40 kg of lentils
    intake.receive_donation(h.coord, h.kit, [
        intake.ReceiptLine(h.lentils, 40, lot_code="LENT-1", date=t + dt.timedelta(days=60),
                           date_kind="best_before"),
    ], effective_date=t - dt.timedelta(days=3))
    # forty days ago: AID 8 jackets, weighed at nothing
    intake.receive_donation(h.coord, h.aid, [intake.ReceiptLine(h.jacket_l, 8)],
                            effective_date=t - dt.timedelta(days=40))

    # AID lends REF 10 soap, due in a week: AID keeps 20 (below its minimum of 25)
    h.loan = transfers.lend(h.coord, h.aid, h.ref, [transfers.StockLine(h.soap, 10)],
                            due_date=t + dt.timedelta(days=7))

    # the kitchen: 100 and 50 portions of dal today, 20 on the last day of last month
    meals = Category.create(name="Meals")
    h.dal = Item.create(code="MEAL-DAL", name="Dal (portion)", category=meals, unit="portion")
    recipe = recipes.create_recipe(
        h.cook, h.kit, "Dal", h.dal, [recipes.Ingredient(h.lentils, Decimal("0.1"))],
        holding_mode="chilled", use_by=recipes.UseByRule("days_after", 3), portion_g=350)
    h.last_month_day = month_start(t) - dt.timedelta(days=1)
    h.old_batch = kitchen.cook_batch(
        h.cook, recipe, 20, when=dt.datetime.combine(h.last_month_day, dt.time(10)))
    kitchen.cook_batch(h.cook, recipe, 100)
    kitchen.cook_batch(h.cook, recipe, 50)

    # the workshop: three kits of two planks each, built today by REF
    parts = Category.create(name="Shelter parts")
    kits = Category.create(name="Kits")
    plank = Item.create(code="SHL-PLANK", name="Plank", category=parts, unit="piece")
    cabin = Item.create(code="KIT-CABIN", name="Cabin kit", category=kits, unit="kit")
    design = workshop.create_kit_design(h.builder, "Cabin", cabin, [workshop.PartLine(plank, 2)])
    put_stock(h.coord, h.ref, plank, 10, location=h.shelf_b1)
    workshop.build_kits(h.builder, design, h.ref, 3)
    return h
