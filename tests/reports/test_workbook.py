"""One month of known activity, so every column of the report has an exact expected value;
formula-like text stays text; partners see their own organisation only; the CLI; and the
workbook opens in LibreOffice (when installed)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal

import pytest

from models import Category, Item, Lot
from tests.factories import put_stock
from tests.reports.readback import figures_by_key, header_block, sheets, table
from warehouse_app import clock, periods
from warehouse_app.cli import main
from warehouse_app.errors import PermissionDenied
from warehouse_app.goods_out.distribution import IssueLine, distribute
from warehouse_app.goods_out.moves import move_stock
from warehouse_app.goods_out.transfers import lend, repay, transfer
from warehouse_app.intake.receipts import ReceiptLine, receive_donation
from warehouse_app.ledger import month_start
from warehouse_app.picking import StockLine
from warehouse_app.reports.monthly import monthly_report
from warehouse_app.reports.xlsx import write_monthly_workbook
from warehouse_app.stock.adjustments import (
    AdjustmentLine,
    LossLine,
    adjust,
    quarantine,
    record_loss,
)
from warehouse_app.undo import undo


def _month(h) -> dt.date:
    return month_start(h.today)


def test_each_column_counts_its_own_kinds(hangar, tmp_path):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 100, location=h.shelf_a1)  # an imported opening
    receipt = receive_donation(h.vol, h.aid, [ReceiptLine(h.soap, 40, location=h.shelf_a1)],
                               donor=h.donor)
    receive_donation(h.vol, h.aid, [ReceiptLine(h.soap, 7, location=h.shelf_a1)], donor=h.donor)
    undo(h.coord, receipt.document, reason="typed twice")  # received: 40 + 7 - 40
    distribute(h.coord, h.aid, h.site, [IssueLine(h.soap, 12)])
    transfer(h.coord, h.aid, h.ref, [StockLine(h.soap, 5)])
    loan = lend(h.coord, h.aid, h.kit, [StockLine(h.soap, 8)],
                due_date=h.today + dt.timedelta(days=10))
    repay(h.coord, loan, [StockLine(h.soap, 3)])
    record_loss(h.coord, h.aid, [LossLine(h.soap, 2, "damaged")])
    adjust(h.coord, h.aid, [AdjustmentLine(h.soap, -1, "lost", location=h.shelf_a1)])
    quarantine(h.coord, h.aid, [StockLine(h.soap, 4)], reason="wet")
    move_stock(h.coord, h.aid, h.soap, 10, from_location=h.shelf_a1, to_location=h.shelf_a2)

    path = write_monthly_workbook(monthly_report(h.coord, h.aid, _month(h)), tmp_path / "aid.xlsx")
    soap = figures_by_key(path)[("HYG-SOAP", "")]
    assert soap == {
        "Opening": 0, "Imported balances": 100, "Received": 7, "Transfers in": 3,
        "Produced": 0, "Distributed": 12, "Transfers out": 13, "Used in production": 0,
        "Losses": 2, "Count adjustments": -1, "Closing": 82,
    }
    header = header_block(path)
    assert header["Books"] == "open"
    assert header["Date of the last count"] in (h.today, dt.datetime.combine(h.today, dt.time()))
    all_sheets = sheets(path)
    expected = {"Stock report", "Movements", "Donations", "Distributions", "Meal batches",
                "Kits built", "Count variances", "Near expiry & quarantine",
                "Outstanding loans", "Totals by category"}
    assert set(all_sheets) == expected
    donations = table(all_sheets["Donations"], 3)
    assert [(d["Donor"], d["Documents"], d["Quantity"]) for d in donations] == [
        ("Kent collection drive", 2, 7)]
    loans = table(all_sheets["Outstanding loans"], 3)
    assert [(x["Borrower"], x["Outstanding"]) for x in loans] == [("KIT", 5)]
    held = table(all_sheets["Near expiry & quarantine"], 3)
    assert [(x["Item code"], x["Quarantine"], x["Usable"]) for x in held] == [("HYG-SOAP", 4, 78)]
    variances = table(all_sheets["Count variances"], 3)
    assert [(v["Variance"], v["Reason"]) for v in variances] == [(-1, "lost")]


def test_near_expiry_uses_months_and_days_for_fresh_food(hangar, tmp_path):
    h = hangar
    soon = Lot.create(item=h.tomatoes, code="L-SOON", date=h.today + dt.timedelta(days=60),
                      date_kind="best_before")
    later = Lot.create(item=h.tomatoes, code="L-LATER", date=h.today + dt.timedelta(days=200),
                       date_kind="best_before")
    fresh_cat = Category.create(name="Fresh")
    milk = Item.create(code="FOOD-MILK", name="Fresh milk", category=fresh_cat, unit="litre",
                       perishable=True, shelf_life_days=7, weight_per_unit_g=1030)
    in_two = Lot.create(item=milk, code="M2", date=h.today + dt.timedelta(days=2),
                        date_kind="use_by")
    in_six = Lot.create(item=milk, code="M6", date=h.today + dt.timedelta(days=6),
                        date_kind="use_by")
    for item, lot in ((h.tomatoes, soon), (h.tomatoes, later), (milk, in_two), (milk, in_six)):
        put_stock(h.coord, h.kit, item, 10, lot=lot)
    report = monthly_report(h.coord, h.kit, _month(h))
    flags = {r.lot_code: r.near_expiry for r in report.rows}
    assert flags == {"L-SOON": True, "L-LATER": False, "M2": True, "M6": False}
    totals = {t.category: t for t in report.category_totals}
    # 20 tins of 420 g and 40 l of milk at 1,030 g: food kg / 0.5 kg a meal.
    assert totals["Food"].closing_kg == Decimal("8.4")
    assert totals["Food"].meals == 16


def test_formula_like_text_is_written_as_text(hangar, tmp_path, capsys, db_url):
    h = hangar
    food = Category.get(Category.name == "Food")
    for n, name in enumerate(("=SUM(A1)", "+33 cmd|' /C calc'!A0", "-2+3", "@HYPERLINK(x)")):
        item = Item.create(code=f"TXT-{n}", name=name, category=food, unit="piece")
        put_stock(h.coord, h.aid, item, 1)
    path = write_monthly_workbook(monthly_report(h.coord, h.aid, _month(h)), tmp_path / "t.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")}
    assert not any("<f>" in body or "<f " in body for body in xml.values())
    main_xml = xml["xl/worksheets/sheet1.xml"]
    cells = re.findall(r'<c r="B\d+"[^>]*t="inlineStr"[^>]*><is><t[^>]*>([^<]*)</t>', main_xml)
    assert {"=SUM(A1)", "+33 cmd|' /C calc'!A0", "-2+3", "@HYPERLINK(x)"} <= {
        c.replace("&amp;", "&").replace("&apos;", "'") for c in cells}
    descriptions = [r["Description"] for r in table(sheets(path)["Stock report"], 12)]
    assert "=SUM(A1)" in descriptions
    # The CSV of stock on hand follows the same rule.
    assert main(["--db", db_url, "stock", "--org", "AID", "--format", "csv"]) == 0
    assert "'=SUM(A1)" in capsys.readouterr().out


def test_partner_exports_its_own_organisation_only(hangar, tmp_path, capsys, db_url):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 3)
    put_stock(h.coord, h.ref, h.soap, 4)
    with pytest.raises(PermissionDenied):
        monthly_report(h.partner, h.aid, _month(h))
    own = monthly_report(h.partner, h.ref, _month(h))
    assert [(r.item_code, r.closing) for r in own.rows] == [("HYG-SOAP", 4)]
    month = f"{_month(h):%Y-%m}"
    code = main(["--db", db_url, "report", "monthly", "--org", "AID", "--month", month,
                 "--out", str(tmp_path / "x.xlsx"), "--as", "Petra"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "Petra (partner) may not export report for AID" in err[0]
    assert not (tmp_path / "x.xlsx").exists()
    assert main(["--db", db_url, "report", "monthly", "--all", "--month", month,
                 "--out", str(tmp_path / "all"), "--as", "Petra"]) == 1
    assert not (tmp_path / "all").exists()


def test_cli_writes_one_report_and_all_with_a_summary(hangar, tmp_path, db_url):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 3)
    put_stock(h.coord, h.ref, h.jacket_m, 2)
    month = f"{_month(h):%Y-%m}"
    out = tmp_path / "aid.xlsx"
    assert main(["--db", db_url, "report", "monthly", "--org", "aid", "--month", month,
                 "--out", str(out)]) == 0
    assert figures_by_key(out)[("HYG-SOAP", "")]["Closing"] == 3
    folder = tmp_path / "all"
    assert main(["--db", db_url, "report", "monthly", "--all", "--month", month,
                 "--out", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"hangar-summary-{month}.xlsx", f"stock-report-AID-{month}.xlsx",
                     f"stock-report-KIT-{month}.xlsx", f"stock-report-REF-{month}.xlsx"]
    summary = table(sheets(folder / f"hangar-summary-{month}.xlsx")["Organisations"], 3)
    assert [(s["Organisation"], s["Lines"]) for s in summary] == [("AID", 1), ("KIT", 0),
                                                                   ("REF", 1)]
    assert main(["--db", db_url, "report", "monthly", "--org", "AID", "--month", "2026-13",
                 "--out", str(out)]) == 1
    future = f"{clock.today().year + 1}-01"
    assert main(["--db", db_url, "report", "monthly", "--org", "AID", "--month", future,
                 "--out", str(out)]) == 1


def test_closed_month_opens_the_next_from_its_snapshot(hangar, tmp_path):
    h = hangar
    last_month = month_start(month_start(h.today) - dt.timedelta(days=1))
    put_stock(h.coord, h.aid, h.soap, 30, date=last_month + dt.timedelta(days=3))
    periods.close_month(h.coord, h.aid, last_month)
    put_stock(h.coord, h.aid, h.soap, 5)
    report = monthly_report(h.coord, h.aid, _month(h))
    (row,) = report.rows
    assert (row.opening, row.imported, row.closing) == (30, 5, 35)
    closed = monthly_report(h.coord, h.aid, last_month)
    assert closed.header.closed and closed.rows[0].closing == 30


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
def test_libreoffice_opens_and_converts_the_workbook(hangar, tmp_path):
    h = hangar
    put_stock(h.coord, h.aid, h.soap, 3)
    put_stock(h.coord, h.aid, h.lentils, Decimal("2.5"))
    path = write_monthly_workbook(monthly_report(h.coord, h.aid, _month(h)), tmp_path / "r.xlsx")
    profile = tmp_path / "lo-profile"
    for target in ("pdf", "csv"):
        done = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", target, "--outdir", str(tmp_path), str(path)],
            capture_output=True, text=True, timeout=180,
        )
        assert done.returncode == 0, done.stderr
        assert (tmp_path / f"r.{target}").stat().st_size > 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    text = (tmp_path / "r.csv").read_text(encoding="utf-8", errors="replace")
    assert "RPT-AID-" in text and "HYG-SOAP" in text and "2.5" in text
