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
)
from models.fields import from_milli
from warehouse_app import permissions

GROUPS = ("owner", "item", "lot", "location", "box", "status")


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


# dimension -> (fields selected and grouped, dataclass fields they fill)
_DIMENSIONS = {
    "owner": ((Balance.owner, Organisation.code, Organisation.name),
              ("owner_id", "owner_code", "owner_name")),
    "item": ((Balance.item, Item.code, Item.name, Item.unit, Item.size, Item.gender, Category.name),
             ("item_id", "item_code", "item_name", "unit", "size", "gender", "category")),
    "lot": ((Balance.lot_id, Lot.code, Lot.date, Lot.date_kind),
            ("lot_id", "lot_code", "lot_date", "date_kind")),
    "location": ((Balance.location_id, Location.code), ("location_id", "location_code")),
    "box": ((Balance.box_id, Box.code), ("box_id", "box_code")),
    "status": ((Balance.status,), ("status",)),
}
_ORDER = {
    "owner": (Organisation.code,),
    "item": (Item.name, Item.gender, Item.size, Item.code),
    "lot": (Lot.date.asc(nulls="LAST"), Lot.code.asc(nulls="LAST")),
    "location": (Location.code.asc(nulls="FIRST"),),
    "box": (Box.code.asc(nulls="FIRST"),),
    "status": (Balance.status.desc(),),  # usable before quarantine
}


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
) -> list[StockRow]:
    """Stock on hand summed over `group_by`. A category includes its subcategories and a
    location the places inside it; `text` matches item names and codes."""
    query = _on_hand_query(actor, owner, item, category, location, box, lot, status, text, group_by)
    for dim in group_by:
        query = query.order_by_extend(*_ORDER[dim])
    if limit is not None:
        query = query.limit(limit).offset(offset)
    elif offset:
        query = query.offset(offset)
    names = [name for dim in group_by for name in _DIMENSIONS[dim][1]]
    return [
        StockRow(quantity=from_milli(qty), weight_g=int(weight or 0), **dict(zip(names, rest, strict=True)))
        for qty, weight, *rest in query.tuples().iterator()
    ]


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
    return [
        CardLine(
            date=_day(day), document_code=code, document_kind=doc_kind, kind=kind,
            quantity_in=qty if qty > 0 else None, quantity_out=-qty if qty < 0 else None,
            balance=from_milli(balance), lot_code=lot_code, location_code=loc_code,
            box_code=box_code, reason=reason, who=who, created_at=created,
        )
        for (day, code, doc_kind, kind, qty, balance, lot_code, loc_code, box_code, reason,
             who, created) in query.tuples().iterator()
    ]


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
    unknown = [g for g in group_by if g not in _DIMENSIONS]
    if unknown or not group_by or len(set(group_by)) != len(group_by):
        raise ValueError(f"group_by takes distinct names of {GROUPS}, not {tuple(group_by)!r}")
    fields = [f for dim in group_by for f in _DIMENSIONS[dim][0]]
    query = Balance.select(
        fn.SUM(Balance.quantity).coerce(False), fn.SUM(Balance.weight_g).coerce(False), *fields
    )
    if "owner" in group_by:
        query = query.switch(Balance).join(Organisation, on=(Organisation.id == Balance.owner))
    if "item" in group_by or category is not None or text:
        query = query.switch(Balance).join(Item, on=(Item.id == Balance.item))
        if "item" in group_by:
            query = query.join(Category, on=(Category.id == Item.category))
    for dim, model, column in (("lot", Lot, Balance.lot_id), ("location", Location, Balance.location_id),
                               ("box", Box, Balance.box_id)):
        if dim in group_by:
            query = query.switch(Balance).join(model, JOIN.LEFT_OUTER, on=(model.id == column))
    query = query.where(Balance.quantity > 0).group_by(*fields)
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


def _day(value) -> dt.date:
    # A date read through an aggregate or join can come back from SQLite as text.
    return dt.date.fromisoformat(value) if isinstance(value, str) else value
