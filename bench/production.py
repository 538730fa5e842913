"""The production lines' budgets on the synthetic hangar (1,000,000 movements): posting one
meal batch of 12 ingredients (< 200 ms), and the recall trace of one lot (< 200 ms).

The synthetic hangar has no recipes and no lots: on a copy of the cached file, 12
ingredients are received in dated lots into one NGO's stock, a recipe is written, and
a few batches are cooked and dispatched so the traced lot has a history to follow.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from bench import synthetic
from models import Category, Destination, Item, Organisation, User
from models.db import sqlite_url
from warehouse_app.database import close_database, open_database
from warehouse_app.intake import receipts as intake
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.kitchen import recipes as recipe_book
from warehouse_app.kitchen.dispatch import dispatch_portions
from warehouse_app.kitchen.haccp import record_temperature
from warehouse_app.trace import recall as traceability

Report = Callable[..., None]
BATCH_MS = 200.0
TRACE_MS = 200.0
INGREDIENTS = 12
LOTS_PER_INGREDIENT = 3
BATCHES = 9
PORTIONS = 400


def run(report: Report) -> None:
    source = synthetic.hangar_file()
    with tempfile.TemporaryDirectory(prefix="hangar-bench-production-") as folder:
        work = Path(folder) / "hangar.db"
        shutil.copy(source, work)
        open_database(sqlite_url(work))
        try:
            cook, recipe, lot = _kitchen()
            _batches(report, cook, recipe)
            _trace(report, cook, lot)
        finally:
            close_database()


def _kitchen():
    owner = Organisation.get_by_id(1)
    cook = User.create(name="Bench cook", organisation=owner, role="kitchen_lead")
    category = Category.get_by_id(1)
    items = [Item.create(code=f"BENCH-ING-{n:02d}", name=f"Ingredient {n}", category=category,
                         unit="kg", perishable=True, allergens="celery" if n == 3 else "")
             for n in range(1, INGREDIENTS + 1)]
    dish = Item.create(code="BENCH-DAL", name="Dal (portion)", category=category, unit="portion")
    today = dt.date.today()
    lines = [
        intake.ReceiptLine(item, 40, lot_code=f"B{item.id}-{k}",
                           date=today + dt.timedelta(days=3 + 5 * k), date_kind="use_by")
        for item in items for k in range(LOTS_PER_INGREDIENT)
    ]
    intake.receive_donation(cook, owner, lines)
    recipe = recipe_book.create_recipe(
        cook, owner, "Bench dal", dish,
        [recipe_book.Ingredient(item, Decimal("0.025")) for item in items],
        holding_mode="chilled", use_by=recipe_book.UseByRule("days_after", 3), portion_g=350,
    )
    first_lot = items[0].lots.where(items[0].lots.model.code == f"B{items[0].id}-0").get()
    return cook, recipe, first_lot


def _batches(report: Report, cook: User, recipe) -> None:
    """Each batch takes 10 kg of each ingredient: across two lots once a lot runs low."""
    site = Destination.get_by_id(1)
    times = []
    for n in range(BATCHES):
        start = time.perf_counter()
        batch = kitchen.cook_batch(cook, recipe, PORTIONS, cooks=["Bench"])
        times.append(time.perf_counter() - start)
        when = batch.cooked_at + dt.timedelta(minutes=1)
        record_temperature(cook, batch, "core", 80, measured_at=when)
        record_temperature(cook, batch, "cooling", 5, measured_at=when + dt.timedelta(minutes=60))
        dispatch_portions(cook, type(batch).get_by_id(batch.id), PORTIONS - n, site,
                          received_by="Bench", when=when + dt.timedelta(minutes=61))
    ms = statistics.median(times) * 1000
    report(f"meal_batch_{INGREDIENTS}_ingredients_post", round(ms, 1), "ms", f"<{BATCH_MS:g}",
           ms < BATCH_MS)


def _trace(report: Report, actor: User, lot) -> None:
    times, trace = [], None
    for _ in range(7):
        start = time.perf_counter()
        trace = traceability.trace_lot(actor, lot)
        times.append(time.perf_counter() - start)
    if trace is None or not trace.batches or not trace.outgoing:
        raise RuntimeError(f"the traced lot {lot.code} found no batch or dispatch")
    ms = statistics.median(times) * 1000
    report(f"trace_lot_{len(trace.batches)}_batches_{len(trace.outgoing)}_dispatches",
           round(ms, 1), "ms", f"<{TRACE_MS:g}", ms < TRACE_MS)


if __name__ == "__main__":
    from bench import report as print_report

    run(print_report)
