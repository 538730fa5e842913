"""One plain sheet of rows as an .xlsx, for the stock browser's exports: a bold frozen
header with a filter, widths, real numbers and dates, and text that looks like a formula
kept as text (reports.cells), as every spreadsheet the app writes does.

Streamed with openpyxl's write-only mode into a file beside the target, renamed into
place only when complete: a cancelled or failed export leaves no half-written workbook.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from warehouse_app.reports.cells import looks_like_formula, sheet_moment

FORMATS = {"date": "yyyy-mm-dd", "moment": "yyyy-mm-dd hh:mm", "quantity": "#,##0.###",
           "kg": "#,##0.000"}
HEADER_COLOUR = "DDE4EE"


@dataclass(frozen=True)
class SheetColumn:
    title: str
    width: int
    kind: str = "text"  # text, date, moment, quantity, kg


def write_sheet(path: str | Path, title: str, columns: Sequence[SheetColumn],
                rows: Iterable[Sequence]) -> Path:
    """Write `rows` (one value per column) under a header of `columns` into `path`."""
    # openpyxl is imported here, on the worker that exports: importing it takes ~200 ms,
    # which the stock screen would otherwise spend on the GUI thread when first opened.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    book = Workbook(write_only=True)
    ws = book.create_sheet(title)
    for n, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(n)].width = column.width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    head = []
    for column in columns:
        cell = WriteOnlyCell(ws, column.title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
        head.append(cell)
    ws.append(head)
    formats = [FORMATS.get(c.kind) for c in columns]
    try:
        for row in rows:
            ws.append([_cell(WriteOnlyCell, ws, value, fmt)
                       for value, fmt in zip(row, formats, strict=True)])
    except BaseException:
        ws.close()  # ends the sheet's stream now, not when the collector finds it half open
        raise
    try:
        with open(part, "wb") as out:
            book.save(out)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return target


def _cell(make, ws, value, fmt: str | None):
    """A value as a cell: numbers and dates typed and formatted; every text as text."""
    if value is None or value == "":
        return None
    value = sheet_moment(value)
    if isinstance(value, Decimal | int | dt.date) and not isinstance(value, bool):
        cell = make(ws, value)
        if fmt is not None:
            cell.number_format = fmt
        return cell
    text = str(value)
    if looks_like_formula(text):
        cell = make(ws, text)
        cell.data_type = "s"  # openpyxl would write '=...' as a formula
        return cell
    return text
