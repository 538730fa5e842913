"""What the goods-out screens ask the database, on an operation's worker thread: moving
boxes by scans (and undoing the last trip), giving out with first-expired-first-out
suggestions checked line by line before anything is posted, and transfers, loans and
repayments with the outstanding loans. Plain values come back; the rules stay in
moves.py, distribution.py and transfers.py, which every write here goes through.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from peewee import fn

from models import Balance, Box, Destination, Document, Item, Location, Lot, Organisation, User
from models.db import write_transaction
from models.fields import from_milli
from warehouse_app import catalogue, clock, permissions, scan, undo
from warehouse_app.errors import ExpiredFood, HangarError, NotFound, ValidationError
from warehouse_app.goods_out import distribution, moves, transfers
from warehouse_app.ledger import describe_item
from warehouse_app.picking import pick_fefo, positive_quantity, records_by_id

Choice = tuple[int, str, str]  # (id, code, name) of an organisation

# -- moving boxes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoxRow:
    """A box on the trolley: what it holds (item, quantity, unit) and where it stands now."""

    id: int
    code: str
    owner_code: str
    location_code: str | None
    contents: tuple[tuple[str, Decimal, str], ...]


@dataclass(frozen=True)
class MoveScan:
    kind: str  # box, location, unknown (nothing with that code), other (not a box or shelf)
    code: str
    box: BoxRow | None = None
    location: tuple[int, str] | None = None


@dataclass(frozen=True)
class BoxesMoved:
    """One trip: the documents posted and where each box stood before, for Undo."""

    location_id: int
    location_code: str
    box_codes: tuple[str, ...]
    document_ids: tuple[int, ...]
    came_from: tuple[tuple[int, int | None], ...]  # (box id, former location id)


def _box_row(box: Box) -> BoxRow:
    rows = (
        Balance.select(Item.name, Item.size, fn.SUM(Balance.quantity).coerce(False), Item.unit)
        .join(Item, on=(Item.id == Balance.item))
        .where((Balance.box_id == box.id) & (Balance.quantity > 0))
        .group_by(Item.id, Item.name, Item.size, Item.unit)
        .order_by(Item.name, Item.size)
        .tuples()
    )
    contents = tuple((f"{name} {size}" if size else name, from_milli(qty), unit)
                     for name, size, qty, unit in rows)
    location = box.location.code if box.location_id else None
    return BoxRow(box.id, box.code, box.owner.code, location, contents)


def move_scan(actor: User, code: str) -> MoveScan:
    """A scan at the move desk: a box to carry (refused if the core would not move it)
    or the shelf they go to."""
    found = scan.resolve(code)
    if found.kind == "box":
        box = found.object
        permissions.require(actor, "move", box.owner)
        if box.status == "gone":
            raise ValidationError("boxes", f"{box.code} is no longer in the hangar")
        return MoveScan("box", box.code, box=_box_row(box))
    if found.kind == "location":
        place = found.object
        if not place.active:
            raise ValidationError("location", f"{place.code} is no longer in use")
        return MoveScan("location", place.code, location=(place.id, place.code))
    return MoveScan("unknown" if found.kind in ("unknown", "invalid") else "other", found.code)


def carry_boxes(actor: User, box_ids: list[int], location_id: int) -> BoxesMoved:
    """Move the boxes to the shelf in one operation (moves.move_boxes)."""
    boxes = [Box.get_by_id(i) for i in box_ids]
    came_from = tuple((b.id, b.location_id) for b in boxes)
    to = Location.get_by_id(location_id)
    documents = moves.move_boxes(actor, boxes, to)
    return BoxesMoved(to.id, to.code, tuple(b.code for b in boxes), tuple(d.id for d in documents),
                      came_from)


def undo_trip(actor: User, trip: BoxesMoved) -> None:
    """Undo a trip: its documents reversed (undo.undo, with its rules) and each box set
    back on its former shelf, in one transaction. A box moved again since is refused by
    the reversal; an empty box (no document) is only put back if it is still there."""
    with write_transaction():
        for box in Box.select().where(Box.id.in_([box_id for box_id, _ in trip.came_from])):
            permissions.require(actor, "move", box.owner)  # empty boxes have no document
        for document_id in reversed(trip.document_ids):
            undo.undo(actor, Document.get_by_id(document_id), reason="move undone")
        for box_id, former in trip.came_from:
            (Box.update(location=former)
             .where((Box.id == box_id) & (Box.location == trip.location_id)).execute())


# -- lines of stock (giving out, transfers, loans) ----------------------------------------------


@dataclass(frozen=True)
class StockLine:
    """A line being prepared: an item, maybe held to a lot and a place, and a quantity."""

    item_id: int
    quantity: Decimal
    lot_id: int | None = None
    box_id: int | None = None
    location_id: int | None = None
    item_label: str = ""
    lot_code: str | None = None
    place_code: str | None = None  # the box's or the shelf's code


@dataclass(frozen=True)
class PickRow:
    lot_id: int | None
    lot_code: str | None
    date: dt.date | None
    date_kind: str | None
    location_id: int | None
    box_id: int | None
    place: str
    quantity: Decimal


@dataclass(frozen=True)
class LineCheck:
    """What a line would take, first-expired-first-out, or why it cannot be given."""

    picks: tuple[PickRow, ...] = ()
    problem: HangarError | None = None


@dataclass(frozen=True)
class ItemChoice:
    id: int
    code: str
    label: str
    unit: str


def find_items(actor: User, text: str) -> list[ItemChoice]:
    """Active items matching every word typed, for the search of a line."""
    permissions.require(actor, "view_stock", None)
    return [ItemChoice(i.id, i.code, describe_item(i), i.unit)
            for i in catalogue.find_items(text, limit=30)]


def item_line(actor: User, item_id: int, quantity: Decimal) -> StockLine:
    item = Item.get_by_id(item_id)
    return StockLine(item.id, positive_quantity(quantity, item), item_label=describe_item(item))


def lines_from_scan(actor: User, action: str, owner_id: int, code: str) -> list[StockLine]:
    """The lines one scan adds: an item (its pack quantity), a lot (one unit of that lot)
    or a box (everything of the owner in it, held to the box). `action` is what the lines
    are for ("distribute", "transfer", "lend"): a box's contents are shown only to someone
    who may do that with the owner's stock."""
    owner = Organisation.get_by_id(owner_id)
    permissions.require(actor, action, owner)
    found = scan.resolve(code)
    if found.kind == "box":
        box = found.object
        if box.owner_id != owner.id:
            raise ValidationError("box", f"{box.code} belongs to another organisation, "
                                  f"not {owner.code}")
        rows = (Balance.select(Balance.item, Balance.lot_id, fn.SUM(Balance.quantity).coerce(False))
                .where((Balance.box_id == box.id) & (Balance.owner == owner.id)
                       & (Balance.status == "usable") & (Balance.quantity > 0))
                .group_by(Balance.item, Balance.lot_id).order_by(Balance.item, Balance.lot_id)
                .tuples())
        rows = list(rows)
        if not rows:
            raise ValidationError("box", f"{box.code} holds nothing of {owner.code} to give")
        items = records_by_id(Item, (r[0] for r in rows))
        lots = records_by_id(Lot, (r[1] for r in rows))
        return [StockLine(item_id, from_milli(qty), lot_id or None, box.id,
                          item_label=describe_item(items[item_id]),
                          lot_code=lots[lot_id].code if lot_id else None, place_code=box.code)
                for item_id, lot_id, qty in rows]
    if found.kind == "lot":
        lot = found.object
        return [StockLine(lot.item_id, Decimal(1), lot.id, item_label=describe_item(lot.item),
                          lot_code=lot.code)]
    if found.kind == "item":
        return [StockLine(found.item.id, found.pack_quantity,
                          item_label=describe_item(found.item))]
    raise NotFound("item", found.code)


def check_lines(actor: User, action: str, owner_id: int, lines: list[StockLine],
                on: dt.date | None = None) -> list[LineCheck]:
    """Each line's first-expired-first-out picks from the owner's usable stock, as the
    service would take them (earlier lines claim their units first), or its refusal:
    not enough stock, a named lot past its use-by, a box of another organisation."""
    owner = Organisation.get_by_id(owner_id)
    permissions.require(actor, action, owner)
    on = on or clock.today()
    taken: dict[int, Decimal] = {}
    items = records_by_id(Item, (x.item_id for x in lines))
    lots = records_by_id(Lot, (x.lot_id for x in lines))
    boxes = records_by_id(Box, (x.box_id for x in lines))
    places = records_by_id(Location, (x.location_id for x in lines))
    checks = []
    for line in lines:
        item, lot, box = items[line.item_id], lots.get(line.lot_id), boxes.get(line.box_id)
        place = places.get(line.location_id)
        try:
            if box is not None and box.owner_id != owner.id:
                raise ValidationError("box", f"{box.code} belongs to another organisation")
            picks = pick_fefo(owner, item, positive_quantity(line.quantity, item), on=on,
                              lot=lot, location=place, box=box, taken=taken)
            for pick in picks:
                if pick.date_kind == "use_by" and pick.date is not None and pick.date < on:
                    raise ExpiredFood(describe_item(item), pick.lot.code, pick.date)
        except HangarError as exc:
            checks.append(LineCheck(problem=exc))
            continue
        checks.append(LineCheck(tuple(
            PickRow(p.lot.id if p.lot else None, p.lot.code if p.lot else None, p.date,
                    p.date_kind, p.location.id if p.location else None,
                    p.box.id if p.box else None,
                    " / ".join(x.code for x in (p.location, p.box) if x is not None),
                    p.quantity) for p in picks)))
    return checks


def merge_lines(lines: list[StockLine], new: list[StockLine]) -> list[StockLine]:
    """A second scan of the same thing adds to its line rather than making another."""
    result = list(lines)
    for line in new:
        key = (line.item_id, line.lot_id, line.box_id, line.location_id)
        for n, old in enumerate(result):
            if (old.item_id, old.lot_id, old.box_id, old.location_id) == key:
                result[n] = replace(old, quantity=old.quantity + line.quantity)
                break
        else:
            result.append(line)
    return result


def accept_picks(lines: list[StockLine], checks: list[LineCheck]) -> list[StockLine]:
    """The lines held to the lots and places suggested for them, so what is posted is
    what the person saw (stock taken meanwhile is then refused, not replaced). A line
    without suggestions (it has a problem) stays as it is."""
    accepted = []
    for line, check in zip(lines, checks, strict=True):
        if check.problem is not None or not check.picks:
            accepted.append(line)
            continue
        accepted.extend(
            StockLine(line.item_id, p.quantity, p.lot_id, p.box_id, p.location_id,
                      line.item_label, p.lot_code, p.place or None)
            for p in check.picks)
    return accepted


def _issue_lines(lines: list[StockLine]) -> list[tuple]:
    """(item, quantity, lot, location, box) of each line."""
    items = records_by_id(Item, (x.item_id for x in lines))
    lots = records_by_id(Lot, (x.lot_id for x in lines))
    places = records_by_id(Location, (x.location_id for x in lines))
    boxes = records_by_id(Box, (x.box_id for x in lines))
    return [(items[x.item_id], x.quantity, lots.get(x.lot_id), places.get(x.location_id),
             boxes.get(x.box_id)) for x in lines]


# -- giving out --------------------------------------------------------------------------------


@dataclass(frozen=True)
class GiveOutChoices:
    owners: list[Choice]  # the organisations the person may give out for
    destinations: list[tuple[int, str, str]]  # (id, name, kind)
    may_add_destination: bool


def give_out_choices(actor: User) -> GiveOutChoices:
    places = [(d.id, d.name, d.kind) for d in
              Destination.select().where(Destination.active).order_by(Destination.name)]
    return GiveOutChoices(permissions.organisations_for(actor, "distribute"), places,
                          permissions.reach(actor, "manage_catalogue") is not None)


def add_destination(actor: User, name: str, kind: str = "site") -> tuple[int, str, str]:
    place = catalogue.add_destination(actor, name, kind)
    return place.id, place.name, place.kind


def give_out(actor: User, owner_id: int, destination_id: int, lines: list[StockLine], *,
             received_by: str | None = None, reference: str | None = None,
             note: str | None = None) -> distribution.ReleaseNote:
    """Post one distribution (distribution.distribute) and return its release note."""
    issue = [distribution.IssueLine(item, quantity, lot=lot, location=place, box=box)
             for item, quantity, lot, place, box in _issue_lines(lines)]
    document = distribution.distribute(
        actor, Organisation.get_by_id(owner_id), Destination.get_by_id(destination_id), issue,
        received_by=received_by or None, reference=reference or None, note=note or None)
    return distribution.release_note(document)


# -- transfers and loans -----------------------------------------------------------------------


@dataclass(frozen=True)
class LoanRow:
    loan_id: int
    loan_code: str
    lender_code: str
    borrower_code: str
    item_id: int
    item: str
    unit: str
    lent: Decimal
    repaid: Decimal
    outstanding: Decimal
    due_date: dt.date
    overdue: bool
    may_repay: bool  # the person may repay for the borrower


@dataclass(frozen=True)
class TransferChoices:
    givers: dict[str, list[Choice]] = field(default_factory=dict)  # "transfer"/"lend" -> owners
    receivers: list[Choice] = field(default_factory=list)  # every active organisation


def transfer_choices(actor: User) -> TransferChoices:
    everyone = [(o.id, o.code, o.name) for o in
                Organisation.select().where(Organisation.active).order_by(Organisation.code)]
    return TransferChoices({action: permissions.organisations_for(actor, action)
                            for action in ("transfer", "lend")}, everyone)


def hand_over(actor: User, action: str, from_id: int, to_id: int, lines: list[StockLine], *,
              due_date: dt.date | None = None, note: str | None = None) -> str:
    """A transfer (change of ownership, the goods stay where they are) or a loan with its
    due date; returns the document's number."""
    giver, receiver = Organisation.get_by_id(from_id), Organisation.get_by_id(to_id)
    stock = [transfers.StockLine(item, quantity, lot=lot, location=place, box=box)
             for item, quantity, lot, place, box in _issue_lines(lines)]
    if action == "transfer":
        document = transfers.transfer(actor, giver, receiver, stock, note=note or None)
    elif action == "lend":
        document = transfers.lend(actor, giver, receiver, stock, due_date=due_date,
                                  note=note or None)
    else:
        raise ValidationError("action", f"{action} is not a transfer or a loan")
    return document.code


def outstanding(actor: User, on: dt.date | None = None) -> list[LoanRow]:
    """What is still owed on every loan between organisations the person may see, each
    loan once (it shows under its lender and its borrower), soonest due first."""
    seen: dict[tuple[str, int], LoanRow] = {}
    for owner_id, _code, _name in permissions.organisations_for(actor, "view_stock"):
        owner = Organisation.get_by_id(owner_id)
        for x in transfers.outstanding_loans(actor, owner, on=on):
            key = (x.loan_code, x.item.id)
            if key in seen:
                continue
            loan_id = Document.get(Document.code == x.loan_code).id
            seen[key] = LoanRow(loan_id, x.loan_code, x.lender.code, x.borrower.code, x.item.id,
                                describe_item(x.item), x.item.unit, x.lent, x.repaid,
                                x.outstanding, x.due_date, x.overdue,
                                permissions.allowed(actor, "repay", x.borrower))
    return sorted(seen.values(), key=lambda r: (r.due_date, r.loan_code, r.item))


def repay_loan(actor: User, loan_id: int, item_id: int, quantity: Decimal) -> str:
    """The borrower gives back, in kind, `quantity` of the item (all or part of what is
    owed); returns the repayment's number."""
    item = Item.get_by_id(item_id)
    document = transfers.repay(actor, Document.get_by_id(loan_id),
                               [transfers.StockLine(item, quantity)])
    return document.code
