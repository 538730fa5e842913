"""What the intake desk asks the database: owners to receive for, category tiles, a
garment's sizes, what a scan means for a receipt, donors, and posting a draft.

Every answer is plain values (ItemInfo, dataclasses): the window reads them on its GUI
thread without ever touching the database there. Each function runs on a worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import Box, Category, Donor, Item, Organisation, User
from models.db import write_transaction
from warehouse_app import catalogue, clock, scan
from warehouse_app.errors import NotFound, by_id
from warehouse_app.intake import receipts as intake
from warehouse_app.intake.draft import Draft, ItemInfo


@dataclass(frozen=True)
class OwnerChoice:
    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class Tile:
    """One tile of the picker: a category to open, an item to add, or a garment whose
    sizes are chosen on a size grid."""

    kind: str  # "category" | "item" | "garment"
    id: int  # category id, or the item's (a garment: any one of its sizes)
    name: str
    sizes: int = 0  # a garment's number of sizes
    item: ItemInfo | None = None


@dataclass(frozen=True)
class DonorChoice:
    id: int
    name: str
    donor_type: str


@dataclass(frozen=True)
class IntakeScan:
    """A scan as the intake desk uses it."""

    kind: str  # scan.KINDS
    code: str
    item: ItemInfo | None = None
    pack: Decimal = Decimal(1)
    lot: str | None = None
    date: dt.date | None = None
    date_kind: str | None = None
    count: int | None = None
    weight_g: int | None = None
    box_id: int | None = None
    problem: str | None = None

    @property
    def quantity(self) -> Decimal:
        """How much the scan brings in: a GS1 label's count (AI 30/37) of packs of `pack`
        each, else one pack (a case barcode's pack is its units, a unit's is 1)."""
        return self.pack * self.count if self.count else self.pack


@dataclass(frozen=True)
class PostedReceipt:
    document_id: int
    code: str
    box_codes: tuple[str, ...]
    lines: int
    posted_on: dt.date  # the day it counts on: the day it was finished, not begun
    begun_on: dt.date | None = None  # the hangar day the draft was begun, when known


def item_info(item: Item) -> ItemInfo:
    return ItemInfo(item.id, item.code, item.name, item.unit, item.size, item.gender,
                    bool(item.perishable))


def owners() -> list[OwnerChoice]:
    rows = Organisation.select().where(Organisation.active).order_by(Organisation.name)
    return [OwnerChoice(o.id, o.name, o.colour) for o in rows]


def pick_tiles(category_id: int | None) -> list[Tile]:
    """Subcategories first, then the category's own items; the sizes of one garment
    (same name and gender) are one tile."""
    parent = Category.get_by_id(category_id) if category_id is not None else None
    tiles = [Tile("category", c.id, c.name) for c in catalogue.category_children(parent)]
    if parent is None:
        return tiles
    groups: dict[tuple[str, str | None], list[Item]] = {}
    items = (Item.select().where((Item.category == parent.id) & Item.active)
             .order_by(Item.name, Item.gender, Item.id))
    for item in items:
        groups.setdefault((item.name, item.gender), []).append(item)
    for members in groups.values():
        first = members[0]
        if len(members) > 1 or first.size:
            tiles.append(Tile("garment", first.id, first.name, len(members), item_info(first)))
        else:
            tiles.append(Tile("item", first.id, first.name, 0, item_info(first)))
    return tiles


def sizes_of(item_id: int) -> list[ItemInfo]:
    """The size grid of a garment, smallest first."""
    return [item_info(i) for i in catalogue.size_grid(Item.get_by_id(item_id))]


def scan_for_intake(text: str) -> IntakeScan:
    found = scan.resolve(text)
    if found.kind == "box":
        return IntakeScan("box", found.code, box_id=found.object.id)
    item = found.item
    gs1 = found.gs1
    lot = date = kind = None
    if found.kind == "lot":
        lot, date, kind = found.object.code, found.object.date, found.object.date_kind
    if gs1 is not None:
        lot, date, kind = gs1.lot or lot, gs1.date or date, gs1.date_kind or kind
    return IntakeScan(
        found.kind, found.code, item_info(item) if item is not None else None,
        found.pack_quantity, lot, date, kind,
        gs1.count if gs1 is not None else None,
        gs1.net_weight_g if gs1 is not None else None,
        problem=found.problem or found.note,
    )


def find_donor_choices(text: str) -> list[DonorChoice]:
    return [DonorChoice(d.id, d.name, d.donor_type) for d in catalogue.find_donors(text, 12)]


def new_donor(actor: User, name: str, donor_type: str) -> DonorChoice:
    donor = catalogue.add_donor(actor, name, donor_type)
    return DonorChoice(donor.id, donor.name, donor.donor_type)


def find_item_choices(text: str) -> list[ItemInfo]:
    return [item_info(i) for i in catalogue.find_items(text, limit=30)]


def category_choices() -> list[tuple[int, str]]:
    """Every active category as "Clothing › Men", for the new item form."""
    rows = list(Category.select().where(Category.active))
    by_id = {c.id: c for c in rows}

    def path(c: Category) -> str:
        names, seen = [], set()
        while c is not None and c.id not in seen:
            seen.add(c.id)
            names.append(c.name)
            c = by_id.get(c.parent_id)
        return " › ".join(reversed(names))

    return sorted(((c.id, path(c)) for c in rows), key=lambda pair: pair[1].casefold())


def link_unknown(actor: User, code: str, item_id: int, pack: Decimal | int) -> ItemInfo:
    """An unknown product barcode linked to an existing item."""
    item = Item.get_by_id(item_id)
    catalogue.link_barcode(actor, code, item, pack)
    return item_info(item)


def create_unknown(actor: User, code: str, name: str, category_id: int, unit: str,
                   pack: Decimal | int = 1) -> ItemInfo:
    """A new item made from an unknown product barcode, and the barcode linked to it:
    both or neither."""
    category = by_id(Category, category_id, "category")
    with write_transaction():
        item = catalogue.create_item(actor, name=name, category=category, unit=unit)
        catalogue.link_barcode(actor, code, item, pack)
    return item_info(item)


def receipt_lines(draft: Draft) -> list[intake.ReceiptLine]:
    items = {i.id: i for i in Item.select().where(Item.id.in_({ln.item.id for ln in draft.lines}))}
    box_ids = {ln.existing_box_id for ln in draft.lines if ln.existing_box_id is not None}
    boxes = {b.id: b for b in Box.select().where(Box.id.in_(box_ids))} if box_ids else {}
    lines = []
    for ln in draft.lines:
        if ln.item.id not in items:
            raise NotFound("item", ln.item.code)
        lines.append(intake.ReceiptLine(
            item=items[ln.item.id], quantity=ln.quantity, weight_g=ln.weight_g,
            lot_code=ln.lot_code, date=ln.date, date_kind=ln.date_kind,
            condition=ln.condition, box_no=ln.box_no,
            existing_box=boxes.get(ln.existing_box_id) if ln.existing_box_id else None,
            scanned_code=ln.scanned_code,
        ))
    return lines


def post_draft(actor: User, draft: Draft) -> PostedReceipt:
    """Post the draft as one GRN (intake.receive_donation: all of it or nothing)."""
    owner = by_id(Organisation, draft.owner_id, "organisation")
    donor = Donor.get_or_none(Donor.id == draft.donor_id) if draft.donor_id else None
    receipt = intake.receive_donation(actor, owner, receipt_lines(draft), donor=donor,
                                      priority=draft.priority)
    return PostedReceipt(receipt.document.id, receipt.document.code,
                         tuple(b.code for b in receipt.boxes), len(draft.lines),
                         receipt.document.effective_date, begun_on(draft))


def begun_on(draft: Draft) -> dt.date | None:
    """The hangar day a draft was begun (its `started_at`, an ISO moment), or None."""
    try:
        return clock.day_of(clock.moment(dt.datetime.fromisoformat(draft.started_at)))
    except ValueError:
        return None
