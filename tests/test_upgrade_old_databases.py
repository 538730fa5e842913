"""Every released schema version opens in today's Hangar: each committed demo database
(tests/fixtures/hangar-vN-demo.db, the demo hangar as version N wrote it) is migrated to the
latest version, keeps every row, and passes `check`: on SQLite (the file itself, backed up
first) and on PostgreSQL (its rows loaded into a database built at version N, then migrated).

Before adding step N+1, commit `hangar-vN-demo.db` (`warehouse-app --db sqlite:///... init
--demo` at version N, checkpointed and vacuumed) and add it to VERSIONS.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from models import Movement, database
from models.db import make_database
from models.migrations import LATEST, migrate, schema_version
from warehouse_app import config, integrity
from warehouse_app.database import close_database, open_database

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONS = {1: FIXTURES / "hangar-v1-demo.db", 2: FIXTURES / "hangar-v2-demo.db",
            3: FIXTURES / "hangar-v3-demo.db"}


def counts(con: sqlite3.Connection) -> dict[str, int]:
    tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables
            if t != "schema_version"}


def load_into_postgres(source: Path, url: str, version: int) -> None:
    """Build the old schema on PostgreSQL and copy the old file's rows in, column by column
    as that version had them (no models: today's models may differ from version N's)."""
    pg = make_database(url)
    pg.connect()
    migrate(pg, target=version)
    old = sqlite3.connect(source)
    booleans = {
        (t, c) for t, c in pg.execute_sql(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND data_type = 'boolean'"
        ).fetchall()
    }
    order = [t for (t,) in old.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name != 'schema_version' ORDER BY rowid"
    )]
    with pg.atomic():
        pg.execute_sql("SET CONSTRAINTS ALL DEFERRED")
        for table in order:
            cursor = old.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            rows = [
                tuple(bool(v) if (table, c) in booleans and v is not None else v
                      for c, v in zip(columns, row, strict=True))
                for row in cursor
            ]
            if rows:
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join(["%s"] * len(columns))
                pg.cursor().executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        for table in order:
            if "id" in [c.name for c in pg.get_columns(table)]:
                pg.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{table}"'
                )
    pg.close()


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_old_database_migrates_whole(version, db_url, tmp_path):
    close_database()
    source = VERSIONS[version]
    with sqlite3.connect(source) as con:
        before = counts(con)
        assert con.execute("SELECT version FROM schema_version").fetchone()[0] == version
    if db_url.startswith("sqlite"):
        path = tmp_path / "old.db"
        shutil.copy(source, path)
        url = "sqlite:///" + str(path)
    else:
        url = db_url
        # the test database was created at the latest version: start again empty
        pg = make_database(url)
        pg.connect()
        for table in reversed(pg.get_tables()):
            pg.execute_sql(f'DROP TABLE "{table}" CASCADE')
        pg.close()
        load_into_postgres(source, url, version)

    open_database(url)
    assert schema_version(database.obj) == LATEST
    for table, n in before.items():
        assert database.obj.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == n, table
    assert integrity.check() == []
    assert Movement.select().count() == before["movement"]
    if db_url.startswith("sqlite") and version < LATEST:
        backups = list(config.backups_dir().glob(f"hangar-before-v{version}-to-v{LATEST}-*.db"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as con:
            assert con.execute("SELECT version FROM schema_version").fetchone()[0] == version
