"""Cooking a batch: one document, ingredients first-expired-first-out lot by lot, portions
in a lot named after the batch, use-by by the recipe's rule, allergens derived; refusals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Document, Lot, Movement
from tests.balances import held
from tests.factories import put_stock
from tests.moments import at
from warehouse_app import clock, integrity
from warehouse_app.errors import ExpiredFood, InsufficientStock, PermissionDenied, ValidationError
from warehouse_app.goods_out import transfers
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.kitchen import recipes

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def test_a_batch_posts_one_document_fefo_with_lots(kitchen_hangar):
    h = kitchen_hangar
    batch = kitchen.cook_batch(h.cook, h.dal_recipe, 400, cooks=["Kofi", "Amal"],
                               when=at(h, 10))
    doc = batch.document
    assert doc.kind == "meal_batch" and doc.code == f"MB-{h.day:%Y%m%d}-01"
    assert doc.owner_id == h.kit.id and batch.lot.code == doc.code
    lines = list(Movement.select().where(Movement.document == doc).order_by(Movement.line))
    consumed = [(m.item_id, m.lot.code, m.quantity) for m in lines if m.kind == "consumed"]
    # 400 x 0.08 = 32 kg of lentils: the 20 kg use-by lot first, then 12 from the later one
    assert consumed == [
        (h.lentils.id, "LENT-A", Decimal(-20)), (h.lentils.id, "LENT-B", Decimal(-12)),
        (h.rice.id, "RICE-1", Decimal(-40)), (h.oil.id, "OIL-1", Decimal("-0.5")),
        (h.stock_cube.id, "L2291", Decimal(-20)), (h.mustard.id, "MUST-1", Decimal("-0.1")),
    ]
    produced = [m for m in lines if m.kind == "produced"]
    assert len(produced) == 1 and produced[0].quantity == 400
    assert produced[0].weight_g == 400 * 350 and produced[0].owner_id == h.kit.id
    assert held(h.kit, h.dal, batch.lot) == 400
    assert held(h.kit, h.lentils) == 38
    assert batch.cooks == "Kofi, Amal" and batch.status == "awaiting_checks"
    assert batch.use_by == clock.at_hangar(h.day + dt.timedelta(days=3), dt.time(23, 59, 59))
    assert (batch.lot.date, batch.lot.date_kind) == (h.day + dt.timedelta(days=3), "use_by")
    assert integrity.check() == []


def test_allergens_are_derived_from_the_ingredients(kitchen_hangar):
    h = kitchen_hangar
    assert recipes.recipe_allergens(h.dal_recipe) == ("gluten", "celery", "mustard")
    batch = kitchen.cook_batch(h.cook, h.dal_recipe, 10, when=at(h, 10))
    assert batch.allergens == "gluten,celery,mustard"


def test_use_by_by_each_rule(kitchen_hangar):
    h = kitchen_hangar
    cooked = at(h, 10, 30)
    rules = {
        recipes.UseByRule("days_after", 3):
            clock.at_hangar(h.day + dt.timedelta(days=3), dt.time(23, 59, 59)),
        recipes.UseByRule("hours_after", 4): at(h, 14, 30),
        recipes.UseByRule("time_of_day", at=dt.time(15, 0)): at(h, 15),
        recipes.UseByRule("time_of_day", at=dt.time(9, 0)):
            clock.at_hangar(h.day + dt.timedelta(days=1), dt.time(9, 0)),
    }
    recipe = h.dal_recipe
    for rule, expected in rules.items():
        recipe = recipes.revise_recipe(h.cook, recipe, use_by=rule,
                                       holding_mode="hot_held" if rule.rule != "days_after" else None)
        assert recipes.use_by_for(recipe, cooked) == expected, rule
    batch = kitchen.cook_batch(h.cook, recipe, 5, when=cooked)
    assert batch.use_by == rules[recipes.UseByRule("time_of_day", at=dt.time(9, 0))]
    assert batch.holding_mode == "hot_held"


def test_a_new_version_keeps_old_batches_on_theirs(kitchen_hangar):
    h = kitchen_hangar
    first = kitchen.cook_batch(h.cook, h.dal_recipe, 10, when=at(h, 9))
    v2 = recipes.revise_recipe(h.cook, h.dal_recipe, ingredients=[
        recipes.Ingredient(h.lentils, Decimal("0.1")), recipes.Ingredient(h.rice, Decimal("0.1")),
    ])
    assert (v2.name, v2.version, v2.previous_id) == ("Dal", 2, h.dal_recipe.id)
    assert recipes.recipe_allergens(v2) == ()
    second = kitchen.cook_batch(h.cook, v2, 10, when=at(h, 11))
    assert type(first).get_by_id(first.id).recipe.version == 1
    assert second.recipe.version == 2 and second.allergens == ""
    with pytest.raises(ValidationError, match="replaced"):
        kitchen.cook_batch(h.cook, h.dal_recipe, 10)
    assert [r.version for r in recipes.current_recipes(h.kit)] == [2]


def test_use_by_expired_food_is_never_cooked(kitchen_hangar):
    h = kitchen_hangar
    old = Lot.create(item=h.rice, code="RICE-OLD", date=h.day - dt.timedelta(days=1),
                     date_kind="use_by")
    put_stock(h.coord, h.kit, h.rice, 100, lot=old)
    # FEFO passes the expired lot over ...
    batch = kitchen.cook_batch(h.cook, h.dal_recipe, 10, when=at(h, 10))
    lots = {m.lot.code for m in Movement.select().where(
        (Movement.document == batch.document) & (Movement.item == h.rice.id))}
    assert lots == {"RICE-1"}
    # ... and naming it is refused by the ledger, with nothing written
    before = Document.select().count()
    with pytest.raises(ExpiredFood):
        kitchen.cook_batch(h.cook, h.dal_recipe, 10, when=at(h, 11), lots={h.rice.id: old})
    assert Document.select().count() == before
    assert held(h.kit, h.rice, old) == 100


def test_not_enough_stock_refuses_the_whole_batch(kitchen_hangar):
    h = kitchen_hangar
    before = (Document.select().count(), held(h.kit, h.lentils))
    with pytest.raises(InsufficientStock) as refused:
        kitchen.cook_batch(h.cook, h.dal_recipe, 700, when=at(h, 10))  # 70 kg of rice wanted
    assert refused.value.facts["requested"] == Decimal(70) and "Rice" in refused.value.facts["item"]
    assert (Document.select().count(), held(h.kit, h.lentils)) == before
    assert Lot.select().where(Lot.code.startswith("MB-")).count() == 0


def test_only_the_kitchens_own_stock_goes_into_the_pot(kitchen_hangar):
    h = kitchen_hangar
    put_stock(h.coord, h.aid, h.rice, 500)  # another NGO's rice is not the kitchen's
    with pytest.raises(InsufficientStock):
        kitchen.cook_batch(h.cook, h.dal_recipe, 700, when=at(h, 10))
    transfers.transfer(h.coord, h.aid, h.kit, [transfers.StockLine(h.rice, 100)])
    kitchen.propose_ingredients(h.dal_recipe, 600, h.kit)  # now there is rice enough ...
    with pytest.raises(InsufficientStock):  # ... but not lentils
        kitchen.cook_batch(h.cook, h.dal_recipe, 900, when=at(h, 10))


def test_who_may_cook(kitchen_hangar):
    h = kitchen_hangar
    for person in (h.vol, h.builder, h.partner):
        with pytest.raises(PermissionDenied):
            kitchen.cook_batch(person, h.dal_recipe, 10)
    with pytest.raises(PermissionDenied):
        recipes.create_recipe(h.vol, h.kit, "Soup", h.dal, [recipes.Ingredient(h.rice, 1)],
                              holding_mode="hot_held", use_by=recipes.UseByRule("hours_after", 2))
    assert kitchen.cook_batch(h.coord, h.dal_recipe, 10, when=at(h, 10)).portions == 10


def test_bad_recipes_and_batches_are_refused(kitchen_hangar):
    h = kitchen_hangar
    rule = recipes.UseByRule("days_after", 2)
    with pytest.raises(ValidationError, match="portions"):
        recipes.create_recipe(h.cook, h.kit, "Rice", h.rice, [recipes.Ingredient(h.oil, 1)],
                              holding_mode="chilled", use_by=rule)
    with pytest.raises(ValidationError):
        recipes.create_recipe(h.cook, h.kit, "Dal", h.dal, [recipes.Ingredient(h.rice, 1)],
                              holding_mode="chilled", use_by=rule)
    with pytest.raises(ValidationError):
        recipes.create_recipe(h.cook, h.kit, "Soup", h.dal, [recipes.Ingredient(h.rice, 1)],
                              holding_mode="chilled", use_by=recipes.UseByRule("days_after", 0))
    for portions in (0, -5, True, Decimal("2.5")):
        with pytest.raises(ValidationError):
            kitchen.cook_batch(h.cook, h.dal_recipe, portions)


def test_what_can_we_cook(kitchen_hangar):
    h = kitchen_hangar
    soup = recipes.create_recipe(
        h.cook, h.kit, "Rice soup", h.dal, [recipes.Ingredient(h.rice, Decimal("0.05")),
                                            recipes.Ingredient(h.oil, Decimal("0.01"))],
        holding_mode="hot_held", use_by=recipes.UseByRule("hours_after", 2),
    )
    rows = kitchen.what_can_we_cook(h.cook, h.kit)
    assert [r.recipe.name for r in rows] == ["Dal", "Rice soup"]  # dal uses the use-by lots
    dal, rice_soup = rows
    # lentils 70 kg / 0.08 = 875; rice 60 / 0.1 = 600; stock 40 / 0.05 = 800
    assert dal.portions == 600 and dal.limiting == (h.rice,)
    assert dal.soonest == h.day + dt.timedelta(days=5)
    assert rice_soup.portions == 1000 and {i.id for i in rice_soup.limiting} == {h.oil.id}
    assert rice_soup.recipe.id == soup.id and rice_soup.soonest == h.day + dt.timedelta(days=60)
    later = kitchen.what_can_we_cook(h.cook, h.kit, on=h.day + dt.timedelta(days=6))
    # the lentil lot and the stock cubes are past their use-by then
    assert later[0].recipe.name == "Dal" and later[0].portions == 0
    assert h.stock_cube in later[0].limiting
