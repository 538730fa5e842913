"""Screenshots of the Kitchen screen on the demo hangar (called by ui.screenshots): the
day's batches and what can be cooked, logging a batch with its ingredient proposal, a
batch on hold after a failed cooling check, and the recipe form. The demo has dishes and
food but no recipe, so three recipes are made here first, through the core."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from warehouse_app import clock

# name, dish, holding, use-by rule, [(ingredient, quantity, basis)]
RECIPES = (
    ("Pasta with tuna", "Pasta with tomato sauce, portion", "hot_held",
     ("time_of_day", None, dt.time(20, 0)),
     (("Pasta", "0.12", "per_portion"), ("Tinned tuna 160 g", "0.25", "per_portion"),
      ("Tinned sweetcorn 340 g", "0.2", "per_portion"), ("Sunflower oil 1 l", "0.5", "per_batch"))),
    ("Lentil soup", "Lentil soup, portion", "chilled", ("days_after", 3, None),
     (("Red lentils", "0.05", "per_portion"),
      ("Tinned vegetable soup 400 g", "0.5", "per_portion"),
      ("Sunflower oil 1 l", "0.2", "per_batch"))),
    ("Porridge", "Porridge, portion", "hot_held", ("hours_after", 2, None),
     (("Porridge oats", "0.06", "per_portion"), ("UHT milk 1 l", "0.2", "per_portion"),
      ("Sugar", "0.01", "per_portion"))),
)


def demo_recipes(person) -> bool:
    """The demo kitchen's recipes, made once; False when the demo lacks the food."""
    from models import Item, Recipe
    from warehouse_app.kitchen import recipes as recipe_book

    if Recipe.select().where(Recipe.kitchen == person.organisation_id).exists():
        return True
    names = {n for *_, lines in RECIPES for n, _, _ in lines} | {r[1] for r in RECIPES}
    items = {i.name: i for i in Item.select().where(Item.name.in_(sorted(names)))}
    if names - set(items):
        return False
    for name, dish, holding, (rule, amount, at), lines in RECIPES:
        recipe_book.create_recipe(
            person, person.organisation, name, items[dish],
            [recipe_book.Ingredient(items[i], Decimal(q), basis) for i, q, basis in lines],
            holding_mode=holding, use_by=recipe_book.UseByRule(rule, amount, at),
            storage="Keep above 63 °C" if holding == "hot_held" else
            "Keep at 3 °C or below. Reheat to 75 °C at the core.", portion_g=350)
    return True


def shoot(window, out: Path, sign_in_as) -> None:
    from models import Recipe
    from ui.screens.kitchen.view import LOG, TODAY
    from ui.screens.kitchen.view import RECIPES as RECIPES_PAGE
    from ui.screenshots import idle, settle, wait_until
    from ui.screenshots import shoot as save

    person = sign_in_as("kitchen_lead")
    if not demo_recipes(person):
        print("WARNING: the demo kitchen lacks its food: no kitchen screenshots", file=sys.stderr)
        return
    recipes = {r.name: r.id for r in Recipe.select().where(Recipe.current)}
    window.show_screen("kitchen")
    screen = window.screens["kitchen"]
    screen.reload()
    idle()
    wait_until(lambda: screen.day is not None and screen.day.recipes)

    def log(recipe: str, portions: int) -> bool:
        """Log a batch of `recipe`: as many portions as asked, or as the stock allows."""
        allowed = {c.recipe_id: c.portions for c in screen.day.cookable}.get(recipes[recipe])
        portions = portions if allowed is None else min(portions, allowed)
        if portions < 1:
            print(f"WARNING: no stock left for {recipe}: fewer kitchen screenshots",
                  file=sys.stderr)
            return False
        screen.show_page(LOG)
        screen.log_page.view.portions.setValue(portions)
        screen.log_page.pick_recipe(recipes[recipe])
        idle()
        wait_until(lambda: screen.log_page.proposal is not None)
        screen.log_page.view.cooks.setText("Amina, Jonas")
        return True

    def record(kind: str, reading: str, minutes: int) -> None:
        from PySide6.QtCore import QTime

        page = screen.batch_page
        cooked = clock.local(page.record.batch.cooked_at + dt.timedelta(minutes=minutes))
        page.view.check_kind.setCurrentIndex(page.view.check_kind.findData(kind))
        page.view.check_temperature.setText(reading)
        page.view.check_time.setTime(QTime(cooked.hour, cooked.minute))
        page.record_check()
        idle()

    if log("Pasta with tuna", 150):
        settle(300)
        save(window, out, "35-kitchen-log")
        screen.log_page.cook()
        idle()
        screen.open_batch(screen.log_page.cooked.id)
        idle()
        record("core", "84", 0)
        screen.batch_page.view.dispatch_portions.setValue(
            max(1, screen.batch_page.record.batch.portions * 2 // 3))
        screen.batch_page.view.dispatch_receiver.setText("Samir")
        screen.batch_page.dispatch()
        idle()

    screen.reload()
    idle()
    if log("Lentil soup", 80):
        screen.log_page.cook()
        idle()
        screen.open_batch(screen.log_page.cooked.id)
        idle()
        record("core", "79,5", 0)
        record("cooling", "14", 1)
        settle(300)
        save(window, out, "36-kitchen-batch-on-hold")

    screen.show_page(TODAY)
    screen.reload()
    idle()
    settle(300)
    save(window, out, "37-kitchen-today")

    screen.show_page(RECIPES_PAGE)
    page = screen.recipes_page
    page.view.recipes_table.selectRow(0)
    page.new_version()
    idle()
    settle(300)
    save(window, out, "38-kitchen-recipe")
