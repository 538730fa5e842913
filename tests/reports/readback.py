"""Workbooks read back with python-calamine, a reader that shares no code with openpyxl
(which wrote them), so the tests check the file, not the writer's idea of it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import python_calamine

MAIN_SHEET = "Stock report"
HEADER_ROW = 12  # as the spreadsheet shows it
FIGURES = ("Opening", "Imported balances", "Received", "Transfers in", "Produced",
           "Distributed", "Transfers out", "Used in production", "Losses",
           "Count adjustments", "Closing")


def number(value) -> Decimal:
    """A numeric cell as Decimal; blank is 0. Floats go through repr, which gives back the
    shortest decimal that was written (at most 3 places here)."""
    if value == "" or value is None:
        return Decimal(0)
    assert isinstance(value, int | float), f"not a number: {value!r}"
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def sheets(path: Path) -> dict[str, list[list]]:
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            for name in wb.sheet_names}


def header_block(path: Path) -> dict[str, object]:
    rows = sheets(path)[MAIN_SHEET]
    return {r[0]: r[1] for r in rows[1:HEADER_ROW - 1] if r[0]}


def table(rows: list[list], header_row: int) -> list[dict]:
    """Rows below the header row (1-based, as shown) as dicts by column title."""
    titles = rows[header_row - 1]
    return [dict(zip(titles, r, strict=False)) for r in rows[header_row:] if any(c != "" for c in r)]


def main_rows(path: Path) -> list[dict]:
    return table(sheets(path)[MAIN_SHEET], HEADER_ROW)


def figures_by_key(path: Path) -> dict[tuple[str, str], dict[str, Decimal]]:
    """(item code, lot) -> the figures of its row, as exact Decimals."""
    found = {}
    for row in main_rows(path):
        key = (row["Item code"], row["Lot"])
        assert key not in found, f"two rows for {key}"
        found[key] = {title: number(row[title]) for title in FIGURES}
    return found


def as_date(value) -> dt.date | None:
    if value == "":
        return None
    return value.date() if isinstance(value, dt.datetime) else value
