"""The database proxy and the one function that opens a database from a URL.

SQLite is the embedded default (WAL, foreign keys, synchronous FULL: power cuts
happen in hangars); PostgreSQL serves several workstations. Concurrency is the
database's job: writes go through `write_transaction()`, which on SQLite takes
the write lock up front (BEGIN IMMEDIATE) so two writers never deadlock on upgrade.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from peewee import Database, DatabaseProxy, OperationalError, PostgresqlDatabase, SqliteDatabase

database = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL
    "busy_timeout": 10000,
    "cache_size": -32000,  # 32 MB
    # A checkpoint costs 11-15 ms (PERFORMANCE.md); at ~35 pages a scan, 4,000 pages puts
    # one in about every 120th scan. A background checkpointer thread was tried and
    # measured no better (bench/core.py), so the scan that fills the log pays for it.
    "wal_autocheckpoint": 4000,
}


class BadDatabaseURL(ValueError):
    """A database URL this program cannot open."""


def sqlite_url(path: Path | str) -> str:
    """sqlite:////home/ada/hangar.db; on Windows sqlite:///C:/Users/ada/hangar.db (forward
    slashes: a backslash is not a URL's path separator)."""
    return "sqlite:///" + Path(path).absolute().as_posix()


_DRIVE = re.compile(r"^/[A-Za-z]:[/\\]")


def sqlite_path(url: str) -> str:
    """The file of an sqlite:/// URL: `/home/ada/hangar.db`, `C:/Users/ada/hangar.db`
    (the URL's leading slash before a Windows drive letter is not part of the path),
    or `:memory:`."""
    parsed = urlparse(url)
    path = unquote(parsed.path)
    if parsed.netloc:  # sqlite://relative/path tolerated
        path = parsed.netloc + path
    if path.startswith("/") and path[1:] == ":memory:":
        return ":memory:"
    if _DRIVE.match(path) or path.startswith("//"):
        return path[1:]  # sqlite:////home/ada/hangar.db is /home/ada/hangar.db
    return path


def make_database(url: str) -> Database:
    """Build (but do not connect) a peewee database for a URL.

    sqlite:///absolute/path.db, sqlite:///:memory:, postgresql://user:pw@host:port/name
    """
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme == "sqlite":
        path = sqlite_path(url)
        if not path:
            raise BadDatabaseURL(f"no file in SQLite URL: {url}")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, timeout=10, lock_type="IMMEDIATE")
    if scheme in ("postgres", "postgresql"):
        name = unquote(parsed.path.lstrip("/"))
        if not name:
            raise BadDatabaseURL(f"no database name in PostgreSQL URL: {url}")
        options = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
        return PostgresqlDatabase(
            name,
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "localhost",
            port=parsed.port or 5432,
            connect_timeout=int(options.pop("connect_timeout", 5)),
            **options,
        )
    raise BadDatabaseURL(
        f"unsupported database URL {url!r}: use sqlite:///path/to/file.db or "
        "postgresql://user@host/dbname"
    )


def is_sqlite(db: Database | None = None) -> bool:
    db = db or database.obj
    return isinstance(db, SqliteDatabase)


def write_transaction():
    """One atomic write: on SQLite take the write lock at BEGIN, elsewhere a plain transaction.

    Nested calls become savepoints, so a service may call another service inside its own
    transaction and the whole action still lands or fails as one.
    """
    db = database.obj
    if db.in_transaction():
        return db.atomic()
    if isinstance(db, SqliteDatabase):
        return db.atomic(lock_type="IMMEDIATE")
    return db.atomic()


def checkpoint() -> None:
    """Fold the WAL into the main file (SQLite only); called at idle moments and on close."""
    db = database.obj
    if isinstance(db, SqliteDatabase):
        with contextlib.suppress(OperationalError):
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")

