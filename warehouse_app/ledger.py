"""The one way stock changes: a numbered document posted to the append-only ledger.

Every service that changes stock (intake, distribution, transfers, kitchen, counts...)
opens `posting(...)`, adds its lines, and leaves the block: the document, its number,
its movements and the balances they change land in one database transaction, or
nothing does. The checks that make the domain's rules hold live here, once:

- stock on hand never goes negative (checked under the balance row's lock, with a
  CHECK constraint behind it);
- food past its use-by date is never issued, transferred or cooked;
- nothing is dated in (or before) a month closed for its owner;
- a posted movement is never edited: `reverse()` posts its mirror image instead,
  and is refused where later movements already took what it would remove.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from models import (
    DOCUMENT_PREFIXES,
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
    to_milli,
)
from models.db import is_sqlite, write_transaction
from warehouse_app import clock
from warehouse_app.errors import (
    ExpiredFood,
    InsufficientStock,
    PeriodClosed,
    UndoRefused,
    ValidationError,
)

INTO_STOCK = frozenset(
    {"receipt", "opening", "transfer_in", "loan_in", "repay_in", "produced", "move_in", "status_in"}
)
OUT_OF_STOCK = frozenset(
    {"transfer_out", "loan_out", "repay_out", "consumed", "issue", "loss", "move_out", "status_out"}
)
EITHER_WAY = frozenset({"adjustment"})
# Movements that hand food to someone or put it in a pot: refused past the use-by date.
USE_BY_GUARDED = frozenset({"issue", "consumed", "transfer_out", "loan_out", "repay_out"})


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def first_open_day(owner_id: int) -> dt.date | None:
    """The first day an owner may still post into, or None when no month was ever closed."""
    last = _run(_HotStatements.of(database.obj).last_closed, (owner_id,)).fetchone()[0]
    if last is None:
        return None
    if isinstance(last, str):  # SQLite returns MAX() of a date column as text
        last = dt.date.fromisoformat(last)
    return next_month(last)


class _HotStatements:
    """The statements every scan runs, written once per database: peewee spends about as
    long compiling a query as SQLite spends running it (PERFORMANCE.md), and the intake
    desk's budget is a p99 under 5 ms for resolve, post and commit."""

    def __init__(self, db):
        p = db.param
        # One statement, gapless: the row stays locked until our commit.
        self.next_number = (
            'INSERT INTO "document_sequence" ("kind", "period", "last_number") '
            f"VALUES ({p}, {p}, 1) "
            'ON CONFLICT ("kind", "period") DO UPDATE '
            'SET "last_number" = "document_sequence"."last_number" + 1 '
            'RETURNING "last_number"'
        )
        columns = ("document_id", "line", "owner_id", "item_id", "lot_id", "location_id",
                   "box_id", "status", "quantity", "weight_g", "kind", "reason",
                   "effective_date", "created_by_id", "created_at", "reverses_id")
        quoted = ", ".join('"' + c + '"' for c in columns)
        marks = ", ".join([p] * len(columns))
        self.movement = f'INSERT INTO "movement" ({quoted}) VALUES ({marks}) RETURNING "id"'
        self.last_closed = f'SELECT MAX("month") FROM "closed_period" WHERE "owner_id" = {p}'
        self.document_fields = {
            f.name: f for f in Document._meta.sorted_fields if f.name != "id"
        }
        doc_columns = ", ".join('"' + f.column_name + '"' for f in self.document_fields.values())
        doc_marks = ", ".join([p] * len(self.document_fields))
        self.document = (
            f'INSERT INTO "document" ({doc_columns}) VALUES ({doc_marks}) RETURNING "id"'
        )
        self.put = (
            'INSERT INTO "balance" ("owner_id", "item_id", "lot_id", "location_id", "box_id", '
            f'"status", "quantity", "weight_g") VALUES ({", ".join([p] * 8)}) '
            'ON CONFLICT ("owner_id", "item_id", "lot_id", "location_id", "box_id", "status") '
            'DO UPDATE SET "quantity" = "balance"."quantity" + excluded."quantity", '
            '"weight_g" = "balance"."weight_g" + excluded."weight_g"'
        )

    @staticmethod
    def of(db) -> _HotStatements:
        hot = getattr(db, "_hangar_hot_statements", None)
        if hot is None:
            hot = db._hangar_hot_statements = _HotStatements(db)
        return hot


def _run(sql: str, params: tuple):
    return database.obj.execute_sql(sql, params)


def _next_number(kind: str, period: str) -> int:
    return _run(_HotStatements.of(database.obj).next_number, (kind, period)).fetchone()[0]


def document_code(kind: str, day: dt.date) -> str:
    prefix = DOCUMENT_PREFIXES[kind]
    if kind == "meal_batch":
        period = day.strftime("%Y%m%d")
        return f"{prefix}-{period}-{_next_number(kind, period):02d}"
    period = str(day.year)
    return f"{prefix}-{period}-{_next_number(kind, period):05d}"


def _id(row) -> int | None:
    return row.id if row is not None else None


def describe_item(item: Item) -> str:
    extras = " ".join(x for x in (item.gender, item.size) if x)
    return f"{item.name} {extras} [{item.code}]" if extras else f"{item.name} [{item.code}]"


@dataclass
class Posting:
    """A document being posted; `add()` writes one movement and its balance at once."""

    actor: User
    document: Document
    lines: int = 0
    _open_from: dict[int, dt.date | None] = field(default_factory=dict)

    @property
    def effective_date(self) -> dt.date:
        return self.document.effective_date

    def _check_period(self, owner: Organisation) -> None:
        if owner.id not in self._open_from:
            self._open_from[owner.id] = first_open_day(owner.id)
        opens = self._open_from[owner.id]
        if opens is not None and self.effective_date < opens:
            raise PeriodClosed(owner.code, month_start(self.effective_date))

    def add(
        self,
        *,
        owner: Organisation,
        item: Item,
        quantity: Decimal | int,
        kind: str,
        lot: Lot | None = None,
        location: Location | None = None,
        box: Box | None = None,
        status: str = "usable",
        weight_g: int | None = None,
        reason: str | None = None,
        reverses: Movement | None = None,
    ) -> Movement:
        quantity = Decimal(quantity)
        if quantity == 0:
            raise ValidationError("quantity", f"zero quantity of {describe_item(item)}")
        if reverses is None:
            if kind in INTO_STOCK and quantity < 0 or kind in OUT_OF_STOCK and quantity > 0:
                raise ValidationError("quantity", f"a {kind} movement cannot be {quantity}")
            if kind not in INTO_STOCK | OUT_OF_STOCK | EITHER_WAY:
                raise ValidationError("kind", f"unknown movement kind {kind!r}")
        to_milli(quantity)  # refuses more than three decimals before anything is written
        self._check_period(owner)
        if (
            quantity < 0
            and reverses is None
            and kind in USE_BY_GUARDED
            and lot is not None
            and lot.date_kind == "use_by"
            and lot.date is not None
            and lot.date < self.effective_date
        ):
            raise ExpiredFood(describe_item(item), lot.code, lot.date)

        if quantity < 0:
            key = (
                (Balance.owner == owner.id)
                & (Balance.item == item.id)
                & (Balance.lot_id == (lot.id if lot else 0))
                & (Balance.location_id == (location.id if location else 0))
                & (Balance.box_id == (box.id if box else 0))
                & (Balance.status == status)
            )
            weight_g = self._take(owner, item, key, -quantity, weight_g, location, box, lot, status)
        else:
            self._put(owner, item, lot, location, box, status, quantity, weight_g or 0)

        self.lines += 1
        fields = dict(
            document=self.document, line=self.lines, owner=owner, item=item, lot=lot,
            location=location, box=box, status=status, quantity=quantity, weight_g=weight_g,
            kind=kind, reason=reason, effective_date=self.effective_date,
            created_by=self.actor, created_at=self.document.created_at, reverses=reverses,
        )
        row_id = _run(_HotStatements.of(database.obj).movement, (
            self.document.id, self.lines, owner.id, item.id, _id(lot), _id(location), _id(box),
            status, to_milli(quantity), weight_g, kind, reason, self.effective_date,
            self.actor.id, Movement.created_at.db_value(self.document.created_at), _id(reverses),
        )).fetchone()[0]
        return Movement(id=row_id, **fields)

    def _put(self, owner, item, lot, location, box, status, quantity, weight_g) -> None:
        _run(_HotStatements.of(database.obj).put, (
            owner.id, item.id, lot.id if lot else 0, location.id if location else 0,
            box.id if box else 0, status, to_milli(quantity), weight_g,
        ))

    def _take(self, owner, item, key, wanted: Decimal, weight_g, location, box, lot, status) -> int | None:
        """Lock the balance row, refuse if it holds too little, decrement it; returns the
        (negative) weight that leaves with the goods."""
        query = Balance.select(Balance.id, Balance.quantity, Balance.weight_g).where(key)
        if not is_sqlite():
            query = query.for_update()
        row = query.first()
        available = row.quantity if row else Decimal(0)
        if available < wanted:
            where = " ".join(
                x for x in (
                    f"in {box.code}" if box else "",
                    f"at {location.code}" if location and not box else "",
                    f"lot {lot.code}" if lot else "",
                    "(quarantine)" if status == "quarantine" else "",
                ) if x
            )
            raise InsufficientStock(describe_item(item), owner.code, available, wanted, item.unit, where)
        if weight_g is None:
            # Weight leaves in proportion; the last unit takes what is left, so no gram is lost.
            weight_g = -(
                row.weight_g
                if wanted == available
                else int(row.weight_g * wanted / available)
            )
        Balance.update(
            quantity=Balance.quantity - wanted,  # converted by the field
            weight_g=Balance.weight_g + weight_g,
        ).where(Balance.id == row.id).execute()
        return weight_g


@contextmanager
def posting(
    actor: User,
    kind: str,
    owner: Organisation,
    *,
    effective_date: dt.date | None = None,
    **header,
) -> Iterator[Posting]:
    """Open a document of `kind` for `owner`; everything added lands in one transaction.

    Raising inside the block (or adding no line at all) rolls everything back,
    document number included, so numbers are never skipped or reused.
    """
    if kind not in DOCUMENT_PREFIXES:
        raise ValidationError("kind", f"unknown document kind {kind!r}")
    day = effective_date or clock.today()
    with write_transaction():
        stamp = clock.now()
        fields = dict(header, kind=kind, code=document_code(kind, day), owner=owner,
                      effective_date=day, created_by=actor, created_at=stamp)
        hot = _HotStatements.of(database.obj)
        unknown = set(fields) - set(hot.document_fields)
        if unknown:
            raise TypeError(f"not document fields: {sorted(unknown)}")
        for name, f in hot.document_fields.items():  # status="posted" and the like
            if name not in fields and f.default is not None:
                fields[name] = f.default() if callable(f.default) else f.default
        values = tuple(f.db_value(fields.get(name)) for name, f in hot.document_fields.items())
        document = Document(id=_run(hot.document, values).fetchone()[0], **fields)
        post = Posting(actor=actor, document=document)
        yield post
        if post.lines == 0:
            raise ValidationError("lines", f"{document.code} has no lines: nothing to post")


def reverse(actor: User, document: Document, reason: str = "undo") -> Document:
    """Post the mirror image of `document` into the open month, and mark it reversed.

    Refused when the document is already reversed, is itself a reversal, or when later
    movements took what the reversal would remove (it was moved, issued or cooked).
    """
    if document.status == "reversed":
        raise UndoRefused(f"{document.code} was already undone", document=document.code)
    if document.kind == "reversal":
        raise UndoRefused(f"{document.code} is itself an undo", document=document.code)
    movements = list(
        Movement.select().where(Movement.document == document).order_by(Movement.line.desc())
    )
    try:
        with posting(actor, "reversal", document.owner, related=document, reference=reason) as post:
            for m in movements:
                post.add(
                    owner=m.owner, item=m.item, quantity=-m.quantity, kind=m.kind, lot=m.lot,
                    location=m.location, box=m.box, status=m.status,
                    weight_g=-m.weight_g if m.weight_g is not None else None,
                    reason=reason, reverses=m,
                )
            Document.update(status="reversed").where(Document.id == document.id).execute()
            empty_boxes_of(document)
    except InsufficientStock as exc:
        raise UndoRefused(
            f"{document.code} cannot be undone: {exc.facts['item']} was moved or used since "
            f"({exc.facts['available']} of {exc.facts['requested']} still where it was put)",
            document=document.code, **exc.facts,
        ) from exc
    return post.document


def empty_boxes_of(document: Document) -> None:
    """Boxes created by an undone receipt hold nothing any more."""
    boxes = [b.id for b in Box.select(Box.id).where(Box.document == document)]
    if not boxes:
        return
    holding = {
        r.box_id
        for r in Balance.select(Balance.box_id).where(
            Balance.box_id.in_(boxes) & (Balance.quantity > 0)
        )
    }
    empty = [b for b in boxes if b not in holding]
    if empty:
        Box.update(status="empty").where(Box.id.in_(empty)).execute()


def in_transaction() -> bool:
    return database.obj.in_transaction()


def posting_date(effective_date: dt.date | None) -> dt.date:
    """The day a document counts on: today unless the person gives an earlier day, never
    a day to come."""
    day = effective_date or clock.today()
    if day > clock.today():
        raise ValidationError("effective_date", f"{day.isoformat()} is in the future")
    return day
