"""`check()`: does the database still tell one consistent story? The balances equal the
ledger, nothing is negative, every movement sits in a posted document, numbers are gapless,
reversals mirror what they undo, closed months stayed closed and their snapshots hold.

Every test is one SQL aggregate (or a scan of document codes), so a check of a million
movements costs seconds, not minutes. Each problem becomes one `Finding` whose message
names the document, item and owner, so a coordinator can act on it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from models import (
    DOCUMENT_PREFIXES,
    Balance,
    ClosedPeriod,
    Document,
    DocumentSequence,
    Movement,
    database,
    from_milli,
)
from warehouse_app.ledger import next_month


@dataclass(frozen=True)
class Finding:
    """One inconsistency: `kind` is a stable key, `message` the line printed for people."""

    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


@dataclass(frozen=True)
class LedgerSize:
    movements: int
    documents: int
    balances: int


def ledger_size() -> LedgerSize:
    return LedgerSize(
        movements=Movement.select().count(),
        documents=Document.select().count(),
        balances=Balance.select().count(),
    )


def check() -> list[Finding]:
    """Every inconsistency found, in a stable order; an empty list means all is well."""
    findings: list[Finding] = []
    for test in (
        _balances_equal_ledger,
        _nothing_negative,
        _movements_in_documents,
        _documents_have_movements,
        _numbers_gapless,
        _reversals_mirror,
        _closed_months_untouched,
        _snapshots_equal_ledger,
        _boxes_hold_their_owners_stock,
    ):
        findings.extend(test())
    return findings


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return list(database.obj.execute_sql(sql, params).fetchall())


def _names() -> tuple[dict[int, str], dict[int, str]]:
    """Owner codes and item codes by id: findings name things as people know them."""
    owners = dict(_rows('SELECT id, code FROM "organisation"'))
    items = dict(_rows('SELECT id, code FROM "item"'))
    return owners, items


def _qty(milli: int | None) -> str:
    return str(from_milli(milli or 0))


# The balance key of a movement: 0 stands for "no lot / location / box", as in Balance.
_MOVEMENT_KEY = (
    "owner_id, item_id, COALESCE(lot_id, 0), COALESCE(location_id, 0), "
    "COALESCE(box_id, 0), status"
)


def _balances_equal_ledger() -> Iterator[Finding]:
    """Compare the ledger's sums with the balance rows, in both directions, count and weight."""
    ledger = f"""
        SELECT {_MOVEMENT_KEY}, SUM(quantity), SUM(COALESCE(weight_g, 0))
        FROM "movement" GROUP BY {_MOVEMENT_KEY}
    """
    sums: dict[tuple, tuple[int, int]] = {
        tuple(r[:6]): (int(r[6]), int(r[7])) for r in _rows(ledger)
    }
    owners, items = _names()
    seen: set[tuple] = set()
    balances = _rows(
        'SELECT owner_id, item_id, lot_id, location_id, box_id, status, quantity, weight_g '
        'FROM "balance"'
    )
    for row in balances:
        key, quantity, weight = tuple(row[:6]), int(row[6]), int(row[7])
        seen.add(key)
        want_q, want_w = sums.get(key, (0, 0))
        if (quantity, weight) != (want_q, want_w):
            yield Finding("balance_mismatch", _balance_line(
                key, owners, items,
                f"balance says {_qty(quantity)} ({weight} g), ledger says "
                f"{_qty(want_q)} ({want_w} g)",
            ))
    for key, (quantity, weight) in sums.items():
        if key not in seen and (quantity, weight) != (0, 0):
            yield Finding("balance_missing", _balance_line(
                key, owners, items,
                f"ledger says {_qty(quantity)} ({weight} g) but there is no balance row",
            ))


def _balance_line(key: tuple, owners: dict, items: dict, what: str) -> str:
    owner, item, lot, location, box, status = key
    where = ", ".join(
        part for part in (
            f"lot #{lot}" if lot else "",
            f"location #{location}" if location else "",
            f"box #{box}" if box else "",
            status if status != "usable" else "",
        ) if part
    )
    place = f" ({where})" if where else ""
    return f"{items.get(item, f'item #{item}')} of {owners.get(owner, f'owner #{owner}')}{place}: {what}"


def _nothing_negative() -> Iterator[Finding]:
    owners, items = _names()
    for row in _rows(
        'SELECT owner_id, item_id, lot_id, location_id, box_id, status, quantity, weight_g '
        'FROM "balance" WHERE quantity < 0 OR weight_g < 0'
    ):
        yield Finding("negative_stock", _balance_line(
            tuple(row[:6]), owners, items,
            f"negative stock: {_qty(row[6])} ({row[7]} g)",
        ))


def _movements_in_documents() -> Iterator[Finding]:
    for movement, line, document in _rows(
        'SELECT m.id, m.line, m.document_id FROM "movement" m '
        'LEFT JOIN "document" d ON d.id = m.document_id WHERE d.id IS NULL ORDER BY m.id'
    ):
        yield Finding(
            "movement_orphan",
            f"movement #{movement} (line {line}) names document #{document}, which does not exist",
        )
    for code, status, count in _rows(
        'SELECT d.code, d.status, COUNT(*) FROM "movement" m '
        'JOIN "document" d ON d.id = m.document_id '
        "WHERE d.status NOT IN ('posted', 'reversed') GROUP BY d.code, d.status ORDER BY d.code"
    ):
        yield Finding(
            "movement_unposted",
            f"{code} is {status!r}, yet {count} movement(s) in the ledger belong to it",
        )


def _documents_have_movements() -> Iterator[Finding]:
    for (code,) in _rows(
        'SELECT d.code FROM "document" d '
        "WHERE d.status IN ('posted', 'reversed') AND NOT EXISTS "
        '(SELECT 1 FROM "movement" m WHERE m.document_id = d.id) ORDER BY d.code'
    ):
        yield Finding("document_empty", f"{code} is posted but has no movements")


def _numbers_gapless() -> Iterator[Finding]:
    """Per kind and period, numbers run 1..N without a hole, and N is the sequence's last."""
    numbers: dict[tuple[str, str], list[int]] = defaultdict(list)
    for kind, code in Document.select(Document.kind, Document.code).tuples().iterator():
        prefix = DOCUMENT_PREFIXES.get(kind)
        parts = code.split("-")
        if prefix is None or len(parts) != 3 or parts[0] != prefix or not parts[2].isdigit():
            yield Finding("document_number", f"{code} is not a {kind!r} document number")
            continue
        numbers[(kind, parts[1])].append(int(parts[2]))
    sequences = {
        (kind, period): last
        for kind, period, last in DocumentSequence.select(
            DocumentSequence.kind, DocumentSequence.period, DocumentSequence.last_number
        ).tuples()
    }
    for (kind, period), found in sorted(numbers.items()):
        found.sort()
        top = found[-1]
        missing = sorted(set(range(1, top + 1)) - set(found))
        if missing:
            shown = ", ".join(str(n) for n in missing[:10]) + (" ..." if len(missing) > 10 else "")
            yield Finding(
                "document_gap",
                f"{DOCUMENT_PREFIXES[kind]}-{period}: {len(missing)} number(s) missing: {shown}",
            )
        if sequences.get((kind, period)) != top:
            yield Finding(
                "document_sequence",
                f"{DOCUMENT_PREFIXES[kind]}-{period}: last number issued is "
                f"{sequences.get((kind, period))}, highest document is {top}",
            )


def _reversals_mirror() -> Iterator[Finding]:
    """A reversal movement is its original with the signs turned; its document is marked."""
    for code, original, reason in _rows("""
        SELECT d.code, o.id,
          CASE
            WHEN r.quantity <> -o.quantity THEN 'quantity'
            WHEN COALESCE(r.weight_g, 0) <> -COALESCE(o.weight_g, 0) THEN 'weight'
            WHEN r.owner_id <> o.owner_id OR r.item_id <> o.item_id THEN 'owner or item'
            WHEN COALESCE(r.lot_id, 0) <> COALESCE(o.lot_id, 0)
              OR COALESCE(r.location_id, 0) <> COALESCE(o.location_id, 0)
              OR COALESCE(r.box_id, 0) <> COALESCE(o.box_id, 0)
              OR r.status <> o.status THEN 'place'
            WHEN r.kind <> o.kind THEN 'kind'
            WHEN od.status <> 'reversed' THEN 'original not marked reversed'
          END AS reason
        FROM "movement" r
        JOIN "movement" o ON o.id = r.reverses_id
        JOIN "document" d ON d.id = r.document_id
        JOIN "document" od ON od.id = o.document_id
        ORDER BY r.id
    """):
        if reason is not None:
            yield Finding(
                "reversal_mismatch",
                f"{code} does not mirror movement #{original}: {reason} differs",
            )
    for code, count in _rows("""
        SELECT d.code, COUNT(*) FROM "document" d JOIN "movement" m ON m.document_id = d.id
        WHERE d.status = 'reversed'
          AND NOT EXISTS (SELECT 1 FROM "movement" r WHERE r.reverses_id = m.id)
        GROUP BY d.code ORDER BY d.code
    """):
        yield Finding(
            "reversal_incomplete",
            f"{code} is marked reversed but {count} of its movements were never undone",
        )


def _closed_periods() -> list[tuple[int, str, dt.date, dt.datetime]]:
    rows = (
        ClosedPeriod.select(ClosedPeriod.owner, ClosedPeriod.month, ClosedPeriod.closed_at)
        .order_by(ClosedPeriod.owner, ClosedPeriod.month)
        .tuples()
    )
    owners, _ = _names()
    return [(owner, owners.get(owner, f"#{owner}"), month, closed) for owner, month, closed in rows]


def _closed_months_untouched() -> Iterator[Finding]:
    """Nothing may be posted into (or before) a month after it was closed."""
    for owner, code, month, closed_at in _closed_periods():
        rows = (
            Movement.select(Document.code, Movement.effective_date, Movement.created_at)
            .join(Document)
            .where(
                (Movement.owner == owner)
                & (Movement.effective_date < next_month(month))
                & (Movement.created_at > closed_at)
            )
            .order_by(Movement.id)
            .tuples()
        )
        for document, day, created in rows:
            yield Finding(
                "closed_month_changed",
                f"{document} of {code} is dated {day} but was posted at {created}, after "
                f"{month:%Y-%m} was closed at {closed_at}",
            )


def _snapshots_equal_ledger() -> Iterator[Finding]:
    """A closed month's closing snapshot equals the ledger summed to that month's end."""
    _, items = _names()
    for owner, code, month, _closed in _closed_periods():
        ledger = {
            (item, lot, status): (int(q), int(w))
            for item, lot, status, q, w in _rows(
                'SELECT item_id, COALESCE(lot_id, 0), status, SUM(quantity), '
                'SUM(COALESCE(weight_g, 0)) FROM "movement" '
                "WHERE owner_id = %s AND effective_date < %s "
                "GROUP BY item_id, COALESCE(lot_id, 0), status".replace("%s", _param()),
                (owner, next_month(month).isoformat()),
            )
        }
        snapshot = {
            (item, lot, status): (int(q), int(w))
            for item, lot, status, q, w in _rows(
                'SELECT item_id, lot_id, status, quantity, weight_g FROM "period_balance" '
                "WHERE owner_id = %s AND month = %s".replace("%s", _param()),
                (owner, month.isoformat()),
            )
        }
        for key in sorted(set(ledger) | set(snapshot)):
            want, have = ledger.get(key, (0, 0)), snapshot.get(key, (0, 0))
            if want != have:
                item, lot, status = key
                lot_text = f" lot #{lot}" if lot else ""
                yield Finding(
                    "snapshot_mismatch",
                    f"{items.get(item, f'item #{item}')}{lot_text} of {code} ({status}) at the "
                    f"close of {month:%Y-%m}: snapshot {_qty(have[0])} ({have[1]} g), "
                    f"ledger {_qty(want[0])} ({want[1]} g)",
                )


def _param() -> str:
    return database.obj.param


def _boxes_hold_their_owners_stock() -> Iterator[Finding]:
    owners, items = _names()
    for box, box_owner, owner, item, quantity in _rows(
        'SELECT x.code, x.owner_id, b.owner_id, b.item_id, b.quantity FROM "balance" b '
        'JOIN "box" x ON x.id = b.box_id '
        "WHERE b.box_id <> 0 AND b.owner_id <> x.owner_id AND b.quantity <> 0 ORDER BY x.code"
    ):
        yield Finding(
            "box_owner",
            f"{box} belongs to {owners.get(box_owner)} but holds {_qty(quantity)} "
            f"{items.get(item, f'item #{item}')} of {owners.get(owner)}",
        )
