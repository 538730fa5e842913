"""Test fixtures: a real database per test, on SQLite and on PostgreSQL.

QT_QPA_PLATFORM is set before anything can import Qt, so every test runs headless.
Each test that takes `db` runs twice: on a fresh SQLite file and on a freshly created,
uniquely named PostgreSQL database (dropped afterwards). Both are copied from a
template migrated once per session, so a test pays for a copy, not for a migration.
When no PostgreSQL server answers, the PostgreSQL half is skipped and the run says so
loudly; under CI (CI=true) that is an error, since CI here always has one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest

PG_URL = os.environ.get("HANGAR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
_pg_state: dict = {}


def _pg_admin():
    import psycopg

    return psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)


def pg_available() -> bool:
    if "ok" not in _pg_state:
        try:
            with _pg_admin() as conn:
                conn.execute("SELECT 1")
            _pg_state["ok"] = True
        except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
            _pg_state["ok"] = False
            _pg_state["why"] = str(exc).strip().splitlines()[0] if str(exc) else repr(exc)
    return _pg_state["ok"]


def pg_url_for(name: str) -> str:
    base = PG_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


def create_pg_database(template: str | None = None) -> str:
    name = f"hangar_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as conn:
        tpl = f" TEMPLATE {template}" if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{tpl}')
    return name


def drop_pg_database(name: str) -> None:
    with _pg_admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pytest_sessionstart(session):
    if not pg_available():
        msg = (
            "\n" + "!" * 78 + "\n"
            f"!! PostgreSQL does not answer at {PG_URL}\n"
            f"!! ({_pg_state.get('why')})\n"
            "!! Running the SQLite half only; every PostgreSQL test is SKIPPED.\n"
            + "!" * 78 + "\n"
        )
        print(msg, flush=True)
        if os.environ.get("CI"):
            raise pytest.UsageError("CI must test PostgreSQL, and no server answers: " + msg)


def pytest_terminal_summary(terminalreporter):
    if not pg_available():
        terminalreporter.write_line(
            "WARNING: PostgreSQL was not reachable: only the SQLite half ran.", red=True, bold=True
        )


# The days a day-dependent test is run on besides today (hangar time, Europe/Paris): the
# last second of a month, a leap day, and each clock change of 2026 and 2027 just after it
# (in autumn, the second pass of the repeated hour).
HANGAR_DAYS = {
    "today": None,
    "month-end": dt.datetime(2026, 11, 30, 23, 59, 30),
    "leap-day": dt.datetime(2028, 2, 29, 12, 0),
    "spring-2026": dt.datetime(2026, 3, 29, 3, 30),
    "autumn-2026": dt.datetime(2026, 10, 25, 2, 30, fold=1),
    "spring-2027": dt.datetime(2027, 3, 28, 3, 30),
    "autumn-2027": dt.datetime(2027, 10, 31, 2, 30, fold=1),
}


@pytest.fixture(params=list(HANGAR_DAYS))
def hangar_day(request):
    """Runs a test once on each of HANGAR_DAYS with the hangar's clock set to it (`today`:
    as the machine's clock says). A module opts in with
    `pytestmark = pytest.mark.usefixtures("hangar_day")`, which sets the clock before its
    hangar is built. The other days run on SQLite: the clock is set, whatever the server."""
    from warehouse_app import clock

    at = HANGAR_DAYS[request.param]
    if at is None:
        yield clock.today()
        return
    with clock.clock_at(at):
        yield clock.today()


def pytest_collection_modifyitems(config, items):
    """The set days run once, on SQLite; today runs on both databases."""
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        other_day = params.get("hangar_day", "today") != "today"
        (dropped if other_day and params.get("db_url") == "postgres" else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True)
def hangar_clock():
    """Each test starts on the machine's own clock in the default zone, and whatever clock
    or zone it set goes with it."""
    from warehouse_app import clock

    clock.set_clock(None)
    clock.use_zone(clock.DEFAULT_ZONE)
    yield
    clock.set_clock(None)
    clock.use_zone(clock.DEFAULT_ZONE)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    from models.db import sqlite_url
    from warehouse_app.database import close_database, open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(sqlite_url(path), create=True)
    close_database()
    return path


@pytest.fixture(scope="session")
def pg_template():
    if not pg_available():
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    from warehouse_app.database import close_database, open_database

    name = create_pg_database()
    open_database(pg_url_for(name), create=True)
    close_database()
    yield name
    drop_pg_database(name)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path, monkeypatch) -> str:
    """The URL of a fresh, migrated, empty database of each kind."""
    from models.db import sqlite_url

    monkeypatch.setenv("HANGAR_DATA_DIR", str(tmp_path / "data"))
    if request.param == "sqlite":
        path = tmp_path / "hangar.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield sqlite_url(path)
    else:
        template = request.getfixturevalue("pg_template")
        name = create_pg_database(template)
        try:
            yield pg_url_for(name)
        finally:
            from warehouse_app.database import close_database

            close_database()
            drop_pg_database(name)


@pytest.fixture
def db(db_url):
    """The database of `db_url`, opened and bound to the models."""
    from warehouse_app.database import close_database, open_database

    database = open_database(db_url)
    yield database
    close_database()


@pytest.fixture
def hangar(db):
    """A small hangar: three NGOs, people of every role, a catalogue and shelves."""
    from tests.factories import small_hangar

    return small_hangar()
