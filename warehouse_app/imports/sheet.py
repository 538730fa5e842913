"""Reading a volunteer's workbook: the sheet that holds the table (not the notes sheet),
its header row under any title rows, and its rows numbered as the spreadsheet shows them.

openpyxl in read-only mode (fast on 10,000 rows) with formulas kept as their text, so a
TOTAL row's `=SUM(...)` is seen for what it is. A merged title cell keeps its text in its
first cell only, which is all the header search needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zipfile import BadZipFile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from warehouse_app.errors import ValidationError
from warehouse_app.imports.columns import find_header_row, header_score
from warehouse_app.imports.values import text


@dataclass
class Sheet:
    file: Path
    title: str
    header_row: int  # as the spreadsheet shows it (1-based)
    headers: tuple[str, ...]
    rows: list[tuple[int, list]]  # (row number as shown, cell values) below the header


def read_sheet(path: Path | str) -> Sheet:
    """The table of the workbook at `path`: of its sheets, the one whose header row reads
    best. Raises ValidationError when no sheet has a recognisable header row."""
    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except (OSError, InvalidFileException, BadZipFile, KeyError) as exc:
        raise ValidationError("file", f"{path.name} cannot be read as an .xlsx workbook: {exc}",
                              file=str(path)) from None
    try:
        best: tuple[int, str, int, list[list]] | None = None
        for ws in wb.worksheets:
            values = [list(r) for r in ws.iter_rows(values_only=True)]
            found = find_header_row(values)
            if found is None:
                continue
            score = header_score(values[found])
            if best is None or score > best[0]:
                best = (score, ws.title, found, values)
    finally:
        wb.close()
    if best is None:
        raise ValidationError(
            "header", f"{path.name}: no sheet has a header row with at least two known column "
            "names (e.g. Item/Article, Quantity/Quantité)", file=str(path))
    _, title, found, values = best
    width = max((len(r) for r in values), default=0)
    headers = tuple(text(v) or "" for v in values[found]) + ("",) * (width - len(values[found]))
    rows = [(n + 1, row + [None] * (width - len(row)))
            for n, row in enumerate(values) if n > found]
    return Sheet(path, title, found + 1, headers, rows)
