"""HACCP durations are real elapsed time: across the October and March clock changes a
cooling is judged by how long it really took, not by the difference of two wall times."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from warehouse_app import clock
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.kitchen import recipes
from warehouse_app.kitchen.desk import on_the_clock
from warehouse_app.kitchen.haccp import record_temperature

UTC = dt.UTC


@pytest.fixture
def october_night():
    """The early hours of 25 October 2026: at 03:00 summer time the clocks go back to 02:00."""
    with clock.clock_at(dt.datetime(2026, 10, 25, 4, 0)) as c:
        yield c


@pytest.fixture
def march_night():
    """The early hours of 28 March 2027: at 02:00 winter time the clocks go on to 03:00."""
    with clock.clock_at(dt.datetime(2027, 3, 28, 5, 0)) as c:
        yield c


def _cooled(h, started: dt.datetime, measured: dt.datetime):
    batch = kitchen.cook_batch(h.cook, h.dal_recipe, 100, when=started - dt.timedelta(minutes=30))
    record_temperature(h.cook, batch, "core", 80, measured_at=started)
    return record_temperature(h.cook, batch, "cooling", Decimal("9"), measured_at=measured,
                              started_at=started)


def test_a_cooling_of_two_and_a_half_hours_fails_on_the_october_night(october_night,
                                                                       kitchen_hangar):
    """01:45 summer time to 03:15 winter time reads 1 h 30 on the wall: it took 2 h 30."""
    started = clock.at_hangar(dt.date(2026, 10, 25), dt.time(1, 45))
    measured = clock.at_hangar(dt.date(2026, 10, 25), dt.time(3, 15))
    assert measured - started == dt.timedelta(hours=2, minutes=30)
    check = _cooled(kitchen_hangar, started, measured)
    assert not check.passed and check.batch.status == "on_hold"


def test_a_cooling_of_an_hour_and_a_half_passes_on_the_march_night(march_night, kitchen_hangar):
    """01:15 winter time to 03:45 summer time reads 2 h 30 on the wall: it took 1 h 30."""
    started = clock.at_hangar(dt.date(2027, 3, 28), dt.time(1, 15))
    measured = clock.at_hangar(dt.date(2027, 3, 28), dt.time(3, 45))
    assert measured - started == dt.timedelta(hours=1, minutes=30)
    assert _cooled(kitchen_hangar, started, measured).passed


def test_a_time_typed_in_the_repeated_hour_is_its_nearest_pass(october_night):
    """At 02:40 winter time, "02:30" is ten minutes ago (winter time), not 70 (summer time);
    at 02:40 summer time it is ten minutes ago too (summer time), not in 50 minutes."""
    october_night.set(dt.datetime(2026, 10, 25, 1, 40, tzinfo=UTC))  # 02:40 winter time
    assert on_the_clock(dt.time(2, 30)) == dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    october_night.set(dt.datetime(2026, 10, 25, 0, 40, tzinfo=UTC))  # 02:40 summer time
    assert on_the_clock(dt.time(2, 30)) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_hours_after_cooking_are_real_hours_across_the_change(october_night, kitchen_hangar):
    h = kitchen_hangar
    hot = recipes.revise_recipe(h.cook, h.dal_recipe, holding_mode="hot_held",
                                use_by=recipes.UseByRule("hours_after", 3))
    cooked = clock.at_hangar(dt.date(2026, 10, 25), dt.time(1, 30))
    batch = kitchen.cook_batch(h.cook, hot, 10, when=cooked)
    assert batch.use_by - cooked == dt.timedelta(hours=3)
    assert clock.local(batch.use_by).strftime("%H:%M") == "03:30"  # winter time: 3 h later
