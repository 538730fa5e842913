"""The synthetic hangar the benchmarks run on: 9 NGOs, 5,000 items, 1,000,000 ledger rows
over two years, with balances, documents and gapless numbers that agree with the ledger.

Built once and cached in bench/.cache/ (keyed on the schema version), the fast way
(PERFORMANCE.md): a migrated file, its ledger indexes dropped, plain sqlite3 executemany,
then the indexes rebuilt. Stock never goes negative: an issue takes at most what the
simulated balance holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase
from stdnum import ean

from models.migrations import LATEST, migrate

CACHE = Path(__file__).parent / ".cache"
OWNERS = 9
ITEMS = 5_000
SHELVES = 100
MOVEMENTS = 1_000_000
DAYS = 730
BUSY_OWNER, BUSY_ITEM = 1, 1  # one item of one NGO moves every day: the busy stock card
INDEXED = ("movement", "balance", "document")
CHUNK = 100_000


def hangar_file(say: Callable[[str], None] = print) -> Path:
    """The cached synthetic hangar, built first if this schema (and this builder) has none
    yet: keyed on the migration and builder sources, so a changed index is never measured
    on a file built before it."""
    path = CACHE / f"hangar-v{LATEST}-{_source_digest()}-{MOVEMENTS}.db"
    if not path.exists():
        start = time.perf_counter()
        say(f"building the synthetic hangar ({MOVEMENTS:,} movements) in {path} ...")
        part = path.with_suffix(".part")
        part.unlink(missing_ok=True)
        build(part)
        part.replace(path)
        say(f"built in {time.perf_counter() - start:.1f} s")
    return path


def _source_digest() -> str:
    import models.migrations

    digest = hashlib.sha256(Path(__file__).read_bytes())
    for step in sorted(Path(models.migrations.__file__).parent.glob("m*.py")):
        digest.update(step.read_bytes())
    return digest.hexdigest()[:10]


def build(path: Path, seed: int = 42) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = SqliteDatabase(str(path))
    schema.connect()
    migrate(schema)
    schema.close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({', '.join('?' for _ in INDEXED)})", INDEXED,
        ).fetchall()
        conn.execute("BEGIN")
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        _reference(conn, random.Random(seed))
        _ledger(conn, random.Random(seed + 1))
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _reference(conn: sqlite3.Connection, rng: random.Random) -> None:
    stamp = "2024-01-01 08:00:00"
    conn.executemany(
        'INSERT INTO "organisation" (id, code, name, colour, active, created_at) '
        "VALUES (?, ?, ?, ?, 1, ?)",
        [(n, f"NGO{n}", f"Synthetic NGO {n}", "#555555", stamp) for n in range(1, OWNERS + 1)],
    )
    people = [(1, "Admin", 1, "admin")] + [
        (n + 1, f"Volunteer {n}", n, "volunteer") for n in range(1, OWNERS + 1)
    ]
    conn.executemany(
        'INSERT INTO "user" (id, name, organisation_id, role, active, created_at) '
        "VALUES (?, ?, ?, ?, 1, ?)", [(*p, stamp) for p in people],
    )
    conn.execute('INSERT INTO "category" (id, name, active) VALUES (1, \'Everything\', 1)')
    conn.executemany(
        'INSERT INTO "item" (id, code, name, category_id, unit, perishable, allergens, '
        "weight_per_unit_g, active, created_at) VALUES (?, ?, ?, 1, 'piece', 0, '', ?, 1, ?)",
        [(n, f"ITEM-{n:05d}", f"Synthetic item {n}", rng.randint(50, 2000), stamp)
         for n in range(1, ITEMS + 1)],
    )
    barcodes = []
    for n in range(1, ITEMS + 1):
        payload = f"2{n:011d}"  # GS1's in-store range: never a real company's GTIN
        barcodes.append((n, payload + ean.calc_check_digit(payload), n, stamp))
    conn.executemany(
        'INSERT INTO "product_barcode" (id, code, item_id, pack_quantity, created_at) '
        "VALUES (?, ?, ?, 1000, ?)", barcodes,
    )
    conn.executemany(
        'INSERT INTO "location" (id, code, name, kind, active) VALUES (?, ?, ?, \'shelf\', 1)',
        [(n, f"LOC-S-{n:03d}", f"Shelf {n}") for n in range(1, SHELVES + 1)],
    )
    conn.execute('INSERT INTO "donor" (id, name, donor_type, created_at) '
                 "VALUES (1, 'Synthetic donor', 'company', ?)", (stamp,))
    conn.execute("INSERT INTO \"destination\" (id, name, kind, active) "
                 "VALUES (1, 'Synthetic site', 'site', 1)")


def shelf_of(item: int) -> int:
    """Each item lives on one shelf, so its balances stay few."""
    return 1 + item % SHELVES


def _ledger(conn: sqlite3.Connection, rng: random.Random) -> None:
    first_day = dt.date.today() - dt.timedelta(days=DAYS)
    balance: dict[tuple[int, int], int] = defaultdict(int)
    numbers: dict[tuple[str, str], int] = defaultdict(int)
    documents, movements = [], []
    made = 0
    document_id = 0
    while made < MOVEMENTS:
        day = first_day + dt.timedelta(days=made * DAYS // MOVEMENTS)
        owner = rng.randint(1, OWNERS)
        receipt = rng.random() < 0.55
        lines = []
        for _ in range(rng.randint(1, 9)):
            busy = owner == BUSY_OWNER and rng.random() < 0.05
            item = BUSY_ITEM if busy else rng.randint(1, ITEMS)
            key = (owner, item)
            if receipt:
                quantity = rng.randint(1, 50) * 1000
            else:
                quantity = -min(balance[key], rng.randint(1, 20) * 1000)
                if quantity == 0:
                    continue
            balance[key] += quantity
            lines.append((item, quantity))
            if made + len(lines) >= MOVEMENTS:
                break
        if not lines:
            continue
        document_id += 1
        kind = "receipt" if receipt else "distribution"
        period = str(day.year)
        numbers[(kind, period)] += 1
        stamp = f"{day.isoformat()} 10:00:00"
        code = f"{'DON' if receipt else 'DIS'}-{period}-{numbers[(kind, period)]:05d}"
        documents.append((document_id, kind, code, owner, 1 if receipt else None,
                          None if receipt else 1, day.isoformat(), owner + 1, stamp))
        movement_kind = "receipt" if receipt else "issue"
        for line, (item, quantity) in enumerate(lines, start=1):
            made += 1
            movements.append((made, document_id, line, owner, item, shelf_of(item), quantity,
                              movement_kind, day.isoformat(), owner + 1, stamp))
        if len(movements) >= CHUNK:
            _flush(conn, documents, movements)
    _flush(conn, documents, movements)
    conn.executemany(
        'INSERT INTO "balance" (owner_id, item_id, lot_id, location_id, box_id, status, '
        "quantity, weight_g) VALUES (?, ?, 0, ?, 0, 'usable', ?, 0)",
        [(owner, item, shelf_of(item), q) for (owner, item), q in sorted(balance.items())],
    )
    conn.executemany(
        'INSERT INTO "document_sequence" (kind, period, last_number) VALUES (?, ?, ?)',
        [(kind, period, n) for (kind, period), n in sorted(numbers.items())],
    )


def _flush(conn: sqlite3.Connection, documents: list, movements: list) -> None:
    conn.executemany(
        'INSERT INTO "document" (id, kind, code, owner_id, donor_id, destination_id, status, '
        "effective_date, created_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?, 'posted', ?, ?, ?)",
        documents,
    )
    conn.executemany(
        'INSERT INTO "movement" (id, document_id, line, owner_id, item_id, location_id, status, '
        "quantity, kind, effective_date, created_by_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'usable', ?, ?, ?, ?, ?)",
        movements,
    )
    documents.clear()
    movements.clear()
