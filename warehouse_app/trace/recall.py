"""Traceability for a recall: from a lot (or a donation) forward to every meal batch and kit
that used it and everywhere those went, with what is still on the shelves; and from a
batch back to its ingredient lots and the donors who gave them.

Everything is read from the ledger by lot (movement.lot_id is indexed), so a trace costs
what the lot's own history holds, not the hangar's. `export_xlsx` writes the same answer
as a workbook a coordinator can send on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from peewee import JOIN

from models import (
    Balance,
    Box,
    Destination,
    Document,
    Donor,
    Item,
    Kit,
    KitComponent,
    KitDesign,
    Location,
    Lot,
    MealBatch,
    Movement,
    Organisation,
    Recipe,
    User,
    database,
)
from models.db import is_sqlite
from warehouse_app import clock, permissions
from warehouse_app.errors import NotFound, PermissionDenied
from warehouse_app.picking import as_date
from warehouse_app.reports.cells import sheet_moment

OUT_KINDS = ("issue", "transfer_out", "loan_out", "repay_out", "loss")


@dataclass(frozen=True)
class OnShelf:
    owner: str
    item: str
    lot: str
    location: str
    box: str
    status: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class Received:
    document: str
    date: dt.date
    owner: str
    donor: str
    donor_type: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class Outgoing:
    """Stock of the lot leaving its owner: distributed, handed to another NGO, or lost."""

    document: str
    kind: str  # distribution | transfer | loan | repayment | loss
    date: dt.date
    at: dt.datetime
    owner: str
    to: str  # destination or receiving NGO; the reason for a loss
    received_by: str
    item: str
    lot: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class BatchUse:
    batch: str  # MB-20261121-03
    dish: str
    recipe_version: int
    cooked_at: dt.datetime
    kitchen: str
    used: str  # which traced lot, how much
    portions: int
    use_by: dt.datetime
    status: str


@dataclass(frozen=True)
class KitUse:
    kit: str
    design: str
    quantity: Decimal
    owner: str
    location: str


@dataclass
class LotTrace:
    """Forward from one lot: where it came from, what it went into, where all of it is."""

    lot: str
    item: str
    date: dt.date | None
    date_kind: str | None
    received: list[Received] = field(default_factory=list)
    batches: list[BatchUse] = field(default_factory=list)
    kits: list[KitUse] = field(default_factory=list)
    outgoing: list[Outgoing] = field(default_factory=list)  # the lot's and its batches'
    on_shelves: list[OnShelf] = field(default_factory=list)  # the lot's and its batches'


@dataclass(frozen=True)
class IngredientSource:
    item: str
    lot: str
    date: dt.date | None
    date_kind: str | None
    quantity: Decimal
    unit: str
    donors: tuple[Received, ...]


@dataclass
class BatchTrace:
    """Back from one batch to its ingredient lots and donors, and forward to its dispatches."""

    batch: str
    dish: str
    recipe_version: int
    cooked_at: dt.datetime
    kitchen: str
    cooks: str
    portions: int
    use_by: dt.datetime
    allergens: str
    ingredients: list[IngredientSource] = field(default_factory=list)
    outgoing: list[Outgoing] = field(default_factory=list)
    on_shelves: list[OnShelf] = field(default_factory=list)


def _visible(actor: User) -> list[int] | None:
    """Owners whose stock the actor may see in a trace (None: all); refuses anyone else."""
    visible = permissions.visible_owner_ids(actor)
    if visible == []:
        raise PermissionDenied(actor.name, actor.role, "view_stock")
    return visible


def _owned(query, column, visible: list[int] | None):
    return query if visible is None else query.where(column.in_(visible))


# --- forward ---------------------------------------------------------------------------


def lots_by_code(code: str) -> list[Lot]:
    """Every lot with this code (one code may name lots of several items); a batch label's
    "LMB-..." finds the batch's lot."""
    code = code.strip()
    keys = {code, code.upper()}
    if code.upper().startswith("LMB-"):
        keys.add(code.upper()[1:])
    return list(Lot.select(Lot, Item).join(Item).where(Lot.code.in_(list(keys))).order_by(Lot.id))


def trace_lot(actor: User, lot: Lot) -> LotTrace:
    """Forward trace of one lot, and of every batch that used it (and batches that used
    those batches' portions), to their dispatches and to what is left on the shelves."""
    visible = _visible(actor)
    item = Item.get_by_id(lot.item_id)
    trace = LotTrace(lot.code, _item(item), as_date(lot.date), lot.date_kind)
    trace.received = _received([lot.id], visible)
    followed, todo = {lot.id}, [lot.id]
    while todo:
        uses = _batches_using(todo, visible)
        todo = []
        for use, batch_lot in uses:
            trace.batches.append(use)
            if batch_lot not in followed:
                followed.add(batch_lot)
                todo.append(batch_lot)
    trace.kits = _kits_using(lot.id, visible)
    trace.outgoing = _outgoing(sorted(followed), visible)
    trace.on_shelves = _on_shelves(sorted(followed), visible)
    return trace


def trace_code(actor: User, code: str) -> list[LotTrace]:
    """Trace every lot a typed or scanned code names; NotFound when none does."""
    lots = lots_by_code(code)
    if not lots:
        raise NotFound("lot", code.strip())
    return [trace_lot(actor, lot) for lot in lots]


def trace_receipt(actor: User, receipt: Document) -> list[LotTrace]:
    """A donation (GRN) recalled whole: every lot it brought in, traced forward."""
    lot_ids = sorted({
        lot for (lot,) in Movement.select(Movement.lot)
        .where((Movement.document == receipt.id) & Movement.lot.is_null(False)).tuples()
    })
    return [trace_lot(actor, lot) for lot in Lot.select().where(Lot.id.in_(lot_ids)).order_by(Lot.id)] \
        if lot_ids else []


def _movements_of(lot_ids: list[int]) -> list[int]:
    """The ids of every movement of these lots, read through the lot index by name on
    SQLite: most movements carry no lot (clothing, parts), so ANALYZE finds lot_id nearly
    always NULL and the planner would rather scan a million rows (measured: 200 ms, not 1)."""
    if not lot_ids:
        return []
    hint = ' INDEXED BY "movement_lot_id"' if is_sqlite() else ""
    marks = ", ".join([database.obj.param] * len(lot_ids))
    sql = f'SELECT "id" FROM "movement"{hint} WHERE "lot_id" IN ({marks})'
    return [row[0] for row in database.obj.execute_sql(sql, tuple(lot_ids)).fetchall()]


def _batches_using(lot_ids: list[int], visible) -> list[tuple[BatchUse, int]]:
    """Meal batches that consumed any of these lots (undone ones included: their record
    stays), with each batch's own lot to follow on."""
    BatchLot, Used = Lot.alias(), Lot.alias()
    query = (
        Movement.select(
            Movement.id, BatchLot.code, Recipe.name, Recipe.version, MealBatch.cooked_at, Organisation.name,
            Movement.quantity, Item.unit, Used.code, MealBatch.portions, MealBatch.use_by,
            MealBatch.status, MealBatch.lot,
        )
        .join(MealBatch, on=(MealBatch.document == Movement.document))
        .join(Recipe, on=(Recipe.id == MealBatch.recipe))
        .switch(MealBatch).join(Organisation, on=(Organisation.id == MealBatch.kitchen))
        .switch(MealBatch).join(BatchLot, on=(BatchLot.id == MealBatch.lot))
        .switch(Movement).join(Used, on=(Used.id == Movement.lot))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .where(Movement.id.in_(_movements_of(lot_ids)) & (Movement.kind == "consumed")
               & Movement.reverses.is_null())
    )
    return [
        (BatchUse(code, dish, version, clock.from_db(cooked), kitchen, f"{-qty} {unit} of {used}",
                  portions, clock.from_db(use_by), status), batch_lot)
        for _id, code, dish, version, cooked, kitchen, qty, unit, used, portions, use_by, status,
        batch_lot in _by_lot_in_order(_owned(query, Movement.owner, visible))
    ]


def _kits_using(lot_id: int, visible) -> list[KitUse]:
    query = (
        KitComponent.select(Kit.code, KitDesign.name, KitDesign.version, KitComponent.quantity,
                            Organisation.code, Location.code)
        .join(Kit).join(KitDesign, on=(KitDesign.id == Kit.design))
        .switch(Kit).join(Box, on=(Box.id == Kit.box))
        .join(Organisation, on=(Organisation.id == Box.owner))
        .switch(Box).join(Location, JOIN.LEFT_OUTER, on=(Location.id == Box.location))
        .where(KitComponent.lot == lot_id).order_by(Kit.code)
    )
    return [
        KitUse(code, f"{design} v{version}", quantity, owner, place or "")
        for code, design, version, quantity, owner, place
        in _owned(query, Box.owner, visible).tuples()
    ]


def _received(lot_ids: list[int], visible) -> list[Received]:
    query = (
        Movement.select(Movement.id, Document.code, Document.effective_date, Organisation.code,
                        Donor.name, Donor.donor_type, Movement.quantity, Item.unit)
        .join(Document, on=(Document.id == Movement.document))
        .join(Donor, JOIN.LEFT_OUTER, on=(Donor.id == Document.donor))
        .switch(Movement).join(Organisation, on=(Organisation.id == Movement.owner))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .where(Movement.id.in_(_movements_of(lot_ids)) & Movement.kind.in_(("receipt", "opening"))
               & Movement.reverses.is_null())
    )
    return [
        Received(code, as_date(day), owner, donor or "", donor_type or "", qty, unit)
        for _id, code, day, owner, donor, donor_type, qty, unit
        in _by_lot_in_order(_owned(query, Movement.owner, visible))
    ]


def _by_lot_in_order(query) -> list[tuple]:
    """Rows sorted here, not by ORDER BY: ordering by the movement's id or date tempts
    SQLite to walk that whole index (a million rows, 200 ms) instead of the lot's few."""
    return sorted(query.tuples(), key=lambda row: row[0])


DOCUMENT_WORDS = {"distribution": "distribution", "transfer": "transfer", "loan": "loan",
                  "repayment": "repayment", "loss": "loss"}


def _outgoing(lot_ids: list[int], visible) -> list[Outgoing]:
    Other = Organisation.alias()
    query = (
        Movement.select(Movement.id, Document.code, Document.kind, Movement.effective_date,
                        Movement.created_at, Organisation.code, Destination.name, Other.code,
                        Movement.reason, Document.received_by, Item.name, Lot.code,
                        Movement.quantity, Item.unit)
        .join(Document, on=(Document.id == Movement.document))
        .join(Destination, JOIN.LEFT_OUTER, on=(Destination.id == Document.destination))
        .switch(Document).join(Other, JOIN.LEFT_OUTER, on=(Other.id == Document.counterpart))
        .switch(Movement).join(Organisation, on=(Organisation.id == Movement.owner))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .switch(Movement).join(Lot, on=(Lot.id == Movement.lot))
        .where(Movement.id.in_(_movements_of(lot_ids)) & Movement.kind.in_(OUT_KINDS)
               & Movement.reverses.is_null() & (Document.status == "posted"))
    )
    rows = sorted(_owned(query, Movement.owner, visible).tuples(),
                  key=lambda row: (as_date(row[3]), row[0]))
    return [
        Outgoing(code, kind, as_date(day), clock.from_db(at), owner,
                 destination or other or (reason or ""), received_by or "", item, lot, -qty, unit)
        for _id, code, kind, day, at, owner, destination, other, reason, received_by, item, lot,
        qty, unit in rows
    ]


def _on_shelves(lot_ids: list[int], visible) -> list[OnShelf]:
    query = (
        Balance.select(Organisation.code, Item.name, Lot.code, Location.code, Box.code,
                       Balance.status, Balance.quantity, Item.unit)
        .join(Organisation, on=(Organisation.id == Balance.owner))
        .switch(Balance).join(Item, on=(Item.id == Balance.item))
        .switch(Balance).join(Lot, on=(Lot.id == Balance.lot_id))
        .switch(Balance).join(Location, JOIN.LEFT_OUTER, on=(Location.id == Balance.location_id))
        .switch(Balance).join(Box, JOIN.LEFT_OUTER, on=(Box.id == Balance.box_id))
        .where(Balance.lot_id.in_(lot_ids) & (Balance.quantity > 0))
        .order_by(Organisation.code, Lot.code, Location.code, Box.code)
    )
    return [
        OnShelf(owner, item, lot, place or "", box or "", status, qty, unit)
        for owner, item, lot, place, box, status, qty, unit
        in _owned(query, Balance.owner, visible).tuples()
    ]


# --- backward --------------------------------------------------------------------------


def trace_batch(actor: User, batch: MealBatch) -> BatchTrace:
    """Back from a batch to each ingredient lot it consumed and the donations that brought
    those lots in; forward to where its portions went and what is left."""
    visible = _visible(actor)
    recipe = batch.recipe
    trace = BatchTrace(
        batch=batch.lot.code, dish=recipe.name, recipe_version=recipe.version,
        cooked_at=clock.from_db(batch.cooked_at), kitchen=batch.kitchen.name, cooks=batch.cooks,
        portions=batch.portions, use_by=clock.from_db(batch.use_by), allergens=batch.allergens,
    )
    rows = (
        Movement.select(Item.name, Lot.id, Lot.code, Lot.date, Lot.date_kind, Movement.quantity,
                        Item.unit)
        .join(Item, on=(Item.id == Movement.item))
        .switch(Movement).join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Movement.lot))
        .where((Movement.document == batch.document_id) & (Movement.kind == "consumed")
               & Movement.reverses.is_null())
        .order_by(Movement.line)
        .tuples()
    )
    for item, lot_id, lot, date, kind, qty, unit in rows:
        donors = tuple(_received([lot_id], visible)) if lot_id else ()
        trace.ingredients.append(
            IngredientSource(item, lot or "", as_date(date), kind, -qty, unit, donors))
    trace.outgoing = _outgoing([batch.lot_id], visible)
    trace.on_shelves = _on_shelves([batch.lot_id], visible)
    return trace


def _item(item: Item) -> str:
    return f"{item.name} [{item.code}]"



# --- export ----------------------------------------------------------------------------


def export_xlsx(traces: Sequence[LotTrace | BatchTrace], path: Path | str) -> Path:
    """The traces as a workbook (openpyxl write-only): one sheet per kind of row. Text that
    a spreadsheet would take for a formula (=, +, -, @) is written as text."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheets = {
        "Lots": ("traced", "item", "date", "date kind"),
        "Received": ("traced", "document", "date", "owner", "donor", "donor type", "quantity", "unit"),
        "Batches": ("traced", "batch", "dish", "version", "cooked at", "kitchen", "used",
                    "portions", "use by", "status"),
        "Ingredients": ("batch", "item", "lot", "date", "date kind", "quantity", "unit",
                        "donors"),
        "Kits": ("traced", "kit", "design", "quantity", "owner", "location"),
        "Went to": ("traced", "document", "kind", "date", "at", "owner", "to", "received by",
                    "item", "lot", "quantity", "unit"),
        "On shelves": ("traced", "owner", "item", "lot", "location", "box", "status",
                       "quantity", "unit"),
    }
    rows: dict[str, list[tuple]] = {name: [] for name in sheets}
    for t in traces:
        if isinstance(t, LotTrace):
            rows["Lots"].append((t.lot, t.item, t.date, t.date_kind or ""))
            rows["Received"] += [(t.lot, *_values(r)) for r in t.received]
            rows["Batches"] += [(t.lot, *_values(b)) for b in t.batches]
            rows["Kits"] += [(t.lot, *_values(k)) for k in t.kits]
        else:
            rows["Lots"].append((t.batch, t.dish, clock.day_of(t.cooked_at), "cooked"))
            for i in t.ingredients:
                donors = "; ".join(f"{d.donor or d.owner} ({d.document}, {d.date})" for d in i.donors)
                rows["Ingredients"].append((t.batch, i.item, i.lot, i.date, i.date_kind or "",
                                            i.quantity, i.unit, donors))
        label = t.lot if isinstance(t, LotTrace) else t.batch
        rows["Went to"] += [(label, *_values(o)) for o in t.outgoing]
        rows["On shelves"] += [(label, *_values(s)) for s in t.on_shelves]
    for name, header in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(list(header))
        for row in rows[name]:
            sheet.append([_cell(sheet, v) for v in row])
    path = Path(path)
    book.save(path)
    return path


def _values(record) -> tuple:
    return tuple(getattr(record, f) for f in record.__dataclass_fields__)


def _cell(sheet, value):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Decimal):
        return value  # exact: openpyxl writes the decimal as typed
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # a donor's name is never run as a formula
        return cell
    return sheet_moment(value)
