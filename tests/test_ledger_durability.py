"""The ledger under the two things a hangar throws at it: two desks racing for the last
units, and a process killed (power cut, crash) in the middle of posting."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

from models import Balance, Document, Movement, database
from tests.factories import put_stock
from warehouse_app import integrity
from warehouse_app.errors import InsufficientStock
from warehouse_app.goods_out import distribution


def _race(hangar, quantity_each: int) -> list[str]:
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk():
        database.connect(reuse_if_open=True)  # each thread its own connection
        try:
            barrier.wait()
            distribution.distribute(
                hangar.coord, hangar.aid, hangar.site,
                [distribution.IssueLine(hangar.soap, quantity_each)],
            )
            outcomes.append("ok")
        except InsufficientStock:
            outcomes.append("refused")
        finally:
            database.close()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return sorted(outcomes)


def test_two_desks_taking_the_last_units_at_once(hangar):
    """Exactly one of two simultaneous distributions of the last units succeeds."""
    for _ in range(8):
        put_stock(hangar.coord, hangar.aid, hangar.soap, 3, location=hangar.shelf_a1)
        assert _race(hangar, 3) == ["ok", "refused"]
        assert Balance.select().where(Balance.quantity < 0).count() == 0
        on_hand = sum(b.quantity for b in Balance.select().where(Balance.item == hangar.soap.id))
        assert on_hand == 0
    assert integrity.check() == []


POSTER = r"""
import sys, datetime as dt
from models import User, Item, Organisation, Donor, Location
from warehouse_app.database import open_database
from warehouse_app.intake import receipts as intake
open_database(sys.argv[1])
coord = User.get(User.name == "Colette")
owner = Organisation.get(Organisation.code == "AID")
items = list(Item.select().where(Item.perishable == False))
shelf = Location.get(Location.code == "LOC-A-01-1")
n = 0
while True:
    n += 1
    lines = [
        intake.ReceiptLine(item=items[i % len(items)], quantity=i + 1, box_no=1 + i % 4,
                           location=shelf)
        for i in range(40)
    ]
    r = intake.receive_donation(coord, owner, lines, note="lines=40")
    print(r.document.code, flush=True)
"""


def test_killed_mid_posting_leaves_whole_documents(hangar, db_url, tmp_path):
    """SIGKILL at random moments while receipts post: each is whole or absent."""
    database.close()  # the child writes; we look afterwards
    script = tmp_path / "poster.py"
    script.write_text(POSTER)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    seen: list[str] = []
    rng = random.Random(7)
    for _ in range(4):
        child = subprocess.Popen(
            [sys.executable, str(script), db_url], stdout=subprocess.PIPE, text=True, env=env,
        )
        for _ in range(3):  # let a few receipts land, then kill at a random instant
            line = child.stdout.readline()
            assert line, "the poster died before posting anything"
            seen.append(line.strip())
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()

    database.connect(reuse_if_open=True)
    receipts = list(Document.select().where(Document.kind == "receipt"))
    codes = {d.code for d in receipts}
    assert set(seen) <= codes, "a receipt reported as posted is missing"
    for doc in receipts:
        assert Movement.select().where(Movement.document == doc).count() == 40, doc.code
    total = sum(m.quantity for m in Movement.select())
    assert total == Decimal(sum(range(1, 41))) * len(receipts)
    assert integrity.check() == []
