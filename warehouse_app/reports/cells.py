"""The one rule for text written into any spreadsheet the app makes (.xlsx or .csv):
text a spreadsheet would take for a formula is kept as text.

In .xlsx such text is written as a string cell (never a formula cell); in .csv, where a
cell has no type, it gets a leading apostrophe, which Excel and LibreOffice read as
"this is text"."""

from __future__ import annotations

# '=' '+' '-' '@' start a formula in Excel and LibreOffice; a tab or CR first is the
# classic way to smuggle one past a naive check (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def spreadsheet_safe(text: str) -> str:
    """Text for a CSV cell: formula-like text behind an apostrophe, the rest unchanged."""
    return "'" + text if looks_like_formula(text) else text
