"""The coordinators' day and month at a glance: donations received, stock per NGO and
category, lots near their date, items below their minimum, open loans, meals cooked and
kits built. One read-only call, a handful of SQL aggregates (a whole two-year hangar of
1,000,000 movements in well under a second), returning one plain `Dashboard` that the
screen draws as charts on its GUI thread without asking the database anything more.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from peewee import Case, fn

from models import (
    Balance,
    Category,
    Document,
    Item,
    Kit,
    Lot,
    MealBatch,
    Movement,
    Organisation,
    User,
)
from models.fields import from_milli
from warehouse_app import clock, permissions
from warehouse_app.goods_out import transfers
from warehouse_app.ledger import month_start
from warehouse_app.picking import as_date

WEEK_DAYS = 7  # the receipts chart: today and the six days before
TOP_CATEGORIES = 5  # stacked in the stock chart; the lighter ones are summed as "Other"
# Lots by how soon their date comes: 0 is "already past", then up to 7, 14 and 30 days.
EXPIRY_WINDOWS = (0, 7, 14, 30)
WORST_SHORT = 8  # below-minimum items listed by name, emptiest first


@dataclass(frozen=True)
class OwnerRef:
    id: int
    code: str
    name: str
    colour: str  # "#RRGGBB": the NGO's colour on every chart


@dataclass(frozen=True)
class DayReceipts:
    """One NGO's donation receipts (GRN documents) of one day, and what they weighed."""

    day: dt.date
    owner_id: int
    receipts: int
    kg: Decimal


@dataclass(frozen=True)
class CategoryStock:
    """What one NGO holds of one top-level category, in kg; category None is "Other"."""

    owner_id: int
    category: str | None
    kg: Decimal


@dataclass(frozen=True)
class ExpiringLots:
    """How many of an NGO's lots in stock reach their date within `window` days (and
    after the previous window); window 0 counts the lots already past their date."""

    owner_id: int
    window: int
    lots: int


@dataclass(frozen=True)
class ShortItem:
    owner_id: int
    item_code: str
    item_name: str
    unit: str
    min_level: Decimal
    usable: Decimal


@dataclass(frozen=True)
class OpenLoan:
    loan_code: str
    lender_id: int
    borrower_id: int
    item_name: str
    unit: str
    outstanding: Decimal
    due_date: dt.date
    overdue: bool


@dataclass(frozen=True)
class Production:
    """The kitchen's meal batches and the workshop's kits, today and this month."""

    batches_today: int = 0
    portions_today: int = 0
    batches_month: int = 0
    portions_month: int = 0
    kits_today: int = 0
    kits_month: int = 0


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    owners: tuple[OwnerRef, ...]
    receipts: tuple[DayReceipts, ...]
    top_categories: tuple[str, ...]  # heaviest first; CategoryStock.category is one or None
    stock: tuple[CategoryStock, ...]
    expiring: tuple[ExpiringLots, ...]
    short_counts: dict[int, int]  # owner id -> items below their minimum
    worst_short: tuple[ShortItem, ...]  # the emptiest of the hangar
    worst_by_owner: dict[int, tuple[ShortItem, ...]]  # and of each NGO
    loans: tuple[OpenLoan, ...]  # soonest due first
    production: Production

    @property
    def days(self) -> list[dt.date]:
        """The receipts chart's days, oldest first, today last."""
        return [self.today - dt.timedelta(days=n) for n in range(WEEK_DAYS - 1, -1, -1)]

    def receipts_on(self, day: dt.date | None = None) -> tuple[int, Decimal]:
        """(receipts, kg) of one day, or of the whole week when `day` is None."""
        rows = [r for r in self.receipts if day is None or r.day == day]
        return sum(r.receipts for r in rows), sum((r.kg for r in rows), Decimal(0))

    def owner(self, owner_id: int) -> OwnerRef:
        return next(o for o in self.owners if o.id == owner_id)

    @property
    def overdue_loans(self) -> int:
        return sum(1 for loan in self.loans if loan.overdue)


def dashboard(actor: User, *, today: dt.date | None = None) -> Dashboard:
    """Everything the dashboard shows, as of `today`; coordinators and admins only."""
    permissions.require(actor, "view_audit")
    today = today or clock.today()
    # Every organisation, active or not: one no longer active may still hold stock or owe
    # a loan. The charts show only those with something to show.
    owners = tuple(
        OwnerRef(*row) for row in Organisation.select(
            Organisation.id, Organisation.code, Organisation.name, Organisation.colour)
        .order_by(Organisation.code).tuples()
    )
    top, stock = _stock_by_category()
    counts, worst, worst_by_owner = _below_minimum()
    return Dashboard(
        today=today, owners=owners, receipts=_receipts(today), top_categories=top,
        stock=stock, expiring=_expiring(today), short_counts=counts, worst_short=worst,
        worst_by_owner=worst_by_owner,
        loans=_open_loans(actor, today), production=_production(today),
    )


def _kg(grams) -> Decimal:
    """Summed grams (an int on SQLite, a numeric on PostgreSQL) as exact kg."""
    return Decimal(int(grams or 0)) / 1000


def _receipts(today: dt.date) -> tuple[DayReceipts, ...]:
    first = today - dt.timedelta(days=WEEK_DAYS - 1)
    query = (
        Document.select(Document.effective_date, Document.owner,
                        fn.COUNT(Document.id.distinct()), fn.SUM(Movement.weight_g))
        .join(Movement, on=(Movement.document == Document.id))
        .where((Document.kind == "receipt") & (Document.status == "posted")
               & Document.effective_date.between(first, today) & (Movement.kind == "receipt"))
        .group_by(Document.effective_date, Document.owner)
    )
    return tuple(
        DayReceipts(as_date(day), owner_id, count, _kg(grams))
        for day, owner_id, count, grams in query.tuples()
    )


def _stock_by_category() -> tuple[tuple[str, ...], tuple[CategoryStock, ...]]:
    """Weight on hand (usable and in quarantine) per NGO and top-level category; the
    TOP_CATEGORIES heaviest of the hangar are named, the rest summed as "Other" (None)."""
    parents = dict(Category.select(Category.id, Category.parent).tuples())
    names = dict(Category.select(Category.id, Category.name).tuples())

    def root(category_id: int) -> int:
        while parents.get(category_id) is not None:
            category_id = parents[category_id]
        return category_id

    query = (
        Balance.select(Balance.owner, Item.category, fn.SUM(Balance.weight_g))
        .join(Item, on=(Item.id == Balance.item))
        .where(Balance.quantity > 0)
        .group_by(Balance.owner, Item.category)
    )
    grams: dict[tuple[int, int], int] = defaultdict(int)
    for owner_id, category_id, weight in query.tuples():
        grams[(owner_id, root(category_id))] += int(weight or 0)
    per_root: dict[int, int] = defaultdict(int)
    for (_, root_id), weight in grams.items():
        per_root[root_id] += weight
    heaviest = sorted((r for r in per_root if per_root[r] > 0),
                      key=lambda r: (-per_root[r], names[r]))[:TOP_CATEGORIES]
    merged: dict[tuple[int, str | None], int] = defaultdict(int)
    for (owner_id, root_id), weight in grams.items():
        merged[(owner_id, names[root_id] if root_id in heaviest else None)] += weight
    stock = tuple(CategoryStock(owner_id, name, _kg(weight))
                  for (owner_id, name), weight in sorted(merged.items(), key=_stock_order)
                  if weight)
    return tuple(names[r] for r in heaviest), stock


def _stock_order(entry) -> tuple:
    (owner_id, name), _ = entry
    return owner_id, name is None, name or ""


def _expiring(today: dt.date) -> tuple[ExpiringLots, ...]:
    """Lots in stock by date, bucketed here: grouping by a CASE with parameters is not
    the same expression twice to PostgreSQL."""
    last = today + dt.timedelta(days=EXPIRY_WINDOWS[-1])
    query = (
        Balance.select(Balance.owner, Lot.date, fn.COUNT(Balance.lot_id.distinct()))
        .join(Lot, on=(Lot.id == Balance.lot_id))
        .where((Balance.quantity > 0) & Lot.date.is_null(False) & (Lot.date <= last))
        .group_by(Balance.owner, Lot.date)
    )
    lots: dict[tuple[int, int], int] = defaultdict(int)
    for owner_id, date, count in query.tuples():
        lots[(owner_id, expiry_window((as_date(date) - today).days))] += count
    return tuple(ExpiringLots(owner_id, window, n) for (owner_id, window), n in sorted(lots.items()))


def expiry_window(days_left: int) -> int:
    """The EXPIRY_WINDOWS entry a lot with `days_left` falls in (0: already past)."""
    if days_left < 0:
        return 0
    return next(w for w in EXPIRY_WINDOWS[1:] if days_left <= w)


def _below_minimum() -> tuple[dict[int, int], tuple[ShortItem, ...],
                                dict[int, tuple[ShortItem, ...]]]:
    """queries.below_minimum's rule (usable stock under the item's minimum, for the items
    an NGO has held), read as bare integers: names and the ShortRows of thousands of
    lines cost 2.5 times the aggregate on the bench hangar, and only the worst few (of
    the hangar, and of each NGO) are shown by name."""
    usable = fn.SUM(Case(None, [(Balance.status == "usable", Balance.quantity)], 0)).coerce(False)
    minimum = Item.min_level.coerce(False)  # thousandths, as the sum: compared as stored
    query = (
        Balance.select(Balance.owner, Balance.item, minimum, usable)
        .join(Item, on=(Item.id == Balance.item))
        .where(Item.min_level.is_null(False) & Item.active)
        .group_by(Balance.owner, Balance.item, Item.min_level)
        .having(usable < Item.min_level)
    )
    per_owner: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for owner_id, item_id, low, held in query.tuples():
        per_owner[owner_id].append((owner_id, item_id, int(low), int(held)))
    worst_of = {owner_id: _emptiest(rows) for owner_id, rows in per_owner.items()}
    hangar = _emptiest([row for rows in worst_of.values() for row in rows])
    wanted = {row[1] for rows in worst_of.values() for row in rows}
    items = {i.id: i for i in Item.select().where(Item.id.in_(sorted(wanted)))}

    def named(rows) -> tuple[ShortItem, ...]:
        return tuple(ShortItem(owner_id, items[item_id].code, items[item_id].name,
                               items[item_id].unit, from_milli(low), from_milli(held))
                     for owner_id, item_id, low, held in rows)

    counts = {owner_id: len(rows) for owner_id, rows in per_owner.items()}
    return counts, named(hangar), {owner_id: named(rows) for owner_id, rows in worst_of.items()}


def _emptiest(rows: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The WORST_SHORT (owner, item, minimum, usable) rows holding the smallest share of
    their minimum, then the largest shortfall."""
    return heapq.nsmallest(WORST_SHORT, rows, key=lambda r: (
        Decimal(r[3]) / Decimal(r[2]), r[3] - r[2], r[1], r[0]))


def _open_loans(actor: User, today: dt.date) -> tuple[OpenLoan, ...]:
    """transfers.outstanding_loans asked once per NGO that has lent (a loan is listed for
    its lender and its borrower alike: the lender's list has each loan once)."""
    # Deduplicated here: with DISTINCT, SQLite walks the (owner, date) index of every
    # document instead of the (kind, date) one of the few loans (140 ms on the bench).
    lender_ids = {owner_id for (owner_id,) in Document.select(Document.owner).where(
        (Document.kind == "loan") & (Document.status == "posted")
        & (Document.effective_date <= today)).tuples()}
    found = []
    for lender in Organisation.select().where(Organisation.id.in_(sorted(lender_ids))):
        for loan in transfers.outstanding_loans(actor, lender, on=today):
            if loan.lender.id == lender.id:
                found.append(OpenLoan(loan.loan_code, loan.lender.id, loan.borrower.id,
                                      loan.item.name, loan.item.unit, loan.outstanding,
                                      loan.due_date, loan.overdue))
    found.sort(key=lambda x: (x.due_date, x.loan_code, x.item_name))
    return tuple(found)


def _production(today: dt.date) -> Production:
    """Grouped by day and summed here (a day compared with a parameter in GROUP BY is
    not the same expression twice to PostgreSQL)."""
    first = month_start(today)
    meals = (
        MealBatch.select(Document.effective_date, fn.COUNT(MealBatch.id),
                         fn.SUM(MealBatch.portions))
        .join(Document, on=(Document.id == MealBatch.document))
        .where((Document.status == "posted") & Document.effective_date.between(first, today))
        .group_by(Document.effective_date)
    )
    built = (
        Kit.select(Document.effective_date, fn.COUNT(Kit.id))
        .join(Document, on=(Document.id == Kit.built_by))
        .where((Document.status == "posted") & Document.effective_date.between(first, today))
        .group_by(Document.effective_date)
    )
    figures = dict.fromkeys(("batches_today", "portions_today", "batches_month",
                             "portions_month", "kits_today", "kits_month"), 0)
    for day, batches, portions in meals.tuples():
        figures["batches_month"] += batches
        figures["portions_month"] += int(portions or 0)
        if as_date(day) == today:
            figures["batches_today"], figures["portions_today"] = batches, int(portions or 0)
    for day, kits in built.tuples():
        figures["kits_month"] += kits
        if as_date(day) == today:
            figures["kits_today"] = kits
    return Production(**figures)
