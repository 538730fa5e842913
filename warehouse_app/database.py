"""Opening the hangar's database: connect, back up if a migration is due, migrate."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import Database, SqliteDatabase

from models.db import database, make_database
from models.migrations import LATEST, SchemaTooNew, migrate, schema_version
from warehouse_app import clock, config
from warehouse_app.errors import HangarError

__all__ = ["LATEST", "NotInitialised", "SchemaTooNew", "close_database", "open_database"]


class NotInitialised(HangarError):
    code = "not_initialised"

    def __init__(self, url: str):
        super().__init__(
            f"no Hangar database at {url}: create it with 'warehouse-app init'", url=url
        )


def open_database(url: str, *, create: bool = False) -> Database:
    """Open `url`, bind the models to it and bring its schema up to date.

    With `create=False` an empty or missing database is refused rather than created,
    so that a typo in a path never starts an empty hangar next to the real one.
    """
    db = make_database(url)
    if isinstance(db, SqliteDatabase) and not create and db.database != ":memory:":
        if not Path(db.database).exists():
            raise NotInitialised(url)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    clock.follow_database(db)
    found = schema_version(db)
    if found == 0 and not create:
        db.close()
        raise NotInitialised(url)
    migrate(db, before_step=lambda old, new: backup_before_migration(db, old, new))
    clock.load_zone()
    return db


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def backup_before_migration(db: Database, old: int, new: int) -> Path | None:
    """Copy an SQLite database aside before its schema changes (PostgreSQL: see README)."""
    if not isinstance(db, SqliteDatabase) or db.database == ":memory:":
        return None
    stamp = clock.wall(clock.now()).strftime("%Y%m%d-%H%M%S")
    target = config.backups_dir() / f"hangar-before-v{old}-to-v{new}-{stamp}.db"
    sqlite_file_backup(db, target)
    return target


def sqlite_file_backup(db: SqliteDatabase, target: Path) -> None:
    """A consistent copy of a live SQLite database through SQLite's own backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    dest = sqlite3.connect(tmp)
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    tmp.replace(target)
