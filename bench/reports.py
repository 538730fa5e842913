"""Reports and imports against their budgets (DESIGN.md) on the synthetic hangar: one NGO's
monthly report as .xlsx (< 3 s) and all nine with the hangar summary (< 15 s), with the
previous month closed as a hangar that uses Hangar would have it (rule 7: the opening is
read from the snapshot); the same report with no month ever closed (opening summed over
two years of ledger); and imports of a generated 10,000-row sheet (< 10 s), stock and
donations. Runs on a copy of the cached file.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from bench import synthetic
from models import Organisation, User
from models.db import sqlite_url
from warehouse_app.database import close_database, open_database
from warehouse_app.imports.donations import import_donations
from warehouse_app.imports.stock import import_stock
from warehouse_app.ledger import month_start
from warehouse_app.periods import close_month, previous_month
from warehouse_app.reports.monthly import monthly_report
from warehouse_app.reports.summary import write_all_reports
from warehouse_app.reports.xlsx import write_monthly_workbook

Report = Callable[..., None]
ONE_S, ALL_S, IMPORT_S = 3.0, 15.0, 10.0
IMPORT_ROWS = 10_000


def run(report: Report) -> None:
    source = synthetic.hangar_file()
    with tempfile.TemporaryDirectory(prefix="hangar-bench-reports-") as folder:
        work = Path(folder) / "hangar.db"
        shutil.copy(source, work)
        open_database(sqlite_url(work))
        try:
            admin = User.get(User.role == "admin")
            month = previous_month(month_start(dt.date.today()))
            owner = Organisation.get(Organisation.code == "NGO1")
            _one(report, "report_one_ngo_never_closed", admin, owner, month, Path(folder))
            for ngo in Organisation.select().order_by(Organisation.id):
                close_month(admin, ngo, previous_month(month))
            _one(report, "report_one_ngo", admin, owner, month, Path(folder))
            start = time.perf_counter()
            paths = write_all_reports(admin, month, Path(folder) / "all")
            took = time.perf_counter() - start
            report(f"report_all_{len(paths) - 1}_ngos_and_summary", round(took, 2), "s",
                   f"<{ALL_S:g}s", took < ALL_S)
            _imports(report, admin, Path(folder))
        finally:
            close_database()


def _one(report: Report, name: str, admin, owner, month, folder: Path) -> None:
    start = time.perf_counter()
    result = monthly_report(admin, owner, month)
    write_monthly_workbook(result, folder / f"{name}.xlsx")
    took = time.perf_counter() - start
    report(f"{name}_{len(result.rows)}_rows", round(took, 2), "s", f"<{ONE_S:g}s", took < ONE_S)


def _imports(report: Report, admin, folder: Path) -> None:
    rng = random.Random(8)
    owner = Organisation.get(Organisation.code == "NGO2")
    stock = _sheet(folder / "stock.xlsx", ["Code article", "Quantité", "Unité", "Emplacement"],
                   [[f"ITEM-{rng.randint(1, synthetic.ITEMS):05d}", f"{rng.randint(1, 400)},5",
                     "pcs", f"LOC-S-{rng.randint(1, synthetic.SHELVES):03d}"]
                    for _ in range(IMPORT_ROWS)])
    _timed(report, "import_stock_10000_rows", lambda: import_stock(admin, owner, stock))
    today = dt.date.today()
    days = [today - dt.timedelta(days=n) for n in range(min(today.day - 1, 15) + 1)]
    donations = _sheet(folder / "donations.xlsx",
                       ["Date", "Donor", "Donor type", "Item code", "Qty", "Unit", "Weight (kg)"],
                       [[rng.choice(days).strftime("%d/%m/%Y"), f"Donor {rng.randint(1, 40)}",
                         "individual", f"ITEM-{rng.randint(1, synthetic.ITEMS):05d}",
                         rng.randint(1, 60), "pcs", f"{rng.randint(1, 9000) / 1000}"]
                        for _ in range(IMPORT_ROWS)])
    _timed(report, "import_donations_10000_rows",
           lambda: import_donations(admin, owner, donations))


def _timed(report: Report, name: str, job) -> None:
    start = time.perf_counter()
    result = job()
    took = time.perf_counter() - start
    if not result.written:
        raise RuntimeError(f"{name}: refused {[str(p) for p in result.problems[:3]]}")
    report(f"{name}_{len(result.documents)}_documents", round(took, 2), "s",
           f"<{IMPORT_S:g}s", took < IMPORT_S)


def _sheet(path: Path, headers: list[str], rows: list[list]) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    ws.append([f"Generated for the bench, {len(rows)} rows"])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


if __name__ == "__main__":
    from bench import report as print_line

    run(print_line)
