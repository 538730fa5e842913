"""The meal batch label (HACCP): bilingual English / French because the kitchen's cooks
and the sites' volunteers read either. Allergens are bold inside the ingredient list,
as Regulation (EU) 1169/2011 asks, and listed again on a "Contains" line.
"""

from __future__ import annotations

import datetime as dt

from labels.data import MealBatchLabel
from labels.layout import Bars, Block, Text
from labels.text import NBSP, Run
from labels.wording import date_kind_text, date_text, joined, labelled


def allergens_of(label: MealBatchLabel) -> list[str]:
    """The dish's declared allergens and its ingredients' ones, once each, in order."""
    seen: dict[str, None] = {}
    for allergen in label.allergens:
        seen.setdefault(allergen.strip().lower(), None)
    for ingredient in label.ingredients:
        for allergen in ingredient.allergens:
            seen.setdefault(allergen.strip().lower(), None)
    return [a for a in seen if a]


def ingredient_runs(label: MealBatchLabel) -> tuple[Run, ...]:
    if not label.ingredients:
        return ()
    runs = [Run("Ingredients / Ingrédients:")]
    last = len(label.ingredients) - 1
    for i, ingredient in enumerate(label.ingredients):
        comma = "," if i < last else ""
        if ingredient.allergens:
            names = ", ".join(a.upper() for a in ingredient.allergens)
            runs.append(Run(f"{ingredient.name} ({names}){comma}", bold=True))
        else:
            runs.append(Run(f"{ingredient.name}{comma}"))
    return tuple(runs)


def contains_line(label: MealBatchLabel) -> str:
    allergens = allergens_of(label)
    if allergens:
        return "Contains / Contient: " + ", ".join(a.upper() for a in allergens)
    if label.ingredients:  # derived from a full ingredient list, so "none" is a fact
        return "Allergens / Allergènes: none of the 14 / aucun des 14"
    return ""


def use_by_line(label: MealBatchLabel) -> str:
    if label.use_by is None:
        return ""
    hot_held = isinstance(label.use_by, dt.datetime)
    return f"{date_kind_text('use_by', french=True)} {date_text(label.use_by, with_time=hot_held)}"


def meal_blocks(label: MealBatchLabel) -> list[Block | None]:
    portions = f"{label.portions} portions" if label.portions is not None else ""
    return [
        Text("kitchen", label.kitchen, 1, 9, bold=True, align="center", reverse=True, keep=0),
        Text("dish", label.dish, 2.5, 18, bold=True, max_lines=2, keep=3),
        Text("lot", joined(labelled("Lot", label.code),
                           labelled("Produced / Produit le", date_text(label.produced)),
                           portions), 1, 7, max_lines=2, keep=1),
        Text("use_by", use_by_line(label), 1.4, 10, bold=True, max_lines=2, keep=3),
        Text("storage", label.storage.replace(" °", NBSP + "°"), 1.2, 10, max_lines=3, keep=1),
        Text("ingredients", ingredient_runs(label), 2.5, 30, max_lines=6, keep=2),
        Text("allergens", contains_line(label), 1, 8, bold=True, max_lines=2, keep=3),
        Bars(label.code, 2.5, 22),
    ]
