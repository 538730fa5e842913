"""Donations logs as goods received notes, one per day and donor, in one transaction: the
English sample as it is, and variants with bad rows (the sheet's and the intake desk's)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import python_calamine

from models import Document, Donor, Movement
from tests.imports.sheets import make_sheet, sample
from warehouse_app import periods
from warehouse_app.cli import main
from warehouse_app.imports.donations import import_donations
from warehouse_app.ledger import month_start

EN = "donations_log_2026-10_en.xlsx"
HEADERS = ["Date", "Donor", "Donor type", "Item", "Size", "Qty", "Unit", "Weight (kg)",
           "Boxes", "Notes"]


def _sheet_by_calamine(path):
    """The sample read by another reader: (date, donor) groups, quantity per item, kg."""
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    groups, per_item, grams = set(), defaultdict(Decimal), 0
    for r in rows[1:]:
        day = r[0] if isinstance(r[0], dt.date) else dt.datetime.strptime(r[0], "%d/%m/%Y")
        day = day.date() if isinstance(day, dt.datetime) else day
        groups.add((day, r[1]))
        per_item[r[3]] += Decimal(repr(r[5])) if isinstance(r[5], float) else Decimal(r[5])
        grams += int(Decimal(repr(float(r[7]))) * 1000)
    return groups, per_item, grams


def test_english_sample_as_it_is(hangar):
    h = hangar
    path = sample(EN)
    result = import_donations(h.coord, h.aid, path, create_items=True)
    assert result.written, [str(p) for p in result.problems[:5]]
    groups, per_item, grams = _sheet_by_calamine(path)
    receipts = Document.select().where(Document.kind == "receipt")
    assert receipts.count() == len(groups) == len(result.documents)
    assert {(d.effective_date, d.donor.name) for d in receipts} == groups
    got = defaultdict(Decimal)
    for m in Movement.select().where(Movement.owner == h.aid.id):
        got[m.item.name] += m.quantity
    assert got == per_item
    assert sum(m.weight_g for m in Movement.select()) == grams
    kent = Donor.get(Donor.name == "Kent Refugee Action collection")
    assert kent.donor_type == "collection"
    assert Donor.get(Donor.name == "Carrefour Calais").donor_type == "company"


def test_one_transaction_and_every_refusal_named(hangar, tmp_path, capsys, db_url):
    h = hangar
    today = h.today
    tomorrow = today + dt.timedelta(days=1)
    rows = [
        [today, "Kent collection drive", "collection", "Soap bar", None, 10, "pcs", 1, 1, None],
        [today, "Ms Jones", "individual", "Jacket", "M", 2, "pcs", "1,5", 1, None],
        [today.strftime("%d/%m/%Y"), "Ms Jones", "individual", "Jacket", "L", 1, "pcs", None,
         None, None],
        # the intake desk refuses perishable food without a date
        [today, "Ms Jones", "individual", "Tinned tomatoes 400 g", None, 24, "pcs", 10, 2, None],
        [tomorrow, "Ms Jones", "individual", "Soap bar", None, 1, "pcs", None, None, None],
        ["TOTAL", None, None, None, None, "=SUM(F2:F6)", None, None, None, None],
    ]
    path = make_sheet(tmp_path / "log.xlsx", HEADERS, rows)
    result = import_donations(h.vol, h.aid, path)
    assert not result.written and Document.select().count() == 0
    by_row = {p.row: p for p in result.problems}
    assert set(by_row) == {7}  # the sheet's own checks come first: the future date
    assert (by_row[7].column, by_row[7].header) == ("A", "Date")
    assert "in the future" in by_row[7].problem

    code = main(["--db", db_url, "import", "donations", str(path), "--org", "AID",
                 "--as", "Vera", "--good-rows-only"])
    out = capsys.readouterr().out
    assert code == 1
    assert "REFUSED row 6: date: Tinned tomatoes 400 g [FOOD-TOM-400] needs a use-by" in out
    assert "REFUSED row 7, column A (Date)" in out
    assert (8, "total row") in import_donations(h.vol, h.aid, path, dry_run=True,
                                                good_rows_only=True).skipped
    posted = sorted((m.item.code, m.quantity, m.weight_g) for m in Movement.select())
    assert posted == [("CLO-JKT-M-L", 1, None), ("CLO-JKT-M-M", 2, 1500), ("HYG-SOAP", 10, 1000)]
    assert Document.select().count() == 2  # Kent today; Ms Jones today
    assert Donor.get(Donor.name == "Ms Jones").donor_type == "individual"


def test_a_closed_month_is_refused_by_row(hangar, tmp_path):
    h = hangar
    last_month = month_start(month_start(h.today) - dt.timedelta(days=1))
    periods.close_month(h.coord, h.aid, last_month)
    path = make_sheet(tmp_path / "old.xlsx", HEADERS, [
        [last_month + dt.timedelta(days=3), "Ms Jones", "individual", "Soap bar", None, 5, "pcs",
         None, None, None],
        [h.today, "Ms Jones", "individual", "Soap bar", None, 5, "pcs", None, None, None],
    ])
    result = import_donations(h.vol, h.aid, path)
    assert [(p.row, p.column) for p in result.problems] == [(3, "A")]  # blank row 1, header 2
    assert "closed for AID" in result.problems[0].problem
    assert Document.select().count() == 0
