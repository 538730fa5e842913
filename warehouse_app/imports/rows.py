"""What the importers share: the problems found in rows (row number as shown, column
letter and header, the problem), the result handed back to the CLI and the wizard, and the
reading of the columns every goods sheet has (item, size, gender, quantity, unit, dates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from warehouse_app.imports import values
from warehouse_app.imports.columns import Mapping
from warehouse_app.imports.matching import ItemIndex, LocationIndex, NewItem
from warehouse_app.imports.values import BadValue
from warehouse_app.progress import step

PROGRESS_EVERY = 500  # rows between two progress reports (and cancel checks)


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet shows it
    column: str  # letter, "" when the problem is the whole row's
    header: str
    problem: str

    def __str__(self) -> str:
        where = f", column {self.column} ({self.header})" if self.column else ""
        return f"row {self.row}{where}: {self.problem}"


@dataclass
class ImportResult:
    """What an import found and did. `written` is False on a dry run and whenever rows were
    refused without --good-rows-only: then nothing at all was written."""

    kind: str  # "stock" | "donations"
    file: str
    sheet: str
    header_row: int
    mapping: dict[str, str]  # field -> header text
    ignored_columns: tuple[str, ...]
    rows_read: int = 0
    lines: list = field(default_factory=list)  # the good rows, planned
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why): blank, total...
    items_to_create: list[NewItem] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # codes posted (or that would be)
    written: bool = False
    dry_run: bool = False

    @property
    def refused(self) -> bool:
        return bool(self.problems)


@dataclass
class Goods:
    """The goods of one row: an existing item, or one to create."""

    row: int
    item: object  # models.Item | NewItem
    quantity: Decimal
    unit: str | None
    date: dt.date | None
    date_kind: str | None
    lot_code: str | None
    location: object  # models.Location | None
    notes: str | None


class RowReader:
    """Reads one row's cells by field, collecting every problem of the row at once."""

    def __init__(self, mapping: Mapping, number: int, cells: list):
        self.mapping, self.number, self.cells = mapping, number, cells
        self.problems: list[RowProblem] = []

    def raw(self, name: str):
        index = self.mapping.fields.get(name)
        return None if index is None else self.cells[index]

    def get(self, name: str, parse, *, required: bool = False, what: str | None = None):
        value = self.raw(name)
        if values.is_blank(value):
            if required:
                self.fail(name, f"missing {what or name.replace('_', ' ')}")
            return None
        try:
            return parse(value)
        except BadValue as exc:
            self.fail(name, str(exc))
            return None

    def fail(self, name: str | None, problem: str) -> None:
        if name is not None and name in self.mapping.fields:
            letter, header = self.mapping.column(name)
        else:
            letter, header = "", ""
        self.problems.append(RowProblem(self.number, letter, header, problem))


def skip_reason(mapping: Mapping, cells: list) -> str | None:
    """Why a row is not goods at all: blank, or a total (its words or its formula)."""
    if all(values.is_blank(v) for v in cells):
        return "blank"
    if values.is_total_row(cells):
        return "total row"
    index = mapping.fields.get("quantity")
    if index is not None and values.is_formula(cells[index]):
        return "total row (the quantity is a formula)"
    return None


def data_rows(sheet, cols: Mapping, result: ImportResult, progress=None) -> Iterator[RowReader]:
    """A reader for each row that holds data. Blank rows pass silently; total rows and the
    like are recorded in `result.skipped`; progress (and cancel) every PROGRESS_EVERY rows."""
    total = len(sheet.rows)
    for n, (number, cells) in enumerate(sheet.rows, start=1):
        if n % PROGRESS_EVERY == 0:
            step(progress, n, total * 2, "reading rows")
        why = skip_reason(cols, cells)
        if why:
            if why != "blank":
                result.skipped.append((number, why))
            continue
        result.rows_read += 1
        yield RowReader(cols, number, cells)


def read_goods(reader: RowReader, items: ItemIndex, places: LocationIndex, *,
               create_items: bool) -> Goods | None:
    """The item, quantity, unit, dates and place of a row; None (with the reader's
    problems) when it cannot be imported, or when its quantity is 0 (nothing to count)."""
    code = reader.get("code", values.text)
    name = reader.get("item", values.text)
    size = reader.get("size", values.size)
    gender = reader.get("gender", values.gender)
    quantity = reader.get("quantity", values.quantity, required=True)
    unit = reader.get("unit", values.unit)
    date, date_kind = _dates(reader)
    lot_code = reader.get("lot", values.text)
    location = reader.get("location", places.find)
    notes = reader.get("notes", values.text)
    if lot_code is not None and len(lot_code) > 40:
        reader.fail("lot", "a lot code has at most 40 characters")
    item = None
    if code is None and name is None:
        reader.fail("item" if "item" in reader.mapping.fields else "code", "missing item")
    else:
        try:
            item = items.find(code, name, size, gender)
        except BadValue as exc:
            reader.fail("code" if code else "item", str(exc))
            return None
        if item is None:
            if not create_items:
                described = " ".join(x for x in (name, gender, size) if x)
                reader.fail("item", f"missing item: {described} is not in the catalogue "
                            "(add it, or import with --create-items)")
            elif unit is None:
                reader.fail("unit", "a new item needs its unit")
            else:
                item = NewItem(name, size, gender, unit, reader.get("category", values.text),
                               perishable=date is not None)
        elif unit is not None and unit != item.unit:
            reader.fail("unit", f"{item.code} counts in {item.unit}, the sheet says {unit}")
    if reader.problems or quantity is None or item is None:
        return None
    if quantity == 0:
        return None
    return Goods(reader.number, item, quantity, unit, date, date_kind, lot_code, location, notes)


def _dates(reader: RowReader) -> tuple[dt.date | None, str | None]:
    """DLC is a use-by date, DLUO/DDM a best-before; a column headed with both takes the
    kind from a DLC/DLUO/DDM word in the row's notes, else best-before (the long-dated
    goods such a column mostly holds; fresh food is logged with a DLC)."""
    use_by = reader.get("use_by", values.date)
    best_before = reader.get("best_before", values.date)
    either = reader.get("expiry", values.date)
    if use_by is not None:
        return use_by, "use_by"
    if best_before is not None:
        return best_before, "best_before"
    if either is not None:
        words = set(values.normalise(reader.raw("notes")).split())
        if "dlc" in words or "use" in words and "by" in words:
            return either, "use_by"
        return either, "best_before"
    return None, None
