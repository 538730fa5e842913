"""The kitchen's recipes: a dish with its ingredients per portion or per batch, how it is
held and its use-by rule, in versions (a revision leaves the old version as it was, for
the batches cooked from it); the allergens a dish has, derived from its ingredients.
Cooking a recipe is batches.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from models import (
    ALLERGENS,
    HOLDING_MODES,
    INGREDIENT_BASES,
    USE_BY_RULES,
    Item,
    Organisation,
    Recipe,
    RecipeIngredient,
    User,
)
from models.db import write_transaction
from warehouse_app import clock, permissions
from warehouse_app.errors import ValidationError
from warehouse_app.picking import positive_quantity


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
    if not is_current(recipe):
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


def is_current(recipe: Recipe) -> bool:
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
