"""The community kitchen's meal batches: cooked from the kitchen's own stock in one ledger
document, and "what can we cook" from what is on the shelves (recipes.py holds the
recipes).

Whose stock goes into the pot: only the kitchen organisation's. Another NGO that gives
food to the kitchen first transfers it (transfers.transfer, a TRF document), so each
NGO's books show the hand-over as a transfer out and the kitchen's show it used in
production; nobody's stock is cooked without a document that says they gave it.

The HACCP side (temperatures, corrective actions, labels) is in haccp.py; dispatches
and discards of portions in dispatch.py.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models import (
    Item,
    Location,
    Lot,
    MealBatch,
    Organisation,
    Recipe,
    RecipeIngredient,
    User,
)
from models.db import write_transaction
from warehouse_app import clock, ledger, permissions
from warehouse_app.errors import ValidationError
from warehouse_app.goods_out.moves import mark_emptied_boxes
from warehouse_app.kitchen.recipes import (
    allergens_of,
    current_recipes,
    is_current,
    needed,
    recipe_lines,
    use_by_for,
)
from warehouse_app.picking import Pick, pick_fefo, usable_stock


@dataclass(frozen=True)
class IngredientPicks:
    """What one ingredient of a batch takes, lot by lot, oldest date first."""

    item: Item
    needed: Decimal
    picks: tuple[Pick, ...]


@dataclass(frozen=True)
class Cookable:
    """One recipe against the kitchen's stock now."""

    recipe: Recipe
    portions: int | None  # None: no ingredient is counted per portion, stock sets no limit
    limiting: tuple[Item, ...]  # the ingredients that stop it at `portions`
    soonest: dt.date | None  # earliest date of the ingredient stock it would use
    soonest_item: Item | None


# --- cooking ---------------------------------------------------------------------------


def propose_ingredients(
    recipe: Recipe, portions: int, kitchen: Organisation, *, on: dt.date | None = None,
    lots: Mapping[int, Lot] | None = None,
) -> list[IngredientPicks]:
    """What a batch would take, lot by lot, first-expired-first-out, lots past their use-by
    passed over (a lot named in `lots`, by item id, is taken as named). Raises
    InsufficientStock for the first ingredient short. A read: callers check permission."""
    portions = _portions(portions)
    day = on or clock.today()
    taken: dict[int, Decimal] = {}
    proposal = []
    for line in recipe_lines(recipe):
        quantity = needed(line, portions)
        lot = (lots or {}).get(line.item.id)
        picks = pick_fefo(kitchen, line.item, quantity, on=day, lot=lot, taken=taken)
        proposal.append(IngredientPicks(line.item, quantity, tuple(picks)))
    return proposal


def cook_batch(
    actor: User,
    recipe: Recipe,
    portions: int,
    *,
    kitchen: Organisation | None = None,
    cooks: Sequence[str] = (),
    when: dt.datetime | None = None,
    weight_g: int | None = None,
    location: Location | None = None,
    lots: Mapping[int, Lot] | None = None,
) -> MealBatch:
    """Post one meal batch (MB-YYYYMMDD-NN): each ingredient consumed from the kitchen's
    stock lot by lot, first-expired-first-out (the ledger refuses a lot past its use-by),
    and `portions` produced as the kitchen's stock in lot MB-... with the use-by computed
    by the recipe's rule. All of it, HACCP record included, in one transaction."""
    kitchen = kitchen or recipe.kitchen
    permissions.require(actor, "cook", kitchen)
    if not is_current(recipe):
        raise ValidationError("recipe", f"{recipe} was replaced by a newer version")
    portions = _portions(portions)
    if weight_g is not None and (isinstance(weight_g, bool) or weight_g <= 0):
        raise ValidationError("weight", f"the batch weighs whole grams, not {weight_g!r}")
    cooked_at = clock.moment(when or clock.now()).replace(microsecond=0)
    use_by = use_by_for(recipe, cooked_at)
    lines = recipe_lines(recipe)
    names = ", ".join(c.strip() for c in cooks if c and c.strip())
    if len(names) > 200:
        raise ValidationError("cooks", "the cooks' names fill more than 200 characters")
    touched: list[int] = []
    with write_transaction():
        with ledger.posting(actor, "meal_batch", kitchen, effective_date=clock.day_of(cooked_at),
                            reference=str(recipe)[:80]) as post:
            # Every line picked before any is posted: `taken` keeps two lines from
            # claiming the same units, and a short ingredient refuses before a write.
            proposal = propose_ingredients(recipe, portions, kitchen, on=clock.day_of(cooked_at),
                                           lots=lots)
            for ingredient in proposal:
                for pick in ingredient.picks:
                    post.add(owner=kitchen, item=ingredient.item, quantity=-pick.quantity,
                             kind="consumed", lot=pick.lot, location=pick.location, box=pick.box)
                    if pick.box is not None:
                        touched.append(pick.box.id)
            code = post.document.code
            lot = Lot.create(item=recipe.dish, code=code, date=clock.day_of(use_by), date_kind="use_by")
            weight = weight_g if weight_g is not None else (
                recipe.portion_g * portions if recipe.portion_g else None)
            post.add(owner=kitchen, item=recipe.dish, quantity=portions, kind="produced",
                     lot=lot, location=location, weight_g=weight)
            batch = MealBatch.create(
                document=post.document, recipe=recipe, kitchen=kitchen, lot=lot, cooks=names,
                portions=portions, weight_g=weight, holding_mode=recipe.holding_mode,
                allergens=",".join(allergens_of([line.item for line in lines])),
                cooked_at=cooked_at, use_by=use_by, status="awaiting_checks",
            )
        mark_emptied_boxes(touched)
    return batch


def _portions(portions) -> int:
    if isinstance(portions, bool) or not isinstance(portions, int) or portions <= 0:
        raise ValidationError("portions", f"a batch is a whole number of portions, not {portions!r}")
    return portions


def batch_by_code(code: str) -> MealBatch | None:
    """A batch by its number, with or without the label's "L" in front."""
    code = code.strip().upper()
    if code.startswith("LMB-"):
        code = code[1:]
    return MealBatch.select().join(Lot).where(Lot.code == code).first()


# --- what can we cook ------------------------------------------------------------------


def what_can_we_cook(
    actor: User, kitchen: Organisation, *, on: dt.date | None = None
) -> list[Cookable]:
    """Each current recipe of the kitchen with the portions its usable stock allows (lots
    past their use-by left out), the ingredients that limit it, and the earliest date of
    the stock it would use; recipes using the food that expires soonest come first."""
    permissions.require(actor, "view_stock", kitchen)
    day = on or clock.today()
    recipes = current_recipes(kitchen)
    lines_by_recipe: dict[int, list[RecipeIngredient]] = defaultdict(list)
    for line in (
        RecipeIngredient.select(RecipeIngredient, Item).join(Item)
        .where(RecipeIngredient.recipe.in_([r.id for r in recipes]))
        .order_by(RecipeIngredient.line)
    ) if recipes else []:
        lines_by_recipe[line.recipe_id].append(line)
    items = {line.item.id for lines in lines_by_recipe.values() for line in lines}
    have, soonest = usable_stock(kitchen, items, day)

    result = []
    for recipe in recipes:
        lines = lines_by_recipe[recipe.id]
        limits: dict[int, int] = {}
        for line in lines:
            available = have.get(line.item.id, Decimal(0))
            if line.basis == "per_batch":
                if available < line.quantity:
                    limits[line.item.id] = 0
            else:
                per_batch = sum((x.quantity for x in lines
                                 if x.basis == "per_batch" and x.item.id == line.item.id),
                                Decimal(0))
                limits[line.item.id] = max(0, int((available - per_batch) // line.quantity))
        portions = min(limits.values()) if limits else None
        limiting = tuple(x.item for x in lines if portions is not None
                         and limits.get(x.item.id) == portions)
        dated = [(soonest[x.item.id], x.item) for x in lines if soonest.get(x.item.id)]
        first = min(dated, key=lambda d: (d[0], d[1].code)) if dated else (None, None)
        result.append(Cookable(recipe, portions, limiting, first[0], first[1]))
    result.sort(key=lambda c: (c.soonest is None, c.soonest or day, c.recipe.name))
    return result
