"""Moments as the tests name them: a time on the hangar's wall clock on a given day."""

from __future__ import annotations

import datetime as dt

from warehouse_app import clock


def at(day_or_hangar, hour: int, minute: int = 0) -> dt.datetime:
    """`at(h, 10)` is 10:00 on the hangar's clock on `h.day` (or on a date given), in UTC."""
    day = getattr(day_or_hangar, "day", day_or_hangar)
    return clock.at_hangar(day, dt.time(hour, minute))
