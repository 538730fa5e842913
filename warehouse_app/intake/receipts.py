"""Donation intake: the Goods Received Note (GRN), with its lots, conditions and new boxes.

Every line is checked before anything is written, and every bad line is reported at once
(`InvalidLines`); then the whole receipt posts as one ledger document, boxes included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from peewee import fn

from models import (
    Box,
    Document,
    DocumentSequence,
    Donor,
    Item,
    Location,
    Lot,
    Movement,
    Organisation,
    User,
)
from models.fields import InexactQuantity, to_milli
from warehouse_app import clock, ledger, permissions
from warehouse_app.errors import InvalidLines, ValidationError

CONDITIONS = ("good", "quarantine", "rejected")
DATE_KINDS = ("use_by", "best_before")
PRIORITIES = (1, 2, 3)
BOX_PREFIX = "BOX-"


@dataclass(frozen=True)
class ReceiptLine:
    """One line of a GRN as the intake desk records it."""

    item: Item
    quantity: Decimal | int
    weight_g: int | None = None
    lot_code: str | None = None
    date: dt.date | None = None
    date_kind: str | None = None  # "use_by" | "best_before"
    condition: str = "good"  # "good" | "quarantine" | "rejected"
    box_no: int | None = None  # lines with the same number go into the same new box
    existing_box: Box | None = None
    location: Location | None = None
    scanned_code: str | None = None
    note: str | None = None


@dataclass
class Receipt:
    document: Document
    boxes: list[Box]  # the new boxes, in box_no order
    movements: list[Movement]


@dataclass(frozen=True)
class _Checked:
    """A line that passed the checks, with what was worked out for it."""

    number: int
    line: ReceiptLine
    quantity: Decimal
    weight_g: int | None
    lot: Lot | None  # an existing lot, or None when `lot_code` is to be created
    lot_code: str | None
    date: dt.date | None
    date_kind: str | None
    location: Location | None


def internal_lot_code(date: dt.date, date_kind: str) -> str:
    """A lot code for dated goods that carry none: "UB20270115" (use by), "BB20270115"."""
    return ("UB" if date_kind == "use_by" else "BB") + date.strftime("%Y%m%d")


def receive_donation(
    actor: User,
    owner: Organisation,
    lines: Sequence[ReceiptLine],
    *,
    donor: Donor | None = None,
    reference: str | None = None,
    priority: int = 2,
    restriction: str | None = None,
    discrepancies: str | None = None,
    note: str | None = None,
    received_by: str | None = None,
    location: Location | None = None,
    effective_date: dt.date | None = None,
) -> Receipt:
    """Post a GRN for `owner`: good lines into usable stock, quarantine lines into quarantine,
    rejected lines only into the document's discrepancies. Raises InvalidLines naming every
    bad line, and nothing is written unless every line is right."""
    permissions.require(actor, "receive", owner)
    if not owner.active:
        raise ValidationError("owner", f"{owner.code} is no longer active")
    if isinstance(priority, bool) or priority not in PRIORITIES:
        raise ValidationError("priority", f"priority is 1, 2 or 3, not {priority!r}")
    if not lines:
        raise ValidationError("lines", "a receipt needs at least one line")
    day = effective_date or clock.today()

    checked, problems = _check_lines(owner, lines, location)
    if problems:
        raise InvalidLines(problems)
    stocked = [c for c in checked if c.line.condition != "rejected"]
    if not stocked:
        raise ValidationError("lines", "every line is rejected: nothing to receive")
    rejected = [_rejected_text(c) for c in checked if c.line.condition == "rejected"]
    text = "\n".join(x for x in (discrepancies, *rejected) if x) or None
    # Line notes may be longer than a movement's reason: the document keeps them whole.
    line_notes = [f"line {c.number}: {c.line.note}" for c in stocked if c.line.note]
    note = "\n".join(x for x in (note, *line_notes) if x) or None

    with ledger.posting(
        actor, "receipt", owner, effective_date=day, donor=donor, reference=reference,
        priority=priority, restriction=restriction, discrepancies=text, note=note,
        received_by=received_by if received_by is not None else actor.name,
    ) as post:
        boxes = _open_new_boxes(owner, stocked, post.document)
        movements = []
        for c in stocked:
            box = boxes.get(c.line.box_no) if c.line.box_no is not None else c.line.existing_box
            movements.append(post.add(
                owner=owner, item=c.line.item, quantity=c.quantity, kind="receipt",
                lot=c.lot or _find_or_create_lot(c), location=c.location, box=box,
                status="quarantine" if c.line.condition == "quarantine" else "usable",
                # The line's note says why (e.g. why it is in quarantine); the ledger's
                # reason column holds 40 characters, the document's note all of it.
                weight_g=c.weight_g, reason=c.line.note[:40] if c.line.note else None,
            ))
        reopened = [c.line.existing_box.id for c in stocked if c.line.existing_box is not None]
        if reopened:
            Box.update(status="open").where(Box.id.in_(reopened) & (Box.status == "empty")).execute()
    return Receipt(post.document, [boxes[n] for n in sorted(boxes)], movements)


def receive_scan(
    actor: User,
    owner: Organisation,
    item: Item,
    quantity: Decimal | int = 1,
    *,
    location: Location | None = None,
    lot_code: str | None = None,
    date: dt.date | None = None,
    date_kind: str | None = None,
) -> Receipt:
    """One scan at the intake desk, posted at once as a one-line receipt."""
    line = ReceiptLine(item=item, quantity=quantity, lot_code=lot_code, date=date,
                       date_kind=date_kind, location=location)
    return receive_donation(actor, owner, [line])


def new_box(owner: Organisation, location: Location | None, document: Document | None = None) -> Box:
    """A new, open box with the next BOX-nnnnnn code; call inside a write transaction."""
    return Box.create(code=_box_codes(1)[0], owner=owner, location=location,
                      document=document, status="open")


def _check_lines(
    owner: Organisation, lines: Sequence[ReceiptLine], default_location: Location | None
) -> tuple[list[_Checked], list[tuple[int, str, str]]]:
    checked: list[_Checked] = []
    problems: list[tuple[int, str, str]] = []
    box_places: dict[int, Location | None] = {}
    for number, line in enumerate(lines, start=1):
        found: list[tuple[str, str]] = []
        item = line.item
        what = ledger.describe_item(item)
        quantity = _exact_positive(line.quantity, what, found)
        if not item.active:
            found.append(("item", f"{what} is no longer in the catalogue"))
        if line.condition not in CONDITIONS:
            found.append(("condition", f"condition is good, quarantine or rejected, not {line.condition!r}"))
        weight = _weight(line, quantity, found)
        place = line.location or default_location
        if line.existing_box is not None and line.box_no is not None:
            found.append(("box", "a line goes into a new box or an existing one, not both"))
        elif line.existing_box is not None:
            box = line.existing_box
            if box.owner_id != owner.id:
                found.append(("box", f"{box.code} belongs to another organisation"))
            elif box.status == "gone":
                found.append(("box", f"{box.code} is no longer in the hangar"))
            if line.location is not None and line.location.id != box.location_id:
                found.append(("location", f"{box.code} is not at {line.location.code}"))
            place = box.location
        elif line.box_no is not None and line.condition != "rejected":
            first = box_places.setdefault(line.box_no, place)
            if (first.id if first else None) != (place.id if place else None):
                found.append(("location", f"box {line.box_no} cannot be in two places"))
        if place is not None and not place.active:
            found.append(("location", f"{place.code} is no longer in use"))
        lot, lot_code, date, date_kind = _lot_for(line, what, found)
        for field, problem in found:
            problems.append((number, field, problem))
        if not found:
            checked.append(_Checked(number, line, quantity, weight, lot, lot_code, date,
                                    date_kind, place))
    return checked, problems


def _exact_positive(value, what: str, found: list[tuple[str, str]]) -> Decimal:
    try:
        to_milli(value)
    except InexactQuantity as exc:
        found.append(("quantity", f"{what}: {exc}"))
        return Decimal(0)
    quantity = Decimal(value)
    if quantity <= 0:
        found.append(("quantity", f"{what}: the quantity must be more than 0, not {quantity}"))
    return quantity


def _weight(line: ReceiptLine, quantity: Decimal, found: list[tuple[str, str]]) -> int | None:
    if line.weight_g is not None:
        if isinstance(line.weight_g, bool) or not isinstance(line.weight_g, int) or line.weight_g < 0:
            found.append(("weight", f"weight is whole grams, not {line.weight_g!r}"))
            return None
        return line.weight_g
    if line.item.weight_per_unit_g is None or quantity <= 0:
        return None
    grams = quantity * line.item.weight_per_unit_g
    return int(grams.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _lot_for(
    line: ReceiptLine, what: str, found: list[tuple[str, str]]
) -> tuple[Lot | None, str | None, dt.date | None, str | None]:
    """The lot a line goes into: an existing one, or the code, date and kind of a new one."""
    date, kind = line.date, line.date_kind
    if kind is not None and kind not in DATE_KINDS:
        found.append(("date_kind", f"the date is use_by or best_before, not {kind!r}"))
        return None, None, None, None
    if date is not None and kind is None:
        found.append(("date_kind", f"{what}: say whether {date.isoformat()} is use-by or best-before"))
        return None, None, None, None
    if kind is not None and date is None:
        found.append(("date", f"{what}: a {kind.replace('_', '-')} without a date"))
        return None, None, None, None
    code = line.lot_code.strip() if line.lot_code else None
    if code is not None and not 0 < len(code) <= 40:
        found.append(("lot", f"a lot code has 1 to 40 characters, not {line.lot_code!r}"))
        return None, None, None, None
    if code is None and date is not None:
        code = internal_lot_code(date, kind)
    lot = Lot.get_or_none((Lot.item == line.item.id) & (Lot.code == code)) if code else None
    if lot is not None:
        if date is not None and (lot.date != date or lot.date_kind != kind):
            dated = f"{lot.date_kind} {lot.date}" if lot.date else "undated"
            found.append(("lot", f"lot {code} of {what} is {dated}, not {kind} {date}"))
        date, kind = lot.date, lot.date_kind
    if line.item.perishable and date is None and line.condition != "rejected":
        found.append(("date", f"{what} needs a use-by or best-before date"))
    return lot, code, date, kind


def _find_or_create_lot(c: _Checked) -> Lot | None:
    if c.lot_code is None:
        return None
    # Another desk may have created the same lot since the check: take theirs.
    Lot.insert(item=c.line.item.id, code=c.lot_code, date=c.date,
               date_kind=c.date_kind).on_conflict_ignore().execute()
    return Lot.get((Lot.item == c.line.item.id) & (Lot.code == c.lot_code))


def _open_new_boxes(owner: Organisation, lines: list[_Checked], document: Document) -> dict[int, Box]:
    places: dict[int, Location | None] = {}
    for c in lines:
        if c.line.box_no is not None:
            places.setdefault(c.line.box_no, c.location)
    numbers = sorted(places)
    codes = _box_codes(len(numbers)) if numbers else []
    return {
        n: Box.create(code=code, owner=owner, location=places[n], document=document, status="open")
        for n, code in zip(numbers, codes, strict=True)
    }


def _box_codes(count: int) -> list[str]:
    """Reserve `count` box codes from the hangar-wide box sequence.

    The sequence row is locked until commit (as for document numbers), so two desks never
    hand out one code twice. On first use it starts above any BOX- code already made
    (by an import or the demo), so a code never collides with an existing box."""
    key = (DocumentSequence.kind == "box") & (DocumentSequence.period == "all")
    if not DocumentSequence.select().where(key).exists():
        highest = (
            Box.select(Box.code).where(Box.code.startswith(BOX_PREFIX))
            .order_by(fn.LENGTH(Box.code).desc(), Box.code.desc()).limit(1).scalar()
        )
        start = int(highest[len(BOX_PREFIX):]) if highest and highest[len(BOX_PREFIX):].isdigit() else 0
        DocumentSequence.insert(kind="box", period="all", last_number=start).on_conflict_ignore().execute()
    DocumentSequence.update(last_number=DocumentSequence.last_number + count).where(key).execute()
    last = DocumentSequence.select(DocumentSequence.last_number).where(key).scalar()
    return [f"{BOX_PREFIX}{n:06d}" for n in range(last - count + 1, last + 1)]


def _rejected_text(c: _Checked) -> str:
    unit = c.line.item.unit
    why = f" ({c.line.note})" if c.line.note else ""
    return f"line {c.number}: rejected {c.quantity} {unit} of {ledger.describe_item(c.line.item)}{why}"
