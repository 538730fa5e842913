"""`warehouse-app kitchen ...`: the day's batches and a recall from the command line, on
the kitchen of tests/kitchen/conftest.py, both databases."""

from __future__ import annotations

import datetime as dt

from models import MealBatch
from warehouse_app import clock
from warehouse_app.cli import main
from warehouse_app.kitchen import desk as kitchen_desk


def run(capsys, db_url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _batch(h) -> MealBatch:
    row = kitchen_desk.cook(h.cook, h.dal_recipe.id, 50, "Kofi", h.kit.id)
    batch = MealBatch.get_by_id(row.id)
    cooked = batch.cooked_at if isinstance(batch.cooked_at, dt.datetime) else \
        dt.datetime.fromisoformat(batch.cooked_at)
    kitchen_desk.record_check(h.cook, row.id, "core", "70", measured_at=cooked)
    return batch


def test_kitchen_batches_of_a_day(capsys, db_url, kitchen_hangar):
    h = kitchen_hangar
    batch = _batch(h)
    code, out, _ = run(capsys, db_url, "kitchen", "batches", "--as", "Kofi")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"KIT {clock.today().isoformat()}: 1 batch(es)"
    assert lines[1].split()[:2] == [batch.lot.code, "Dal"] and "on hold" in lines[1]
    assert lines[2].strip().startswith("core failed at") and "no cooling temperature" in lines[3]
    code, out, _ = run(capsys, db_url, "kitchen", "batches", "--date", "2001-01-01")
    assert (code, out) == (0, "KIT 2001-01-01: 0 batch(es)\n")
    code, _, err = run(capsys, db_url, "kitchen", "batches", "--date", "yesterday")
    assert code == 2 and "YYYY-MM-DD" in err


def test_kitchen_trace_prints_and_writes_the_recall(capsys, db_url, kitchen_hangar, tmp_path):
    from openpyxl import load_workbook

    h = kitchen_hangar
    batch = _batch(h)
    out_file = tmp_path / "recall.xlsx"
    code, out, _ = run(capsys, db_url, "kitchen", "trace", "L2291", "--xlsx", str(out_file))
    assert code == 0
    assert out.startswith("Lot L2291: Vegetable stock [FOOD-STOCK], use_by ")
    assert "Kent collection drive" in out and batch.lot.code in out
    rows = list(load_workbook(out_file, read_only=True)["Batches"].values)
    assert rows[1][:2] == ("L2291", batch.lot.code)

    code, out, _ = run(capsys, db_url, "kitchen", "trace", "L" + batch.lot.code)
    assert code == 0 and out.startswith(f"Meal batch {batch.lot.code}: Dal v1")
    assert "lot LENT-A" in out and "from Kent collection drive" in out

    code, out, _ = run(capsys, db_url, "kitchen", "trace", "FOOD-LENT")
    assert code == 0 and "LENT-B" in out and "LENT-A" in out
    code, _, err = run(capsys, db_url, "kitchen", "trace", "NOPE-1")
    assert code == 1 and "no lot NOPE-1" in err
