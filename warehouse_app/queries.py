"""Read-only stock queries for screens, reports and the CLI: stock on hand, stock cards,
box contents, expiring and below-minimum lists.

On-hand figures come from the Balance table, cards from the ledger (Movement). Everything
is aggregated in SQL and read as tuples (PERFORMANCE.md), and every query shows only the
organisations the acting user may see.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from decimal import Decimal

from peewee import JOIN, Case, fn

from models import (
    Balance,
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
from warehouse_app import permissions

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


@dataclass(slots=True)  # not frozen: a busy item's card is thousands of these
class CardLine:
    """One movement on a stock card, with the balance after it."""

    date: dt.date
    document_code: str
    document_kind: str
    kind: str
    quantity_in: Decimal | None
    quantity_out: Decimal | None
    balance: Decimal
    lot_code: str | None
    location_code: str | None
    box_code: str | None
    reason: str | None
    who: str
    created_at: dt.datetime


@dataclass(frozen=True)
class ExpiringRow:
    owner_code: str
    item_code: str
    item_name: str
    unit: str
    lot_code: str
    date: dt.date
    date_kind: str
    status: str
    quantity: Decimal
    days_left: int  # negative: already past


@dataclass(frozen=True)
class ShortRow:
    """An item an organisation holds less of (usable) than the catalogue's minimum level."""

    owner_code: str
    owner_name: str
    item_code: str
    item_name: str
    unit: str
    min_level: Decimal
    usable: Decimal


@dataclass(frozen=True)
class OwnerRow:
    owner_id: int
    code: str
    name: str


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
        rows = [(i, c, _day(d) if d else None, k)
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


def stock_card(
    actor: User,
    owner: Organisation,
    item: Item,
    *,
    lot: Lot | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[CardLine]:
    """Every movement of `owner`'s `item` (one lot's, when given) in date order, with the
    running balance. The window sum runs over the whole card before LIMIT/OFFSET, so a page
    starts from the balance of everything before it."""
    permissions.require(actor, "view_stock", owner)
    order = (Movement.effective_date, Movement.id)
    running = fn.SUM(Movement.quantity).over(order_by=order).coerce(False)
    query = (
        Movement.select(
            Movement.effective_date, Document.code, Document.kind, Movement.kind,
            Movement.quantity, running, Lot.code, Location.code, Box.code, Movement.reason,
            User.name, Movement.created_at,
        )
        .join(Document, on=(Document.id == Movement.document))
        .switch(Movement).join(User, on=(User.id == Movement.created_by))
        .switch(Movement).join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Movement.lot))
        .switch(Movement).join(Location, JOIN.LEFT_OUTER, on=(Location.id == Movement.location))
        .switch(Movement).join(Box, JOIN.LEFT_OUTER, on=(Box.id == Movement.box))
        .where(_card_filter(owner, item, lot))
        .order_by(*order)
    )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    elif offset:
        query = query.offset(offset)
    lines = []
    for (day, code, doc_kind, kind, qty, balance, lot_code, loc_code, box_code, reason,
         who, created) in database.execute(query).fetchall():  # raw: converted here, once
        qty = from_milli(qty)
        lines.append(CardLine(
            _day(day), code, doc_kind, kind, qty if qty > 0 else None,
            -qty if qty < 0 else None, from_milli(balance), lot_code, loc_code, box_code,
            reason, who, _moment(created),
        ))
    return lines


def count_card_lines(actor: User, owner: Organisation, item: Item, *, lot: Lot | None = None) -> int:
    permissions.require(actor, "view_stock", owner)
    return Movement.select().where(_card_filter(owner, item, lot)).count()


def box_contents(actor: User, box: Box) -> list[StockRow]:
    """What a box holds, by owner, item, lot and status."""
    permissions.require(actor, "view_stock", box.owner)
    return stock_on_hand(actor, box=box, group_by=("owner", "item", "lot", "status"))


def expiring_within(
    actor: User, days: int, *, owner: Organisation | None = None, on: dt.date | None = None
) -> list[ExpiringRow]:
    """Dated stock whose date falls within `days` of `on` (today), soonest first;
    stock already past its date is listed too, with negative days left."""
    on = on or dt.date.today()
    limit_day = on + dt.timedelta(days=days)
    query = (
        Balance.select(
            Organisation.code, Item.code, Item.name, Item.unit, Lot.code, Lot.date, Lot.date_kind,
            Balance.status, fn.SUM(Balance.quantity).coerce(False),
        )
        .join(Organisation, on=(Organisation.id == Balance.owner))
        .switch(Balance).join(Item, on=(Item.id == Balance.item))
        .switch(Balance).join(Lot, on=(Lot.id == Balance.lot_id))
        .where((Balance.quantity > 0) & Lot.date.is_null(False) & (Lot.date <= limit_day))
        .group_by(Organisation.id, Organisation.code, Item.id, Item.code, Item.name, Item.unit,
                  Lot.id, Lot.code, Lot.date, Lot.date_kind, Balance.status)
        .order_by(Lot.date, Organisation.code, Item.name, Lot.code)
    )
    query = _visible(actor, query, owner)
    rows = []
    for owner_code, code, name, unit, lot_code, date, kind, status, qty in query.tuples().iterator():
        date = _day(date)
        rows.append(ExpiringRow(owner_code, code, name, unit, lot_code, date, kind, status,
                                from_milli(qty), (date - on).days))
    return rows


def below_minimum(actor: User, *, owner: Organisation | None = None) -> list[ShortRow]:
    """Items with a minimum level that an organisation holds less usable stock of.

    An organisation is measured only on items it has held (it has a balance row for
    them, even at zero): nine NGOs do not each stock every item of the catalogue."""
    usable = fn.SUM(Case(None, [(Balance.status == "usable", Balance.quantity)], 0)).coerce(False)
    query = (
        Balance.select(Organisation.code, Organisation.name, Item.code, Item.name, Item.unit,
                       Item.min_level, usable)
        .join(Organisation, on=(Organisation.id == Balance.owner))
        .switch(Balance).join(Item, on=(Item.id == Balance.item))
        .where(Item.min_level.is_null(False) & Item.active)
        .group_by(Organisation.id, Organisation.code, Organisation.name, Item.id, Item.code,
                  Item.name, Item.unit, Item.min_level)
        # Both sides are thousandths in the database, so they compare as stored.
        .having(usable < Item.min_level)
        .order_by(Organisation.code, Item.name, Item.code)
    )
    query = _visible(actor, query, owner)
    return [
        ShortRow(o_code, o_name, code, name, unit, minimum, from_milli(held))
        for o_code, o_name, code, name, unit, minimum, held in query.tuples().iterator()
    ]


def owners_with_stock(actor: User, *, item: Item | None = None) -> list[OwnerRow]:
    """The organisations (visible to the actor) holding any stock, or any of `item`."""
    holding = Balance.select(Balance.owner).where(Balance.quantity > 0)
    if item is not None:
        holding = holding.where(Balance.item == item.id)
    query = (
        Organisation.select(Organisation.id, Organisation.code, Organisation.name)
        .where(Organisation.id.in_(holding))
        .order_by(Organisation.code)
    )
    visible = permissions.visible_owner_ids(actor)
    if visible is not None:
        query = query.where(Organisation.id.in_(visible))
    return [OwnerRow(*row) for row in query.tuples()]


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
    return _visible(actor, query, owner)


def _visible(actor: User, query, owner: Organisation | None):
    """Restrict to the owners the actor may see; asking for another's is refused."""
    if owner is not None:
        permissions.require(actor, "view_stock", owner)
        return query.where(Balance.owner == owner.id)
    visible = permissions.visible_owner_ids(actor)
    return query if visible is None else query.where(Balance.owner.in_(visible))


def _card_filter(owner: Organisation, item: Item, lot: Lot | None):
    where = (Movement.owner == owner.id) & (Movement.item == item.id)
    return where & (Movement.lot == lot.id) if lot is not None else where


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


def _moment(value) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _day(value) -> dt.date:
    # A date read through an aggregate or join can come back from SQLite as text.
    return dt.date.fromisoformat(value) if isinstance(value, str) else value
