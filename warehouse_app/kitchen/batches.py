"""The community kitchen: versioned recipes, meal batches cooked from the kitchen's own
stock in one ledger document, and "what can we cook" from what is on the shelves.

Whose stock goes into the pot: only the kitchen organisation's. Another NGO that gives
food to the kitchen first transfers it (transfers.transfer, a TRF document), so each
NGO's books show the hand-over as a transfer out and the kitchen's show it used in
production; nobody's stock is cooked without a document that says they gave it.

The HACCP side (temperatures, corrective actions, labels) is in kitchen_haccp.py;
dispatches and discards of portions in kitchen_dispatch.py.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from models import (
    ALLERGENS,
    HOLDING_MODES,
    INGREDIENT_BASES,
    USE_BY_RULES,
    Balance,
    Item,
    Location,
    Lot,
    MealBatch,
    Organisation,
    Recipe,
    RecipeIngredient,
    User,
    from_milli,
)
from models.db import write_transaction
from warehouse_app import clock, ledger, permissions
from warehouse_app.errors import ValidationError
from warehouse_app.goods_out.moves import mark_emptied_boxes
from warehouse_app.picking import Pick, as_date, pick_fefo, positive_quantity


@dataclass(frozen=True)
class Ingredient:
    """A recipe line as given to create_recipe / revise_recipe."""

    item: Item
    quantity: Decimal | int | str
    basis: str = "per_portion"  # or "per_batch"


@dataclass(frozen=True)
class UseByRule:
    rule: str  # one of USE_BY_RULES
    amount: int | None = None  # days or hours
    at: dt.time | None = None  # time_of_day


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


# --- recipes -------------------------------------------------------------------------


def create_recipe(
    actor: User,
    kitchen: Organisation,
    name: str,
    dish: Item,
    ingredients: Sequence[Ingredient],
    *,
    holding_mode: str,
    use_by: UseByRule,
    storage: str = "",
    portion_g: int | None = None,
) -> Recipe:
    """Version 1 of a dish; `dish` is the catalogue item its portions are counted in."""
    permissions.require(actor, "cook", kitchen)
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", "a recipe needs a name")
    if Recipe.select().where(Recipe.name == name).exists():
        raise ValidationError("name", f"a recipe {name!r} exists: revise it instead")
    with write_transaction():
        return _new_version(actor, kitchen, name, 1, None, dish, ingredients, holding_mode,
                            use_by, storage, portion_g)


def revise_recipe(
    actor: User,
    recipe: Recipe,
    *,
    ingredients: Sequence[Ingredient] | None = None,
    holding_mode: str | None = None,
    use_by: UseByRule | None = None,
    storage: str | None = None,
    portion_g: int | None = None,
) -> Recipe:
    """The next version of `recipe` with the changes given; the old version stays as it
    was, for the batches cooked from it, and is no longer offered for new ones."""
    permissions.require(actor, "cook", recipe.kitchen)
    if not _is_current(recipe):
        raise ValidationError("recipe", f"{recipe} was replaced: revise the current version")
    old_lines = [Ingredient(i.item, i.quantity, i.basis) for i in recipe_lines(recipe)]
    old_rule = UseByRule(recipe.use_by_rule, recipe.use_by_amount, _time(recipe.use_by_time))
    with write_transaction():
        Recipe.update(current=False).where(Recipe.id == recipe.id).execute()
        return _new_version(
            actor, recipe.kitchen, recipe.name, recipe.version + 1, recipe, recipe.dish,
            ingredients if ingredients is not None else old_lines,
            holding_mode or recipe.holding_mode, use_by or old_rule,
            storage if storage is not None else recipe.storage,
            portion_g if portion_g is not None else recipe.portion_g,
        )


def _new_version(actor, kitchen, name, version, previous, dish, ingredients, holding_mode,
                 use_by, storage, portion_g) -> Recipe:
    if dish.unit != "portion":
        raise ValidationError("dish", f"{dish.code} is counted in {dish.unit}, not portions")
    if holding_mode not in HOLDING_MODES:
        raise ValidationError("holding_mode", f"holding is one of {', '.join(HOLDING_MODES)}")
    _check_rule(use_by)
    if portion_g is not None and (isinstance(portion_g, bool) or portion_g <= 0):
        raise ValidationError("portion_g", f"a portion weighs whole grams, not {portion_g!r}")
    if not ingredients:
        raise ValidationError("ingredients", f"{name} needs at least one ingredient")
    seen: set[int] = set()
    for n, ing in enumerate(ingredients, start=1):
        positive_quantity(ing.quantity, ing.item, n)
        if ing.basis not in INGREDIENT_BASES:
            raise ValidationError("basis", f"line {n}: per_portion or per_batch, not {ing.basis!r}")
        if ing.item.id in seen:
            raise ValidationError("ingredients", f"{ing.item.code} is listed twice", row=n)
        if ing.item.id == dish.id:
            raise ValidationError("ingredients", f"{name} cannot be an ingredient of itself")
        seen.add(ing.item.id)
    recipe = Recipe.create(
        name=name, version=version, dish=dish, kitchen=kitchen, holding_mode=holding_mode,
        use_by_rule=use_by.rule, use_by_amount=use_by.amount, use_by_time=use_by.at,
        storage=storage or "", portion_g=portion_g, current=True, previous=previous,
        created_by=actor,
    )
    RecipeIngredient.insert_many([
        dict(recipe=recipe, line=n, item=ing.item, quantity=Decimal(ing.quantity), basis=ing.basis)
        for n, ing in enumerate(ingredients, start=1)
    ]).execute()
    return recipe


def _is_current(recipe: Recipe) -> bool:
    """Read from the database: the screen's copy may predate another desk's revision."""
    return bool(Recipe.select(Recipe.current).where(Recipe.id == recipe.id).scalar())


def _check_rule(rule: UseByRule) -> None:
    if rule.rule not in USE_BY_RULES:
        raise ValidationError("use_by", f"the use-by rule is one of {', '.join(USE_BY_RULES)}")
    if rule.rule == "time_of_day":
        if rule.at is None:
            raise ValidationError("use_by", "a time-of-day use-by needs its time")
    elif isinstance(rule.amount, bool) or not isinstance(rule.amount, int) or rule.amount <= 0:
        unit = "days" if rule.rule == "days_after" else "hours"
        raise ValidationError("use_by", f"cooked + how many {unit}? not {rule.amount!r}")


def _time(value) -> dt.time | None:
    if isinstance(value, str):  # SQLite hands TIME back as text
        return dt.time.fromisoformat(value)
    return value


def recipe_lines(recipe: Recipe) -> list[RecipeIngredient]:
    return list(
        RecipeIngredient.select(RecipeIngredient, Item)
        .join(Item).where(RecipeIngredient.recipe == recipe.id).order_by(RecipeIngredient.line)
    )


def current_recipes(kitchen: Organisation | None = None) -> list[Recipe]:
    query = Recipe.select().where(Recipe.current == True)  # noqa: E712 - peewee expression
    if kitchen is not None:
        query = query.where(Recipe.kitchen == kitchen.id)
    return list(query.order_by(Recipe.name))


def allergens_of(items: Sequence[Item]) -> tuple[str, ...]:
    """The union of the items' allergens, in Annex II's order: derived, never typed."""
    found = set().union(*(i.allergen_set for i in items)) if items else set()
    return tuple(a for a in ALLERGENS if a in found)


def recipe_allergens(recipe: Recipe) -> tuple[str, ...]:
    return allergens_of([line.item for line in recipe_lines(recipe)])


def needed(line: RecipeIngredient, portions: int) -> Decimal:
    return line.quantity * portions if line.basis == "per_portion" else line.quantity


def use_by_for(recipe: Recipe, cooked_at: dt.datetime) -> dt.datetime:
    """The use-by by the recipe's rule: cooked + N days (to the end of that day), cooked +
    N hours, or the next time the clock reads the rule's time after cooking."""
    if recipe.use_by_rule == "days_after":
        day = clock.day_of(cooked_at) + dt.timedelta(days=recipe.use_by_amount)
        return clock.at_hangar(day, dt.time(23, 59, 59))
    if recipe.use_by_rule == "hours_after":
        return cooked_at + dt.timedelta(hours=recipe.use_by_amount)  # hours that really pass
    day = clock.day_of(cooked_at)
    at = clock.at_hangar(day, _time(recipe.use_by_time))
    return at if at > cooked_at else clock.at_hangar(day + dt.timedelta(days=1),
                                                     _time(recipe.use_by_time))


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
    if not _is_current(recipe):
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


def usable_stock(owner: Organisation, items: set[int], day: dt.date
                  ) -> tuple[dict[int, Decimal], dict[int, dt.date]]:
    """Usable stock per item and its earliest date, lots past their use-by left out."""
    if not items:
        return {}, {}
    rows = (
        Balance.select(Balance.item, Lot.date, Lot.date_kind, fn.SUM(Balance.quantity).coerce(False))
        .join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Balance.lot_id))
        .where((Balance.owner == owner.id) & Balance.item.in_(list(items))
               & (Balance.status == "usable") & (Balance.quantity > 0))
        .group_by(Balance.item, Lot.date, Lot.date_kind)
        .tuples()
    )
    have: dict[int, Decimal] = defaultdict(Decimal)
    soonest: dict[int, dt.date] = {}
    for item, date, kind, milli in rows:
        date = as_date(date)
        if kind == "use_by" and date is not None and date < day:
            continue
        have[item] += from_milli(milli)
        if date is not None and (item not in soonest or date < soonest[item]):
            soonest[item] = date
    return have, soonest

