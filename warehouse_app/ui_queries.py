"""Small read-only questions the desktop window asks that no service answers yet.
No Qt here; each runs on a worker thread of the UI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from models.db import make_database
from models.migrations import LATEST, schema_version


@dataclass(frozen=True)
class ConnectionReport:
    kind: str  # "sqlite" or "postgresql"
    exists: bool  # False: an SQLite file not created yet (Hangar would offer to create it)
    schema_version: int  # 0: an empty database
    latest: int  # the version this program would migrate it to


def test_connection(url: str) -> ConnectionReport:
    """Connect to `url` without binding the models to it, and say what is there.

    Raises BadDatabaseURL for a URL that cannot be right, and the driver's
    OperationalError when the server does not answer or refuses.
    """
    db = make_database(url)
    if isinstance(db, SqliteDatabase):
        if db.database != ":memory:" and not Path(db.database).exists():
            return ConnectionReport("sqlite", False, 0, LATEST)
        kind = "sqlite"
    else:
        kind = "postgresql"
    db.connect()
    try:
        version = schema_version(db)
    finally:
        db.close()
    return ConnectionReport(kind, True, version, LATEST)


test_connection.__test__ = False  # a function named test_* that pytest must not collect


@dataclass(frozen=True)
class ScanSummary:
    """What a scanned code is, as plain values (a screen reads them without querying)."""

    kind: str  # scan.KINDS
    code: str
    title: str
    facts: tuple[tuple[str, str], ...] = ()  # (key, value): owner, location, item, lot, date...
    problem: str | None = None  # English, from the core, for "invalid" and "unknown"


def scan_summary(text: str) -> ScanSummary:
    from warehouse_app import scan  # the scan module may not be committed yet

    found = scan.resolve(text)
    obj = found.object
    facts: list[tuple[str, str]] = []
    title = found.code
    if found.kind == "box":
        title = obj.code
        facts += [("owner", obj.owner.name), ("status", obj.status)]
        if obj.location_id:
            facts.append(("location", obj.location.code))
    elif found.kind == "location":
        title = f"{obj.code} · {obj.name}"
    elif found.kind == "item":
        title = obj.name
        facts += [("code", obj.code), ("category", obj.category.name)]
        if obj.size:
            facts.append(("size", obj.size))
        if found.pack_quantity != 1:
            facts.append(("pack", str(found.pack_quantity.normalize())))
    elif found.kind == "lot":
        title = obj.item.name
        facts.append(("lot", obj.code))
        if obj.date:
            facts.append((obj.date_kind or "date", obj.date.isoformat()))
    elif found.kind == "document":
        title = obj.code
        facts += [("owner", obj.owner.name), ("date", obj.effective_date.isoformat()),
                  ("status", obj.status)]
    return ScanSummary(found.kind, found.code, title, tuple(facts),
                       found.problem or found.note)
