"""Two workstations on one PostgreSQL server whose own clocks are a day and more apart
post and close months as one hangar: each takes the server's time (issue 13)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import Document
from warehouse_app import clock

ROOT = Path(__file__).resolve().parent.parent

# One workstation: its own clock set `days` off (the only thing faked is this machine's own
# clock, `_machine_now`), it opens the database as the window does, takes a scan and tries
# to close the month its own clock says is over.
WORKSTATION = """
import datetime as dt, json, sys
from warehouse_app import clock
real, days = clock._machine_now, float(sys.argv[2])
clock._machine_now = lambda: real() + dt.timedelta(days=days)
from models import Item, Organisation, User
from warehouse_app import periods
from warehouse_app.database import open_database
from warehouse_app.errors import HangarError
from warehouse_app.intake.receipts import receive_scan

open_database(sys.argv[1])
own_today = clock.day_of(clock._machine_now())
vol, coord = User.get(User.name == "Vera"), User.get(User.name == "Colette")
aid = Organisation.get(Organisation.code == "AID")
document = receive_scan(vol, aid, Item.get(Item.code == "HYG-SOAP"), 1).document
try:
    periods.close_month(coord, aid, own_today.replace(day=1) - dt.timedelta(days=1))
    closed = "closed"
except HangarError as exc:
    closed = exc.message
print(json.dumps({"own_today": own_today.isoformat(), "today": clock.today().isoformat(),
                  "skew_s": clock.skew().total_seconds(), "code": document.code,
                  "effective_date": document.effective_date.isoformat(), "closed": closed}))
"""


def _workstation(url: str, days: float) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", WORKSTATION, url, str(days)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def pg_hangar(pg_template, tmp_path, monkeypatch):
    """A small hangar on a fresh PostgreSQL database (the server's time is PostgreSQL's:
    this test has no SQLite twin)."""
    from tests.conftest import create_pg_database, drop_pg_database, pg_url_for
    from tests.factories import small_hangar
    from warehouse_app.database import close_database, open_database

    monkeypatch.setenv("HANGAR_DATA_DIR", str(tmp_path / "data"))
    name = create_pg_database(pg_template)
    url = pg_url_for(name)
    open_database(url)
    small_hangar()
    yield url
    close_database()
    drop_pg_database(name)


def test_workstations_a_day_apart_keep_one_hangar_day(pg_hangar):
    db_url = pg_hangar
    today = clock.today()  # the server's: this test's process opened the same server
    first_of_next = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    ahead = (first_of_next - today).days  # its clock is in next month already
    a = _workstation(db_url, ahead)
    b = _workstation(db_url, -1)  # and this one a day behind
    assert dt.date.fromisoformat(a["own_today"]) == first_of_next
    for w, days in ((a, ahead), (b, -1)):
        assert w["today"] == today.isoformat() == w["effective_date"]
        assert abs(w["skew_s"] - days * 86400) < 60
    # the machine a month ahead did not close this month for everyone
    assert "has not ended" in a["closed"]
    first, second = (Document.get(Document.code == w["code"]) for w in (a, b))
    assert first.id < second.id and first.created_at <= second.created_at
    assert second.code.endswith("2") and first.code[:9] == second.code[:9]
