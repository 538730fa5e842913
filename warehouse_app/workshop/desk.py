"""What the workshop screen asks the database, on an operation's worker thread: the current
kit designs with their bills of materials, the organisations a person builds for, how many
kits can be built now and what a target lacks, parts found by search or scan, saving a
design (a change is a new version), building N kits, and a scanned kit's contents before
it is taken apart. Plain values come back, so the window never queries on its GUI thread;
the rules are workshop.py's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from labels.data import KitLabel
from models import (
    Box,
    Item,
    Kit,
    KitComponent,
    KitDesign,
    KitPart,
    KitSubstitute,
    Location,
    Organisation,
    User,
)
from warehouse_app import catalogue, permissions, scan
from warehouse_app.errors import NotFound, ValidationError, by_id
from warehouse_app.workshop import kits as workshop

ITEMS_FOUND = 30  # parts offered for one search


@dataclass(frozen=True)
class PartChoice:
    """An item as the screen shows it: a part, a substitute or a kit item."""

    id: int
    code: str
    name: str
    unit: str


@dataclass(frozen=True)
class BomLine:
    """A line of a bill of materials: its part per kit and the parts that may stand in."""

    part: PartChoice
    quantity: Decimal
    consumable: bool = False
    optional: bool = False
    substitutes: tuple[tuple[PartChoice, Decimal], ...] = ()


@dataclass(frozen=True)
class DesignRow:
    id: int
    name: str
    version: int
    kit_item: PartChoice
    lines: tuple[BomLine, ...]


@dataclass(frozen=True)
class Desk:
    """What the screen opens with: designs, the owners one may build for, the kit items."""

    designs: list[DesignRow]
    owners: list[tuple[int, str, str]]  # (id, code, name)
    kit_items: list[PartChoice]
    places: list[tuple[int, str, str]]  # (id, code, name): where new kits may be put


@dataclass(frozen=True)
class LimitRow:
    part: PartChoice
    per_kit: Decimal
    have: Decimal
    substitutes: tuple[PartChoice, ...]


@dataclass(frozen=True)
class ShortRow:
    part: PartChoice
    needed: Decimal
    have: Decimal
    missing: Decimal


@dataclass(frozen=True)
class Plan:
    """How many kits of a design an owner can build now, and what a target lacks."""

    design_id: int
    owner_id: int
    count: int
    limiting: tuple[LimitRow, ...]
    target: int | None
    shortage: tuple[ShortRow, ...]


@dataclass(frozen=True)
class BuiltKits:
    document_code: str
    kit_ids: tuple[int, ...]
    kit_codes: tuple[str, ...]


@dataclass(frozen=True)
class KitContents:
    """A scanned kit: what un-kitting would return (consumables are not returned)."""

    kit_id: int
    code: str
    design: str
    owner_code: str
    owner_name: str
    place: str
    lines: tuple[tuple[PartChoice, Decimal, bool], ...]  # part, quantity, consumable
    taken_apart: bool


@dataclass(frozen=True)
class WorkshopScan:
    """What a scan on the Build or Take apart page means (workshop_scan)."""

    kind: str  # "place": the new kits go there; "kit": open it to take it apart; "other"
    code: str
    place_id: int | None = None


@dataclass(frozen=True)
class DesignScan:
    """What a scan on the Kit designs page means (design_scan)."""

    kind: str  # "part": add it to the design; "kit": a built kit's label; "other"
    code: str
    part: PartChoice | None = None


def _choice(item: Item) -> PartChoice:
    return PartChoice(item.id, item.code, item.name, item.unit)


def _design_row(design: KitDesign) -> DesignRow:
    parts = list(KitPart.select(KitPart, Item).join(Item)
                 .where(KitPart.design == design.id).order_by(KitPart.line))
    substitutes: dict[int, list[tuple[PartChoice, Decimal]]] = {p.id: [] for p in parts}
    if parts:
        for s in (KitSubstitute.select(KitSubstitute, Item).join(Item)
                  .where(KitSubstitute.part.in_(list(substitutes)))
                  .order_by(KitSubstitute.part, KitSubstitute.rank)):
            substitutes[s.part_id].append((_choice(s.item), s.quantity))
    lines = tuple(BomLine(_choice(p.item), p.quantity, p.consumable, p.optional,
                          tuple(substitutes[p.id])) for p in parts)
    return DesignRow(design.id, design.name, design.version, _choice(design.kit_item), lines)


def current_designs() -> list[DesignRow]:
    designs = (KitDesign.select(KitDesign, Item).join(Item)
               .where(KitDesign.current).order_by(KitDesign.name))
    return [_design_row(d) for d in designs]


def load_desk(actor: User) -> Desk:
    """Designs are the hangar's (every NGO builds the same cabin); owners are those the
    person may build for: a workshop lead's own NGO, any for a coordinator."""
    permissions.require(actor, "build_kits")
    kit_items = Item.select().where(Item.active & (Item.unit == "kit")).order_by(Item.name)
    places = (Location.select(Location.id, Location.code, Location.name)
              .where(Location.active).order_by(Location.code).tuples())
    return Desk(current_designs(), permissions.organisations_for(actor, "build_kits"),
                [_choice(i) for i in kit_items], list(places))


def plan(actor: User, design_id: int, owner_id: int, target: int | None = None) -> Plan:
    design = KitDesign.get_by_id(design_id)
    owner = Organisation.get_by_id(owner_id)
    can = workshop.buildable(actor, design, owner)
    limits = tuple(LimitRow(_choice(x.item), x.per_kit, x.have,
                            tuple(_choice(s) for s in x.substitutes)) for x in can.limiting)
    short: tuple[ShortRow, ...] = ()
    if target is not None and target > can.count:
        short = tuple(ShortRow(_choice(s.item), s.needed, s.have, s.missing)
                      for s in workshop.shortage_for(actor, design, owner, target))
    return Plan(design.id, owner.id, can.count, limits, target, short)


def find_parts(text: str) -> list[PartChoice]:
    return [_choice(i) for i in catalogue.find_items(text, limit=ITEMS_FOUND)]


def workshop_scan(code: str, places: Sequence[tuple[int, str, str]], *,
                  building: bool) -> WorkshopScan:
    """A scan on the Build (`building`) or Take apart page, told at once from what the
    screen has loaded (Desk.places), without the database: the window must answer before
    the scanner's next label arrives. While building, a shelf where kits may go is chosen
    for the new kits; a kit's label is a kit on either page; anything else is not the
    workshop's (the window looks it up as any scan)."""
    normal = code.strip().upper()
    if building:
        for place_id, place_code, _ in places:
            if place_code.strip().upper() == normal:
                return WorkshopScan("place", place_code, place_id)
    if workshop.is_kit_code(normal):
        return WorkshopScan("kit", normal)
    return WorkshopScan("other", normal)


def design_scan(actor: User, code: str) -> DesignScan:
    """A scan while editing a design: an item's label or product barcode is a part (a kit
    item is a part too: a bigger kit may hold one); a built kit's label opens that kit;
    anything else is neither."""
    permissions.require(actor, "build_kits")
    found = scan.resolve(code)
    if found.item is not None:
        return DesignScan("part", found.code, _choice(found.item))
    if found.kind == "kit" or workshop.is_kit_code(found.code):
        return DesignScan("kit", found.code.upper())
    return DesignScan("other", found.code)


def _part_lines(lines: Sequence[BomLine]) -> list[workshop.PartLine]:
    items = {p.id: p for p in Item.select().where(Item.id.in_(
        {line.part.id for line in lines} | {s.id for line in lines for s, _ in line.substitutes}))}

    def item(choice: PartChoice) -> Item:
        found = items.get(choice.id)
        if found is None:
            raise NotFound("item", choice.code)
        return found

    return [workshop.PartLine(item(line.part), line.quantity, line.consumable, line.optional,
                              tuple((item(s), q) for s, q in line.substitutes))
            for line in lines]


def save_design(actor: User, design_id: int | None, name: str, kit_item_id: int | None,
                lines: Sequence[BomLine]) -> DesignRow:
    """A new design (design_id None), or the next version of `design_id` with these lines:
    kits already built keep the version they were built to."""
    parts = _part_lines(lines)
    if design_id is None:
        if kit_item_id is None:
            raise ValidationError("kit_item", "choose the item a built kit is counted as")
        kit_item = by_id(Item, kit_item_id, "item")
        design = workshop.create_kit_design(actor, name, kit_item, parts)
    else:
        design = workshop.revise_kit_design(actor, KitDesign.get_by_id(design_id), parts)
    return _design_row(design)


def build(actor: User, design_id: int, owner_id: int, n: int,
          place_id: int | None = None) -> BuiltKits:
    """N kits in one kit_build document, put at `place_id` (else on no shelf yet); the
    kits come back in code order for their labels."""
    place = Location.get_by_id(place_id) if place_id is not None else None
    built = workshop.build_kits(actor, KitDesign.get_by_id(design_id),
                                Organisation.get_by_id(owner_id), n, location=place)
    return BuiltKits(built.document.code, tuple(k.id for k in built.kits),
                     tuple(k.code for k in built.kits))


def labels_of(actor: User, kit_ids: Sequence[int]) -> list[KitLabel]:
    """The kit labels for the print dialog (loaded on its worker)."""
    kits = list(Kit.select().where(Kit.id.in_(list(kit_ids))).order_by(Kit.code))
    return workshop.kit_labels(actor, kits)


def kit_contents(actor: User, code: str) -> KitContents | None:
    """A scanned kit's parts, or None when `code` names no kit. Only those who may take
    it apart (build kits for its owner) are shown its contents here."""
    kit = workshop.kit_by_code(code)
    if kit is None:
        return None
    box = Box.get_by_id(kit.box_id)
    permissions.require(actor, "build_kits", box.owner)
    components = (KitComponent.select(KitComponent, Item).join(Item)
                  .where(KitComponent.kit == kit.id).order_by(KitComponent.id))
    totals: dict[tuple[int, bool], tuple[PartChoice, Decimal]] = {}
    for c in components:
        part, quantity = totals.get((c.item_id, c.consumable), (_choice(c.item), Decimal(0)))
        totals[(c.item_id, c.consumable)] = (part, quantity + c.quantity)
    lines = tuple((part, quantity, consumable)
                  for (_, consumable), (part, quantity) in totals.items())
    return KitContents(kit.id, kit.code, str(kit.design), box.owner.code, box.owner.name,
                       box.location.code if box.location_id else "", lines,
                       kit.unkitted_by_id is not None)


def take_apart(actor: User, kit_id: int) -> str:
    """Un-kit: the parts (not the consumables) back on the shelf; the document's code."""
    return workshop.unkit(actor, Kit.get_by_id(kit_id)).code
