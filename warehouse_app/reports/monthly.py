"""The monthly stock report of one owner organisation (FIELD.md): a header, and one row per
item and lot from opening to closing, summed in SQL over that month's movements alone.

The opening is the previous month's closing snapshot when that month is closed
(DESIGN.md rule 7), else the latest snapshot plus the movements since: a report costs
what its month holds. Every row is checked as it is built: closing = opening + ins - outs,
and the internal kinds (moves between shelves, quarantine in and out) net to zero.

Imported opening balances ('opening' documents: a hangar's first stock, from its old
spreadsheet) get a column of their own, "imported", beside the month's opening: they are
neither donations (received) nor count variances, and a logistician must be able to tell
goods that arrived from goods that were only written into the books.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from peewee import SQL, fn

from models import (
    Category,
    ClosedPeriod,
    Document,
    HangarSetting,
    Item,
    Lot,
    Movement,
    Organisation,
    PeriodBalance,
    User,
    database,
    from_milli,
)
from warehouse_app import clock, periods, permissions
from warehouse_app.catalogue import size_order
from warehouse_app.errors import ValidationError
from warehouse_app.ledger import month_start, next_month
from warehouse_app.progress import step

DEFAULT_WAREHOUSE = "Hangar"
DEFAULT_KG_PER_MEAL = Decimal("0.5")
NEAR_EXPIRY_MONTHS = 3
# Fresh food (a use-by date, or a shelf life of two weeks or less) is flagged within days,
# not months: three months' warning means nothing for yoghurt.
FRESH_SHELF_LIFE_DAYS = 14
FRESH_WINDOW_DAYS = 3

# movement kind -> (report column, sign as shown): outs are shown as positive amounts.
# A reversal keeps the kind it reverses, so it lands in that column with the opposite sign.
KIND_COLUMNS: dict[str, tuple[str, int]] = {
    "opening": ("imported", 1),
    "receipt": ("received", 1),
    "transfer_in": ("transfers_in", 1),
    "loan_in": ("transfers_in", 1),
    "repay_in": ("transfers_in", 1),
    "produced": ("produced", 1),
    "issue": ("distributed", -1),
    "transfer_out": ("transfers_out", -1),
    "loan_out": ("transfers_out", -1),
    "repay_out": ("transfers_out", -1),
    "consumed": ("used_in_production", -1),
    "loss": ("losses", -1),
    "adjustment": ("adjustments", 1),
}
# Moves between places and into or out of quarantine: the owner keeps the goods.
INTERNAL_KINDS = frozenset({"move_in", "move_out", "status_in", "status_out"})
IN_COLUMNS = ("imported", "received", "transfers_in", "produced")
OUT_COLUMNS = ("distributed", "transfers_out", "used_in_production", "losses")
FIGURES = ("opening", *IN_COLUMNS, *OUT_COLUMNS, "adjustments", "closing")
TITLES = {
    "opening": "Opening", "imported": "Imported balances", "received": "Received",
    "transfers_in": "Transfers in", "produced": "Produced", "distributed": "Distributed",
    "transfers_out": "Transfers out", "used_in_production": "Used in production",
    "losses": "Losses", "adjustments": "Count adjustments", "closing": "Closing",
}


@dataclass(frozen=True)
class ReportHeader:
    warehouse: str
    owner_code: str
    owner_name: str
    month: dt.date  # first day
    period_end: dt.date  # last day of the month, or today for the month under way
    report_number: str
    prepared_by: str
    verified_by: str  # a blank line to sign
    last_count: dt.date | None
    closed: bool
    # When the figures were fixed: the close, for a closed month (so a report produced
    # again is identical); the moment of production for the month under way.
    as_of: dt.datetime
    kg_per_meal: Decimal


@dataclass(slots=True)
class ReportRow:
    item_id: int
    lot_id: int  # 0: no lot
    item_code: str
    description: str
    category: str
    top_category: str
    unit: str
    lot_code: str | None
    expiry: dt.date | None
    date_kind: str | None
    perishable: bool
    opening: Decimal = Decimal(0)
    imported: Decimal = Decimal(0)
    received: Decimal = Decimal(0)
    transfers_in: Decimal = Decimal(0)
    produced: Decimal = Decimal(0)
    distributed: Decimal = Decimal(0)
    transfers_out: Decimal = Decimal(0)
    used_in_production: Decimal = Decimal(0)
    losses: Decimal = Decimal(0)
    adjustments: Decimal = Decimal(0)
    closing: Decimal = Decimal(0)
    closing_kg: Decimal | None = None
    quarantine: Decimal = Decimal(0)  # part of the closing held in quarantine
    in_kg: Decimal = Decimal(0)
    out_kg: Decimal = Decimal(0)
    near_expiry: bool = False
    past_date: bool = False
    remarks: str = ""

    def ins(self) -> Decimal:
        return sum((getattr(self, c) for c in IN_COLUMNS), Decimal(0))

    def outs(self) -> Decimal:
        return sum((getattr(self, c) for c in OUT_COLUMNS), Decimal(0))


@dataclass
class MonthlyReport:
    header: ReportHeader
    rows: list[ReportRow]
    sheets: list = field(default_factory=list)  # reports.sheets.Table, in workbook order
    category_totals: list = field(default_factory=list)  # reports.sheets.CategoryTotal


@dataclass(slots=True)
class _Tally:
    opening: Decimal = Decimal(0)
    grams: int = 0
    by_status: dict = field(default_factory=lambda: defaultdict(Decimal))
    columns: dict = field(default_factory=lambda: defaultdict(Decimal))
    internal: Decimal = Decimal(0)
    moved: bool = False
    in_g: int = 0
    out_g: int = 0


def hangar_setting(key: str, default: str) -> str:
    row = HangarSetting.get_or_none(HangarSetting.key == key)
    return row.value if row is not None and row.value.strip() else default


def kg_per_meal() -> Decimal:
    text = hangar_setting("kg_per_meal", str(DEFAULT_KG_PER_MEAL))
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return DEFAULT_KG_PER_MEAL
    return value if value.is_finite() and value > 0 else DEFAULT_KG_PER_MEAL


def parse_month(text: str) -> dt.date:
    """'2026-10' -> 2026-10-01, refusing anything else with the reason."""
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise ValidationError("month", f"{text!r} is not a month written YYYY-MM") from None


def monthly_report(
    actor: User, owner: Organisation, month: dt.date, *, progress=None,
    with_sheets: bool = True, today: dt.date | None = None,
) -> MonthlyReport:
    """The report of `owner` for `month` (any day in it); the month under way to today."""
    permissions.require(actor, "export_report", owner)
    month = month_start(month)
    today = today or clock.today()
    if month > month_start(today):
        raise ValidationError("month", f"{month:%Y-%m} has not begun yet", owner=owner.code,
                              month=month)
    last_day = next_month(month) - dt.timedelta(days=1)
    period_end = min(last_day, today)
    total = 4 if with_sheets else 3
    step(progress, 0, total, f"{owner.code}: opening balances")
    tallies: dict[tuple[int, int], _Tally] = defaultdict(_Tally)
    for (item_id, lot_id, status), (qty, grams) in _opening(owner, month).items():
        tally = tallies[(item_id, lot_id)]
        tally.opening += qty
        tally.grams += grams
        tally.by_status[status] += qty
    step(progress, 1, total, f"{owner.code}: movements of {month:%Y-%m}")
    for item_id, lot_id, status, kind, milli, grams in _month_sums(owner.id, month, last_day):
        _count(tallies[(item_id, lot_id)], kind, status, from_milli(milli), int(grams or 0))
    step(progress, 2, total, f"{owner.code}: rows")
    header = _header(actor, owner, month, period_end, last_day)
    rows = _rows(tallies, period_end)
    report = MonthlyReport(header, rows)
    if with_sheets:
        from warehouse_app.reports import sheets  # the further sheets read more of the ledger

        step(progress, 3, total, f"{owner.code}: further sheets")
        report.sheets, report.category_totals = sheets.further_sheets(actor, owner, report)
    step(progress, total, total, f"{owner.code}: done")
    return report


def _opening(owner: Organisation, month: dt.date) -> dict:
    """Balances at the month's first instant: the previous month's snapshot as it stands
    when that month is closed (read here directly: nothing to add to it), else the latest
    snapshot plus the movements since (periods.month_opening)."""
    before = periods.previous_month(month)
    if not ClosedPeriod.select().where(
            (ClosedPeriod.owner == owner.id) & (ClosedPeriod.month == before)).exists():
        return periods.month_opening(owner, month)
    query = (PeriodBalance.select(PeriodBalance.item, PeriodBalance.lot_id, PeriodBalance.status,
                                  PeriodBalance.quantity, PeriodBalance.weight_g)
             .where((PeriodBalance.owner == owner.id) & (PeriodBalance.month == before)))
    return {(item, lot, status): (from_milli(qty), int(grams))
            for item, lot, status, qty, grams in database.execute(query).fetchall()}


def _month_sums(owner_id: int, month: dt.date, last_day: dt.date) -> list[tuple]:
    """One GROUP BY over the month's movements: owner and date narrow it through the
    (owner, item, effective_date, kind, quantity) index, so history does not count."""
    lot = fn.COALESCE(Movement.lot, SQL("0"))  # a literal: PostgreSQL compares the expressions
    query = (
        Movement.select(Movement.item, lot, Movement.status, Movement.kind,
                        fn.SUM(Movement.quantity).coerce(False),
                        fn.SUM(Movement.weight_g).coerce(False))
        .where((Movement.owner == owner_id) & (Movement.effective_date >= month)
               & (Movement.effective_date <= last_day))
        .group_by(Movement.item, lot, Movement.status, Movement.kind)
    )
    return database.execute(query).fetchall()


def _count(tally: _Tally, kind: str, status: str, qty: Decimal, grams: int) -> None:
    tally.moved = True
    tally.by_status[status] += qty
    tally.grams += grams
    if kind in INTERNAL_KINDS:
        tally.internal += qty
        return
    if kind not in KIND_COLUMNS:
        raise ValueError(f"movement kind {kind!r} has no column in the monthly report")
    column, sign = KIND_COLUMNS[kind]
    tally.columns[column] += sign * qty
    if column in IN_COLUMNS:
        tally.in_g += grams
    elif column in OUT_COLUMNS:
        tally.out_g -= grams


def _header(actor: User, owner: Organisation, month: dt.date, period_end: dt.date,
            last_day: dt.date) -> ReportHeader:
    closed = ClosedPeriod.get_or_none(
        (ClosedPeriod.owner == owner.id) & (ClosedPeriod.month == month))
    last_count = (
        Document.select(fn.MAX(Document.effective_date))
        .where((Document.owner == owner.id) & Document.kind.in_(("count", "adjustment"))
               & (Document.status == "posted") & (Document.effective_date <= last_day))
        .scalar()
    )
    if isinstance(last_count, str):  # SQLite's MAX of a date is text
        last_count = dt.date.fromisoformat(last_count)
    return ReportHeader(
        warehouse=hangar_setting("warehouse_name", DEFAULT_WAREHOUSE),
        owner_code=owner.code, owner_name=owner.name, month=month, period_end=period_end,
        report_number=f"RPT-{owner.code}-{month:%Y-%m}", prepared_by=actor.name,
        verified_by="", last_count=last_count, closed=closed is not None,
        as_of=closed.closed_at if closed is not None else clock.now(), kg_per_meal=kg_per_meal(),
    )


def _rows(tallies: dict[tuple[int, int], _Tally], period_end: dt.date) -> list[ReportRow]:
    keys = [k for k, t in tallies.items() if t.moved or t.opening or t.grams]
    items = _items({item for item, _ in keys})
    lots = _lots({lot for _, lot in keys} - {0})
    categories = _category_paths()
    rows = []
    for item_id, lot_id in keys:
        tally = tallies[(item_id, lot_id)]
        code, name, size, gender, unit, category_id, perishable, life, per_unit = items[item_id]
        lot_code, expiry, date_kind = lots.get(lot_id, (None, None, None))
        category, top = categories.get(category_id, ("", ""))
        row = ReportRow(
            item_id=item_id, lot_id=lot_id, item_code=code,
            description=" ".join(x for x in (name, gender, size) if x), category=category,
            top_category=top, unit=unit, lot_code=lot_code, expiry=expiry,
            date_kind=date_kind, perishable=bool(perishable), opening=tally.opening,
            **{column: tally.columns.get(column, Decimal(0))
               for column in (*IN_COLUMNS, *OUT_COLUMNS, "adjustments")},
        )
        # by_status holds the opening and every movement: the ledger's own closing,
        # computed apart from the columns, which must agree with it.
        closing = sum(tally.by_status.values(), Decimal(0))
        row.closing = row.opening + row.ins() - row.outs() + row.adjustments
        if tally.internal != 0 or closing != row.closing:
            raise ValueError(  # the ledger itself would be wrong: never hide it in a report
                f"{code} lot {lot_id}: moves and status changes net {tally.internal}, "
                f"columns give {row.closing}, the ledger {closing}")
        row.quarantine = tally.by_status.get("quarantine", Decimal(0))
        if tally.grams or per_unit:
            row.closing_kg = Decimal(tally.grams) / 1000
        row.in_kg, row.out_kg = Decimal(tally.in_g) / 1000, Decimal(tally.out_g) / 1000
        _expiry(row, life, period_end)
        rows.append(row)
    rows.sort(key=lambda r: (r.top_category.casefold(), r.category.casefold(),
                             items[r.item_id][1].casefold(), items[r.item_id][3] or "",
                             size_order(items[r.item_id][2]), r.item_code,
                             r.expiry or dt.date.max, r.lot_code or ""))
    return rows


def _expiry(row: ReportRow, shelf_life_days: int | None, period_end: dt.date) -> None:
    notes = []
    if row.expiry is not None and row.closing > 0:
        fresh = row.date_kind == "use_by" or (
            shelf_life_days is not None and shelf_life_days <= FRESH_SHELF_LIFE_DAYS)
        limit = (period_end + dt.timedelta(days=FRESH_WINDOW_DAYS) if fresh
                 else _add_months(period_end, NEAR_EXPIRY_MONTHS))
        row.past_date = row.expiry < period_end
        row.near_expiry = row.expiry <= limit
        if row.past_date:
            notes.append("past its date")
    if row.quarantine > 0:
        notes.append(f"quarantine: {row.quarantine} {row.unit}")
    if row.imported:
        notes.append("imported opening balance")
    row.remarks = "; ".join(notes)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = (next_month(dt.date(year, month, 1)) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def _items(ids: set[int]) -> dict[int, tuple]:
    if not ids:
        return {}
    query = Item.select(Item.id, Item.code, Item.name, Item.size, Item.gender, Item.unit,
                        Item.category, Item.perishable, Item.shelf_life_days,
                        Item.weight_per_unit_g)
    if len(ids) < 2000:
        query = query.where(Item.id.in_(list(ids)))
    return {row[0]: tuple(row[1:]) for row in database.execute(query).fetchall()}


def _lots(ids: set[int]) -> dict[int, tuple]:
    if not ids:
        return {}
    found = {}
    ids_list = sorted(ids)
    for start in range(0, len(ids_list), 1000):
        chunk = ids_list[start:start + 1000]
        query = Lot.select(Lot.id, Lot.code, Lot.date, Lot.date_kind).where(Lot.id.in_(chunk))
        for lot_id, code, date, kind in database.execute(query).fetchall():
            found[lot_id] = (code, dt.date.fromisoformat(date) if isinstance(date, str) else date,
                             kind)
    return found


def _category_paths() -> dict[int, tuple[str, str]]:
    """category id -> (its own name, its top-level category's name)."""
    rows = database.execute(Category.select(Category.id, Category.name, Category.parent))
    nodes = {cid: (name, parent) for cid, name, parent in rows.fetchall()}
    paths = {}
    for cid, (name, parent) in nodes.items():
        top, seen = name, {cid}
        while parent is not None and parent not in seen and parent in nodes:
            seen.add(parent)
            top, parent = nodes[parent]
        paths[cid] = (name, top)
    return paths
