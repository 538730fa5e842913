"""Numbered schema migrations, applied in order, each in its own transaction.

Each step is a module `mNNNN_name.py` with `VERSION` and either the DDL tuples
`SQLITE` and `POSTGRES`, or a function `apply(db)`. The schema's version lives in
the one-row table `schema_version`. Callers back up the database first
(`warehouse_app.database.open_database` does); this module only applies steps.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from peewee import Database, SqliteDatabase


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Hangar than this one: refuse, never damage it."""

    def __init__(self, found: int, supported: int):
        self.found, self.supported = found, supported
        super().__init__(
            f"this database is at schema version {found}, but this Hangar knows only up to "
            f"version {supported}: install the newer Hangar that wrote it"
        )


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    module: ModuleType

    def apply(self, db: Database) -> None:
        if hasattr(self.module, "apply"):
            self.module.apply(db)
            return
        statements = self.module.SQLITE if isinstance(db, SqliteDatabase) else self.module.POSTGRES
        for sql in statements:
            db.execute_sql(sql)


def _steps() -> list[Step]:
    steps = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            steps.append(Step(module.VERSION, info.name, module))
    steps.sort(key=lambda s: s.version)
    if [s.version for s in steps] != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"migration versions are not 1..N: {[s.version for s in steps]}")
    return steps


STEPS = _steps()
LATEST = STEPS[-1].version


def schema_version(db: Database) -> int:
    """0 for an empty database."""
    if "schema_version" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def pending(db: Database, target: int | None = None) -> list[Step]:
    # LATEST is read at call time, not bound as a default, so a ladder extended later
    # (tests add a step) is seen whole.
    target = LATEST if target is None else target
    found = schema_version(db)
    if found > LATEST:
        raise SchemaTooNew(found, LATEST)
    return [s for s in STEPS if found < s.version <= target]


def migrate(
    db: Database,
    before_step: Callable[[int, int], None] | None = None,
    target: int | None = None,
) -> list[int]:
    """Bring the database to `target` (the latest by default); returns the versions applied.

    `before_step(from_version, to_version)` runs once before the first step, when there
    is anything to do on a database that already holds a schema (to take a backup).
    """
    todo = pending(db, target)
    if not todo:
        return []
    found = schema_version(db)
    if found and before_step is not None:
        before_step(found, todo[-1].version)
    for step in todo:
        with db.atomic():
            if step.version == 1:
                db.execute_sql("CREATE TABLE schema_version (version INTEGER NOT NULL)")
                db.execute_sql("INSERT INTO schema_version (version) VALUES (0)")
            step.apply(db)
            db.execute_sql(
                "UPDATE schema_version SET version = " + str(int(step.version))
            )
    return [s.version for s in todo]
