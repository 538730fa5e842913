"""Moving goods inside the hangar: whole boxes to another shelf, or some stock between
places and boxes. Ownership never changes here (that is a transfer)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from peewee import JOIN

from models import Balance, Box, Document, Item, Location, Lot, Organisation, User
from models.db import write_transaction
from warehouse_app import ledger, permissions
from warehouse_app.errors import InsufficientStock, ValidationError
from warehouse_app.picking import positive_quantity


def move_boxes(actor: User, boxes: Sequence[Box], to: Location) -> list[Document]:
    """Carry boxes to `to`: every balance row in each box leaves its place and arrives there.

    Document.owner is one organisation, and a shelf trip may carry boxes of several NGOs,
    so one 'move' document is posted per owner of the stock carried, in box order, all in
    one transaction. A box holding nothing is only relocated (there is no stock to post).
    """
    if not boxes:
        raise ValidationError("boxes", "no box to move")
    if not to.active:
        raise ValidationError("location", f"{to.code} is no longer in use")
    seen: set[int] = set()
    for box in boxes:
        permissions.require(actor, "move", box.owner)
        if box.id in seen:
            raise ValidationError("boxes", f"{box.code} is listed twice")
        seen.add(box.id)
        if box.status == "gone":
            raise ValidationError("boxes", f"{box.code} is no longer in the hangar")
    documents: list[Document] = []
    with write_transaction():
        # Read the boxes' places again under the write lock: a scan at another desk may
        # have moved them since the caller loaded them.
        places = dict(Box.select(Box.id, Box.location).where(Box.id.in_(list(seen))).tuples())
        for box in boxes:
            if places[box.id] == to.id:
                raise ValidationError("location", f"{box.code} is already at {to.code}")
        rows = list(
            Balance.select(Balance.owner, Balance.item, Balance.lot_id, Balance.location_id,
                           Balance.box_id, Balance.status, Balance.quantity, Balance.weight_g)
            .where(Balance.box_id.in_(list(seen)) & (Balance.quantity > 0))
            .order_by(Balance.id)
            .tuples()
        )
        order = {box.id: n for n, box in enumerate(boxes)}
        rows.sort(key=lambda r: order[r[4]])
        refs = _References(rows)
        by_owner: dict[int, list[tuple]] = {}
        for row in rows:
            by_owner.setdefault(row[0], []).append(row)
        for owner_id, owner_rows in by_owner.items():
            owner = refs.owners[owner_id]
            permissions.require(actor, "move", owner)
            with ledger.posting(actor, "move", owner) as post:
                for _, item_id, lot_id, from_id, box_id, status, quantity, weight in owner_rows:
                    common = dict(owner=owner, item=refs.items[item_id], lot=refs.lots.get(lot_id),
                                  box=refs.boxes[box_id], status=status)
                    post.add(**common, quantity=-quantity, kind="move_out",
                             location=refs.locations.get(from_id), weight_g=-weight)
                    post.add(**common, quantity=quantity, kind="move_in", location=to,
                             weight_g=weight)
            documents.append(post.document)
        Box.update(location=to).where(Box.id.in_(list(seen))).execute()
    for box in boxes:
        box.location = to
    return documents


def move_stock(
    actor: User,
    owner: Organisation,
    item: Item,
    quantity: Decimal | int,
    *,
    lot: Lot | None = None,
    from_location: Location | None = None,
    from_box: Box | None = None,
    to_location: Location | None = None,
    to_box: Box | None = None,
    status: str = "usable",
) -> Document:
    """Move some of one owner's item from a place (a box, or loose at a location) to another.

    Without a lot, the oldest-dated lots at the source go first (undated last), so a
    move may split over several lots; a box left with nothing becomes 'empty'.
    """
    permissions.require(actor, "move", owner)
    quantity = positive_quantity(quantity, item)
    if from_box is not None:
        _check_box(from_box, owner)
        from_location = from_box.location
    if to_box is not None:
        _check_box(to_box, owner)
        to_location = to_box.location
    if to_location is not None and not to_location.active:
        raise ValidationError("location", f"{to_location.code} is no longer in use")
    if _place(from_location, from_box) == _place(to_location, to_box):
        where = from_box.code if from_box else from_location.code if from_location else "nowhere"
        raise ValidationError("location", f"{ledger.describe_item(item)} is already in {where}")

    with write_transaction():
        sources = _sources(owner, item, lot, from_location, from_box, status)
        available = sum((q for _, q in sources), Decimal(0))
        if available < quantity:
            where = from_box.code if from_box else from_location.code if from_location else ""
            raise InsufficientStock(ledger.describe_item(item), owner.code, available, quantity,
                                    item.unit, f"in {where}" if from_box else f"at {where}" if where else "")
        with ledger.posting(actor, "move", owner) as post:
            wanted = quantity
            for source_lot, held in sources:
                take = min(held, wanted)
                common = dict(owner=owner, item=item, lot=source_lot, status=status)
                out = post.add(**common, quantity=-take, kind="move_out",
                               location=from_location, box=from_box)
                post.add(**common, quantity=take, kind="move_in", location=to_location,
                         box=to_box, weight_g=-out.weight_g if out.weight_g else None)
                wanted -= take
                if wanted == 0:
                    break
        if to_box is not None and to_box.status == "empty":
            Box.update(status="open").where(Box.id == to_box.id).execute()
        if from_box is not None:
            mark_emptied_boxes([from_box.id])
    return post.document


def mark_emptied_boxes(box_ids: Iterable[int]) -> None:
    """Boxes that hold nothing any more become 'empty' (ready for reuse or recycling)."""
    ids = list({b for b in box_ids if b})
    if not ids:
        return
    holding = Balance.select(Balance.box_id).where(Balance.box_id.in_(ids) & (Balance.quantity > 0))
    (
        Box.update(status="empty")
        .where(Box.id.in_(ids) & Box.id.not_in(holding) & (Box.status.in_(("open", "closed"))))
        .execute()
    )


def _check_box(box: Box, owner: Organisation) -> None:
    if box.owner_id != owner.id:
        raise ValidationError("box", f"{box.code} belongs to another organisation, not {owner.code}")
    if box.status == "gone":
        raise ValidationError("box", f"{box.code} is no longer in the hangar")


def _place(location: Location | None, box: Box | None) -> tuple[int, int]:
    return (location.id if location else 0, box.id if box else 0)


def _sources(owner, item, lot, location, box, status) -> list[tuple[Lot | None, Decimal]]:
    """The lots of `item` held at the source, oldest date first, undated last."""
    query = (
        Balance.select(Balance.lot_id, Balance.quantity)
        .join(Lot, on=(Lot.id == Balance.lot_id), join_type=JOIN.LEFT_OUTER)
        .where(
            (Balance.owner == owner.id) & (Balance.item == item.id)
            & (Balance.location_id == (location.id if location else 0))
            & (Balance.box_id == (box.id if box else 0))
            & (Balance.status == status) & (Balance.quantity > 0)
        )
        .order_by(Lot.date.asc(nulls="LAST"), Balance.lot_id)
    )
    if lot is not None:
        query = query.where(Balance.lot_id == lot.id)
    rows = list(query.tuples())
    lots = {x.id: x for x in Lot.select().where(Lot.id.in_([r[0] for r in rows if r[0]]))} if rows else {}
    return [(lots.get(lot_id), quantity) for lot_id, quantity in rows]


class _References:
    """The rows behind the ids of a set of balance rows, fetched in one query per table."""

    def __init__(self, rows: list[tuple]):
        def fetch(model, ids):
            ids = {i for i in ids if i}
            return {x.id: x for x in model.select().where(model.id.in_(list(ids)))} if ids else {}

        self.owners = fetch(Organisation, (r[0] for r in rows))
        self.items = fetch(Item, (r[1] for r in rows))
        self.lots = fetch(Lot, (r[2] for r in rows))
        self.locations = fetch(Location, (r[3] for r in rows))
        self.boxes = fetch(Box, (r[4] for r in rows))
