"""Where a count looks and what the book says there: a session's scope, the positions it
expects to find stock at, and the book quantity of one position, read the way the ledger
reads it when it posts.

A position is one balance row's key without its owner: (place, box, item, lot, status),
with 0 for "no place / no box / no lot", as in `Balance`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from models import (
    Balance,
    Box,
    Category,
    CountLine,
    CountScope,
    CountSession,
    Item,
    Location,
    Lot,
    database,
)
from models.db import is_sqlite
from models.fields import from_milli
from warehouse_app.errors import CountRefused, NotFound


@dataclass(frozen=True, order=True)
class Position:
    location_id: int
    box_id: int
    item_id: int
    lot_id: int
    status: str


@dataclass(frozen=True)
class Scope:
    """What a session covers, with every place and subcategory below the ones named;
    None in a dimension means no limit in it (a full count includes stock with no place)."""

    location_ids: frozenset[int] | None
    category_ids: frozenset[int] | None
    location_codes: tuple[str, ...] = ()
    category_names: tuple[str, ...] = ()

    def covers(self, location_id: int, category_id: int) -> bool:
        return (self.location_ids is None or location_id in self.location_ids) and (
            self.category_ids is None or category_id in self.category_ids)

    def overlaps(self, other: Scope) -> bool:
        def meet(a, b):
            return a is None or b is None or bool(a & b)
        return meet(self.location_ids, other.location_ids) and meet(
            self.category_ids, other.category_ids)

    def describe(self) -> str:
        """'LOC-A; categories Food' or 'all stock': for sheet headers and listings."""
        parts = []
        if self.location_codes:
            parts.append("places " + ", ".join(self.location_codes) + " (with what is inside)")
        if self.category_names:
            parts.append("categories " + ", ".join(self.category_names))
        return "; ".join(parts) if parts else "all stock"


def below(model, root_ids) -> frozenset[int]:
    """The ids given and every id under them in a parent tree (locations, categories)."""
    children: dict[int | None, list[int]] = {}
    for node, parent in model.select(model.id, model.parent).tuples():
        children.setdefault(parent, []).append(node)
    found, todo = set(), list(root_ids)
    while todo:
        node = todo.pop()
        if node not in found:
            found.add(node)
            todo.extend(children.get(node, ()))
    return frozenset(found)


def scope_of(session: CountSession) -> Scope:
    rows = list(CountScope.select().where(CountScope.session == session.id).order_by(CountScope.id))
    places = [r.location_id for r in rows if r.location_id]
    categories = [r.category_id for r in rows if r.category_id]
    return make_scope(
        list(Location.select().where(Location.id.in_(places))) if places else [],
        list(Category.select().where(Category.id.in_(categories))) if categories else [],
    )


def make_scope(locations: list[Location], categories: list[Category]) -> Scope:
    return Scope(
        below(Location, [x.id for x in locations]) if locations else None,
        below(Category, [x.id for x in categories]) if categories else None,
        tuple(sorted(x.code for x in locations)),
        tuple(sorted(x.name for x in categories)),
    )


def expected(session: CountSession, scope: Scope, *, within: frozenset[int] | None = None
             ) -> dict[Position, tuple[Decimal, int]]:
    """The owner's stock in scope, per position: quantity and grams. `within` narrows it to
    some places (a place declared done and those inside it)."""
    query = (
        Balance.select(Balance.location_id, Balance.box_id, Balance.item, Balance.lot_id,
                       Balance.status, Balance.quantity, Balance.weight_g)
        .join(Item, on=(Item.id == Balance.item))
        .where((Balance.owner == session.owner_id) & (Balance.quantity > 0))
    )
    if scope.location_ids is not None:
        query = query.where(Balance.location_id.in_(list(scope.location_ids)))
    if scope.category_ids is not None:
        query = query.where(Item.category.in_(list(scope.category_ids)))
    if within is not None:
        query = query.where(Balance.location_id.in_(list(within)))
    return {
        Position(loc, box, item, lot, status): (from_milli(qty), int(weight))
        for loc, box, item, lot, status, qty, weight in database.execute(query).fetchall()
    }


def book_at(owner_id: int, p: Position) -> tuple[Decimal, int]:
    """The balance of one position now, inside the caller's write transaction.

    On SQLite the write transaction already holds the database's one write lock, so no
    posting is half-way. On PostgreSQL, FOR SHARE waits for a posting that holds the row
    (the ledger locks it FOR UPDATE, or upserts it) to commit and then reads what it left:
    the book a count line keeps is always one the ledger had between two postings.
    """
    where = " AND ".join(f'"{c}" = {database.obj.param}' for c in (
        "owner_id", "item_id", "lot_id", "location_id", "box_id", "status"))
    sql = f'SELECT "quantity", "weight_g" FROM "balance" WHERE {where}'
    if not is_sqlite():
        sql += " FOR SHARE"
    row = database.obj.execute_sql(
        sql, (owner_id, p.item_id, p.lot_id, p.location_id, p.box_id, p.status)).fetchone()
    return (from_milli(row[0]), int(row[1])) if row else (Decimal(0), 0)


def lock_session(session: CountSession, *, statuses: tuple[str, ...]) -> CountSession:
    """Read the session again under a row lock (inside the caller's write transaction), so
    two desks writing to one session, or an approval and a late scan, take turns; refuse
    unless it is in one of `statuses`."""
    query = CountSession.select().where(CountSession.id == session.id)
    if not is_sqlite():
        query = query.for_update()
    fresh = query.get()
    if fresh.status not in statuses:
        raise CountRefused(fresh.code, f"is {fresh.status}, not {' or '.join(statuses)}",
                           status=fresh.status)
    return fresh


def find_session(code: str) -> CountSession:
    """A session by its number, as printed (CS-2026-00012), in any case."""
    key = (code or "").strip().upper()
    session = CountSession.get_or_none(CountSession.code == key)
    if session is None:
        raise NotFound("count session", key)
    return session


def position_of(line: CountLine) -> Position:
    return Position(line.location_id or 0, line.box_id or 0, line.item_id, line.lot_id or 0,
                    line.status)


class Names:
    """Codes and names for a set of positions, one query per table."""

    def __init__(self, positions: Iterable[Position]):
        positions = list(positions)

        def fetch(model, columns, ids):
            ids = {i for i in ids if i}
            if not ids:
                return {}
            return {r[0]: r[1:] for r in model.select(model.id, *columns).where(
                model.id.in_(list(ids))).tuples()}

        self.places = fetch(Location, [Location.code], (p.location_id for p in positions))
        self.boxes = fetch(Box, [Box.code], (p.box_id for p in positions))
        self.items = fetch(Item, [Item.code, Item.name, Item.unit, Item.size, Item.gender,
                                  Item.weight_per_unit_g], (p.item_id for p in positions))
        self.lots = fetch(Lot, [Lot.code], (p.lot_id for p in positions))

    def place(self, p: Position) -> tuple[str | None, str | None]:
        return (self.places.get(p.location_id, (None,))[0], self.boxes.get(p.box_id, (None,))[0])

    def item(self, p: Position) -> tuple[str, str, str]:
        code, name, unit, size, gender, _ = self.items[p.item_id]
        extras = " ".join(x for x in (gender, size) if x)
        return code, f"{name} {extras}" if extras else name, unit

    def lot(self, p: Position) -> str | None:
        return self.lots.get(p.lot_id, (None,))[0]

    def weight_per_unit(self, p: Position) -> int | None:
        return self.items[p.item_id][5]
