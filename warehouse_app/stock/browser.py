"""The stock browser's reads: stock on hand by owner, item, lot and status under the
screen's filters, sorted by any column, and its export to .xlsx.

The database work is one `stock_on_hand` call (DESIGN.md: a whole hangar in < 100 ms);
the filters `on_hand` has no column for (expiring soon, below minimum) and the sort by
another column run over its rows on the worker. The screen receives a `StockListing`,
which builds a `StockRow` only when a row is shown, so a page costs what it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from models import Category, Location, Organisation, User
from warehouse_app import clock, permissions
from warehouse_app.progress import step
from warehouse_app.stock import queries
from warehouse_app.stock.on_hand import StockRow, StockTable, stock_on_hand
from warehouse_app.stock.sheet import SheetColumn, write_sheet

GROUPS = ("owner", "item", "lot", "status")  # one row per owner, item, lot and status
STOCK_SORTS = ("owner", "item", "category", "lot", "date", "status", "quantity", "weight")


@dataclass(frozen=True)
class StockFilter:
    """What the browser's filters ask for; None or empty means "any"."""

    owner_id: int | None = None
    category_id: int | None = None
    location_id: int | None = None
    text: str = ""
    expiring_days: int | None = None  # dated stock within this many days (or past)
    below_minimum: bool = False  # items an owner holds less usable stock of than its minimum
    status: str | None = None  # "usable" or "quarantine"
    box_id: int | None = None  # the ledger view only: movements in or out of one box


@dataclass(frozen=True)
class BrowserChoices:
    """What the filter lists offer this person: owners they may see, categories, places."""

    owners: list[tuple[int, str, str]]
    categories: list[tuple[int, str]]
    locations: list[tuple[int, str]]


class StockListing(Sequence):
    """Rows of stock on hand in the order asked, built as they are read."""

    def __init__(self, table: StockTable | list[StockRow], order: list[int] | None):
        self._table = table
        self._order = order

    def __len__(self) -> int:
        return len(self._order) if self._order is not None else len(self._table)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._table[self._order[index] if self._order is not None else index]

    def __iter__(self):
        return (self[i] for i in range(len(self)))


def browser_choices(actor: User) -> BrowserChoices:
    """The filter lists: the owners come from the same rule the core enforces."""
    everything = {c.id: c for c in Category.select()}
    categories = [(c.id, _path(c, everything)) for c in everything.values() if c.active]
    locations = [(loc.id, loc.code) for loc in
                 Location.select().where(Location.active).order_by(Location.code)]
    return BrowserChoices(permissions.organisations_for(actor, "view_stock"),
                          sorted(categories, key=lambda c: c[1].casefold()), locations)


def stock_listing(actor: User, stock_filter: StockFilter, sort: str | None = None,
                  descending: bool = False, *, today: dt.date | None = None) -> StockListing:
    """Stock on hand under `stock_filter`, sorted by `sort` (None: owner, item, lot date,
    status, which is how the core orders it). A partner sees only its own stock; asking
    for another owner's is refused (PermissionDenied)."""
    if sort is not None and sort not in STOCK_SORTS:
        raise ValueError(f"sort takes one of {STOCK_SORTS}, not {sort!r}")
    f = stock_filter
    table = stock_on_hand(
        actor, owner=_get(Organisation, f.owner_id), category=_get(Category, f.category_id),
        location=_get(Location, f.location_id), status=f.status, text=f.text.strip() or None,
        group_by=GROUPS,
    )
    rows: StockTable | list[StockRow] = table
    if f.expiring_days is not None:
        limit = (today or clock.today()) + dt.timedelta(days=f.expiring_days)
        rows = [r for r in rows if r.lot_date is not None and r.lot_date <= limit]
    if f.below_minimum:
        short = {(s.owner_code, s.item_code)
                 for s in queries.below_minimum(actor, owner=_get(Organisation, f.owner_id))}
        rows = [r for r in rows if (r.owner_code, r.item_code) in short]
    if sort is None:
        order = list(range(len(rows) - 1, -1, -1)) if descending else None
        return StockListing(rows, order)
    key = _SORT_KEYS[sort]
    order = sorted(range(len(rows)), key=lambda i: key(rows[i]), reverse=descending)
    return StockListing(rows, order)


_SORT_KEYS = {
    "owner": lambda r: (r.owner_code or "",),
    "item": lambda r: ((r.item_name or "").casefold(), r.gender or "", r.size or "",
                       r.item_code or ""),
    "category": lambda r: ((r.category or "").casefold(), (r.item_name or "").casefold()),
    "lot": lambda r: (r.lot_code or "",),
    "date": lambda r: (r.lot_date is None, r.lot_date or dt.date.min),
    "status": lambda r: (r.status or "",),
    "quantity": lambda r: (r.quantity,),
    "weight": lambda r: (r.weight_g,),
}

STOCK_COLUMNS = (
    SheetColumn("Owner", 10), SheetColumn("Item code", 16), SheetColumn("Item", 32),
    SheetColumn("Size", 8), SheetColumn("Category", 16), SheetColumn("Lot", 14),
    SheetColumn("Date", 11, "date"), SheetColumn("Date kind", 11), SheetColumn("Status", 11),
    SheetColumn("Quantity", 11, "quantity"), SheetColumn("Unit", 7), SheetColumn("kg", 10, "kg"),
)
EXPORT_CHUNK = 500  # rows between two progress reports (and cancel checks)


def export_stock(actor: User, stock_filter: StockFilter, sort: str | None, descending: bool,
                 path: str | Path, *, progress=None) -> int:
    """The browser's current view (same filters, same order) as an .xlsx; returns the
    number of rows written. Cancellable through `progress`: a cancelled export leaves
    no file behind."""
    rows = stock_listing(actor, stock_filter, sort, descending)
    total = len(rows)

    def lines():
        for n, r in enumerate(rows):
            if n % EXPORT_CHUNK == 0:
                step(progress, n, total, "stock")
            yield (r.owner_code, r.item_code, r.item_name, r.size, r.category, r.lot_code,
                   r.lot_date, r.date_kind, r.status, r.quantity, r.unit,
                   Decimal(r.weight_g).scaleb(-3) if r.weight_g else None)

    write_sheet(path, "Stock", STOCK_COLUMNS, lines())
    step(progress, total, total, "stock")
    return total


def _get(model, key: int | None):
    return None if key is None else model.get_by_id(key)


def _path(category: Category, everything: dict[int, Category]) -> str:
    """"Food / Tinned food": a category with its parents, as the list shows it."""
    names, node, seen = [category.name], category, {category.id}
    while node.parent_id in everything and node.parent_id not in seen:
        node = everything[node.parent_id]
        seen.add(node.id)
        names.append(node.name)
    return " / ".join(reversed(names))
