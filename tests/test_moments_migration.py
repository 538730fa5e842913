"""Migration 5 (issue 13): moments written as Calais wall-clock time by versions 1-4 are
rewritten in UTC, on SQLite and on PostgreSQL alike, the clock-change hours included."""

from __future__ import annotations

import datetime as dt

import pytest

import models.migrations as migrations
from models import AuditEntry, Organisation
from models.db import make_database, sqlite_url
from tests.conftest import create_pg_database, drop_pg_database, pg_available, pg_url_for
from warehouse_app.database import close_database, open_database

UTC = dt.UTC

# (as version 4 wrote it, Calais time) -> the moment it was
WRITTEN = {
    "2026-01-15 09:30:00": dt.datetime(2026, 1, 15, 8, 30, tzinfo=UTC),  # winter: +1
    "2026-07-01 12:00:00": dt.datetime(2026, 7, 1, 10, 0, tzinfo=UTC),  # summer: +2
    "2026-11-30 23:59:59": dt.datetime(2026, 11, 30, 22, 59, 59, tzinfo=UTC),
    "2026-12-01 00:30:00": dt.datetime(2026, 11, 30, 23, 30, tzinfo=UTC),  # UTC: still Nov
    "2026-10-25 02:30:00": dt.datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # repeated: 2nd pass
    "2026-03-29 02:30:00": dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC),  # skipped hour
}


@pytest.fixture(params=["sqlite", "postgres"])
def version_4_url(request, tmp_path, monkeypatch):
    monkeypatch.setenv("HANGAR_DATA_DIR", str(tmp_path / "data"))
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "v4.db")
        return
    if not pg_available():
        pytest.skip("PostgreSQL not reachable")
    name = create_pg_database()
    try:
        yield pg_url_for(name)
    finally:
        close_database()
        drop_pg_database(name)


def test_version_4_local_times_become_utc(version_4_url):
    old = make_database(version_4_url)
    old.connect()
    migrations.migrate(old, target=4)
    p = "?" if version_4_url.startswith("sqlite") else "%s"
    for n, written in enumerate(WRITTEN, 1):
        old.execute_sql(f'INSERT INTO "organisation" (code, name, colour, active, created_at) '
                        f"VALUES ({p}, {p}, '#000000', {p}, {p})", (f"O{n}", f"Org {n}", True, written))
    old.execute_sql("INSERT INTO audit_entry (user_id, action, entity, detail, at) "
                    f"VALUES (NULL, 'test', 'test', '{{}}', {p})", ("2026-07-01 12:00:00",))
    old.close()

    open_database(version_4_url)  # the window's and the CLI's way in: backs up, migrates
    got = {o.name: o.created_at for o in Organisation.select()}
    assert got == {f"Org {n}": moment for n, moment in enumerate(WRITTEN.values(), 1)}
    assert AuditEntry.get().at == dt.datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    assert migrations.schema_version(make_database(version_4_url)) == migrations.LATEST
