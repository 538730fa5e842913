"""One NGO's books beside its shelves, for the coordinator before a month end: its book
stock, when each place it holds stock at was last counted, the variances counted but not
yet approved, its quarantined stock, and what it holds that no approved count has seen in
six months (FIELD.md: a full count at least every six months).

"Counted" means a line of an approved session, or a place its counters declared done.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from models import (
    Balance,
    CountedPlace,
    CountLine,
    CountSession,
    Item,
    Location,
    Organisation,
    User,
    database,
)
from models.fields import from_milli
from warehouse_app import clock, permissions
from warehouse_app.counts.positions import Names, below, position_of, scope_of
from warehouse_app.stock.queries import StockRow, stock_on_hand

UNCOUNTED_MONTHS = 6


@dataclass(frozen=True)
class PlaceCount:
    """A place the owner holds stock at (or that was counted), and its last count."""

    location_code: str | None  # None: stock recorded at no place
    on_hand: Decimal
    last_counted: dt.date | None
    session_code: str | None


@dataclass(frozen=True)
class OpenVariance:
    session_code: str
    line: int
    location_code: str | None
    box_code: str | None
    item_code: str
    item_name: str
    unit: str
    lot_code: str | None
    status: str
    book: Decimal
    counted: Decimal
    difference: Decimal
    reason: str | None


@dataclass(frozen=True)
class UncountedItem:
    item_code: str
    item_name: str
    unit: str
    on_hand: Decimal
    last_counted: dt.date | None  # None: never


@dataclass(frozen=True)
class Reconciliation:
    owner_code: str
    owner_name: str
    on: dt.date
    since: dt.date  # items not counted since this day are listed
    book: list[StockRow]  # by item and status
    places: list[PlaceCount]
    open_variances: list[OpenVariance]
    quarantine: list[StockRow]  # by item, lot, place and box
    not_counted: list[UncountedItem]


def months_before(day: dt.date, months: int) -> dt.date:
    year, month0 = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def reconciliation(actor: User, owner: Organisation, *, on: dt.date | None = None) -> Reconciliation:
    permissions.require(actor, "view_stock", owner)
    on = on or clock.today()
    since = months_before(on, UNCOUNTED_MONTHS)
    return Reconciliation(
        owner.code, owner.name, on, since,
        book=list(stock_on_hand(actor, owner=owner, group_by=("item", "status"))),
        places=_places(owner),
        open_variances=_open_variances(owner),
        quarantine=list(stock_on_hand(actor, owner=owner, status="quarantine",
                                      group_by=("item", "lot", "location", "box"))),
        not_counted=_not_counted(owner, since),
    )


def _approved(owner: Organisation):
    return CountSession.select().where(
        (CountSession.owner == owner.id) & (CountSession.status == "approved"))


def _places(owner: Organisation) -> list[PlaceCount]:
    held = dict(
        Balance.select(Balance.location_id, fn.SUM(Balance.quantity).coerce(False))
        .where((Balance.owner == owner.id) & (Balance.quantity > 0))
        .group_by(Balance.location_id).tuples())
    last: dict[int, tuple[dt.date, str]] = {}

    def saw(location_id: int, session: CountSession) -> None:
        if location_id not in last or last[location_id][0] < session.effective_date:
            last[location_id] = (session.effective_date, session.code)

    everywhere = None
    lined: set[int] = set()
    for session in _approved(owner).order_by(CountSession.effective_date):
        for (location_id,) in CountLine.select(CountLine.location).where(
                (CountLine.session == session.id) & CountLine.replaced_by.is_null()).distinct().tuples():
            saw(location_id or 0, session)
            lined.add(location_id or 0)
        for done in CountedPlace.select().where(CountedPlace.session == session.id):
            if done.location_id is not None:
                places = below(Location, [done.location_id])
            else:
                places = scope_of(session).location_ids
                if places is None:
                    everywhere = everywhere or frozenset(
                        {0, *(i for (i,) in Location.select(Location.id).tuples())})
                    places = everywhere
            for location_id in places:
                saw(location_id, session)
    # Places holding stock now, and places a count found something at (a place declared
    # done as part of a whole zone or a full count is not listed for that alone).
    shown = set(held) | lined
    codes = dict(Location.select(Location.id, Location.code).where(
        Location.id.in_(list(shown))).tuples())
    rows = [PlaceCount(codes.get(i), from_milli(held.get(i, 0)), *last.get(i, (None, None)))
            for i in shown]
    return sorted(rows, key=lambda r: (r.location_code is not None, r.location_code or ""))


def _open_variances(owner: Organisation) -> list[OpenVariance]:
    lines = list(
        CountLine.select(CountLine, CountSession.code)
        .join(CountSession, on=(CountSession.id == CountLine.session))
        .where((CountSession.owner == owner.id) & (CountSession.status == "submitted")
               & CountLine.replaced_by.is_null() & (CountLine.counted != CountLine.book))
        .order_by(CountSession.code, CountLine.line))
    names = Names(position_of(x) for x in lines)
    return [
        OpenVariance(x.session.code, x.line, *names.place(position_of(x)),
                     *names.item(position_of(x)), names.lot(position_of(x)), x.status, x.book,
                     x.counted, x.counted - x.book, x.reason)
        for x in lines
    ]


def _not_counted(owner: Organisation, since: dt.date) -> list[UncountedItem]:
    """Items with stock on the books whose last approved count is older than `since`."""
    counted = dict(
        CountLine.select(CountLine.item, fn.MAX(CountSession.effective_date))
        .join(CountSession, on=(CountSession.id == CountLine.session))
        .where((CountSession.owner == owner.id) & (CountSession.status == "approved")
               & CountLine.replaced_by.is_null())
        .group_by(CountLine.item).tuples())
    query = (
        Balance.select(Item.id, Item.code, Item.name, Item.unit,
                       fn.SUM(Balance.quantity).coerce(False))
        .join(Item, on=(Item.id == Balance.item))
        .where((Balance.owner == owner.id) & (Balance.quantity > 0))
        .group_by(Item.id, Item.code, Item.name, Item.unit)
        .order_by(Item.name, Item.code)
    )
    found = []
    for item_id, code, name, unit, milli in database.execute(query).fetchall():
        last = counted.get(item_id)
        if isinstance(last, str):  # SQLite returns MAX() of a date as text
            last = dt.date.fromisoformat(last)
        if last is None or last < since:
            found.append(UncountedItem(code, name, unit, from_milli(milli), last))
    return found
