"""Count sheets: a session on paper and back. `export_sheet` writes an .xlsx with one row
per position to look at (book quantities only for an open count) and an empty "Counted"
column; `import_sheet` reads a filled one back into the session, exactly as if the counts
had been typed: rows are matched by a hidden key column, rows added by hand (goods found
that the sheet did not list) by their codes, and nothing is written if any row is wrong.

Text from the catalogue (an item called "=HYPERLINK(...)") is written as text, never as
a formula a spreadsheet would run.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from models import ADJUSTMENT_REASONS, STOCK_STATUSES, Box, CountSession, Item, Location, Lot, User
from models.db import write_transaction
from warehouse_app import permissions, quantities
from warehouse_app.counts.positions import Position, lock_session, scope_of
from warehouse_app.counts.sessions import (
    PROGRESS_EVERY,
    CountedLine,
    CountEntry,
    counted_view,
    position_for,
    positions_to_count,
    write_line,
)
from warehouse_app.errors import BadQuantity, InvalidLines, ValidationError
from warehouse_app.progress import step
from warehouse_app.reports.cells import sheet_moment

SHEET = "Count"
COLUMNS = ("Key", "Location", "Box", "Item code", "Item", "Lot", "Unit", "Status", "Book",
           "Counted", "Reason")
HEADER_ROW = 10  # the row of COLUMNS; positions follow
BLANK_ROWS = 15  # for goods found that the sheet does not list
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class SheetProblems(InvalidLines):
    """A filled count sheet with wrong rows: every one is named by row and column, and
    nothing was written."""

    def __init__(self, path: str, problems: list[tuple[int, str, str]]):
        super().__init__(problems)
        self.message = f"{Path(path).name}: " + "; ".join(
            f"row {n}, {column}: {problem}" for n, column, problem in problems)
        self.args = (self.message,)
        self.facts["sheet"] = str(path)


def _cell(ws, value, *, bold: bool = False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(ws, value=sheet_moment(value))
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text, even "=..." (openpyxl would make it a formula)
    if bold:
        cell.font = Font(bold=True)
    return cell


def position_key(p: Position) -> str:
    return f"P:{p.location_id}:{p.box_id}:{p.item_id}:{p.lot_id}:{p.status}"


def export_sheet(actor: User, session: CountSession, path: str | Path, *,
                 progress=None) -> int:
    """Write the session's count sheet to `path` (.xlsx); returns how many positions it
    lists. `progress(done, total, place code)` hears of the reading, then the writing; a
    cancel stops it before the file is saved."""
    from openpyxl import Workbook  # imported here, on the export's worker: a tenth of a second

    # the counter's view: no book when blind
    positions = positions_to_count(actor, session, progress=progress)
    owner = session.owner
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.column_dimensions["A"].hidden = True  # the key: how rows find their position again
    for letter, width in zip("BCDEFGHIJK", (14, 13, 16, 34, 12, 8, 11, 9, 10, 12), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    header = [
        ("Stock count sheet", ""),
        ("Session", session.code),
        ("Owner", f"{owner.code} - {owner.name}"),
        ("Scope", scope_of(session).describe()),
        ("Kind", "blind: count what you find, the book is not shown" if session.blind
         else "open: the book quantity is shown"),
        ("Date", session.effective_date.isoformat()),
        ("Counted by", ""),
        ("Reasons", ", ".join(ADJUSTMENT_REASONS)),
    ]
    for label, value in header:
        ws.append([None, _cell(ws, label, bold=True), _cell(ws, value)])
    ws.append([])
    columns = [c for c in COLUMNS if c != "Book" or not session.blind]
    ws.append([_cell(ws, c, bold=True) for c in columns])
    for done, p in enumerate(positions):
        if done % PROGRESS_EVERY == 0:
            step(progress, done, len(positions), p.location_code or session.code)
        values = {"Key": position_key(p.key), "Location": p.location_code, "Box": p.box_code,
                  "Item code": p.item_code, "Item": p.item_name, "Lot": p.lot_code,
                  "Unit": p.unit, "Status": p.status, "Book": p.book}
        ws.append([_cell(ws, values.get(c)) for c in columns])
    for _ in range(BLANK_ROWS):
        ws.append([None] * len(columns))
    wb.save(str(path))
    return len(positions)


@dataclass
class _Row:
    number: int  # in the spreadsheet
    entry: CountEntry


def import_sheet(actor: User, session: CountSession, path: str | Path, *,
                 progress=None) -> list[CountedLine]:
    """Read a filled count sheet into the session: every row with a "Counted" value
    replaces the count of its position. All rows land, or (SheetProblems) none.
    `progress(done, total, session code)` hears of the rows read, then written (twice the
    rows in all); a cancel writes nothing."""
    from openpyxl import load_workbook  # imported here, on the import's worker

    permissions.require(actor, "count", session.owner)
    step(progress, 0, 0, session.code)
    try:
        wb = load_workbook(str(path), read_only=True)  # formulas as typed: never guessed
    except (OSError, ValueError, KeyError) as exc:
        raise ValidationError("sheet", f"{Path(path).name} is not an .xlsx count sheet: {exc}",
                              sheet=str(path)) from None
    try:
        if SHEET not in wb.sheetnames:
            raise ValidationError("sheet", f"{Path(path).name} has no sheet {SHEET!r}")
        rows = list(wb[SHEET].iter_rows(values_only=True))
    finally:
        wb.close()
    problems: list[tuple[int, str, str]] = []
    found = dict(_label_rows(rows))
    if str(found.get("Session") or "").strip().upper() != session.code:
        raise SheetProblems(str(path), [(2, "Session", f"this sheet is for "
                                         f"{found.get('Session')!r}, not {session.code}")])
    counter = _counter(found.get("Counted by"), session, actor, problems)
    if len(rows) < HEADER_ROW or "Counted" not in rows[HEADER_ROW - 1]:
        raise SheetProblems(str(path), [(HEADER_ROW, "Counted", "the column headings are "
                                         "missing: export a new sheet")])
    at = {name: i for i, name in enumerate(rows[HEADER_ROW - 1]) if name}
    parsed: list[_Row] = []
    total = 2 * (len(rows) - HEADER_ROW)
    for done, values in enumerate(rows[HEADER_ROW:]):
        if done % PROGRESS_EVERY == 0:
            step(progress, done, total, session.code)
        number = HEADER_ROW + 1 + done  # in the spreadsheet
        row = _parse_row(number, {name: values[i] if i < len(values) else None
                                  for name, i in at.items()}, problems)
        if row is not None:
            parsed.append(row)
    if problems:
        raise SheetProblems(str(path), problems)
    with write_transaction():
        session = lock_session(session, statuses=("open",))
        scope = scope_of(session)
        seen: dict[Position, int] = {}
        checked = []
        for row in parsed:
            try:
                p = position_for(session, scope, row.entry, row.number)
            except ValidationError as exc:
                problems.append((row.number, _column_of(exc.field), exc.problem))
                continue
            if p in seen:
                problems.append((row.number, "Item code", f"the same position as row {seen[p]}"))
            seen[p] = row.number
            checked.append((p, row))
        if problems:
            raise SheetProblems(str(path), problems)
        written = []
        for done, (p, row) in enumerate(checked):
            if done % PROGRESS_EVERY == 0:
                step(progress, total // 2 + done, total, session.code)
            written.append(write_line(counter, session, p, row.entry.quantity, add=False,
                                      reason=row.entry.reason, row=row.number))
    return counted_view(written)


def _label_rows(rows: list[tuple]):
    for values in rows[:HEADER_ROW - 1]:
        if len(values) > 2 and isinstance(values[1], str):
            yield values[1].strip(), values[2]


def _counter(name, session: CountSession, actor: User, problems) -> User:
    """Who counted on paper ("Counted by" in the header), else whoever imports the sheet."""
    if name is None or not str(name).strip():
        return actor
    people = list(User.select().where((User.name == str(name).strip()) & User.active))
    if len(people) > 1:
        people = [u for u in people if u.organisation_id == session.owner_id] or people
    if len(people) != 1:
        what = "no active person" if not people else "several people"
        problems.append((7, "Counted by", f"{what} called {str(name).strip()!r}"))
        return actor
    return people[0]


def _column_of(field: str) -> str:
    return {"item": "Item code", "lot": "Lot", "box": "Box", "status": "Status",
            "location": "Location", "quantity": "Counted", "reason": "Reason"}.get(field, field)


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _parse_row(number: int, cells: dict, problems: list) -> _Row | None:
    """One filled row as an entry, or None when it holds no count; problems are appended."""
    before = len(problems)
    key_text = _text(cells.get("Key"))
    counted = cells.get("Counted")
    if counted is None or _text(counted) == "":
        if not key_text and any(_text(cells.get(c)) for c in ("Item code", "Reason", "Lot")):
            problems.append((number, "Counted", "empty: write what was found (0 for none)"))
        return None
    quantity = _quantity(counted, number, problems)
    reason = _text(cells.get("Reason")).lower().replace(" ", "_") or None
    if reason is not None and reason not in ADJUSTMENT_REASONS:
        problems.append((number, "Reason", f"{cells.get('Reason')!r}: choose one of "
                         + ", ".join(ADJUSTMENT_REASONS)))
    entry = _by_key(key_text, number, problems) if key_text else _by_codes(cells, number, problems)
    if len(problems) > before or entry is None:
        return None
    return _Row(number, CountEntry(entry.item, quantity, entry.location, entry.box, entry.lot,
                                   entry.status, reason))


def _quantity(value, number: int, problems: list) -> Decimal:
    if isinstance(value, str) and value.strip().startswith("="):
        problems.append((number, "Counted", f"{value!r} is not a number: type the number"))
        return Decimal(0)
    try:
        return quantities.from_cell(value, field="Counted", row=number)
    except BadQuantity as exc:
        problems.append((number, "Counted", exc.problem))
        return Decimal(0)


def _by_key(text: str, number: int, problems: list) -> CountEntry | None:
    parts = text.split(":")
    if len(parts) != 6 or parts[0] != "P" or not all(x.isdigit() for x in parts[1:5]):
        problems.append((number, "Key", f"{text!r} was changed: export a new sheet"))
        return None
    loc, box, item, lot = (int(x) for x in parts[1:5])
    found = CountEntry(
        item=Item.get_or_none(Item.id == item), quantity=0,
        box=Box.get_or_none(Box.id == box) if box else None,
        location=Location.get_or_none(Location.id == loc) if loc else None,
        lot=Lot.get_or_none(Lot.id == lot) if lot else None, status=parts[5])
    if found.item is None or (box and found.box is None) or (loc and found.location is None) or (
            lot and found.lot is None) or found.status not in STOCK_STATUSES:
        problems.append((number, "Key", f"{text!r} names nothing in this hangar"))
        return None
    if found.box is not None:
        # Count the box where it is now, should it have moved since the sheet was printed.
        found = CountEntry(found.item, 0, None, found.box, found.lot, found.status)
    return found


def _by_codes(cells: dict, number: int, problems: list) -> CountEntry | None:
    """A row written in by hand: the goods are named by their codes."""
    code = _text(cells.get("Item code"))
    if not code:
        problems.append((number, "Item code", "empty: name the item found"))
        return None
    item = Item.get_or_none(Item.code == code) or Item.get_or_none(Item.code == code.upper())
    if item is None:
        problems.append((number, "Item code", f"no item {code!r}"))
        return None
    place = _text(cells.get("Location")).upper()
    location = Location.get_or_none(Location.code == place) if place else None
    if place and location is None:
        problems.append((number, "Location", f"no place {place!r}"))
    box_code = _text(cells.get("Box")).upper()
    box = Box.get_or_none(Box.code == box_code) if box_code else None
    if box_code and box is None:
        problems.append((number, "Box", f"no box {box_code!r}"))
    lot_code = _text(cells.get("Lot"))
    lot = Lot.get_or_none((Lot.item == item.id) & (Lot.code == lot_code)) if lot_code else None
    if lot_code and lot is None:
        problems.append((number, "Lot", f"no lot {lot_code!r} of {item.code}"))
    status = _text(cells.get("Status")).lower() or "usable"
    if status not in STOCK_STATUSES:
        problems.append((number, "Status", f"{status!r}: usable or quarantine"))
    return CountEntry(item, 0, location, box, lot, status)
