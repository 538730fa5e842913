"""The monthly stock report as an .xlsx a logistician recognises: a header block, one row
per item and lot, the further sheets, real numbers and dates, frozen header, filters,
widths, A4 landscape fitted to the width, and a chart of kg in and out by category.

openpyxl in write-only mode (PERFORMANCE.md: big sheets stream out in a third of the
memory). Every text goes through `_text`: text that looks like a formula is written as a
string cell, never as a formula.
"""

from __future__ import annotations

import datetime as dt
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from warehouse_app import clock
from warehouse_app.progress import step
from warehouse_app.reports.cells import looks_like_formula, sheet_moment
from warehouse_app.reports.monthly import TITLES, MonthlyReport, ReportRow
from warehouse_app.reports.sheets import DATE, INT, KG, MOMENT, QTY, TEXT, Column, Table

QTY_WHOLE, QTY_PART = "#,##0", "#,##0.0##"  # up to 3 decimals, no dangling point on 12
FORMATS = {KG: "#,##0.000", INT: "#,##0", DATE: "yyyy-mm-dd", MOMENT: "yyyy-mm-dd hh:mm"}
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
CHUNK = 2000  # rows between two progress reports (and cancel checks)

MAIN_COLUMNS = (
    Column("Item code", TEXT, 16), Column("Description", TEXT, 32), Column("Category", TEXT, 16),
    Column("Unit", TEXT, 7), Column("Lot", TEXT, 12),
    *(Column(TITLES[key], QTY, 11) for key in (
        "opening", "imported", "received", "transfers_in", "produced", "distributed",
        "transfers_out", "used_in_production", "losses", "adjustments", "closing")),
    Column("Closing kg", KG, 11), Column("Expiry", DATE, 11), Column("Date kind", TEXT, 11),
    Column("Near expiry", TEXT, 8), Column("Remarks", TEXT, 30),
)


class _Cells:
    """Cells of one sheet, styled by copying a prototype's style (cheap), not by setting
    attributes on every cell (which looks the format up each time)."""

    def __init__(self, ws):
        self.ws = ws
        self.protos: dict[str, WriteOnlyCell] = {}
        for kind, fmt in (*FORMATS.items(), ("qty_whole", QTY_WHOLE), ("qty_part", QTY_PART)):
            proto = WriteOnlyCell(ws)
            proto.number_format = fmt
            self.protos[kind] = proto
        bold = WriteOnlyCell(ws)
        bold.font = Font(bold=True)
        self.protos["bold"] = bold
        head = WriteOnlyCell(ws)
        head.font = Font(bold=True)
        head.fill = HEADER_FILL
        head.alignment = Alignment(wrap_text=True, vertical="top")
        self.protos["head"] = head
        title = WriteOnlyCell(ws)
        title.font = Font(bold=True, size=14)
        self.protos["title"] = title

    def styled(self, value, style: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value)
        if isinstance(value, str) and looks_like_formula(value):
            cell.data_type = "s"
        cell._style = copy(self.protos[style]._style)
        return cell

    def value(self, value, kind: str):
        if value is None or value == "":
            return None
        value = sheet_moment(value)
        if kind == TEXT:
            return _text(self.ws, value)
        if kind == QTY:
            whole = value == value.to_integral_value()
            return self.styled(value, "qty_whole" if whole else "qty_part")
        return self.styled(value, kind)


def _text(ws, value):
    """Any text for a cell: formula-like text becomes a string cell, the rest stays plain."""
    if not isinstance(value, str):
        value = str(value)
    if looks_like_formula(value):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"  # openpyxl would otherwise write '=...' as a formula
        return cell
    return value


def _prepare(ws, columns: tuple[Column, ...], header_row: int, rows: int) -> None:
    """What write-only mode needs before the first row: widths, frozen header, filter,
    print set-up."""
    for n, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(n)].width = column.width
    ws.freeze_panes = f"A{header_row + 1}"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(rows, 1)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _write_rows(ws, cells: _Cells, columns: tuple[Column, ...], rows, progress, label) -> None:
    kinds = [c.kind for c in columns]
    ws.append([cells.styled(c.title, "head") for c in columns])
    for n, row in enumerate(rows, start=1):
        ws.append([cells.value(v, k) for v, k in zip(row, kinds, strict=True)])
        if n % CHUNK == 0:
            step(progress, n, len(rows), label)


def _header_block(report: MonthlyReport) -> list[tuple[str, object]]:
    h = report.header
    period = f"{h.month.isoformat()} to {h.period_end.isoformat()}"
    if not h.closed:
        period += " (month open: figures to date)"
    return [
        ("Warehouse", h.warehouse),
        ("Owner", f"{h.owner_code} - {h.owner_name}"),
        ("Period", period),
        ("Report number", h.report_number),
        ("Prepared by", h.prepared_by),
        ("Verified by", h.verified_by or "_" * 24),
        ("Date of the last count", h.last_count or "none recorded"),
        ("Books", "closed" if h.closed else "open"),
        ("Figures as of", h.as_of),
    ]


HEADER_ROW = 12  # the main sheet's column titles: below the title and the header block


def main_rows(rows: list[ReportRow]) -> list[tuple]:
    """The main sheet's cells. Opening and closing are always written; a movement column
    with nothing in it is left blank, as on a paper stock report, so the eye finds what
    moved (and a third fewer cells are written: PERFORMANCE.md)."""
    return [
        (r.item_code, r.description, r.category, r.unit, r.lot_code, r.opening,
         r.imported or None, r.received or None, r.transfers_in or None, r.produced or None,
         r.distributed or None, r.transfers_out or None, r.used_in_production or None,
         r.losses or None, r.adjustments or None, r.closing, r.closing_kg, r.expiry,
         r.date_kind, "yes" if r.near_expiry else None, r.remarks or None)
        for r in rows
    ]


def write_monthly_workbook(report: MonthlyReport, path: Path | str, *, progress=None) -> Path:
    """Write `report` to `path` (.xlsx); returns the path."""
    path = Path(path)
    h = report.header
    wb = Workbook(write_only=True)
    wb.properties.creator = "Hangar"
    wb.properties.title = f"Monthly stock report {h.owner_code} {h.month:%Y-%m}"
    # Deterministic for a closed month: the workbook says when its figures were fixed.
    wb.properties.created = wb.properties.modified = clock.utc_naive(h.as_of)

    ws = wb.create_sheet("Stock report")
    rows = main_rows(report.rows)
    _prepare(ws, MAIN_COLUMNS, HEADER_ROW, len(rows))
    cells = _Cells(ws)
    ws.append([cells.styled("Monthly stock report", "title")])
    block = _header_block(report)
    for label, value in block:
        kind = MOMENT if isinstance(value, dt.datetime) else DATE if isinstance(value, dt.date) else TEXT
        ws.append([cells.styled(label, "bold"), cells.value(value, kind)])
    for _ in range(HEADER_ROW - 2 - len(block)):  # blank rows down to the column titles
        ws.append([])
    _write_rows(ws, cells, MAIN_COLUMNS, rows, progress, f"{h.owner_code}: stock report")
    subtitle = f"{h.owner_code} - {h.owner_name}, {h.month:%Y-%m}"
    for table in report.sheets:
        write_table(wb, table, subtitle, progress)
    wb.save(path)
    return path


TABLE_HEADER_ROW = 3


def write_table(wb: Workbook, table: Table, subtitle: str, progress=None) -> None:
    """One further sheet: its name and subtitle, its note, then the table."""
    ws = wb.create_sheet(table.name[:31])
    _prepare(ws, table.columns, TABLE_HEADER_ROW, len(table.rows))
    cells = _Cells(ws)
    ws.append([cells.styled(table.name, "title"), _text(ws, subtitle)])
    ws.append([_text(ws, table.note)] if table.note else [])
    _write_rows(ws, cells, table.columns, table.rows, progress, table.name)
    if table.name == "Totals by category" and table.rows:
        _chart(ws, len(table.rows))


def _chart(ws, n: int) -> None:
    """Kg in and out by category, beside the totals (columns C and D)."""
    chart = BarChart()
    chart.type = "col"
    chart.title = "In and out by category (kg)"
    chart.y_axis.title = "kg"
    chart.height, chart.width = 9, 18
    first, last = TABLE_HEADER_ROW, TABLE_HEADER_ROW + n
    chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=first, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=last))
    ws.add_chart(chart, f"I{TABLE_HEADER_ROW}")
