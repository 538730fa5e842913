"""Month close and audited reopen, per owner (DESIGN.md rule 7).

Closing a month writes its closing balances (owner x item x lot x status) as a snapshot:
the previous month's snapshot plus this month's movements, summed in SQL. The next
month's opening is read from it, so a report costs what its month holds, not the whole
history. Once a month is closed the ledger refuses anything dated in it.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from peewee import SQL, fn

from models import (
    AuditEntry,
    ClosedPeriod,
    Document,
    Movement,
    Organisation,
    PeriodBalance,
    User,
    database,
    from_milli,
)
from models.db import is_sqlite, write_transaction
from warehouse_app import clock, permissions
from warehouse_app.errors import ValidationError
from warehouse_app.ledger import month_start, next_month

Key = tuple[int, int, str]  # item id, lot id (0: no lot), status
Amounts = dict[Key, tuple[Decimal, int]]  # -> quantity, weight in grams


def previous_month(month: dt.date) -> dt.date:
    return (month_start(month) - dt.timedelta(days=1)).replace(day=1)


def month_end(month: dt.date) -> dt.date:
    return next_month(month_start(month)) - dt.timedelta(days=1)


def closed_months(owner: Organisation) -> list[dt.date]:
    """The owner's closed months (first days), oldest first."""
    rows = (
        ClosedPeriod.select(ClosedPeriod.month)
        .where(ClosedPeriod.owner == owner.id)
        .order_by(ClosedPeriod.month)
    )
    return [r.month for r in rows]


def _last_closed(owner_id: int, before: dt.date | None = None) -> dt.date | None:
    query = ClosedPeriod.select(ClosedPeriod.month).where(ClosedPeriod.owner == owner_id)
    if before is not None:
        query = query.where(ClosedPeriod.month < before)
    row = query.order_by(ClosedPeriod.month.desc()).first()
    return row.month if row else None


def _snapshot(owner_id: int, month: dt.date) -> Amounts:
    rows = (
        PeriodBalance.select(PeriodBalance.item, PeriodBalance.lot_id, PeriodBalance.status,
                             PeriodBalance.quantity, PeriodBalance.weight_g)
        .where((PeriodBalance.owner == owner_id) & (PeriodBalance.month == month))
        .tuples()
    )
    return {(item, lot, status): (qty, weight) for item, lot, status, qty, weight in rows}


def _movements(owner_id: int, first: dt.date | None, last: dt.date) -> Amounts:
    """Sum of the owner's movements dated from `first` (or the beginning) to `last`."""
    if first is not None and first > last:
        return {}  # an empty range: SQLite would still plan a scan of the owner's ledger
    # A literal 0, not a bound parameter: PostgreSQL must see the same expression in GROUP BY.
    lot = fn.COALESCE(Movement.lot, SQL("0"))
    query = (
        Movement.select(
            Movement.item, lot, Movement.status,
            fn.SUM(Movement.quantity).coerce(False), fn.COALESCE(fn.SUM(Movement.weight_g), 0),
        )
        .where((Movement.owner == owner_id) & (Movement.effective_date <= last))
        .group_by(Movement.item, lot, Movement.status)
    )
    if first is not None:
        query = query.where(Movement.effective_date >= first)
    return {
        (item, lot_id, status): (from_milli(milli), int(weight))
        for item, lot_id, status, milli, weight in query.tuples()
    }


def _plus(base: Amounts, change: Amounts) -> Amounts:
    total = dict(base)
    for key, (qty, weight) in change.items():
        old_qty, old_weight = total.get(key, (Decimal(0), 0))
        total[key] = (old_qty + qty, old_weight + weight)
    return {k: v for k, v in total.items() if v != (0, 0)}


def balances_at_end_of(owner_id: int, month: dt.date) -> Amounts:
    """Closing balances of `month`: the latest snapshot before it plus the movements since."""
    month = month_start(month)
    base = _last_closed(owner_id, before=month)
    if base is None:
        return _plus({}, _movements(owner_id, None, month_end(month)))
    return _plus(_snapshot(owner_id, base), _movements(owner_id, next_month(base), month_end(month)))


def month_opening(owner: Organisation, month: dt.date) -> Amounts:
    """Balances at the first instant of `month`, read from the last snapshot before it."""
    return balances_at_end_of(owner.id, previous_month(month))


def _lock_books() -> None:
    """Hold off every posting while a month is closed or reopened.

    SQLite's write transaction already takes the one write lock. On PostgreSQL, a
    posting that began before the close could otherwise commit a movement into the month
    after its snapshot was taken; SHARE ROW EXCLUSIVE waits for postings in flight, keeps
    new ones out until we commit, and keeps two closes of one owner apart.
    """
    if is_sqlite():
        return
    tables = ", ".join(f'"{m._meta.table_name}"' for m in (Document, Movement, ClosedPeriod))
    database.execute_sql(f"LOCK TABLE {tables} IN SHARE ROW EXCLUSIVE MODE")


def close_month(actor: User, owner: Organisation, month: dt.date) -> ClosedPeriod:
    """Close `month` (any day in it) for `owner` and keep its closing balances."""
    permissions.require(actor, "close_month", owner)
    month = month_start(month)
    if month >= month_start(clock.today()):
        raise ValidationError(
            "month", f"{month:%Y-%m} has not ended yet: only past months can be closed",
            owner=owner.code, month=month,
        )
    with write_transaction():
        _lock_books()
        last = _last_closed(owner.id)
        if last is not None and month <= last:
            raise ValidationError("month", f"{month:%Y-%m} is already closed for {owner.code}",
                                  owner=owner.code, month=month)
        if last is not None and month != next_month(last):
            raise ValidationError(
                "month",
                f"months close in order: close {next_month(last):%Y-%m} for {owner.code} "
                f"before {month:%Y-%m}",
                owner=owner.code, month=month, next_to_close=next_month(last),
            )
        closing = balances_at_end_of(owner.id, month)
        period = ClosedPeriod.create(owner=owner, month=month, closed_by=actor)
        rows = [
            {"owner": owner.id, "month": month, "item": item, "lot_id": lot, "status": status,
             "quantity": qty, "weight_g": weight}
            for (item, lot, status), (qty, weight) in sorted(closing.items())
        ]
        for start in range(0, len(rows), 500):
            PeriodBalance.insert_many(rows[start:start + 500]).execute()
    return period


def reopen_month(actor: User, owner: Organisation, month: dt.date, *, reason: str) -> None:
    """Reopen the latest closed month of `owner`; the snapshot goes and the audit says why."""
    permissions.require(actor, "reopen_month", owner)
    if not reason or not reason.strip():
        raise ValidationError("reason", f"say why {month:%Y-%m} is reopened for {owner.code}")
    month = month_start(month)
    with write_transaction():
        _lock_books()
        last = _last_closed(owner.id)
        if last is None or month > last or not ClosedPeriod.select().where(
            (ClosedPeriod.owner == owner.id) & (ClosedPeriod.month == month)
        ).exists():
            raise ValidationError("month", f"{month:%Y-%m} is not closed for {owner.code}",
                                  owner=owner.code, month=month)
        if month != last:
            raise ValidationError(
                "month",
                f"only the latest closed month can be reopened: reopen {last:%Y-%m} for "
                f"{owner.code} first",
                owner=owner.code, month=month, latest=last,
            )
        period = ClosedPeriod.get((ClosedPeriod.owner == owner.id) & (ClosedPeriod.month == month))
        detail = {
            "owner": owner.code, "month": f"{month:%Y-%m}", "reason": reason.strip(),
            "closed_by": period.closed_by.name, "closed_at": period.closed_at.isoformat(),
        }
        PeriodBalance.delete().where(
            (PeriodBalance.owner == owner.id) & (PeriodBalance.month == month)
        ).execute()
        period.delete_instance()
        AuditEntry.create(user=actor, action="period.reopen", entity="closed_period",
                          entity_id=f"{owner.code}:{month:%Y-%m}", detail=json.dumps(detail))
