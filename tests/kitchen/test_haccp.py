"""Temperature checks judged by the limits, the hold a failed check puts on labels and
dispatch until a corrective action, the configurable cooling rule, batch labels, and
portions leaving by dispatch and discard."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from labels.data import MealBatchLabel
from models import Balance, Destination, MealBatch, Movement
from tests.moments import at
from warehouse_app import integrity
from warehouse_app.errors import ExpiredFood, PermissionDenied, ValidationError
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.kitchen import recipes
from warehouse_app.kitchen.dispatch import discard_portions, dispatch_portions
from warehouse_app.kitchen.haccp import (
    BatchOnHold,
    batch_labels,
    cooling_rule,
    record_corrective_action,
    record_temperature,
    set_cooling_rule,
)

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


@pytest.fixture
def batch(kitchen_hangar):
    h = kitchen_hangar
    return kitchen.cook_batch(h.cook, h.dal_recipe, 400, when=at(h, 10))


def fresh(batch) -> MealBatch:
    return MealBatch.get_by_id(batch.id)


def test_a_clean_record_releases_labels_per_container(kitchen_hangar, batch):
    h = kitchen_hangar
    with pytest.raises(BatchOnHold, match="no core temperature"):
        batch_labels(h.cook, batch, 20)
    record_temperature(h.cook, batch, "core", Decimal("82.5"), measured_at=at(h, 11, 40))
    assert fresh(batch).status == "awaiting_checks"  # a chilled dish must be cooled first
    check = record_temperature(h.cook, batch, "cooling", Decimal("9.8"),
                               measured_at=at(h, 13, 10))
    assert check.passed and check.started_at == at(h, 11, 40)
    assert check.rule == "cooling (fr) <= 10.0 °C within 120 min"
    assert fresh(batch).status == "ready"
    labels = batch_labels(h.cook, fresh(batch), 20)
    assert len(labels) == 20 and sum(x.portions for x in labels) == 400
    first = labels[0]
    assert isinstance(first, MealBatchLabel) and first.code == "L" + batch.lot.code
    assert first.dish == "Dal" and first.kitchen == "Community Kitchen"
    assert first.use_by == h.day + dt.timedelta(days=3)  # a date: chilled food
    assert first.produced == h.day and first.allergens == ("gluten", "celery", "mustard")
    assert [i.name for i in first.ingredients][:2] == ["Red lentils", "Rice"]
    assert dict((i.name, i.allergens) for i in first.ingredients)["Mustard seeds"] == ("mustard",)
    assert first.storage.startswith("Keep at 3 °C")
    uneven = batch_labels(h.cook, fresh(batch), 7)
    assert [x.portions for x in uneven] == [58, 57, 57, 57, 57, 57, 57]


def test_a_failed_core_check_blocks_labels_and_dispatch_until_corrected(kitchen_hangar, batch):
    h = kitchen_hangar
    failed = record_temperature(h.cook, batch, "core", Decimal("71.0"), measured_at=at(h, 11))
    assert not failed.passed and fresh(batch).status == "on_hold"
    record_temperature(h.cook, batch, "cooling", Decimal("8.0"), measured_at=at(h, 12))
    assert fresh(batch).status == "on_hold"
    with pytest.raises(BatchOnHold, match="core check failed") as held:
        batch_labels(h.cook, fresh(batch), 20)
    assert held.value.facts["batch"] == batch.lot.code
    with pytest.raises(BatchOnHold):
        dispatch_portions(h.cook, fresh(batch), 10, h.site, when=at(h, 18))
    assert Movement.select().where(Movement.kind == "issue").count() == 0
    with pytest.raises(ValidationError):
        record_corrective_action(h.cook, failed, "   ")
    record_corrective_action(h.cook, failed, "Cooking extended 15 min; core 84 °C")
    assert fresh(batch).status == "ready"
    assert len(batch_labels(h.cook, fresh(batch), 20)) == 20
    with pytest.raises(ValidationError, match="already"):
        record_corrective_action(h.cook, failed, "again")


def test_each_limit(kitchen_hangar, batch):
    h = kitchen_hangar
    cases = [
        ("core", "75.0", True), ("core", "74.9", False),
        ("cooling", "10.0", True), ("cooling", "10.1", False),
        ("chilled", "3.0", True), ("chilled", "3.1", False),
    ]
    for kind, temperature, passed in cases:
        check = record_temperature(h.cook, batch, kind, Decimal(temperature),
                                   measured_at=at(h, 12), started_at=at(h, 11))
        assert check.passed is passed, (kind, temperature)
        assert check.temperature == Decimal(temperature)
    too_slow = record_temperature(h.cook, batch, "cooling", Decimal("5"),
                                  measured_at=at(h, 13, 1), started_at=at(h, 11))
    assert not too_slow.passed  # cold enough, 2 h 1 min after 63 °C: too slow
    hot = recipes.revise_recipe(h.cook, h.dal_recipe, holding_mode="hot_held",
                                use_by=recipes.UseByRule("hours_after", 3))
    hot_batch = kitchen.cook_batch(h.cook, hot, 10, when=at(h, 10))
    assert not record_temperature(h.cook, hot_batch, "hot_holding", 63,
                                  measured_at=at(h, 12)).passed
    assert record_temperature(h.cook, hot_batch, "hot_holding", Decimal("63.1"),
                              measured_at=at(h, 12)).passed
    with pytest.raises(ValidationError):
        record_temperature(h.cook, hot_batch, "cooling", 5, measured_at=at(h, 12))
    for bad in (75.5, Decimal("75.25"), "hot"):
        with pytest.raises(ValidationError):
            record_temperature(h.cook, batch, "core", bad, measured_at=at(h, 12))


def test_the_cooling_rule_is_a_hangar_setting(kitchen_hangar, batch):
    h = kitchen_hangar
    assert cooling_rule().name == "fr"
    with pytest.raises(PermissionDenied):
        set_cooling_rule(h.cook, "uk")
    set_cooling_rule(h.admin, "uk")
    record_temperature(h.cook, batch, "core", 80, measured_at=at(h, 11))
    # UK: below 8 °C within 90 minutes
    assert not record_temperature(h.cook, batch, "cooling", Decimal("8.0"),
                                  measured_at=at(h, 12)).passed
    assert not record_temperature(h.cook, batch, "cooling", Decimal("7.9"),
                                  measured_at=at(h, 12, 31)).passed
    ok = record_temperature(h.cook, batch, "cooling", Decimal("7.9"), measured_at=at(h, 12, 30))
    assert ok.passed and ok.rule.startswith("cooling (uk)")
    with pytest.raises(ValidationError):
        set_cooling_rule(h.admin, "mars")


def test_only_the_kitchen_records_checks(kitchen_hangar, batch):
    h = kitchen_hangar
    with pytest.raises(PermissionDenied):
        record_temperature(h.vol, batch, "core", 80)
    with pytest.raises(PermissionDenied):
        batch_labels(h.vol, batch, 2)


def released(h, batch) -> MealBatch:
    record_temperature(h.cook, batch, "core", 80, measured_at=at(h, 11))
    record_temperature(h.cook, batch, "cooling", 6, measured_at=at(h, 12))
    return fresh(batch)


def test_dispatch_and_discard(kitchen_hangar, batch):
    h = kitchen_hangar
    batch = released(h, batch)
    doc = dispatch_portions(h.cook, batch, 380, h.site, received_by="Samir", when=at(h, 18))
    assert doc.kind == "distribution" and doc.received_by == "Samir"
    assert doc.destination_id == h.site.id and doc.reference == batch.lot.code
    loss = discard_portions(h.cook, batch, 20, "spoiled", when=at(h, 18))
    assert loss.kind == "loss"
    left = Balance.select().where((Balance.lot_id == batch.lot.id) & (Balance.quantity > 0))
    assert left.count() == 0
    assert integrity.check() == []


def test_dispatch_to_another_ngo_is_a_transfer(kitchen_hangar, batch):
    h = kitchen_hangar
    batch = released(h, batch)
    doc = dispatch_portions(h.cook, batch, 50, h.ref, received_by="Rami", when=at(h, 18))
    assert doc.kind == "transfer" and doc.counterpart_id == h.ref.id and "Rami" in doc.note
    mine = Balance.get((Balance.owner == h.ref.id) & (Balance.lot_id == batch.lot.id))
    assert mine.quantity == 50


def test_no_dispatch_after_the_use_by(kitchen_hangar):
    h = kitchen_hangar
    hot = recipes.revise_recipe(h.cook, h.dal_recipe, holding_mode="hot_held",
                                use_by=recipes.UseByRule("time_of_day", at=dt.time(15, 0)))
    batch = kitchen.cook_batch(h.cook, hot, 40, when=at(h, 10))
    record_temperature(h.cook, batch, "core", 80, measured_at=at(h, 11))
    label = batch_labels(h.cook, fresh(batch), 1)[0]
    assert label.use_by == at(h, 15)  # hot-held: the time prints
    with pytest.raises(ExpiredFood):
        dispatch_portions(h.cook, fresh(batch), 10, h.site, when=at(h, 15, 1))
    assert dispatch_portions(h.cook, fresh(batch), 10, h.site, when=at(h, 14, 59)).kind == "distribution"


def test_a_volunteer_cannot_dispatch_or_discard(kitchen_hangar, batch):
    h = kitchen_hangar
    batch = released(h, batch)
    other = Destination.create(name="Partner kitchen", kind="partner")
    with pytest.raises(PermissionDenied):
        dispatch_portions(h.vol, batch, 10, other)
    with pytest.raises(PermissionDenied):
        discard_portions(h.vol, batch, 10, "spoiled")
