"""Read-only stock queries for screens, reports and the CLI: stock on hand, stock cards,
box contents, expiring and below-minimum lists.

On-hand figures come from the Balance table, cards from the ledger (Movement). Everything
is aggregated in SQL and read as tuples (PERFORMANCE.md), and every query shows only the
organisations the acting user may see.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, Case, fn

from models import (
    Balance,
    Box,
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
from warehouse_app import clock, permissions
from warehouse_app.picking import as_date
from warehouse_app.stock.on_hand import (
    GROUPS,
    StockRow,
    StockTable,
    count_stock_rows,
    stock_on_hand,
    visible_only,
)

# Stock on hand lives in on_hand.py; screens and the CLI read every query from here.
__all__ = [
    "GROUPS", "CardLine", "ExpiringRow", "OwnerRow", "ShortRow", "StockRow", "StockTable",
    "below_minimum", "box_contents", "count_card_lines", "count_stock_rows", "expiring_within",
    "owners_with_stock", "stock_card", "stock_on_hand",
]


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
            as_date(day), code, doc_kind, kind, qty if qty > 0 else None,
            -qty if qty < 0 else None, from_milli(balance), lot_code, loc_code, box_code,
            reason, who, clock.from_db(created),
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
    on = on or clock.today()
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
    query = visible_only(actor, query, owner)
    rows = []
    for owner_code, code, name, unit, lot_code, date, kind, status, qty in query.tuples().iterator():
        date = as_date(date)
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
    query = visible_only(actor, query, owner)
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


def _card_filter(owner: Organisation, item: Item, lot: Lot | None):
    where = (Movement.owner == owner.id) & (Movement.item == item.id)
    return where & (Movement.lot == lot.id) if lot is not None else where

