"""The Kitchen and Trace screens' read models and actions (kitchen_desk, kitchen_recipes_desk,
trace_desk), on the kitchen of tests/kitchen/conftest.py, both databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from models import MealBatch, Movement
from warehouse_app import clock
from warehouse_app.errors import InsufficientStock, NotFound, PermissionDenied, ValidationError
from warehouse_app.kitchen import desk as kitchen_desk
from warehouse_app.kitchen import recipes_desk as kitchen_recipes_desk
from warehouse_app.kitchen.haccp import BatchOnHold
from warehouse_app.trace import desk as trace_desk


def test_a_batch_from_proposal_to_dispatch(kitchen_hangar):
    h = kitchen_hangar
    assert kitchen_desk.kitchens(h.cook) == [(h.kit.id, "KIT", "Community Kitchen")]
    assert kitchen_desk.kitchens(h.coord) == [(h.kit.id, "KIT", "Community Kitchen")]
    assert kitchen_desk.kitchens(h.vol) == []

    day = kitchen_desk.load_day(h.cook, h.kit.id)
    [dal] = day.cookable
    assert dal.recipe == "Dal v1" and dal.portions == 600  # 60 kg of rice at 0.1 kg
    assert dal.limiting == ("Rice",) and dal.soonest == h.day + dt.timedelta(days=5)
    assert day.batches == [] and day.recipes[0].allergens == ("gluten", "celery", "mustard")

    proposal = kitchen_desk.propose(h.cook, h.dal_recipe.id, 300, h.kit.id)
    lentils = proposal.lines[0]
    assert lentils.item == "Red lentils" and lentils.needed == Decimal(24)
    assert [(p.lot, p.quantity) for p in lentils.picks] == [("LENT-A", 20), ("LENT-B", 4)]
    assert proposal.use_by.date() == clock.today() + dt.timedelta(days=3)
    assert Movement.select().where(Movement.kind == "consumed").count() == 0  # nothing posted
    with pytest.raises(InsufficientStock) as short:
        kitchen_desk.propose(h.cook, h.dal_recipe.id, 601, h.kit.id)  # rice for 600
    assert short.value.facts["item"].startswith("Rice")
    with pytest.raises(PermissionDenied):
        kitchen_desk.propose(h.vol, h.dal_recipe.id, 10, h.kit.id)

    row = kitchen_desk.cook(h.cook, h.dal_recipe.id, 300, "Kofi, Ama", h.kit.id)
    assert row.code.startswith("MB-") and row.left == 300 and row.status == "awaiting_checks"
    assert MealBatch.get_by_id(row.id).cooks == "Kofi, Ama"
    day = kitchen_desk.load_day(h.cook, h.kit.id)
    assert [b.code for b in day.batches] == [row.code]
    assert day.batches[0].reasons == (kitchen_desk.HoldReason("core", None),
                                      kitchen_desk.HoldReason("cooling", None))
    assert day.cookable[0].portions == 300

    cooked = MealBatch.get_by_id(row.id).cooked_at
    record = kitchen_desk.record_check(h.cook, row.id, "core", "82,5",
                                       measured_at=cooked + dt.timedelta(minutes=30))
    assert record.checks[0].passed and record.checks[0].temperature == Decimal("82.5")
    assert record.kinds == ("core", "cooling", "chilled")
    record = kitchen_desk.record_check(h.cook, row.id, "cooling", "14",
                                       measured_at=cooked + dt.timedelta(hours=3))
    failed = record.checks[-1]
    assert not failed.passed and record.batch.status == "on_hold"
    [reason] = record.batch.reasons
    assert (reason.check, reason.temperature) == ("cooling", Decimal(14))
    assert reason.failed_at == cooked + dt.timedelta(hours=3)
    with pytest.raises(BatchOnHold):
        kitchen_desk.labels_for(h.cook, row.id, 4)
    record = kitchen_desk.correct(h.cook, failed.id, "Blast-chilled to 2 °C")
    assert record.batch.status == "ready" and record.checks[-1].action == "Blast-chilled to 2 °C"
    labels = kitchen_desk.labels_for(h.cook, row.id, 4)
    assert [x.portions for x in labels] == [75] * 4 and labels[0].code == "L" + row.code

    assert (h.site.id, h.site.name) in record.destinations
    assert (h.aid.id, h.aid.name) in record.organisations
    code = kitchen_desk.dispatch(h.cook, row.id, 250, ("destination", h.site.id),
                                 received_by="Samir")
    assert code.startswith("DIS-")
    assert kitchen_desk.discard(h.cook, row.id, 20, "spoiled").startswith("LOSS-")
    assert kitchen_desk.batch_record(h.cook, row.id).batch.left == 30


def test_a_typed_temperature_is_read_exactly_or_refused(kitchen_hangar):
    assert kitchen_desk.temperature(" 75,5 °C") == Decimal("75.5")
    assert kitchen_desk.temperature("-18") == Decimal(-18)
    for bad in ("hot", "", "nan"):
        with pytest.raises(ValidationError):
            kitchen_desk.temperature(bad)


def test_a_scanned_batch_label_finds_its_batch(kitchen_hangar):
    h = kitchen_hangar
    row = kitchen_desk.cook(h.cook, h.dal_recipe.id, 10, "", h.kit.id)
    assert kitchen_desk.batch_id_by_code(h.cook, "L" + row.code.lower()) == row.id
    with pytest.raises(NotFound):
        kitchen_desk.batch_id_by_code(h.cook, "MB-19990101-01")


def test_recipes_are_made_and_revised_from_the_form(kitchen_hangar):
    h = kitchen_hangar
    assert (h.dal.id, "Dal (portion)") in kitchen_recipes_desk.dishes(h.cook)
    found = kitchen_recipes_desk.find_ingredients(h.cook, "lent")
    assert [x.code for x in found] == ["FOOD-LENT"]
    assert kitchen_recipes_desk.find_ingredients(h.cook, "dal") == []  # a dish is no ingredient
    form = kitchen_recipes_desk.RecipeForm(
        "Rice and mustard", h.dal.id, ((h.rice.id, "0,12", "per_portion"),
                                       (h.mustard.id, "0.2", "per_batch")),
        "hot_held", "time_of_day", use_by_time=dt.time(20, 0), storage="Above 63 °C")
    row = kitchen_recipes_desk.save_recipe(h.cook, h.kit.id, form)
    assert (row.version, row.allergens, row.use_by_time) == (1, ("mustard",), dt.time(20, 0))
    assert row.lines[0].quantity == Decimal("0.12")
    revised = kitchen_recipes_desk.save_recipe(
        h.cook, h.kit.id, replace(form, lines=((h.rice.id, "0.12", "per_portion"),
                                               (h.stock_cube.id, "1", "per_batch"))),
        revising=row.id)
    assert revised.version == 2 and revised.allergens == ("gluten", "celery")
    with pytest.raises(ValidationError):
        kitchen_recipes_desk.save_recipe(h.cook, h.kit.id, replace(
            form, name="Other", lines=((h.rice.id, "lots", "per_portion"),)))
    with pytest.raises(PermissionDenied):
        kitchen_recipes_desk.save_recipe(h.vol, h.kit.id, replace(form, name="Other"))


def test_trace_answers_a_lot_a_receipt_a_batch_and_a_product(kitchen_hangar):
    h = kitchen_hangar
    row = kitchen_desk.cook(h.cook, h.dal_recipe.id, 100, "", h.kit.id)
    batch = MealBatch.get_by_id(row.id)
    for kind in ("core", "cooling"):
        kitchen_desk.record_check(h.cook, row.id, kind, "80" if kind == "core" else "5",
                                  measured_at=batch.cooked_at + dt.timedelta(minutes=40))
    kitchen_desk.dispatch(h.cook, row.id, 60, ("destination", h.site.id), received_by="Samir")

    answer = trace_desk.trace(h.coord, "l2291")
    [lot] = answer.lots
    assert answer.kind == "lot" and lot.received[0].donor == "Kent collection drive"
    assert [b.batch for b in lot.batches] == [row.code]
    assert [(o.to, o.quantity) for o in lot.outgoing] == [(h.site.name, 60)]

    answer = trace_desk.trace(h.coord, h.receipt.document.code)
    assert answer.kind == "receipt" and len(answer.lots) == 6

    answer = trace_desk.trace(h.coord, "L" + row.code)
    assert answer.kind == "batch" and answer.traces == [answer.batch]
    sources = {i.lot: i.donors for i in answer.batch.ingredients}
    assert sources["L2291"][0].donor == "Kent collection drive"

    answer = trace_desk.trace(h.coord, "FOOD-LENT")
    assert answer.kind == "item" and [c.code for c in answer.choices] == ["LENT-B", "LENT-A"]
    with pytest.raises(NotFound):
        trace_desk.trace(h.coord, "NO-SUCH-LOT")


def test_a_time_on_the_clock_is_today_unless_it_is_well_ahead_of_now():
    from warehouse_app.kitchen.desk import on_the_clock

    now = dt.datetime(2026, 11, 21, 0, 30)
    assert on_the_clock(dt.time(23, 50), now) == clock.moment(dt.datetime(2026, 11, 20, 23, 50))
    assert on_the_clock(dt.time(0, 10), now) == clock.moment(dt.datetime(2026, 11, 21, 0, 10))
    assert on_the_clock(dt.time(1, 20), now) == clock.moment(dt.datetime(2026, 11, 21, 1, 20))  # under an hour ahead: today
    assert on_the_clock(dt.time(1, 31), now) == clock.moment(dt.datetime(2026, 11, 20, 1, 31))
