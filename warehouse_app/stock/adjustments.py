"""Corrections of an owner's stock that are not counts: adjustments with a reason, losses
with a reason code (damaged, expired, spoiled, theft), and quarantine and release.

Quarantined stock keeps its place but changes status, so it stops being usable stock;
what leaves stock (a loss, a negative adjustment) is picked first-expired-first-out
within whatever lot or place the line names. Food past its use-by date may be lost or
quarantined: that is exactly what happens to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import (
    ADJUSTMENT_REASONS,
    LOSS_REASONS,
    STOCK_STATUSES,
    Box,
    Document,
    Item,
    Location,
    Lot,
    Organisation,
    User,
)
from models.fields import InexactQuantity, to_milli
from warehouse_app import ledger, permissions
from warehouse_app.errors import ValidationError
from warehouse_app.ledger import posting_date
from warehouse_app.picking import StockLine, pick_fefo, positive_quantity

# Movement.reason holds 40 characters; the whole text of a free reason goes on the document.
REASON_CHARS = 40


@dataclass(frozen=True)
class AdjustmentLine:
    """A signed correction: positive puts stock where the line says, negative takes it."""

    item: Item
    quantity: Decimal | int | str
    reason: str | None
    lot: Lot | None = None
    location: Location | None = None
    box: Box | None = None
    status: str = "usable"


@dataclass(frozen=True)
class LossLine:
    """Stock gone for good; the quantity is what was lost, as a positive number."""

    item: Item
    quantity: Decimal | int | str
    reason: str | None
    lot: Lot | None = None
    location: Location | None = None
    box: Box | None = None
    status: str = "usable"


def _check_reason(line, row: int, allowed: tuple[str, ...]) -> None:
    if line.reason not in allowed:
        what = "has no reason" if not line.reason else f"has reason {line.reason!r}"
        raise ValidationError(
            "reason",
            f"line {row} ({ledger.describe_item(line.item)}) {what}: choose one of "
            + ", ".join(allowed),
            line=row, item=ledger.describe_item(line.item),
        )
    if line.status not in STOCK_STATUSES:
        raise ValidationError("status", f"line {row}: unknown stock status {line.status!r}",
                              row=row)


def _signed_quantity(line: AdjustmentLine, row: int) -> Decimal:
    try:
        to_milli(line.quantity)
    except InexactQuantity as exc:
        raise ValidationError("quantity", f"{exc} ({ledger.describe_item(line.item)})",
                              row=row) from None
    value = Decimal(line.quantity)
    if value == 0:
        raise ValidationError("quantity", f"zero {ledger.describe_item(line.item)}", row=row)
    return value


def _weight_of(item: Item, quantity: Decimal) -> int | None:
    """Grams that come into stock with found goods, when the item's unit weight is known."""
    if not item.weight_per_unit_g:
        return None
    return int(item.weight_per_unit_g * quantity)


def _take_out(post: ledger.Posting, owner: Organisation, line, quantity: Decimal, kind: str,
              reason: str, taken: dict) -> None:
    """Remove `quantity` of the line's item, FEFO within what the line names, expired lots included."""
    for pick in pick_fefo(owner, line.item, quantity, lot=line.lot, location=line.location,
                          box=line.box, status=line.status, on=post.effective_date,
                          skip_expired=False, taken=taken):
        post.add(owner=owner, item=line.item, quantity=-pick.quantity, kind=kind, lot=pick.lot,
                 location=pick.location, box=pick.box, status=line.status, reason=reason)


def adjust(
    actor: User,
    owner: Organisation,
    lines: list[AdjustmentLine],
    *,
    note: str | None = None,
    effective_date: dt.date | None = None,
) -> Document:
    """Post an ADJ document: each line up or down, each with its reason."""
    permissions.require(actor, "adjust", owner)
    if not lines:
        raise ValidationError("lines", "an adjustment needs at least one line")
    signed = []
    for row, line in enumerate(lines, start=1):
        _check_reason(line, row, ADJUSTMENT_REASONS)
        signed.append(_signed_quantity(line, row))
    day = posting_date(effective_date)
    with ledger.posting(actor, "adjustment", owner, note=note, effective_date=day) as post:
        taken: dict = {}
        for line, quantity in zip(lines, signed, strict=True):
            if quantity > 0:
                post.add(owner=owner, item=line.item, quantity=quantity, kind="adjustment",
                         lot=line.lot, location=line.location, box=line.box,
                         status=line.status, weight_g=_weight_of(line.item, quantity),
                         reason=line.reason)
            else:
                _take_out(post, owner, line, -quantity, "adjustment", line.reason, taken)
    return post.document


def record_loss(
    actor: User,
    owner: Organisation,
    lines: list[LossLine],
    *,
    note: str | None = None,
    effective_date: dt.date | None = None,
) -> Document:
    """Post a LOSS document: damaged, expired, spoiled or stolen stock leaves the books."""
    permissions.require(actor, "record_loss", owner)
    if not lines:
        raise ValidationError("lines", "a loss report needs at least one line")
    quantities = []
    for row, line in enumerate(lines, start=1):
        _check_reason(line, row, LOSS_REASONS)
        quantities.append(positive_quantity(line.quantity, line.item, row))
    day = posting_date(effective_date)
    with ledger.posting(actor, "loss", owner, note=note, effective_date=day) as post:
        taken: dict = {}
        for line, quantity in zip(lines, quantities, strict=True):
            _take_out(post, owner, line, quantity, "loss", line.reason, taken)
    return post.document


def _change_status(actor: User, owner: Organisation, lines: list[StockLine], reason: str,
                   source: str, target: str, effective_date: dt.date | None) -> Document:
    permissions.require(actor, "quarantine", owner)
    if not reason or not reason.strip():
        raise ValidationError("reason", f"say why the stock goes to {target}")
    if not lines:
        raise ValidationError("lines", "nothing to change")
    quantities = [positive_quantity(ln.quantity, ln.item, row) for row, ln in enumerate(lines, start=1)]
    day = posting_date(effective_date)
    reason = reason.strip()
    with ledger.posting(actor, "status", owner, note=reason, effective_date=day) as post:
        taken: dict = {}
        for line, quantity in zip(lines, quantities, strict=True):
            for pick in pick_fefo(owner, line.item, quantity, lot=line.lot,
                                  location=line.location, box=line.box, status=source, on=day,
                                  skip_expired=False, taken=taken):
                out = post.add(owner=owner, item=line.item, quantity=-pick.quantity,
                               kind="status_out", lot=pick.lot, location=pick.location,
                               box=pick.box, status=source, reason=reason[:REASON_CHARS])
                post.add(owner=owner, item=line.item, quantity=pick.quantity, kind="status_in",
                         lot=pick.lot, location=pick.location, box=pick.box, status=target,
                         weight_g=-out.weight_g if out.weight_g is not None else None,
                         reason=reason[:REASON_CHARS])
    return post.document


def quarantine(actor: User, owner: Organisation, lines: list[StockLine], *, reason: str,
               effective_date: dt.date | None = None) -> Document:
    """Set usable stock aside, where it stands, until someone decides what it is worth."""
    return _change_status(actor, owner, lines, reason, "usable", "quarantine", effective_date)


def release_from_quarantine(actor: User, owner: Organisation, lines: list[StockLine], *,
                            reason: str, effective_date: dt.date | None = None) -> Document:
    """Return quarantined stock to usable stock, where it stands."""
    return _change_status(actor, owner, lines, reason, "quarantine", "usable", effective_date)
