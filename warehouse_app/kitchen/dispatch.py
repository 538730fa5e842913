"""Portions leaving the kitchen: dispatched to a distribution site or partner (a
distribution), handed to another NGO of the hangar (a transfer), or discarded (a loss
with its reason). Always from the batch's own lot, so the recall trail stays whole, and
never while the batch is on hold or after its use-by (to the minute for hot-held food).
"""

from __future__ import annotations

import datetime as dt

from models import Destination, Document, MealBatch, Organisation, User
from warehouse_app import clock, permissions
from warehouse_app.errors import ExpiredFood, ValidationError
from warehouse_app.goods_out import distribution, transfers
from warehouse_app.kitchen.haccp import require_released
from warehouse_app.ledger import describe_item
from warehouse_app.stock import adjustments


def dispatch_portions(
    actor: User,
    batch: MealBatch,
    portions: int,
    to: Destination | Organisation,
    *,
    received_by: str | None = None,
    when: dt.datetime | None = None,
    note: str | None = None,
) -> Document:
    """Send `portions` of the batch to a site or partner (DIS) or to another NGO (TRF)."""
    permissions.require(actor, "distribute" if isinstance(to, Destination) else "transfer",
                        batch.kitchen)
    _check_portions(portions)
    require_released(batch, "dispatched")
    at = clock.moment(when or clock.now()).replace(microsecond=0)
    if at > batch.use_by:
        raise ExpiredFood(describe_item(batch.recipe.dish), batch.lot.code, clock.day_of(batch.use_by))
    lot, dish = batch.lot, batch.recipe.dish
    said = " ".join(x for x in (f"{batch.lot.code} at {clock.local(at):%H:%M}", note) if x)
    if isinstance(to, Destination):
        return distribution.distribute(
            actor, batch.kitchen, to, [distribution.IssueLine(dish, portions, lot=lot)],
            received_by=received_by, reference=batch.lot.code, note=said, effective_date=clock.day_of(at),
        )
    received = f"received by {received_by}" if received_by else None
    return transfers.transfer(
        actor, batch.kitchen, to, [transfers.StockLine(dish, portions, lot=lot)],
        note=" ".join(x for x in (said, received) if x), effective_date=clock.day_of(at),
    )


def discard_portions(
    actor: User, batch: MealBatch, portions: int, reason: str, *, note: str | None = None,
    when: dt.datetime | None = None,
) -> Document:
    """Throw portions away (a LOSS: spoiled, expired, damaged, other); allowed on hold,
    since discarding is often the corrective action itself."""
    permissions.require(actor, "record_loss", batch.kitchen)
    _check_portions(portions)
    if batch.document.status == "reversed":
        raise ValidationError("batch", f"{batch.lot.code} was undone")
    day = clock.day_of(clock.moment(when or clock.now()))
    line = adjustments.LossLine(batch.recipe.dish, portions, reason, lot=batch.lot)
    return adjustments.record_loss(actor, batch.kitchen, [line],
                                   note=note or f"{batch.lot.code} discarded", effective_date=day)


def _check_portions(portions) -> None:
    if isinstance(portions, bool) or not isinstance(portions, int) or portions <= 0:
        raise ValidationError("portions", f"a whole number of portions, not {portions!r}")
