"""Stock changing hands between the hangar's NGOs: transfers, loans with a due date,
repayments in kind, and the outstanding-loans list (FIELD.md "Loans between NGOs").

Ownership may change without the goods moving: by default the receiver's stock stays on
the same shelf. A box whose whole content changes hands changes owner with it (its label
still tells the truth); from a box only partly handed over, the receiver's share comes
out of the box and lies loose at the box's place, because a box never holds two owners.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from models import Balance, Box, Document, Item, Location, Movement, Organisation, User
from models.db import is_sqlite
from models.fields import from_milli
from warehouse_app import clock, ledger, permissions
from warehouse_app.errors import ValidationError
from warehouse_app.ledger import posting_date
from warehouse_app.picking import Pick, StockLine, pick_fefo, positive_quantity, records_by_id


@dataclass(frozen=True)
class OutstandingLoan:
    loan_code: str
    lender: Organisation
    borrower: Organisation
    item: Item
    lent: Decimal
    repaid: Decimal
    outstanding: Decimal
    due_date: dt.date
    overdue: bool


def _whole_boxes(taken: dict[int, Decimal], picks: list[Pick]) -> set[int]:
    """Boxes whose every unit of stock is handed over by this document."""
    box_ids = {p.box.id for p in picks if p.box is not None}
    if not box_ids:
        return set()
    rows = Balance.select(Balance.id, Balance.box_id, Balance.quantity).where(
        Balance.box_id.in_(box_ids) & (Balance.quantity > 0)
    )
    whole = set(box_ids)
    for row in rows:
        if taken.get(row.id, Decimal(0)) != row.quantity:
            whole.discard(row.box_id)
    return whole


def _hand_over(
    post: ledger.Posting,
    giver: Organisation,
    receiver: Organisation,
    lines: list[StockLine],
    out_kind: str,
    in_kind: str,
    to_location: Location | None,
) -> None:
    """Pick every line from the giver, then post out/in pairs with the same lot and weight."""
    if not lines:
        raise ValidationError("lines", "nothing to hand over")
    taken: dict[int, Decimal] = {}
    picks: list[tuple[StockLine, Pick]] = []
    for row, line in enumerate(lines, start=1):
        quantity = positive_quantity(line.quantity, line.item, row)
        for pick in pick_fefo(giver, line.item, quantity, on=post.effective_date, lot=line.lot,
                              location=line.location, box=line.box, taken=taken):
            picks.append((line, pick))
    whole = _whole_boxes(taken, [p for _, p in picks])
    for line, pick in picks:
        out = post.add(owner=giver, item=line.item, quantity=-pick.quantity, kind=out_kind,
                       lot=pick.lot, location=pick.location, box=pick.box)
        box = pick.box if pick.box is not None and pick.box.id in whole else None
        place = to_location or pick.location or (pick.box.location if pick.box else None)
        post.add(owner=receiver, item=line.item, quantity=pick.quantity, kind=in_kind,
                 lot=pick.lot, location=place, box=box,
                 weight_g=-out.weight_g if out.weight_g is not None else None)
    for box_id in whole:
        changes = {Box.owner: receiver.id}
        if to_location is not None:
            changes[Box.location] = to_location.id
        Box.update(changes).where(Box.id == box_id).execute()


def _check_parties(giver: Organisation, receiver: Organisation) -> None:
    if giver.id == receiver.id:
        raise ValidationError("to_owner", f"{giver.code} cannot hand stock to itself")
    if not receiver.active:
        raise ValidationError("to_owner", f"{receiver.code} no longer works in the hangar")


def transfer(
    actor: User,
    from_owner: Organisation,
    to_owner: Organisation,
    lines: list[StockLine],
    *,
    to_location: Location | None = None,
    note: str | None = None,
    effective_date: dt.date | None = None,
) -> Document:
    """Give stock to another NGO for good: one TRF document, transfer_out / transfer_in."""
    permissions.require(actor, "transfer", from_owner)
    _check_parties(from_owner, to_owner)
    day = posting_date(effective_date)
    with ledger.posting(actor, "transfer", from_owner, counterpart=to_owner, note=note,
                        effective_date=day) as post:
        _hand_over(post, from_owner, to_owner, lines, "transfer_out", "transfer_in", to_location)
    return post.document


def lend(
    actor: User,
    from_owner: Organisation,
    to_owner: Organisation,
    lines: list[StockLine],
    *,
    due_date: dt.date,
    note: str | None = None,
    to_location: Location | None = None,
    effective_date: dt.date | None = None,
) -> Document:
    """Lend stock to another NGO, to be repaid in kind by `due_date`."""
    permissions.require(actor, "lend", from_owner)
    _check_parties(from_owner, to_owner)
    if due_date is None:
        raise ValidationError("due_date", "a loan needs a due date")
    if due_date < clock.today():
        raise ValidationError("due_date", f"{due_date.isoformat()} is in the past",
                              due_date=due_date)
    day = posting_date(effective_date)
    with ledger.posting(actor, "loan", from_owner, counterpart=to_owner, due_date=due_date,
                        note=note, effective_date=day) as post:
        _hand_over(post, from_owner, to_owner, lines, "loan_out", "loan_in", to_location)
    return post.document


def _loan_balance(loan_ids: list[int], on: dt.date | None = None) -> dict[tuple[int, int], list]:
    """(loan id, item id) -> [lent, repaid], summed in SQL over posted documents only
    (an undone repayment no longer counts; its document is marked reversed)."""
    totals: dict[tuple[int, int], list] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    if not loan_ids:
        return totals
    lent = (
        Movement.select(Movement.document, Movement.item, fn.SUM(Movement.quantity).coerce(False))
        .where(Movement.document.in_(loan_ids) & (Movement.kind == "loan_in"))
        .group_by(Movement.document, Movement.item)
    )
    for loan_id, item_id, milli in lent.tuples():
        totals[(loan_id, item_id)][0] += from_milli(milli)
    repaid = (
        Movement.select(Document.related, Movement.item, fn.SUM(Movement.quantity).coerce(False))
        .join(Document, on=(Movement.document == Document.id))
        .where(
            Document.related.in_(loan_ids) & (Document.kind == "repayment")
            & (Document.status == "posted") & (Movement.kind == "repay_in")
        )
        .group_by(Document.related, Movement.item)
    )
    if on is not None:
        repaid = repaid.where(Document.effective_date <= on)
    for loan_id, item_id, milli in repaid.tuples():
        totals[(loan_id, item_id)][1] += from_milli(milli)
    return totals


def repay(
    actor: User,
    loan: Document,
    lines: list[StockLine],
    *,
    note: str | None = None,
    to_location: Location | None = None,
    effective_date: dt.date | None = None,
) -> Document:
    """The borrower gives back, in kind, (part of) what a loan still owes the lender."""
    loan = Document.get_by_id(loan.id)  # its status may have changed since it was read
    if loan.kind != "loan":
        raise ValidationError("loan", f"{loan.code} is a {loan.kind}, not a loan")
    lender, borrower = loan.owner, loan.counterpart
    permissions.require(actor, "repay", borrower)
    if loan.status != "posted":
        raise ValidationError("loan", f"{loan.code} was undone: nothing to repay")
    day = posting_date(effective_date)
    with ledger.posting(actor, "repayment", borrower, counterpart=lender, related=loan,
                        note=note, effective_date=day) as post:
        if not is_sqlite():
            # Two repayments of one loan at once must not both fit under what is owed.
            Document.select(Document.id).where(Document.id == loan.id).for_update().execute()
        owed = _loan_balance([loan.id])
        asked: dict[int, Decimal] = defaultdict(Decimal)
        for row, line in enumerate(lines, start=1):
            asked[line.item.id] += positive_quantity(line.quantity, line.item, row)
        for line in lines:
            lent, repaid = owed.get((loan.id, line.item.id), (Decimal(0), Decimal(0)))
            outstanding = lent - repaid
            if asked[line.item.id] > outstanding:
                raise ValidationError(
                    "quantity",
                    f"{ledger.describe_item(line.item)}: {asked[line.item.id]} {line.item.unit} "
                    f"repaid but only {outstanding} outstanding on {loan.code}",
                    loan=loan.code, item=ledger.describe_item(line.item),
                    requested=asked[line.item.id], outstanding=outstanding,
                )
        _hand_over(post, borrower, lender, lines, "repay_out", "repay_in", to_location)
    return post.document


def outstanding_loans(
    actor: User, owner: Organisation, *, on: dt.date | None = None
) -> list[OutstandingLoan]:
    """What is still owed on loans `owner` gave or received, as of `on` (default today)."""
    permissions.require(actor, "view_stock", owner)
    on = on or clock.today()
    loans = {
        d.id: d
        for d in Document.select().where(
            (Document.kind == "loan") & (Document.status == "posted")
            & (Document.effective_date <= on)
            & ((Document.owner == owner.id) | (Document.counterpart == owner.id))
        )
    }
    totals = _loan_balance(list(loans), on)
    orgs = records_by_id(Organisation, {d.owner_id for d in loans.values()}
                  | {d.counterpart_id for d in loans.values()})
    items = records_by_id(Item, {item_id for _, item_id in totals})
    result = []
    for (loan_id, item_id), (lent, repaid) in totals.items():
        if lent - repaid <= 0:
            continue
        loan = loans[loan_id]
        result.append(OutstandingLoan(
            loan_code=loan.code, lender=orgs[loan.owner_id], borrower=orgs[loan.counterpart_id],
            item=items[item_id], lent=lent, repaid=repaid, outstanding=lent - repaid,
            due_date=loan.due_date, overdue=loan.due_date < on,
        ))
    result.sort(key=lambda r: (r.due_date, r.loan_code, r.item.code))
    return result
