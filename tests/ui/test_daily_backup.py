"""The window backs its SQLite database up once a day by itself, behind the sign-in page,
kept 30 days; a PostgreSQL server is backed up on the office machine instead."""

from __future__ import annotations

import sqlite3

from models.db import database
from warehouse_app import clock


def test_opening_the_window_makes_the_days_backup_of_a_file_database(
        qtbot, make_window, db_url, hangar):
    from ui import operations
    from warehouse_app import config

    folder = config.backups_dir()
    old = folder / "hangar-daily-2000-01-01.db"
    old.write_bytes(b"")
    window = make_window(db_url, open_db=False)
    window.backup_delay_ms = 200  # a minute in real use, so as not to slow the start
    window.open_database()
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    qtbot.wait(400)
    qtbot.waitUntil(lambda: operations.running_count() == 0, timeout=10_000)
    today = folder / f"hangar-daily-{clock.today().isoformat()}.db"
    if database.obj.__class__.__name__ == "SqliteDatabase":
        assert today.is_file(), window.statusBar().currentMessage()
        assert not old.exists()  # older than 30 days: pruned
        with sqlite3.connect(today) as copy:  # a whole hangar, not an empty file
            assert copy.execute("SELECT count(*) FROM organisation").fetchone() == (3,)
    else:
        assert not today.exists()
        assert old.exists()
    assert window.statusBar().currentMessage() == ""
