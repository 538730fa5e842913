"""Backups, restores and copies between databases.

A backup is always one SQLite file of the same schema version as its source, so it can be
opened, checked and restored anywhere: from SQLite through SQLite's online backup API,
from PostgreSQL by copying every table into a freshly migrated file. A restore or copy
goes only into an empty database, keeps every id, resets PostgreSQL's id sequences and
ends with `integrity.check()` on the result.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import (
    AutoField,
    BigAutoField,
    BooleanField,
    Database,
    DatabaseError,
    DateField,
    DateTimeField,
    Model,
    PostgresqlDatabase,
    SqliteDatabase,
)

from models import ALL_MODELS, database
from models.db import make_database
from models.migrations import LATEST, SchemaTooNew, migrate, schema_version
from warehouse_app import clock, config, integrity
from warehouse_app.database import sqlite_file_backup
from warehouse_app.errors import HangarError

BATCH = 5000
DAILY_PATTERN = re.compile(r"^hangar-daily-(\d{4}-\d{2}-\d{2})\.db$")


class BackupError(HangarError):
    """A backup, restore or copy refused: names the file or database and why."""

    code = "backup"


@dataclass(frozen=True)
class CopyResult:
    """What landed in the target: rows per table, and what `integrity.check()` found there."""

    rows: dict[str, int]
    findings: list[integrity.Finding]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def backup(path: Path | str) -> Path:
    """Write a backup of the bound database to `path` (replaced atomically if it exists)."""
    path = Path(path)
    source = database.obj
    if isinstance(source, SqliteDatabase):
        sqlite_file_backup(source, path)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(path.suffix + ".part")
    part.unlink(missing_ok=True)
    target = _plain_sqlite(part)
    try:
        target.connect()
        migrate(target, target=schema_version(source))
        _copy_rows(source, target)
    finally:
        target.close()
    part.replace(path)
    return path


def restore(path: Path | str, target_url: str) -> CopyResult:
    """Copy the backup file `path` into the empty database at `target_url`, then check it.

    On return the models are bound to the restored database.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"no backup file at {path}", path=str(path))
    source = _plain_sqlite(path, read_only=True)
    try:
        source.connect()
    except DatabaseError as exc:
        raise BackupError(f"{path} cannot be opened: {exc}", path=str(path)) from exc
    try:
        if _version_of_file(source, path) == 0:
            raise BackupError(f"{path} is not a Hangar backup (no schema version)", path=str(path))
        return _copy_into(source, target_url, what=str(path))
    finally:
        source.close()


def copy_database(from_url: str, to_url: str) -> CopyResult:
    """Copy every row of the Hangar database at `from_url` into the empty one at `to_url`."""
    source = make_database(from_url)
    source.connect()
    try:
        if schema_version(source) == 0:
            raise BackupError(f"no Hangar database at {from_url}", url=from_url)
        return _copy_into(source, to_url, what=from_url)
    finally:
        source.close()


def daily_backup(keep_days: int = 30, today: dt.date | None = None) -> Path | None:
    """Once a day, back the bound database up into the backups folder and prune old ones.

    Returns the new file, or None when today's backup already exists.
    """
    today = today or clock.today()
    folder = config.backups_dir()
    target = folder / f"hangar-daily-{today.isoformat()}.db"
    made = None
    if not target.exists():
        made = backup(target)
    oldest_kept = today - dt.timedelta(days=keep_days)
    for old in folder.iterdir():
        match = DAILY_PATTERN.match(old.name)
        if match and dt.date.fromisoformat(match.group(1)) < oldest_kept:
            old.unlink()
    return made


def automatic_daily_backup(keep_days: int = 30, today: dt.date | None = None) -> Path | None:
    """The window's own daily backup, made when it opens the database: for an SQLite file
    on this computer only. A PostgreSQL server is backed up once, on the office machine
    (`warehouse-app backup --daily --db ...`), not by every workstation copying it whole."""
    if not isinstance(database.obj, SqliteDatabase):
        return None
    return daily_backup(keep_days, today)


def _plain_sqlite(path: Path, *, read_only: bool = False) -> SqliteDatabase:
    """A backup file is opened without WAL: it stays one self-contained file."""
    if read_only:
        return SqliteDatabase(f"file:{path.absolute()}?mode=ro", uri=True)
    return SqliteDatabase(str(path), pragmas={"journal_mode": "delete", "foreign_keys": 1})


def _version_of_file(source: Database, path: Path) -> int:
    try:
        return schema_version(source)
    except DatabaseError as exc:  # "file is not a database", from sqlite3 itself
        raise BackupError(f"{path} is not a Hangar backup: {exc}", path=str(path)) from exc


def _copy_into(source: Database, to_url: str, *, what: str) -> CopyResult:
    version = schema_version(source)
    if version > LATEST:
        raise SchemaTooNew(version, LATEST)
    target = make_database(to_url)
    target.connect()
    try:
        found = schema_version(target)
        if found and found != version:
            raise BackupError(
                f"{to_url} is at schema version {found} and {what} at {version}: "
                "restore into a new, empty database",
                url=to_url, found=found, version=version,
            )
        if found:
            filled = [m._meta.table_name for m in ALL_MODELS if _has_rows(target, m)]
            if filled:
                raise BackupError(
                    f"{to_url} is not empty (it holds {', '.join(filled)}): "
                    "restore or copy only into a new, empty database",
                    url=to_url, tables=filled,
                )
        migrate(target, target=version)
        rows = _copy_rows(source, target)
        _reset_sequences(target)
        migrate(target)  # a backup of an older Hangar comes up to this one's schema
    except BaseException:
        target.close()
        raise
    database.initialize(target)
    return CopyResult(rows=rows, findings=integrity.check())


def _has_rows(db: Database, model: type[Model]) -> bool:
    table = model._meta.table_name
    return db.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None


def _copy_rows(source: Database, target: Database) -> dict[str, int]:
    """Copy every table in dependency order, ids kept, from one consistent snapshot."""
    counts: dict[str, int] = {}
    with _snapshot(source), _loading(target):
        for model in ALL_MODELS:
            counts[model._meta.table_name] = _copy_table(model, source, target)
    return counts


@contextlib.contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """Read every table as of one instant, while the hangar goes on working."""
    if isinstance(db, PostgresqlDatabase):
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    else:
        with db.atomic(lock_type="DEFERRED"):
            yield


@contextlib.contextmanager
def _loading(db: Database) -> Iterator[None]:
    """One transaction for the whole load; on SQLite, foreign keys are checked once at the
    end (a category may name a parent with a higher id), on PostgreSQL row by row."""
    if isinstance(db, SqliteDatabase):
        db.execute_sql("PRAGMA foreign_keys = OFF")
        try:
            with db.atomic():
                yield
                broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise BackupError(
                        f"the copy would break {len(broken)} reference(s), first: {broken[0]}",
                    )
        finally:
            db.execute_sql("PRAGMA foreign_keys = ON")
    else:
        with db.atomic():
            yield


def _copy_table(model: type[Model], source: Database, target: Database) -> int:
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    table = f'"{model._meta.table_name}"'
    order = ", ".join(f'"{f.column_name}"' for f in _order_fields(model))
    cursor = source.execute_sql(f"SELECT {columns} FROM {table} ORDER BY {order}")
    convert = _converters(fields, target)
    copied = 0
    if isinstance(target, PostgresqlDatabase):
        raw = target.connection().cursor()
        with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for batch in _batches(cursor):
                for row in batch:
                    copy.write_row(_convert(row, convert))
                copied += len(batch)
        return copied
    marks = ", ".join(target.param for _ in fields)
    insert = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    raw = target.connection().cursor()
    for batch in _batches(cursor):
        raw.executemany(insert, [_convert(row, convert) for row in batch])
        copied += len(batch)
    return copied


def _order_fields(model: type[Model]) -> list:
    pk = model._meta.primary_key
    if pk is not None and pk is not False and not hasattr(pk, "field_names"):
        return [pk]
    return list(model._meta.sorted_fields)


def _batches(cursor) -> Iterator[list[tuple]]:
    while True:
        batch = cursor.fetchmany(BATCH)
        if not batch:
            return
        yield batch


Converter = Callable[[object], object] | None


def _converters(fields: list, target: Database) -> list[Converter]:
    """SQLite keeps booleans as 0/1 and dates as text; PostgreSQL hands back Python objects.
    Turn each into what the target stores, column by column."""
    to_sqlite = isinstance(target, SqliteDatabase)
    out: list[Converter] = []
    for f in fields:
        if isinstance(f, BooleanField):
            out.append((lambda v: int(bool(v))) if to_sqlite else bool)
        elif isinstance(f, DateTimeField) and to_sqlite:
            out.append(lambda v: v.isoformat(" ") if isinstance(v, dt.datetime) else v)
        elif isinstance(f, DateField) and to_sqlite:
            out.append(lambda v: v.isoformat() if isinstance(v, dt.date) else v)
        else:
            out.append(None)
    return out


def _convert(row: tuple, convert: list[Converter]) -> tuple:
    return tuple(
        value if fn is None or value is None else fn(value)
        for value, fn in zip(row, convert, strict=True)
    )


def _reset_sequences(db: Database) -> None:
    """After rows arrive with their own ids, PostgreSQL's next id must come after them."""
    if not isinstance(db, PostgresqlDatabase):
        return
    for model in ALL_MODELS:
        pk = model._meta.primary_key
        if not isinstance(pk, AutoField | BigAutoField):
            continue
        table, column = model._meta.table_name, pk.column_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) FROM "{table}"'
        )


__all__ = ["BackupError", "CopyResult", "backup", "copy_database", "daily_backup", "restore"]
