"""Choosing which stock leaves: first-expired-first-out over an owner's balance rows.

One picker serves distributions, transfers and loans, losses, adjustments and quarantine,
so "which tin goes first" has one answer everywhere: dated lots by date (a best-before
already past goes first: it may still be given out), then undated lots, then stock with
no lot. Lots past their use-by are passed over unless the caller names the lot, so the
ledger can refuse that lot with its own message (ExpiredFood).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, fn

from models import Balance, Box, Item, Location, Lot, Organisation
from models.fields import InexactQuantity, from_milli, to_milli
from warehouse_app.errors import InsufficientStock, ValidationError
from warehouse_app.ledger import describe_item


@dataclass(frozen=True)
class Pick:
    """So much of one balance row (owner x item x lot x place x status)."""

    balance_id: int
    lot: Lot | None
    location: Location | None
    box: Box | None
    quantity: Decimal
    date: dt.date | None = None
    date_kind: str | None = None


@dataclass(frozen=True)
class StockLine:
    """What to hand over; without lot or place it is picked first-expired-first-out."""

    item: Item
    quantity: Decimal | int | str
    lot: Lot | None = None
    location: Location | None = None
    box: Box | None = None


def positive_quantity(quantity, item: Item, row: int | None = None) -> Decimal:
    """A positive, exact quantity, or a ValidationError naming the item (and line)."""
    try:
        to_milli(quantity)
    except InexactQuantity as exc:
        raise ValidationError("quantity", f"{describe_item(item)}: {exc}", row=row) from None
    value = Decimal(quantity)
    if value <= 0:
        raise ValidationError(
            "quantity", f"{value} of {describe_item(item)}: must be more than 0", row=row
        )
    return value


def as_date(value) -> dt.date | None:
    """A date read through a join can come back from SQLite as text."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def records_by_id(model, ids) -> dict:
    wanted = {i for i in ids if i}
    return {x.id: x for x in model.select().where(model.id.in_(list(wanted)))} if wanted else {}


def pick_fefo(
    owner: Organisation,
    item: Item,
    quantity: Decimal,
    *,
    on: dt.date,
    lot: Lot | None = None,
    location: Location | None = None,
    box: Box | None = None,
    status: str = "usable",
    skip_expired: bool = True,
    taken: dict[int, Decimal] | None = None,
) -> list[Pick]:
    """First-expired-first-out picks of `owner`'s `item`, within the lot/place named.

    `taken` holds what earlier lines of the same document already claimed per balance row
    (and is updated), for callers that pick every line before posting any. Raises
    InsufficientStock naming what there is.
    """
    taken = taken if taken is not None else {}
    query = (
        Balance.select(
            Balance.id, Balance.lot_id, Balance.location_id, Balance.box_id,
            Balance.quantity, Lot.date, Lot.date_kind,
        )
        .join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Balance.lot_id))
        .where(
            (Balance.owner == owner.id) & (Balance.item == item.id)
            & (Balance.status == status) & (Balance.quantity > 0)
        )
    )
    if lot is not None:
        query = query.where(Balance.lot_id == lot.id)
    if location is not None:
        query = query.where(Balance.location_id == location.id)
    if box is not None:
        query = query.where(Balance.box_id == box.id)

    rows = []
    passed_over = False
    for bal_id, lot_id, loc_id, box_id, qty, date, date_kind in query.tuples():
        date = as_date(date)
        expired = date_kind == "use_by" and date is not None and date < on
        if expired and skip_expired and lot is None:
            passed_over = True
            continue
        left = qty - taken.get(bal_id, Decimal(0))
        if left > 0:
            order = (date is None, date or on, lot_id == 0, lot_id, loc_id, box_id)
            rows.append((order, bal_id, lot_id, loc_id, box_id, left, date, date_kind))
    rows.sort()

    chosen = []
    wanted = quantity
    for _order, bal_id, lot_id, loc_id, box_id, left, date, date_kind in rows:
        if wanted <= 0:
            break
        take = min(left, wanted)
        chosen.append((bal_id, lot_id, loc_id, box_id, take, date, date_kind))
        wanted -= take
    if wanted > 0:
        where = " ".join(x for x in (
            f"in {box.code}" if box else "",
            f"at {location.code}" if location else "",
            f"lot {lot.code}" if lot else "",
            "(quarantine)" if status == "quarantine" else "",
            "(within use-by)" if passed_over else "",
        ) if x)
        raise InsufficientStock(describe_item(item), owner.code, quantity - wanted, quantity,
                                item.unit, where)

    lots = records_by_id(Lot, (c[1] for c in chosen))
    places = records_by_id(Location, (c[2] for c in chosen))
    boxes = records_by_id(Box, (c[3] for c in chosen))
    picks = []
    for bal_id, lot_id, loc_id, box_id, take, date, date_kind in chosen:
        taken[bal_id] = taken.get(bal_id, Decimal(0)) + take
        picks.append(Pick(bal_id, lots.get(lot_id), places.get(loc_id), boxes.get(box_id),
                          take, date, date_kind))
    return picks


def usable_stock(owner: Organisation, items: set[int], day: dt.date
                  ) -> tuple[dict[int, Decimal], dict[int, dt.date]]:
    """Usable stock per item and its earliest date, lots past their use-by left out."""
    if not items:
        return {}, {}
    rows = (
        Balance.select(Balance.item, Lot.date, Lot.date_kind, fn.SUM(Balance.quantity).coerce(False))
        .join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Balance.lot_id))
        .where((Balance.owner == owner.id) & Balance.item.in_(list(items))
               & (Balance.status == "usable") & (Balance.quantity > 0))
        .group_by(Balance.item, Lot.date, Lot.date_kind)
        .tuples()
    )
    have: dict[int, Decimal] = defaultdict(Decimal)
    soonest: dict[int, dt.date] = {}
    for item, date, kind, milli in rows:
        date = as_date(date)
        if kind == "use_by" and date is not None and date < day:
            continue
        have[item] += from_milli(milli)
        if date is not None and (item not in soonest or date < soonest[item]):
            soonest[item] = date
    return have, soonest
