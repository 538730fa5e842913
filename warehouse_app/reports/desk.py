"""What the Reports screen asks, on an operation's worker thread: the months it offers,
the organisations the person may export, and the export itself (one NGO's workbook, or
every NGO's with the hangar summary). The rules are export.py's and summary.py's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models import Organisation, User
from warehouse_app import clock, permissions
from warehouse_app.errors import by_id
from warehouse_app.ledger import month_start
from warehouse_app.reports.export import export_monthly
from warehouse_app.reports.monthly import parse_month
from warehouse_app.reports.summary import write_all_reports

MONTHS_BACK = 24  # months offered before the current one


def months_offered(today: dt.date | None = None) -> list[dt.date]:
    """The current month first, then the past ones: a month not begun cannot be reported."""
    month = month_start(today or clock.today())
    found = []
    for _ in range(MONTHS_BACK + 1):
        found.append(month)
        month = month_start(month - dt.timedelta(days=1))
    return found


def exportable_organisations(actor: User) -> tuple[list[tuple[int, str, str]], bool]:
    """(id, code, name) of the organisations `actor` may export, and whether the whole
    hangar at once is theirs to export."""
    owners = permissions.organisations_for(actor, "export_report")
    return owners, permissions.reach(actor, "export_report") is permissions.Reach.ANY


def export_one(actor: User, owner_id: int, month: str, folder: str, *,
               progress=None) -> list[Path]:
    """One organisation's workbook of `month` (YYYY-MM, as the screen offers it) in
    `folder`."""
    owner = by_id(Organisation, owner_id, "organisation")
    path, _ = export_monthly(actor, owner, parse_month(month), folder, progress=progress)
    return [path]


def export_all(actor: User, month: str, folder: str, *, progress=None) -> list[Path]:
    """Every NGO's workbook of `month` (YYYY-MM) and the hangar summary in `folder`
    (coordinators)."""
    return write_all_reports(actor, parse_month(month), folder, progress=progress)
