"""`import stock`: opening balances (or a count sheet taken as them) for one NGO, posted
as one 'opening' document in one transaction.

Every row is read and checked first; with any bad row nothing is written unless the
person chose the good rows only. A dry run does the whole import in a transaction and
rolls it back, so it reports exactly what the real run would do, refusals included.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models import Item, Lot, Organisation, User
from models.db import write_transaction
from warehouse_app import ledger, permissions
from warehouse_app.errors import ValidationError
from warehouse_app.imports import columns
from warehouse_app.imports.matching import ItemIndex, LocationIndex, NewItem, create_items
from warehouse_app.imports.rows import (
    PROGRESS_EVERY,
    Goods,
    ImportResult,
    data_rows,
    read_goods,
)
from warehouse_app.imports.sheet import Sheet, read_sheet
from warehouse_app.intake.receipts import internal_lot_code
from warehouse_app.progress import step


class _RollBack(Exception):
    """Leave the import's transaction without committing (dry run, or refused rows)."""


def prepare(kind: str, path: Path | str, overrides: dict[str, str] | None,
            required: tuple[tuple[str, ...], ...]) -> tuple[Sheet, columns.Mapping, ImportResult]:
    """Read the sheet and map its columns: the caller's corrections (remembered for this
    layout), else those remembered, else the synonyms alone."""
    sheet = read_sheet(path)
    given = bool(overrides)
    if not given:
        overrides = columns.remembered(kind, sheet.headers)
    mapping = columns.map_columns(sheet.headers, overrides)
    for choices in required:
        if not any(c in mapping.fields for c in choices):
            raise ValidationError(
                "columns", f"{Path(path).name}, sheet {sheet.title!r}: no column for "
                f"{' or '.join(choices)} among the headers of row {sheet.header_row} "
                f"({', '.join(h for h in sheet.headers if h)}); map one with "
                f"--map \"HEADER={choices[0]}\"", headers=list(sheet.headers))
    if given:  # a correction that maps the sheet whole is kept for the next one like it
        columns.remember(kind, sheet.headers, overrides)
    result = ImportResult(
        kind=kind, file=str(path), sheet=sheet.title, header_row=sheet.header_row,
        mapping={f: sheet.headers[i] for f, i in sorted(mapping.fields.items(), key=lambda x: x[1])},
        ignored_columns=mapping.ignored,
    )
    return sheet, mapping, result


def import_stock(
    actor: User, owner: Organisation, path: Path | str, *, dry_run: bool = False,
    create_items: bool = False, good_rows_only: bool = False,
    mapping: dict[str, str] | None = None, effective_date: dt.date | None = None,
    progress=None,
) -> ImportResult:
    """Import a stock sheet as `owner`'s opening balances. `mapping` corrects the column
    mapping ({normalised header: field}, see columns.parse_overrides)."""
    permissions.require(actor, "adjust", owner)
    if create_items:
        permissions.require(actor, "create_item")
    sheet, cols, result = prepare("stock", path, mapping, (("item", "code"), ("quantity",)))
    result.dry_run = dry_run
    items, places = ItemIndex(), LocationIndex()
    total = len(sheet.rows)
    for reader in data_rows(sheet, cols, result, progress):
        goods = read_goods(reader, items, places, create_items=create_items)
        result.problems.extend(reader.problems)
        if goods is not None:
            result.lines.append(goods)
        elif not reader.problems:
            result.skipped.append((reader.number, "quantity 0"))
    result.items_to_create = _unique_new(result.lines)
    if result.problems and not good_rows_only:
        return result
    if not result.lines:
        return result
    try:
        with write_transaction():
            _post(actor, owner, result, effective_date, progress, total)
            if dry_run:
                raise _RollBack()
        result.written = True
    except _RollBack:
        pass
    return result


def _unique_new(lines: list[Goods]) -> list[NewItem]:
    seen, new = set(), []
    for goods in lines:
        if isinstance(goods.item, NewItem) and goods.item.key not in seen:
            seen.add(goods.item.key)
            new.append(goods.item)
    return new


def _post(actor: User, owner: Organisation, result: ImportResult, day: dt.date | None,
          progress, total: int) -> None:
    made = create_items(actor, result.items_to_create) if result.items_to_create else {}
    note = f"imported from {Path(result.file).name}, sheet {result.sheet}"
    with ledger.posting(actor, "opening", owner, effective_date=day, note=note,
                        reference=Path(result.file).name[:80]) as post:
        for n, goods in enumerate(result.lines, start=1):
            if n % PROGRESS_EVERY == 0:
                step(progress, total + n * total // len(result.lines), total * 2, "posting")
            item = made[goods.item.key] if isinstance(goods.item, NewItem) else goods.item
            weight = (int(item.weight_per_unit_g * goods.quantity)
                      if item.weight_per_unit_g else None)
            post.add(owner=owner, item=item, quantity=goods.quantity, kind="opening",
                     lot=lot_for(item, goods), location=goods.location, weight_g=weight,
                     reason=goods.notes[:40] if goods.notes else None)
    result.documents.append(post.document.code)


def lot_for(item: Item, goods: Goods) -> Lot | None:
    """The row's lot: its own code, else one named after its date (as at the intake desk)."""
    code = goods.lot_code or (internal_lot_code(goods.date, goods.date_kind)
                              if goods.date else None)
    if code is None:
        return None
    Lot.insert(item=item.id, code=code, date=goods.date,
               date_kind=goods.date_kind).on_conflict_ignore().execute()
    return Lot.get((Lot.item == item.id) & (Lot.code == code))
