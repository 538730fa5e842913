"""What the Kitchen screen's recipe pages ask the database, on a worker thread: the
recipes with their version and derived allergens, the dishes and ingredients a form may
name, and saving a form as a new recipe or as the next version of one (kitchen.py keeps
the rules: versions are never edited, allergens are derived)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import Item, Organisation, Recipe, User
from warehouse_app import catalogue, permissions, quantities
from warehouse_app.errors import ValidationError
from warehouse_app.kitchen import recipes as recipe_book


@dataclass(frozen=True)
class RecipeLine:
    item_id: int
    item: str
    quantity: Decimal
    unit: str
    basis: str  # per_portion | per_batch
    allergens: tuple[str, ...]


@dataclass(frozen=True)
class RecipeRow:
    id: int
    name: str
    version: int
    dish_id: int
    dish: str
    holding_mode: str
    use_by_rule: str
    use_by_amount: int | None
    use_by_time: dt.time | None
    storage: str
    portion_g: int | None
    allergens: tuple[str, ...]
    lines: tuple[RecipeLine, ...]


@dataclass(frozen=True)
class IngredientChoice:
    id: int
    name: str
    code: str
    unit: str
    allergens: tuple[str, ...]


@dataclass(frozen=True)
class RecipeForm:
    """A recipe as the form holds it: quantities as typed ("0,08" or "0.08")."""

    name: str
    dish_id: int | None
    lines: tuple[tuple[int, str, str], ...]  # (item id, quantity typed, basis)
    holding_mode: str
    use_by_rule: str
    use_by_amount: int | None = None
    use_by_time: dt.time | None = None
    storage: str = ""
    portion_g: int | None = None


def recipe_row(recipe: Recipe) -> RecipeRow:
    found = recipe_book.recipe_lines(recipe)
    lines = tuple(
        RecipeLine(line.item.id, line.item.name, line.quantity, line.item.unit, line.basis,
                   recipe_book.allergens_of([line.item]))
        for line in found)
    at = recipe.use_by_time
    return RecipeRow(
        recipe.id, recipe.name, recipe.version, recipe.dish_id, recipe.dish.name,
        recipe.holding_mode, recipe.use_by_rule, recipe.use_by_amount,
        dt.time.fromisoformat(at) if isinstance(at, str) else at,  # SQLite: TIME as text
        recipe.storage, recipe.portion_g, recipe_book.allergens_of([x.item for x in found]), lines)


def dishes(actor: User) -> list[tuple[int, str]]:
    """The catalogue items counted in portions: what a recipe's batches produce."""
    permissions.require(actor, "view_stock")
    return [(i.id, i.name) for i in Item.select().where(Item.active & (Item.unit == "portion"))
            .order_by(Item.name)]


def find_ingredients(actor: User, text: str, limit: int = 30) -> list[IngredientChoice]:
    """Items whose name or code holds the words typed; dishes (portions) left out."""
    permissions.require(actor, "view_stock")
    return [IngredientChoice(i.id, i.name, i.code, i.unit, recipe_book.allergens_of([i]))
            for i in catalogue.find_items(text, limit=limit + 10) if i.unit != "portion"][:limit]


def save_recipe(actor: User, kitchen_id: int, form: RecipeForm,
                revising: int | None = None) -> RecipeRow:
    """A new recipe, or the next version of `revising` (its name and dish stay)."""
    lines = [recipe_book.Ingredient(Item.get_by_id(item_id), quantities.parse(quantity, row=n), basis)
             for n, (item_id, quantity, basis) in enumerate(form.lines, start=1)]
    rule = recipe_book.UseByRule(form.use_by_rule, form.use_by_amount, form.use_by_time)
    if revising is not None:
        recipe = recipe_book.revise_recipe(
            actor, Recipe.get_by_id(revising), ingredients=lines, holding_mode=form.holding_mode,
            use_by=rule, storage=form.storage.strip(), portion_g=form.portion_g)
    else:
        if form.dish_id is None:
            raise ValidationError("dish", "choose the dish its portions are counted in")
        recipe = recipe_book.create_recipe(
            actor, Organisation.get_by_id(kitchen_id), form.name, Item.get_by_id(form.dish_id),
            lines, holding_mode=form.holding_mode, use_by=rule, storage=form.storage.strip(),
            portion_g=form.portion_g)
    return recipe_row(recipe)
