"""The rules for what any spreadsheet the app makes (.xlsx or .csv) holds: text a
spreadsheet would take for a formula is kept as text, and a moment is written as the
hangar's wall clock reads it (a spreadsheet has no time zones).

In .xlsx such text is written as a string cell (never a formula cell); in .csv, where a
cell has no type, it gets a leading apostrophe, which Excel and LibreOffice read as
"this is text"."""

from __future__ import annotations

import datetime as dt

from warehouse_app import clock

# '=' '+' '-' '@' start a formula in Excel and LibreOffice; a tab or CR first is the
# classic way to smuggle one past a naive check (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def spreadsheet_safe(text: str) -> str:
    """Text for a CSV cell: formula-like text behind an apostrophe, the rest unchanged."""
    return "'" + text if looks_like_formula(text) else text


def sheet_moment(value):
    """A value for a cell: an aware moment as the hangar's wall clock reads it (naive, which
    is all a spreadsheet holds); anything else unchanged."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return clock.wall(value)
    return value
