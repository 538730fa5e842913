"""The ledger as the stock screens read it: every movement a person may see, in pages,
and the two detail views built on it (a box's contents and history, an item's card).

The whole ledger is 1,000,000 rows on the benchmark hangar (DESIGN.md: scrolling it must
not freeze the window and stays under 400 MB). So the list is read in two steps: once, on
a worker, the ids of the matching movements in the order asked (`ledger_ids`: a compact
`array('q')`, 8 MB for a million), then the rows of a page of those ids when it is shown
(`ledger_page`: one indexed query of a few hundred primary keys, read as raw tuples).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from peewee import JOIN

from models import (
    Box,
    Category,
    Document,
    Item,
    Location,
    Lot,
    Movement,
    Organisation,
    User,
    database,
)
from models.fields import from_milli
from warehouse_app import clock, permissions, scan
from warehouse_app.errors import by_id
from warehouse_app.picking import as_date
from warehouse_app.progress import step
from warehouse_app.stock import queries
from warehouse_app.stock.browser import StockFilter
from warehouse_app.stock.on_hand import StockRow, _within
from warehouse_app.stock.sheet import SheetColumn, write_sheet

LEDGER_SORTS = ("date", "document", "kind", "item", "owner", "quantity", "who")
FETCH_CHUNK = 20_000  # ids read from the cursor at a time (and between cancel checks)
PAGE = 250  # movements per page read for the screen or an export
BOX_HISTORY_LIMIT = 2000  # a box's newest movements shown in its detail
CARD_LIMIT = 5000  # an item card's newest lines shown


@dataclass(slots=True)  # not frozen: a page builds hundreds of these
class LedgerLine:
    """One movement as the ledger view shows it."""

    id: int
    date: dt.date
    document_code: str
    document_kind: str
    kind: str
    item_id: int
    item_code: str
    item_name: str
    unit: str
    owner_id: int
    owner_code: str
    quantity: Decimal
    lot_code: str | None
    location_code: str | None
    box_code: str | None
    who: str
    created_at: dt.datetime


@dataclass(frozen=True)
class BoxDetail:
    id: int
    code: str
    owner_code: str
    owner_name: str
    location_code: str | None
    status: str
    contents: list[StockRow]
    history: list[LedgerLine]  # newest first, at most BOX_HISTORY_LIMIT
    movements: int  # how many movements the box has had in all


@dataclass(frozen=True)
class ItemCard:
    item_id: int
    item_code: str
    item_name: str
    unit: str
    owner_id: int
    owner_code: str
    owners: list[tuple[int, str, str]]  # whose card of this item the person may open
    lines: list[queries.CardLine]  # date order, the newest CARD_LIMIT
    total_lines: int

    @property
    def balance(self) -> Decimal:
        return self.lines[-1].balance if self.lines else Decimal(0)


def ledger_ids(actor: User, stock_filter: StockFilter, sort: str = "date",
               descending: bool = True, *, progress=None) -> array:
    """The ids of every movement the actor may see under `stock_filter`, in the order
    asked (by default newest first). The filters of stock on hand that the ledger has no
    column for (expiring soon, below minimum) do not apply to it."""
    if sort not in LEDGER_SORTS:
        raise ValueError(f"sort takes one of {LEDGER_SORTS}, not {sort!r}")
    query = Movement.select(Movement.id)
    if sort == "document":
        query = query.join(Document, on=(Document.id == Movement.document))
    elif sort == "item":
        query = query.join(Item, on=(Item.id == Movement.item))
    elif sort == "owner":
        query = query.join(Organisation, on=(Organisation.id == Movement.owner))
    elif sort == "who":
        query = query.join(User, on=(User.id == Movement.created_by))
    query = _filtered(actor, query, stock_filter)
    keys = {"date": (Movement.effective_date,), "document": (Document.code,),
            "kind": (Movement.kind,), "item": (Item.name, Item.code),
            "owner": (Organisation.code,), "quantity": (Movement.quantity,),
            "who": (User.name,)}[sort]
    order = [*keys, Movement.id]
    query = query.order_by(*(k.desc() if descending else k.asc() for k in order))
    cursor = database.execute(query)
    ids = array("q")
    while chunk := cursor.fetchmany(FETCH_CHUNK):
        ids.extend(row[0] for row in chunk)
        step(progress, len(ids), 0, "movements")
    return ids


def _filtered(actor: User, query, f: StockFilter):
    if f.owner_id is not None:
        owner = Organisation.get_by_id(f.owner_id)
        permissions.require(actor, "view_stock", owner)
        query = query.where(Movement.owner == owner.id)
    else:
        visible = permissions.visible_owner_ids(actor)
        if visible is not None:
            query = query.where(Movement.owner.in_(visible))
    if f.category_id is not None or f.text.strip():
        items = Item.select(Item.id)
        if f.category_id is not None:
            items = items.where(Item.category.in_(_within(Category, f.category_id)))
        if text := f.text.strip():
            items = items.where(Item.name.contains(text) | Item.code.contains(text))
        query = query.where(Movement.item.in_(items))
    if f.location_id is not None:
        query = query.where(Movement.location.in_(_within(Location, f.location_id)))
    if f.status is not None:
        query = query.where(Movement.status == f.status)
    if f.box_id is not None:
        query = query.where(Movement.box == f.box_id)
    return query


def ledger_page(actor: User, ids: Sequence[int]) -> list[LedgerLine]:
    """The movements of `ids`, in that order; those the actor may not see are left out."""
    if not len(ids):
        return []
    query = (
        Movement.select(
            Movement.id, Movement.effective_date, Document.code, Document.kind, Movement.kind,
            Item.id, Item.code, Item.name, Item.unit, Organisation.id, Organisation.code,
            Movement.quantity, Lot.code, Location.code, Box.code, User.name,
            Movement.created_at,
        )
        .join(Document, on=(Document.id == Movement.document))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .switch(Movement).join(Organisation, on=(Organisation.id == Movement.owner))
        .switch(Movement).join(User, on=(User.id == Movement.created_by))
        .switch(Movement).join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Movement.lot))
        .switch(Movement).join(Location, JOIN.LEFT_OUTER, on=(Location.id == Movement.location))
        .switch(Movement).join(Box, JOIN.LEFT_OUTER, on=(Box.id == Movement.box))
        .where(Movement.id.in_(list(ids)))
    )
    visible = permissions.visible_owner_ids(actor)
    if visible is not None:
        query = query.where(Movement.owner.in_(visible))
    found = {}
    for row in database.execute(query).fetchall():  # raw: converted here, once
        (mid, day, code, doc_kind, kind, item_id, item_code, item_name, unit, owner_id,
         owner_code, qty, lot_code, loc_code, box_code, who, created) = row
        found[mid] = LedgerLine(mid, as_date(day), code, doc_kind, kind, item_id, item_code,
                                item_name, unit, owner_id, owner_code, from_milli(qty),
                                lot_code, loc_code, box_code, who, clock.from_db(created))
    return [found[i] for i in ids if i in found]


LEDGER_COLUMNS = (
    SheetColumn("Date", 11, "date"), SheetColumn("Document", 16), SheetColumn("Kind", 13),
    SheetColumn("Owner", 9), SheetColumn("Item code", 16), SheetColumn("Item", 30),
    SheetColumn("Quantity", 11, "quantity"), SheetColumn("Unit", 7), SheetColumn("Lot", 14),
    SheetColumn("Location", 13), SheetColumn("Box", 12), SheetColumn("Who", 14),
    SheetColumn("Recorded", 16, "moment"),
)


def export_ledger(actor: User, stock_filter: StockFilter, sort: str, descending: bool,
                  path: str | Path, *, progress=None) -> int:
    """The ledger view as it stands (same filters, same order) as an .xlsx, read page by
    page; returns the number of rows. Cancellable through `progress`."""
    ids = ledger_ids(actor, stock_filter, sort, descending)
    total = len(ids)

    def lines():
        for start in range(0, total, PAGE):
            step(progress, start, total, "movements")
            for m in ledger_page(actor, ids[start:start + PAGE]):
                yield (m.date, m.document_code, m.kind, m.owner_code, m.item_code,
                       m.item_name, m.quantity, m.unit, m.lot_code, m.location_code,
                       m.box_code, m.who, m.created_at)

    write_sheet(path, "Movements", LEDGER_COLUMNS, lines())
    step(progress, total, total, "movements")
    return total


def box_detail(actor: User, box_id: int) -> BoxDetail:
    """What a box holds and every movement in or out of it, newest first. A partner may
    open only its own organisation's boxes (PermissionDenied)."""
    box = by_id(Box, box_id, "box")
    permissions.require(actor, "view_stock", box.owner)
    ids = ledger_ids(actor, StockFilter(box_id=box.id))
    location = Location.get_by_id(box.location_id).code if box.location_id else None
    return BoxDetail(box.id, box.code, box.owner.code, box.owner.name, location, box.status,
                     list(queries.box_contents(actor, box)),
                     ledger_page(actor, ids[:BOX_HISTORY_LIMIT]), len(ids))


def item_card(actor: User, item_id: int, owner_id: int | None = None) -> ItemCard:
    """An item's stock card for one owner: every movement with its document and running
    balance. Without an owner, the first the person may see that holds the item (else
    their own organisation). Another NGO's card is refused to a partner (PermissionDenied)."""
    item = by_id(Item, item_id, "item")
    owners = permissions.organisations_for(actor, "view_stock")
    if owner_id is None:
        owner_id = _first_owner(actor, item, [o[0] for o in owners])
    owner = by_id(Organisation, owner_id, "organisation")
    total = queries.count_card_lines(actor, owner, item)  # refuses another NGO's card
    skip = max(0, total - CARD_LIMIT)
    lines = queries.stock_card(actor, owner, item, limit=CARD_LIMIT, offset=skip)
    return ItemCard(item.id, item.code, item.name, item.unit, owner.id, owner.code, owners,
                    lines, total)


def _first_owner(actor: User, item: Item, offered: list[int]) -> int:
    """Whose card opens first: an organisation holding the item that the person may see,
    else their own (a partner's empty card rather than a refusal), else the first offered."""
    holding = queries.owners_with_stock(actor, item=item)
    if holding:
        return holding[0].owner_id
    if actor.organisation_id in offered or not offered:
        return actor.organisation_id
    return offered[0]


@dataclass(frozen=True)
class StockScan:
    """What a scan on the stock screen points at: a box, an item (a lot: its item), a
    shelf, or something the stock screen does not show (kind "other")."""

    kind: str  # "box", "item", "location" or "other"
    code: str
    id: int | None = None
    item_id: int | None = None


def stock_scan(actor: User, code: str) -> StockScan:
    permissions.require(actor, "view_stock")
    found = scan.resolve(code)
    if found.kind == "box":
        return StockScan("box", found.code, found.object.id)
    if found.kind == "location":
        return StockScan("location", found.code, found.object.id)
    if found.item is not None:
        return StockScan("item", found.code, found.item.id, found.item.id)
    return StockScan("other", found.code)

