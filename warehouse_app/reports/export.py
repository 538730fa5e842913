"""One organisation's monthly report written as its workbook: the one export that the
Reports screen, `warehouse-app report monthly` and the all-NGO export (summary.py) share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models import Organisation, User
from warehouse_app.reports.monthly import MonthlyReport, monthly_report
from warehouse_app.reports.xlsx import write_monthly_workbook


def report_file_name(owner_code: str, month: dt.date) -> str:
    return f"stock-report-{owner_code}-{month:%Y-%m}.xlsx"


def export_monthly(actor: User, owner: Organisation, month: dt.date, path: Path | str, *,
                   progress=None) -> tuple[Path, MonthlyReport]:
    """`owner`'s report of `month` (checked against what `actor` may export, in
    monthly_report) written to `path`, a .xlsx file or a folder (then named by
    report_file_name); returns the file written and the report."""
    report = monthly_report(actor, owner, month, progress=progress)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path.mkdir(parents=True, exist_ok=True)
        path = path / report_file_name(owner.code, report.header.month)
    return write_monthly_workbook(report, path, progress=progress), report
