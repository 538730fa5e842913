"""What goes on a box, shelf or item label, read from the database: the one place both
the CLI (`warehouse-app label render`) and the window's print dialog get label fields.

Returns `labels` data values (no rendering here); a box label says what the box holds
now, from the balances, so a reprint is as true as the first print.
"""

from __future__ import annotations

from decimal import Decimal

import labels
from models import Balance, Box, Item, Location, Lot
from warehouse_app import scan


def label_from_database(template: str, code: str) -> labels.Label | None:
    """The label's fields as the database has them, or None for an unknown code (and for
    meal, kit and pallet labels, whose records the schema does not hold yet)."""
    if template == "location":
        place = Location.get_or_none(Location.code == code)
        return location_label(place) if place is not None else None
    if template == "item":
        item = Item.get_or_none(Item.code == code)
        return item_label(item) if item is not None else None
    if template == "box":
        box = Box.get_or_none(Box.code == code)
        return box_label(box) if box is not None else None
    return None


def location_label(place: Location) -> labels.LocationLabel:
    zone = place.parent.name if place.parent_id else ""
    return labels.LocationLabel(place.code, name=place.name, zone=zone)


def item_label(item: Item) -> labels.ItemLabel:
    return labels.ItemLabel(item.code, name=item.name, item_size=item.size or "",
                            gender=item.gender or "", unit=item.unit,
                            category=item.category.name)


def box_label(box: Box) -> labels.BoxLabel:
    rows = list(
        Balance.select(Item.name, Item.size, Item.gender, Item.unit, Balance.quantity,
                       Balance.weight_g, Balance.lot_id)
        .join(Item).where(Balance.box_id == box.id, Balance.quantity > 0)
        .order_by(Item.name).tuples()
    )
    names = list(dict.fromkeys(r[0] for r in rows))
    lot_ids = {r[6] for r in rows} - {0}
    lot = Lot.get_by_id(lot_ids.pop()) if len(lot_ids) == 1 else None
    single = len({r[:4] for r in rows}) == 1
    document = box.document
    return labels.BoxLabel(
        box.code, owner=box.owner.name, owner_colour=box.owner.colour,
        content=rows[0][0] if single else ("Mixed: " + ", ".join(names) if names else ""),
        item_size=(rows[0][1] or "") if single else "",
        gender=(rows[0][2] or "") if single else "",
        count=sum((r[4] for r in rows), Decimal(0)) if single else None,
        unit=rows[0][3] if single else "",
        weight_g=sum(r[5] for r in rows) or None,
        lot=lot.code if lot else "", date=lot.date if lot else None,
        date_kind=(lot.date_kind or "") if lot else "",
        location=box.location.code if box.location_id else "",
        donation=document.code if document else "",
        donation_date=document.effective_date if document else None,
    )


def receipt_box_labels(document_id: int) -> list[labels.BoxLabel]:
    """The labels of the new boxes a receipt opened, in code order (boxes it added to
    were labelled before)."""
    boxes = Box.select().where(Box.document == document_id).order_by(Box.code)
    return [box_label(box) for box in boxes]


def labels_for_code(code: str) -> list[labels.Label]:
    """Reprint: the label of a scanned box, shelf or item, or the box labels of a
    document. Empty when the code names nothing that has a label."""
    found = scan.resolve(code)
    if found.kind == "box":
        return [box_label(found.object)]
    if found.kind == "location":
        return [location_label(found.object)]
    if found.kind == "item":
        return [item_label(found.object)]
    if found.kind == "lot":
        return [item_label(found.object.item)]
    if found.kind == "document":
        return list(receipt_box_labels(found.object.id))
    return []
