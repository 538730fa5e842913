"""Distributions: goods leaving the hangar for a site or partner, picked first-expired-first-out,
and the release note (waybill) that goes with them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from models import (
    Box,
    Destination,
    Document,
    Item,
    Location,
    Lot,
    Movement,
    Organisation,
    User,
)
from models.db import write_transaction
from warehouse_app import clock, ledger, permissions
from warehouse_app.errors import InvalidLines, ValidationError
from warehouse_app.goods_out.moves import mark_emptied_boxes
from warehouse_app.picking import Pick, as_date, pick_fefo, positive_quantity


@dataclass(frozen=True)
class IssueLine:
    """What to give out. Without lot, location or box the stock is picked FEFO; naming any of
    them restricts the pick to it (naming a lot past its use-by is refused by the ledger)."""

    item: Item
    quantity: Decimal | int
    lot: Lot | None = None
    location: Location | None = None
    box: Box | None = None


@dataclass(frozen=True)
class ReleaseLine:
    item_code: str
    item_name: str
    unit: str
    lot_code: str | None
    date: dt.date | None
    date_kind: str | None
    quantity: Decimal
    weight_g: int | None
    box_code: str | None


@dataclass(frozen=True)
class ReleaseNote:
    """What the waybill prints: FIELD.md's release note."""

    number: str
    date: dt.date
    owner_code: str
    owner_name: str
    destination: str | None
    lines: list[ReleaseLine]
    released_by: str
    received_by: str | None
    reference: str | None
    note: str | None


def suggest_picks(
    owner: Organisation, item: Item, quantity: Decimal | int, *, on: dt.date | None = None,
    lot: Lot | None = None, location: Location | None = None, box: Box | None = None,
) -> list[Pick]:
    """First-expired-first-out picks of `owner`'s usable stock of `item`.

    Dated lots go first by date (a best-before already past sorts first: it may still be
    given out), undated stock last; lots past their use-by on `on` are skipped, unless the
    caller names the lot (then the ledger refuses it with ExpiredFood). Quarantined stock is
    never picked. Raises InsufficientStock naming what usable stock there is.

    A read with no permission check: services call it after their own, and the UI only for
    an owner it got through a permission-checked query.
    """
    return pick_fefo(owner, item, positive_quantity(quantity, item), on=on or clock.today(),
                     lot=lot, location=location, box=box)


def distribute(
    actor: User,
    owner: Organisation,
    destination: Destination,
    lines: Sequence[IssueLine],
    *,
    received_by: str | None = None,
    reference: str | None = None,
    note: str | None = None,
    effective_date: dt.date | None = None,
) -> Document:
    """Post a distribution of `owner`'s stock to `destination` (movements 'issue').

    Lines are picked in order inside the transaction, so two lines of one item never pick
    the same units; boxes left with nothing become 'empty'."""
    permissions.require(actor, "distribute", owner)
    if not lines:
        raise ValidationError("lines", "a distribution needs at least one line")
    if not destination.active:
        raise ValidationError("destination", f"{destination.name} is no longer in use")
    problems = []
    for number, line in enumerate(lines, start=1):
        try:
            positive_quantity(line.quantity, line.item)
        except ValidationError as exc:
            problems.append((number, exc.field, exc.problem))
        if line.box is not None and line.box.owner_id != owner.id:
            problems.append((number, "box", f"{line.box.code} belongs to another organisation"))
    if problems:
        raise InvalidLines(problems)
    day = effective_date or clock.today()
    touched: list[int] = []
    with write_transaction():
        with ledger.posting(actor, "distribution", owner, effective_date=day,
                            destination=destination, received_by=received_by,
                            reference=reference, note=note) as post:
            for line in lines:
                picks = suggest_picks(owner, line.item, line.quantity, on=day, lot=line.lot,
                                      location=line.location, box=line.box)
                for pick in picks:
                    post.add(owner=owner, item=line.item, quantity=-pick.quantity, kind="issue",
                             lot=pick.lot, location=pick.location, box=pick.box)
                    if pick.box is not None:
                        touched.append(pick.box.id)
        mark_emptied_boxes(touched)
    return post.document


def release_note(document: Document) -> ReleaseNote:
    """The data of a distribution's waybill, lines in the order they were picked."""
    if document.kind != "distribution":
        raise ValidationError("document", f"{document.code} is a {document.kind}, not a distribution")
    rows = (
        Movement.select(Item.code, Item.name, Item.unit, Lot.code, Lot.date, Lot.date_kind,
                        Movement.quantity, Movement.weight_g, Box.code)
        .join(Item, on=(Item.id == Movement.item))
        .switch(Movement).join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Movement.lot))
        .switch(Movement).join(Box, JOIN.LEFT_OUTER, on=(Box.id == Movement.box))
        .where((Movement.document == document.id) & (Movement.kind == "issue"))
        .order_by(Movement.line)
        .tuples()
    )
    lines = [
        ReleaseLine(code, name, unit, lot_code, as_date(date), kind, -quantity,
                    -weight if weight is not None else None, box_code)
        for code, name, unit, lot_code, date, kind, quantity, weight, box_code in rows
    ]
    return ReleaseNote(
        number=document.code, date=document.effective_date, owner_code=document.owner.code,
        owner_name=document.owner.name,
        destination=document.destination.name if document.destination_id else None,
        lines=lines, released_by=document.created_by.name, received_by=document.received_by,
        reference=document.reference, note=document.note,
    )

