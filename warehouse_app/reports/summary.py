"""Every NGO's monthly report at once (`report monthly --all`), and the hangar summary
workbook for coordinators: one line per organisation and its totals by category."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from models import Organisation, User
from warehouse_app import clock, permissions
from warehouse_app.ledger import month_start
from warehouse_app.progress import step
from warehouse_app.reports.export import export_monthly
from warehouse_app.reports.monthly import MonthlyReport
from warehouse_app.reports.sheets import DATE, INT, KG, TEXT, TOTAL_COLUMNS, Column, Table
from warehouse_app.reports.xlsx import write_table


def summary_file_name(month: dt.date) -> str:
    return f"hangar-summary-{month:%Y-%m}.xlsx"


def write_all_reports(actor: User, month: dt.date, folder: Path | str, *,
                      progress=None) -> list[Path]:
    """One workbook per active organisation, then the hangar summary; returns the paths.

    Permission is checked for every organisation before anything is written, so a partner
    asking for all of them is refused outright rather than given a partial folder."""
    month = month_start(month)
    owners = list(Organisation.select().where(Organisation.active).order_by(Organisation.code))
    for owner in owners:
        permissions.require(actor, "export_report", owner)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths, reports = [], []
    for n, owner in enumerate(owners):
        step(progress, n, len(owners) + 1, f"{owner.code}: monthly report")
        path, report = export_monthly(actor, owner, month, folder)
        paths.append(path)
        reports.append(report)
    step(progress, len(owners), len(owners) + 1, "hangar summary")
    paths.append(write_summary_workbook(reports, folder / summary_file_name(month)))
    step(progress, len(owners) + 1, len(owners) + 1, "done")
    return paths


ORGANISATION_COLUMNS = (
    Column("Organisation", TEXT, 10), Column("Name", TEXT, 30), Column("Books", TEXT, 8),
    Column("Last count", DATE, 11), Column("Lines", INT, 8), Column("In kg", KG, 12),
    Column("Out kg", KG, 12), Column("Closing kg", KG, 12), Column("Meals", INT, 10),
    Column("Near expiry lines", INT, 10), Column("Quarantine lines", INT, 10),
    Column("Outstanding loans", INT, 11),
)


def summary_tables(reports: list[MonthlyReport]) -> list[Table]:
    organisations, by_category = [], []
    for report in reports:
        h, totals = report.header, report.category_totals
        loans = next((len(t.rows) for t in report.sheets if t.name == "Outstanding loans"), 0)
        organisations.append((
            h.owner_code, h.owner_name, "closed" if h.closed else "open", h.last_count,
            len(report.rows), sum((t.in_kg for t in totals), Decimal(0)),
            sum((t.out_kg for t in totals), Decimal(0)),
            sum((t.closing_kg for t in totals), Decimal(0)), sum(t.meals for t in totals),
            sum(1 for r in report.rows if r.closing > 0 and (r.near_expiry or r.past_date)),
            sum(1 for r in report.rows if r.quarantine > 0), loans,
        ))
        by_category.extend(
            (h.owner_code, t.category, t.lines, t.in_kg, t.out_kg, t.closing_kg, t.food_kg,
             t.meals) for t in totals)
    category_columns = (Column("Organisation", TEXT, 10), *TOTAL_COLUMNS)
    return [
        Table("Organisations", ORGANISATION_COLUMNS, organisations,
              "One line per NGO; the figures are those of each NGO's own report."),
        Table("By category", category_columns, by_category),
    ]


def write_summary_workbook(reports: list[MonthlyReport], path: Path | str) -> Path:
    path = Path(path)
    wb = Workbook(write_only=True)
    wb.properties.creator = "Hangar"
    if reports:
        month = reports[0].header.month
        subtitle = f"{reports[0].header.warehouse}, {month:%Y-%m}"
        wb.properties.created = wb.properties.modified = clock.utc_naive(max(r.header.as_of for r in reports))
    else:
        subtitle = ""
    for table in summary_tables(reports):
        write_table(wb, table, subtitle)
    wb.save(path)
    return path
