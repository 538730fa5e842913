"""Stock on hand: the Balance table summed over any of owner, item, lot, location, box
and status, restricted to the owners the actor may see.

A whole hangar is ~45,000 (owner, item) rows, and DESIGN.md gives that 100 ms: the
database groups integers only, names come from one query per dimension, rows are sorted
on small per-id ranks (the same order on SQLite and PostgreSQL), and a StockRow is built
only when it is read (StockTable).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from decimal import Decimal

from peewee import fn

from models import Balance, Box, Category, Item, Location, Lot, Organisation, User, database
from models.fields import from_milli
from warehouse_app import permissions
from warehouse_app.picking import as_date

GROUPS = ("owner", "item", "lot", "location", "box", "status")


@dataclass(slots=True)  # not frozen: ~45,000 of these are built for a whole hangar (bench)
class StockRow:
    """One line of stock on hand; the fields of dimensions not grouped by are None."""

    quantity: Decimal
    weight_g: int
    owner_id: int | None = None
    owner_code: str | None = None
    owner_name: str | None = None
    item_id: int | None = None
    item_code: str | None = None
    item_name: str | None = None
    unit: str | None = None
    size: str | None = None
    gender: str | None = None
    category: str | None = None
    lot_id: int | None = None  # 0: no lot
    lot_code: str | None = None
    lot_date: dt.date | None = None
    date_kind: str | None = None
    location_id: int | None = None  # 0: nowhere in particular
    location_code: str | None = None
    box_id: int | None = None  # 0: loose, not in a box
    box_code: str | None = None
    status: str | None = None
# dimension -> the Balance column it groups by
_GROUP_COLUMNS = {
    "owner": Balance.owner,
    "item": Balance.item,
    "lot": Balance.lot_id,
    "location": Balance.location_id,
    "box": Balance.box_id,
    "status": Balance.status,
}
# Above this many ids a dimension's names are read whole rather than by an IN list.
_READ_WHOLE_TABLE = 2000


def _names(dim: str, ids: set) -> dict[object, tuple]:
    """id -> the values of _NAME_FIELDS[dim] that name it, in one query per dimension."""
    def read(query, model):
        if len(ids) <= _READ_WHOLE_TABLE:
            query = query.where(model.id.in_(list(ids)))
        return database.execute(query).fetchall()  # raw: no per-value conversion

    if dim == "owner":
        rows = read(Organisation.select(Organisation.id, Organisation.code, Organisation.name),
                    Organisation)
    elif dim == "item":
        rows = read(
            Item.select(Item.id, Item.code, Item.name, Item.unit, Item.size, Item.gender,
                        Category.name).join(Category, on=(Category.id == Item.category)),
            Item,
        )
    elif dim == "lot":
        rows = [(i, c, as_date(d) if d else None, k)
                for i, c, d, k in read(Lot.select(Lot.id, Lot.code, Lot.date, Lot.date_kind), Lot)]
    elif dim == "location":
        rows = read(Location.select(Location.id, Location.code), Location)
    elif dim == "box":
        rows = read(Box.select(Box.id, Box.code), Box)
    else:
        return {}
    return {row[0]: tuple(row[1:]) for row in rows}


def _ranks(dim: str, names: dict[object, tuple]) -> dict[object, int]:
    """Each id's place in the listing order of its dimension: owner code; item name, gender,
    size, code; lot date then code; place and box code; usable before quarantine. Sorting
    by these small integers keeps 45,000 rows cheap, and the same on both databases."""
    if dim == "status":
        return {"usable": 0, "quarantine": 1}
    if dim == "item":
        def key(v):
            return (v[1].casefold(), v[4] or "", v[3] or "", v[0])
    elif dim == "lot":
        def key(v):
            return (v[1] is None, v[1] or dt.date.min, v[0])
    else:
        def key(v):
            return v[0] or ""
    ordered = sorted(names, key=lambda i: key(names[i]))
    ranks = {i: n for n, i in enumerate(ordered, start=1)}
    ranks[0] = 0  # no lot / no place / loose comes first
    return ranks


def stock_on_hand(
    actor: User,
    *,
    owner: Organisation | None = None,
    item: Item | None = None,
    category: Category | None = None,
    location: Location | None = None,
    box: Box | None = None,
    lot: Lot | None = None,
    status: str | None = None,
    text: str | None = None,
    group_by: Sequence[str] = ("owner", "item"),
    limit: int | None = None,
    offset: int = 0,
) -> StockTable:
    """Stock on hand summed over `group_by`. A category includes its subcategories and a
    location the places inside it; `text` matches item names and codes."""
    query = _on_hand_query(actor, owner, item, category, location, box, lot, status, text, group_by)
    raw = database.execute(query).fetchall()  # (sum qty, sum weight, *ids): raw, unconverted
    dims = list(enumerate(group_by, start=2))
    names = {dim: _names(dim, {r[col] for r in raw} - {0}) for col, dim in dims}
    ranks = {dim: _ranks(dim, names[dim]) for dim in group_by}
    raw.sort(key=_rank_key([(col, ranks[dim]) for col, dim in dims]))
    if offset or limit is not None:
        raw = raw[offset: None if limit is None else offset + limit]

    return StockTable(raw, dims, names)


def _rank_key(columns: list[tuple[int, dict]]):
    """A sort key over raw rows; the usual one- and two-dimension listings get a plain
    tuple key, which is what keeps sorting a whole hangar near 10 ms."""
    if len(columns) == 1:
        (c0, r0), = columns
        return lambda r: r0.get(r[c0], 0)
    if len(columns) == 2:
        (c0, r0), (c1, r1) = columns
        return lambda r: (r0.get(r[c0], 0), r1.get(r[c1], 0))
    return lambda r: tuple(ranks.get(r[col], 0) for col, ranks in columns)


class StockTable(Sequence):
    """Stock rows, sorted, built as they are read.

    A whole hangar is ~45,000 rows: the database hands them over and they are sorted at
    once, but a StockRow is only made when a row is looked at, so a screen showing a page
    of them pays for that page (DESIGN.md: stock on hand of every owner and item < 100 ms).
    """

    def __init__(self, raw: list[tuple], dims: list[tuple[int, str]], names: dict[str, dict]):
        self._raw = raw
        self._slots = [
            (col, _FIELD_AT[_ID_FIELD[dim]], [_FIELD_AT[f] for f in _NAME_FIELDS[dim]],
             names[dim], (None,) * len(_NAME_FIELDS[dim]))
            for col, dim in dims
        ]

    def _row(self, r: tuple) -> StockRow:
        values = [None] * len(_FIELD_AT)
        values[0] = from_milli(r[0])
        values[1] = int(r[1] or 0)
        for col, id_at, name_at, named, nothing in self._slots:
            key = r[col]
            values[id_at] = key
            for at, value in zip(name_at, named.get(key, nothing), strict=True):
                values[at] = value
        return StockRow(*values)

    def __len__(self) -> int:
        return len(self._raw)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._row(r) for r in self._raw[index]]
        return self._row(self._raw[index])

    def __iter__(self):
        return (self._row(r) for r in self._raw)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __add__(self, other) -> list[StockRow]:
        return list(self) + list(other)

    def __repr__(self) -> str:
        return f"<StockTable of {len(self)} rows>"


_ID_FIELD = {"owner": "owner_id", "item": "item_id", "lot": "lot_id", "location": "location_id",
             "box": "box_id", "status": "status"}
_NAME_FIELDS = {
    "owner": ("owner_code", "owner_name"),
    "item": ("item_code", "item_name", "unit", "size", "gender", "category"),
    "lot": ("lot_code", "lot_date", "date_kind"),
    "location": ("location_code",),
    "box": ("box_code",),
    "status": (),
}
_FIELD_AT = {f.name: n for n, f in enumerate(dataclass_fields(StockRow))}


def count_stock_rows(
    actor: User,
    *,
    owner: Organisation | None = None,
    item: Item | None = None,
    category: Category | None = None,
    location: Location | None = None,
    box: Box | None = None,
    lot: Lot | None = None,
    status: str | None = None,
    text: str | None = None,
    group_by: Sequence[str] = ("owner", "item"),
) -> int:
    """How many rows `stock_on_hand` would return with the same arguments: for paging."""
    return _on_hand_query(actor, owner, item, category, location, box, lot, status, text, group_by).count()


def _on_hand_query(actor, owner, item, category, location, box, lot, status, text, group_by):
    """SUM(quantity), SUM(weight) grouped by the id columns alone: names are joined on
    afterwards, so the database groups integers, not a dozen text columns."""
    unknown = [g for g in group_by if g not in _GROUP_COLUMNS]
    if unknown or not group_by or len(set(group_by)) != len(group_by):
        raise ValueError(f"group_by takes distinct names of {GROUPS}, not {tuple(group_by)!r}")
    columns = [_GROUP_COLUMNS[dim] for dim in group_by]
    query = Balance.select(
        fn.SUM(Balance.quantity).coerce(False), fn.SUM(Balance.weight_g).coerce(False), *columns
    )
    if category is not None or text:
        query = query.join(Item, on=(Item.id == Balance.item))
    query = query.where(Balance.quantity > 0).group_by(*columns)
    if item is not None:
        query = query.where(Balance.item == item.id)
    if category is not None:
        query = query.where(Item.category.in_(_within(Category, category.id)))
    if location is not None:
        query = query.where(Balance.location_id.in_(_within(Location, location.id)))
    if box is not None:
        query = query.where(Balance.box_id == box.id)
    if lot is not None:
        query = query.where(Balance.lot_id == lot.id)
    if status is not None:
        query = query.where(Balance.status == status)
    if text:
        query = query.where(Item.name.contains(text.strip()) | Item.code.contains(text.strip()))
    return visible_only(actor, query, owner)


def visible_only(actor: User, query, owner: Organisation | None):
    """Restrict to the owners the actor may see; asking for another's is refused."""
    if owner is not None:
        permissions.require(actor, "view_stock", owner)
        return query.where(Balance.owner == owner.id)
    visible = permissions.visible_owner_ids(actor)
    return query if visible is None else query.where(Balance.owner.in_(visible))


def _within(model, root_id: int) -> list[int]:
    """`root_id` and every id below it in a parent tree (categories, locations: small tables)."""
    children: dict[int | None, list[int]] = {}
    for node, parent in model.select(model.id, model.parent).tuples():
        children.setdefault(parent, []).append(node)
    found, todo = [], [root_id]
    while todo:
        node = todo.pop()
        found.append(node)
        todo.extend(children.get(node, ()))
    return found
