"""`warehouse-app count ...`: a blind count of zone A on paper, from start to approval, and
the exit codes of its refusals (1, one line) and of wrong words (2)."""

from __future__ import annotations

import pytest

from models import Balance, CountSession
from tests.counts.test_sheet import fill
from warehouse_app import integrity
from warehouse_app.cli import main


def run(capsys, db_url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_blind_paper_count_from_start_to_approval(capsys, db_url, shelves, tmp_path):
    h = shelves
    code, out, _ = run(capsys, db_url, "count", "start", "--org", "aid", "--location", "loc-a",
                       "--blind", "--as", "Colette")
    session = CountSession.get()
    assert code == 0 and out == (f"{session.code}: blind count of AID, places LOC-A (with what "
                                 f"is inside), dated {h.today.isoformat()}\n")
    sheet = tmp_path / "zone-a.xlsx"
    code, out, _ = run(capsys, db_url, "count", "export", session.code, "--out", str(sheet))
    assert (code, out) == (0, f"{session.code}: 3 position(s) written to {sheet}\n")
    fill(sheet, {"HYG-SOAP": 37, "CLO-JKT-M-M": 12, "FOOD-TOM-400": 30},
         reasons={"HYG-SOAP": "Lost"}, counted_by="Vera")
    code, out, _ = run(capsys, db_url, "count", "import", session.code, str(sheet))
    assert (code, out) == (0, f"{session.code}: 3 line(s) counted from zone-a.xlsx\n")

    code, _, err = run(capsys, db_url, "count", "review", session.code)
    assert code == 1 and "blind count still being counted" in err and err.count("\n") == 1
    assert run(capsys, db_url, "count", "submit", session.code, "--as", "Vera")[0] == 0
    code, out, _ = run(capsys, db_url, "count", "review", session.code, "--as", "Colette")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].split() == ["line", "place", "box", "item", "lot", "status", "book",
                                "counted", "diff", "kg", "reason"]
    assert lines[2].split() == ["1", "LOC-A-01-1", "HYG-SOAP", "Soap", "bar", "usable", "40",
                                "37", "-3", "-0.3", "lost"]
    assert lines[-1] == "1 variance(s)"

    code, _, err = run(capsys, db_url, "count", "approve", session.code, "--as", "Vera")
    assert code == 1 and err == "error: Vera (volunteer) may not approve count for AID\n"
    code, out, _ = run(capsys, db_url, "count", "approve", session.code, "--as", "Colette")
    assert code == 0 and out.startswith(f"{session.code}: approved; CNT-{h.today.year}-00001 "
                                        "posted with 1 adjustment(s)")
    soap = Balance.get((Balance.owner == h.aid.id) & (Balance.item == h.soap.id)
                       & (Balance.location_id == h.shelf_a1.id))
    assert soap.quantity == 37 and integrity.check() == []


def test_refusals_exit_1_with_one_line_and_wrong_words_exit_2(capsys, db_url, shelves, tmp_path):
    run(capsys, db_url, "count", "start", "--org", "AID", "--location", "LOC-B-01-1")
    session = CountSession.get()
    sheet = tmp_path / "b.xlsx"
    run(capsys, db_url, "count", "export", session.code, "--out", str(sheet))
    fill(sheet, {"FOOD-LENT": "many"})
    code, _, err = run(capsys, db_url, "count", "import", session.code, str(sheet))
    assert code == 1 and err == "error: b.xlsx: row 11, Counted: 'many' is not a number\n"
    fill(sheet, {"FOOD-LENT": 8}, counted_by="Colette")
    assert run(capsys, db_url, "count", "import", session.code, str(sheet))[0] == 0
    assert run(capsys, db_url, "count", "submit", session.code)[0] == 0
    code, _, err = run(capsys, db_url, "count", "approve", session.code, "--as", "Colette",
                       "--reason", "1=lost")
    assert code == 1 and err == (f"error: {session.code}: Colette counted in this session "
                                 "(lines 1): another coordinator or admin must approve it\n")
    code, _, err = run(capsys, db_url, "count", "approve", session.code, "--as", "Ada")
    assert code == 1 and err.startswith("error: line 1, reason: -0.5 of Red lentils")
    assert run(capsys, db_url, "count", "approve", session.code, "--as", "Ada",
               "--reason", "1 lost")[0] == 2
    with pytest.raises(SystemExit) as usage:  # --as is required: argparse's own exit
        run(capsys, db_url, "count", "approve", session.code)
    assert usage.value.code == 2
    assert run(capsys, db_url, "count", "review", "CS-1999-00001")[:2] == (1, "")
    code, out, _ = run(capsys, db_url, "count", "approve", session.code, "--as", "Ada",
                       "--reason", "1=data error")
    assert code == 0 and "posted with 1 adjustment(s)" in out
    code, _, err = run(capsys, db_url, "count", "start", "--org", "AID", "--date", "2026-13-01")
    assert code == 2 and "give YYYY-MM-DD" in err
