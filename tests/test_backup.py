"""Backups and restores keep every row and id: SQLite -> file -> SQLite, PostgreSQL -> file ->
SQLite, SQLite -> PostgreSQL; a restore refuses a non-empty target or a file that is no backup;
the daily backup is written once a day and old ones are pruned."""

from __future__ import annotations

import datetime as dt

import pytest

from models import Balance, Box, Document, Item, Lot, Movement, Organisation, User, database
from models.db import sqlite_url
from tests.conftest import create_pg_database, drop_pg_database, pg_available, pg_url_for
from warehouse_app import backup, ledger
from warehouse_app.database import close_database, open_database
from warehouse_app.intake.receipts import ReceiptLine, receive_donation

COMPARED = (Organisation, User, Item, Lot, Document, Box, Movement, Balance)


def fill(h) -> None:
    """Receipts into boxes with a use-by lot, a distribution and an undo: every kind of row."""
    receipt = receive_donation(
        h.vol, h.aid,
        [ReceiptLine(item=h.tomatoes, quantity=24, lot_code="L2291",
                     date=h.today + dt.timedelta(days=90), date_kind="use_by", box_no=1),
         ReceiptLine(item=h.jacket_m, quantity=4, weight_g=3200, box_no=2)],
        donor=h.donor, location=h.shelf_a1,
    )
    receive_donation(h.vol, h.kit, [ReceiptLine(item=h.lentils, quantity="12.5", date=h.today + dt.timedelta(days=300),
                                  date_kind="best_before")],
                     donor=h.donor, location=h.shelf_b1)
    with ledger.posting(h.vol, "distribution", h.aid, destination=h.site) as post:
        post.add(owner=h.aid, item=h.jacket_m, quantity=-1, kind="issue",
                 location=h.shelf_a1, box=receipt.boxes[1])
    ledger.reverse(h.coord, post.document)


def fingerprint() -> dict[str, list[tuple]]:
    """Every compared row as Python values, by id: equal whatever database holds them."""
    return {
        m._meta.table_name: list(m.select().order_by(*_order(m)).tuples()) for m in COMPARED
    }


def _order(model):
    return [model._meta.primary_key]


@pytest.fixture
def target_pg():
    if not pg_available():
        pytest.skip("PostgreSQL not reachable")
    name = create_pg_database()
    yield pg_url_for(name)
    close_database()
    drop_pg_database(name)


def test_backup_then_restore_into_sqlite_keeps_every_row(hangar, tmp_path):
    fill(hangar)
    before = fingerprint()
    path = backup.backup(tmp_path / "copy.db")
    close_database()

    result = backup.restore(path, sqlite_url(tmp_path / "restored.db"))
    assert result.findings == []
    assert result.rows["movement"] == len(before["movement"]) == 5
    assert fingerprint() == before


def test_restore_into_postgresql_resets_ids(hangar, tmp_path, target_pg):
    fill(hangar)
    before = fingerprint()
    path = backup.backup(tmp_path / "copy.db")
    close_database()

    result = backup.restore(path, target_pg)
    assert result.findings == []
    assert fingerprint() == before
    # The next document and movement get fresh ids and the next number, not a collision.
    aid = Organisation.get(Organisation.code == "AID")
    vera = User.get(User.name == "Vera")
    with ledger.posting(vera, "receipt", aid) as post:
        post.add(owner=aid, item=Item.get(Item.code == "HYG-SOAP"), quantity=1, kind="receipt")
    assert post.document.id > max(r[0] for r in before["document"])
    assert post.document.code.endswith("-00003")


def test_copy_database_sqlite_to_postgresql(hangar, db_url, tmp_path, target_pg):
    fill(hangar)
    before = fingerprint()
    close_database()
    result = backup.copy_database(db_url, target_pg)
    assert result.findings == [] and result.total > 0
    assert fingerprint() == before


def test_restore_refuses_a_target_that_holds_data(hangar, tmp_path, db_url):
    fill(hangar)
    path = backup.backup(tmp_path / "copy.db")
    with pytest.raises(backup.BackupError, match="not empty"):
        backup.restore(path, db_url)
    open_database(db_url)
    assert Movement.select().count() == 5  # untouched


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("shopping list\n" * 100)
    with pytest.raises(backup.BackupError, match="not a Hangar backup"):
        backup.restore(text, sqlite_url(tmp_path / "target.db"))
    with pytest.raises(backup.BackupError, match="no backup file"):
        backup.restore(tmp_path / "missing.db", sqlite_url(tmp_path / "target.db"))


def test_restore_refuses_an_empty_sqlite_file(tmp_path):
    import sqlite3

    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(backup.BackupError, match="no schema version"):
        backup.restore(empty, sqlite_url(tmp_path / "target.db"))


def test_daily_backup_once_a_day_and_pruned(hangar, tmp_path):
    fill(hangar)
    today = dt.date(2026, 3, 31)
    first = backup.daily_backup(keep_days=30, today=today)
    assert first is not None and first.name == "hangar-daily-2026-03-31.db"
    assert backup.daily_backup(keep_days=30, today=today) is None
    folder = first.parent
    old = folder / "hangar-daily-2026-02-27.db"
    kept = folder / "hangar-daily-2026-03-02.db"
    unrelated = folder / "hangar-before-v1-to-v2.db"
    for f in (old, kept, unrelated):
        f.write_bytes(b"")
    backup.daily_backup(keep_days=30, today=today + dt.timedelta(days=1))
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "hangar-before-v1-to-v2.db", "hangar-daily-2026-03-02.db",
        "hangar-daily-2026-03-31.db", "hangar-daily-2026-04-01.db",
    ]


def test_backup_file_is_a_standalone_sqlite_database(hangar, tmp_path):
    fill(hangar)
    path = backup.backup(tmp_path / "b.db")
    close_database()
    open_database(sqlite_url(path))
    assert Movement.select().count() == 5
    assert database.obj.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
