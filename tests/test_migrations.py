"""The migration ladder: a migrated database is exactly what the models declare; migrating
again does nothing; a newer schema is refused untouched; an SQLite database is backed up
before a step runs; a failing step leaves the previous version whole.

There is only one real step so far, so "an older database" is made by extending the ladder
for the test with one more step (a probe table): the database the fixture built is then
genuinely one version behind, and `open_database` must back it up and migrate it as it will
for every future step. The step modules are the real mechanism (`Step`), not a fake.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from peewee import Database

import models.migrations as migrations
from models import ALL_MODELS, Organisation
from models.db import make_database, sqlite_url
from tests.conftest import create_pg_database, drop_pg_database, pg_url_for
from warehouse_app import config
from warehouse_app.database import close_database, open_database

PROBE = "CREATE TABLE probe (id INTEGER NOT NULL PRIMARY KEY, note VARCHAR(20))"


def shape(db: Database) -> dict:
    """Tables, their columns and their indexes, as the database reports them."""
    tables = sorted(t for t in db.get_tables() if t != "schema_version")
    return {
        table: {
            "columns": sorted(
                (c.name, c.data_type.lower(), c.null, c.primary_key) for c in db.get_columns(table)
            ),
            "indexes": sorted((i.name, tuple(i.columns), i.unique) for i in db.get_indexes(table)),
            "foreign_keys": sorted(
                (f.column, f.dest_table, f.dest_column) for f in db.get_foreign_keys(table)
            ),
        }
        for table in tables
    }


@pytest.fixture
def as_peewee_creates(db_url, tmp_path):
    """An empty database of the same kind with the tables peewee creates from the models."""
    if db_url.startswith("sqlite"):
        url, name = sqlite_url(tmp_path / "peewee.db"), None
    else:
        name = create_pg_database()
        url = pg_url_for(name)
    other = make_database(url)
    other.connect()
    with other.bind_ctx(ALL_MODELS):
        other.create_tables(ALL_MODELS)
    yield other
    other.close()
    if name:
        drop_pg_database(name)


def test_migrated_schema_is_what_the_models_declare(db, as_peewee_creates):
    migrated, declared = shape(db), shape(as_peewee_creates)
    assert set(migrated) == {m._meta.table_name for m in ALL_MODELS}
    assert len(migrated["movement"]["indexes"]) >= 9 and migrated["movement"]["foreign_keys"]
    for table in declared:
        assert migrated[table] == declared[table], table


def test_migrating_twice_is_a_no_op(db_url, tmp_path):
    fresh = make_database(db_url)
    fresh.connect()
    assert migrations.migrate(fresh) == []  # the fixture's database is migrated already
    before = shape(fresh)
    assert migrations.migrate(fresh) == []
    assert shape(fresh) == before and migrations.schema_version(fresh) == migrations.LATEST
    fresh.close()
    empty = make_database(sqlite_url(tmp_path / "empty.db"))
    empty.connect()
    assert migrations.migrate(empty) == list(range(1, migrations.LATEST + 1))
    assert migrations.migrate(empty) == []
    empty.close()


def test_newer_schema_is_refused_and_left_untouched(db):
    newer = migrations.LATEST + 1
    db.execute_sql(f"UPDATE schema_version SET version = {newer}")
    Organisation.create(code="AID", name="Aid")
    before = shape(db)
    close_database()
    url = _url_of(db)
    with pytest.raises(migrations.SchemaTooNew) as refused:
        open_database(url)
    assert (refused.value.found, refused.value.supported) == (newer, migrations.LATEST)
    assert "install the newer Hangar" in str(refused.value)
    again = make_database(url)
    again.connect()
    assert migrations.schema_version(again) == newer and shape(again) == before
    assert list(config.backups_dir().iterdir()) == []  # nothing to back up: nothing done
    again.close()


def extend_ladder(monkeypatch) -> SimpleNamespace:
    """The ladder as it will be once step LATEST+1 exists: it adds a probe table."""
    version = migrations.LATEST + 1
    module = SimpleNamespace(VERSION=version, SQLITE=(PROBE,), POSTGRES=(PROBE,))
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, migrations.Step(
        version, f"m{version:04d}_probe", module)])
    monkeypatch.setattr(migrations, "LATEST", version)
    return module


@pytest.fixture
def one_more_step(db, monkeypatch):
    """`db` opened at the current version, then the ladder grows one step."""
    return extend_ladder(monkeypatch)


def test_open_database_backs_up_sqlite_then_applies_a_new_step(db, monkeypatch):
    old = migrations.LATEST
    Organisation.create(code="AID", name="Aid")
    url = _url_of(db)
    close_database()
    step = extend_ladder(monkeypatch)
    migrated = open_database(url)
    assert migrations.schema_version(migrated) == step.VERSION
    assert "probe" in migrated.get_tables()
    close_database()
    backups = list(config.backups_dir().iterdir())
    if url.startswith("postgresql"):
        assert backups == []  # the server's own tools back PostgreSQL up (README)
        return
    (backup,) = backups
    assert backup.name.startswith(f"hangar-before-v{old}-to-v{step.VERSION}-")
    kept = make_database(sqlite_url(backup))
    kept.connect()
    assert migrations.schema_version(kept) == old and "probe" not in kept.get_tables()
    assert kept.execute_sql('SELECT code FROM "organisation"').fetchall() == [("AID",)]
    kept.close()


def test_a_failing_step_leaves_the_previous_version_whole(db, one_more_step):
    one_more_step.SQLITE = one_more_step.POSTGRES = (PROBE, "CREATE TABLE broken (")
    before = shape(db)
    with pytest.raises(Exception) as failed:  # the driver's own syntax error
        migrations.migrate(db)
    assert "syntax" in str(failed.value).lower() or "incomplete" in str(failed.value).lower()
    if not db.is_closed() and db.in_transaction():
        db.rollback()
    assert migrations.schema_version(db) == migrations.LATEST - 1
    assert "probe" not in db.get_tables() and shape(db) == before


def _url_of(db: Database) -> str:
    if db.__class__.__name__.startswith("Sqlite"):
        return sqlite_url(db.database)
    params = db.connect_params
    return f"postgresql://{params.get('user') or 'postgres'}@{params['host']}:{params['port']}/{db.database}"

