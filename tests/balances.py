"""What an owner holds of an item, read straight from the balances (every shelf, box and
state summed): the figure the tests compare with what a screen or the core said."""

from __future__ import annotations

from decimal import Decimal


def held(owner, item, lot=None) -> Decimal:
    """`owner`'s quantity of `item`, of `lot` only when given."""
    from models import Balance

    query = Balance.select().where((Balance.owner == owner.id) & (Balance.item == item.id))
    if lot is not None:
        query = query.where(Balance.lot_id == lot.id)
    return sum((b.quantity for b in query), Decimal(0))
