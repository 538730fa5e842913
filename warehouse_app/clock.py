"""The one clock of the hangar: every "now" and "today" the core decides or stamps with.

A moment is an aware datetime in UTC (stored as UTC, `models.fields.MomentField`); a day
is a day of the hangar's time zone (the hangar setting `hangar.time_zone`, Europe/Paris
by default), so a scan at 23:59:59 and one at 00:00:01 fall in their own days and months
wherever the workstation is. On PostgreSQL the time is the database server's: read when
the database is opened, then carried forward on this machine's monotonic clock and read
again every few minutes, so every workstation stamps, orders, closes months and judges
use-by and due dates by one time, whatever its own clock says. On SQLite (one machine)
it is this machine's. Tests and the demo set the clock (`set_clock`, `FixedClock`).

Nothing else in the core reads the wall clock: `_machine_now` is the one place that does.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import models.base
from models import AuditEntry, HangarSetting
from models.db import write_transaction
from warehouse_app import permissions
from warehouse_app.errors import ValidationError

UTC = dt.UTC
DEFAULT_ZONE = "Europe/Paris"
ZONE_SETTING = "hangar.time_zone"
RESYNC_SECONDS = 300.0  # the server's time is read again after this long
SKEW_WARNING = dt.timedelta(minutes=5)  # a workstation further off is told so at sign-in


def _machine_now() -> dt.datetime:
    """This machine's own clock: the only read of the wall clock in the core."""
    return dt.datetime.now(UTC)


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, aware, in UTC."""
        ...


class MachineClock:
    """This computer's clock: the source on SQLite, where the hangar is one machine."""

    def now(self) -> dt.datetime:
        return _machine_now()

    def skew(self) -> dt.timedelta:
        return dt.timedelta(0)


class ServerClock:
    """The database server's clock, for a hangar of several workstations.

    `read_server()` asks the server for its time; between two readings the time is carried
    forward on `monotonic()`, which no change of this machine's clock moves. A reading that
    fails (the server gone for a moment) keeps the last one; with none yet, this machine's
    clock stands in until the server answers.
    """

    def __init__(self, read_server: Callable[[], dt.datetime], *,
                 wall: Callable[[], dt.datetime] | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 resync_seconds: float = RESYNC_SECONDS):
        self._read_server, self._monotonic = read_server, monotonic
        self._wall = wall or (lambda: _machine_now())  # looked up when called
        self._resync = resync_seconds
        self._lock = threading.Lock()
        self._server: dt.datetime | None = None  # the server's time at the last reading ...
        self._at: float = 0.0  # ... and the monotonic clock then
        self._skew = dt.timedelta(0)

    def sync(self) -> bool:
        """Read the server's time now; False when it could not be read."""
        before = self._monotonic()
        try:
            server = self._read_server()
        except Exception:  # noqa: BLE001 - any failure to read keeps the last reading
            return False
        after = self._monotonic()
        server = server.astimezone(UTC)
        middle = before + (after - before) / 2  # the reading stands for mid-round-trip
        with self._lock:
            self._server, self._at = server, middle
            self._skew = self._wall() - (server + dt.timedelta(seconds=after - middle))
        return True

    def now(self) -> dt.datetime:
        with self._lock:
            stale = self._server is None or self._monotonic() - self._at > self._resync
        if stale and not self.sync() and self._server is None:
            return self._wall()
        with self._lock:
            return self._server + dt.timedelta(seconds=self._monotonic() - self._at)

    def skew(self) -> dt.timedelta:
        """How far this machine's clock is ahead (positive) or behind the server's."""
        if self._server is None:
            self.sync()
        with self._lock:
            return self._skew


class FixedClock:
    """A clock that says what it is told: tests, the demo, a replay. `advance` moves it."""

    def __init__(self, at: dt.datetime):
        self._at = _aware(at)
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self._lock:
            return self._at

    def set(self, at: dt.datetime) -> None:
        with self._lock:
            self._at = _aware(at)

    def advance(self, by: dt.timedelta) -> dt.datetime:
        with self._lock:
            self._at = self._at + by
            return self._at


def _aware(at: dt.datetime) -> dt.datetime:
    """A naive moment given to a clock is read on the hangar's wall clock."""
    return (at.replace(tzinfo=zone()) if at.tzinfo is None else at).astimezone(UTC)


# --- the clock in force -------------------------------------------------------------------

_source: MachineClock | ServerClock = MachineClock()  # chosen by the database (`follow_database`)
_set: Clock | None = None  # set by a test or the demo; wins over the source


def now() -> dt.datetime:
    """The current moment, aware UTC, to the second: what every stamp and decision uses."""
    return (_set or _source).now().replace(microsecond=0)


def today() -> dt.date:
    """The hangar's day now."""
    return day_of(now())


def set_clock(clock: Clock | None) -> Clock | None:
    """Put `clock` in force over the database's own (None: back to it); returns the one before."""
    global _set
    before, _set = _set, clock
    return before


@contextmanager
def clock_at(at: dt.datetime) -> Iterator[FixedClock]:
    """`with clock_at(moment) as c:` the hangar's clock says `moment` (a naive one is
    hangar time) until the block ends; `c.advance(...)` moves it."""
    fixed = FixedClock(at)
    before = set_clock(fixed)
    try:
        yield fixed
    finally:
        set_clock(before)


def follow_database(db) -> None:
    """Take the time from `db`'s server when it is PostgreSQL, from this machine otherwise.
    Called when a database is opened (which then reads the hangar's zone, `load_zone`)."""
    global _source
    from peewee import PostgresqlDatabase

    if isinstance(db, PostgresqlDatabase):
        _source = ServerClock(lambda: db.execute_sql("SELECT clock_timestamp()").fetchone()[0])
    else:
        _source = MachineClock()


def skew() -> dt.timedelta:
    """How far this workstation's own clock is from the hangar's (zero on SQLite)."""
    return _source.skew()


def skew_to_tell() -> dt.timedelta | None:
    """The skew when it is large enough to tell the person at sign-in, else None."""
    off = skew()
    return off if abs(off) > SKEW_WARNING else None


# --- the hangar's time zone ------------------------------------------------------------------

_zone: ZoneInfo = ZoneInfo(DEFAULT_ZONE)


def zone() -> ZoneInfo:
    return _zone


def load_zone() -> ZoneInfo:
    """Read the hangar's time zone from its settings (the default when none is set)."""
    global _zone
    try:
        row = HangarSetting.get_or_none(HangarSetting.key == ZONE_SETTING)
    except Exception:  # noqa: BLE001 - a database without the settings table yet
        row = None
    _zone = (valid_zone(row.value) if row is not None else None) or ZoneInfo(DEFAULT_ZONE)
    return _zone


def valid_zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def use_zone(name: str) -> ZoneInfo:
    """This process's zone, without touching the settings (`admin` saves the setting)."""
    global _zone
    _zone = valid_zone(name) or ZoneInfo(DEFAULT_ZONE)
    return _zone


# --- moments and the hangar's days --------------------------------------------------------------


def local(moment: dt.datetime) -> dt.datetime:
    """A moment on the hangar's wall clock (aware, in the hangar's zone), for showing."""
    return _aware(moment).astimezone(_zone)


def wall(moment: dt.datetime | None) -> dt.datetime | None:
    """A moment as the hangar's wall clock reads it, without its zone: for a spreadsheet
    cell (Excel has no time zones) or a file name."""
    return None if moment is None else local(moment).replace(tzinfo=None)


def day_of(moment: dt.datetime) -> dt.date:
    """The hangar's day a moment falls in."""
    return local(moment).date()


def at_hangar(day: dt.date, time_of_day: dt.time, *, fold: int = 0) -> dt.datetime:
    """The moment the hangar's wall clock shows `time_of_day` on `day`, in UTC. In the hour
    that the autumn change repeats, `fold=1` is its second pass; a time that the spring
    change skips is read with the offset before the change (02:30 is 03:30 summer time)."""
    return dt.datetime.combine(day, time_of_day.replace(tzinfo=None), tzinfo=_zone).replace(
        fold=fold).astimezone(UTC)


def wall_readings(day: dt.date, time_of_day: dt.time) -> list[dt.datetime]:
    """Every moment at which the hangar's clock shows `time_of_day` on `day`: one, or two
    in the hour the autumn change repeats."""
    first, second = at_hangar(day, time_of_day), at_hangar(day, time_of_day, fold=1)
    return [first] if first == second else [first, second]


def day_start(day: dt.date) -> dt.datetime:
    """The first moment of a hangar day, in UTC (a day is 23, 24 or 25 hours long)."""
    return at_hangar(day, dt.time(0))


def from_db(value) -> dt.datetime | None:
    """A moment read by raw SQL (text on SQLite, naive on PostgreSQL): UTC, made aware."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


models.base.stamp_rows_with(now)


def moment(at: dt.datetime) -> dt.datetime:
    """A datetime as a moment: an aware one as it is (in UTC), a naive one read on the
    hangar's wall clock (a time typed at a desk or on the command line)."""
    return _aware(at)


def utc_naive(moment_: dt.datetime) -> dt.datetime:
    """UTC without its zone, where a format wants that (a workbook's own properties)."""
    return _aware(moment_).replace(tzinfo=None)


def set_time_zone(actor, name: str) -> ZoneInfo:
    """Set the hangar's time zone (an IANA name such as Europe/Paris): hangar-wide, so an
    admin's, and written to Who did what. Stored moments do not change; what changes is the
    day and the wall-clock time they are shown and decided in. Other workstations take it
    when they next open the database."""
    permissions.require(actor, "manage_organisations")
    found = valid_zone(name or "")
    if found is None:
        raise ValidationError("time_zone", f"{name!r} is not a time zone such as Europe/Paris")
    before = zone().key
    with write_transaction():
        HangarSetting.insert(key=ZONE_SETTING, value=found.key).on_conflict(
            conflict_target=[HangarSetting.key], update={HangarSetting.value: found.key}
        ).execute()
        AuditEntry.create(user=actor, action="setting.update", entity="hangar_setting",
                          entity_id=ZONE_SETTING,
                          detail=json.dumps({"from": before, "to": found.key}, sort_keys=True))
    return use_zone(found.key)
