"""`import donations`: a donations log posted as goods received notes (GRN), one per day
and donor (what one van, or one person's bags, is on the intake desk), all in ONE
transaction through the intake service, so every intake rule holds for imported rows.

Donors missing from the hangar's list are added with the sheet's donor type. The checks
the intake service makes itself (a dated lot that clashes, food without a date...) come
back as row problems like the sheet's own.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from peewee import fn

from models import Donor, Organisation, User
from models.db import write_transaction
from warehouse_app import catalogue, clock, ledger, permissions
from warehouse_app.errors import InvalidLines
from warehouse_app.imports import values
from warehouse_app.imports.matching import ItemIndex, LocationIndex, NewItem, create_items
from warehouse_app.imports.rows import (
    PROGRESS_EVERY,
    Goods,
    ImportResult,
    RowProblem,
    data_rows,
    read_goods,
)
from warehouse_app.imports.stock import _RollBack, _unique_new, prepare
from warehouse_app.intake.receipts import ReceiptLine, receive_donation
from warehouse_app.progress import step


def import_donations(
    actor: User, owner: Organisation, path: Path | str, *, dry_run: bool = False,
    create_items: bool = False, good_rows_only: bool = False,
    mapping: dict[str, str] | None = None, progress=None,
) -> ImportResult:
    """Import a donations log for `owner`; see the module's doc for what is posted."""
    permissions.require(actor, "receive", owner)
    if create_items:
        permissions.require(actor, "create_item")
    sheet, cols, result = prepare("donations", path, mapping,
                                  (("item", "code"), ("quantity",), ("date",)))
    result.dry_run = dry_run
    items, places = ItemIndex(), LocationIndex()
    opens = ledger.first_open_day(owner.id)
    today = clock.today()
    total = len(sheet.rows)
    for reader in data_rows(sheet, cols, result, progress):
        day = reader.get("date", values.date, required=True)
        if day is not None and day > today:
            reader.fail("date", f"{day:%d/%m/%Y} is in the future")
        elif day is not None and opens is not None and day < opens:
            reader.fail("date", f"{day:%Y-%m} is closed for {owner.code}: "
                        "date it in the open month")
        donor = reader.get("donor", values.text)
        donor_type = values.donor_type(reader.raw("donor_type"))
        weight = reader.get("weight_kg", values.quantity)
        boxes = reader.get("boxes", values.quantity)
        goods = read_goods(reader, items, places, create_items=create_items)
        result.problems.extend(reader.problems)
        if goods is not None and not reader.problems:
            result.lines.append(_Donated(goods, day, donor, donor_type, weight, boxes))
        elif not reader.problems:
            result.skipped.append((reader.number, "quantity 0"))
    result.items_to_create = _unique_new([d.goods for d in result.lines])
    if result.problems and not good_rows_only or not result.lines:
        return result
    try:
        with write_transaction():
            problems = _post(actor, owner, result, cols, progress, total)
            if problems:
                result.problems.extend(problems)
                result.problems.sort(key=lambda p: p.row)
                if not good_rows_only:
                    raise _RollBack()
            if dry_run:
                raise _RollBack()
        result.written = True
    except _RollBack:
        pass
    return result


class _Donated:
    __slots__ = ("goods", "day", "donor", "donor_type", "weight_kg", "boxes")

    def __init__(self, goods: Goods, day, donor, donor_type, weight_kg, boxes):
        self.goods, self.day, self.donor, self.donor_type = goods, day, donor, donor_type
        self.weight_kg, self.boxes = weight_kg, boxes

    def receipt_line(self, items: dict) -> ReceiptLine:
        g = self.goods
        item = items[g.item.key] if isinstance(g.item, NewItem) else g.item
        notes = "; ".join(x for x in (
            f"{self.boxes} boxes" if self.boxes else None, g.notes) if x) or None
        grams = int(self.weight_kg * 1000) if self.weight_kg is not None else None
        return ReceiptLine(item=item, quantity=g.quantity, weight_g=grams, lot_code=g.lot_code,
                           date=g.date, date_kind=g.date_kind, location=g.location, note=notes)


def _post(actor: User, owner: Organisation, result: ImportResult, cols, progress,
          total: int) -> list[RowProblem]:
    """One GRN per day and donor; returns the rows the intake service refused (those
    groups are posted without them, to be rolled back unless good rows only)."""
    made = create_items(actor, result.items_to_create) if result.items_to_create else {}
    groups: dict[tuple, list[_Donated]] = defaultdict(list)
    for line in result.lines:
        groups[(line.day, (line.donor or "").casefold())].append(line)
    donors: dict[str, Donor] = {}
    problems: list[RowProblem] = []
    done = 0
    for (day, _), lines in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        donor = _donor(actor, lines[0], donors)
        receipt_lines = [line.receipt_line(made) for line in lines]
        try:
            receipt = receive_donation(actor, owner, receipt_lines, donor=donor,
                                       effective_date=day, note=f"imported from "
                                       f"{Path(result.file).name}")
        except InvalidLines as exc:
            bad = {n for n, _, _ in exc.problems}
            problems.extend(_intake_problem(cols, lines[n - 1].goods.row, field, problem)
                            for n, field, problem in exc.problems)
            keep = [rl for n, rl in enumerate(receipt_lines, start=1) if n not in bad]
            if not keep:
                continue
            receipt = receive_donation(actor, owner, keep, donor=donor, effective_date=day,
                                       note=f"imported from {Path(result.file).name}")
        result.documents.append(receipt.document.code)
        done += len(lines)
        if done // PROGRESS_EVERY != (done - len(lines)) // PROGRESS_EVERY:
            step(progress, total + done * total // len(result.lines), total * 2, "posting")
    return problems


def _donor(actor: User, line: _Donated, donors: dict[str, Donor]) -> Donor | None:
    """The hangar's donor of that name, or a new one (audited, as at the intake desk)."""
    if not line.donor:
        return None
    key = line.donor.casefold()
    if key not in donors:
        found = Donor.get_or_none(fn.LOWER(Donor.name) == line.donor.lower())
        donors[key] = found or catalogue.add_donor(actor, line.donor[:120], line.donor_type)
    return donors[key]


# The intake service's field names -> the sheet's fields that feed them.
_INTAKE_FIELDS = {"quantity": ("quantity",), "lot": ("lot", "expiry", "use_by", "best_before"),
                  "date": ("expiry", "use_by", "best_before"), "date_kind": ("expiry",),
                  "location": ("location",), "item": ("item", "code"), "weight": ("weight_kg",)}


def _intake_problem(cols, row: int, field: str, problem: str) -> RowProblem:
    for name in _INTAKE_FIELDS.get(field, ()):
        if name in cols.fields:
            letter, header = cols.column(name)
            return RowProblem(row, letter, header, problem)
    return RowProblem(row, "", "", f"{field}: {problem}")
