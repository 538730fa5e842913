"""The workshop: versioned kit designs (bills of materials), how many kits an owner's stock
allows and what is missing for a target, building N kits in one document, and un-kitting.

Substitutes: each kit's line takes its main part when enough of it is left for the whole
line, else the first substitute (in the design's order) with enough for the whole line;
a kit never mixes the main part and a substitute on one line, so each kit is built to
one clear list. Kits are built one after another, so the first kits of a build take the
main part and the later ones its substitutes once it runs short. Optional lines go in
when any option is there and never stop a build. Consumable parts (nails, tape) are used
up by building and not returned by un-kitting.

A kit is one unit of the design's kit item in its own box, whose code is the kit's code
(KIT-000045), so shelves, moves, transfers and distributions handle it like any box.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from peewee import fn

from labels.data import KitLabel
from models import (
    Box,
    Document,
    DocumentSequence,
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
from models.db import write_transaction
from warehouse_app import clock, ledger, permissions
from warehouse_app.errors import InsufficientStock, ValidationError
from warehouse_app.goods_out.moves import mark_emptied_boxes
from warehouse_app.ledger import posting_date
from warehouse_app.picking import pick_fefo, positive_quantity, usable_stock

KIT_PREFIX = "KIT-"


def is_kit_code(code: str) -> bool:
    """A built kit's label code (KIT-000123), as a scanner types it."""
    return code.strip().upper().startswith(KIT_PREFIX)


@dataclass(frozen=True)
class PartLine:
    """A line of a design as given to create_kit_design / revise_kit_design."""

    item: Item
    quantity: Decimal | int | str
    consumable: bool = False
    optional: bool = False
    substitutes: tuple[tuple[Item, Decimal | int | str], ...] = ()


@dataclass(frozen=True)
class Limit:
    """A part that stops the next kit: what there is of it (and its substitutes), per kit."""

    item: Item
    per_kit: Decimal
    have: Decimal
    substitutes: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Buildable:
    count: int
    limiting: tuple[Limit, ...]


@dataclass(frozen=True)
class Shortage:
    item: Item
    needed: Decimal
    have: Decimal
    missing: Decimal


@dataclass(frozen=True)
class KitBuild:
    document: Document
    kits: list[Kit]


@dataclass
class _Line:
    part: KitPart
    options: list[tuple[Item, Decimal]] = field(default_factory=list)  # main part first


# --- designs ---------------------------------------------------------------------------


def create_kit_design(actor: User, name: str, kit_item: Item, parts: Sequence[PartLine]) -> KitDesign:
    permissions.require(actor, "build_kits")
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", "a kit design needs a name")
    if KitDesign.select().where(KitDesign.name == name).exists():
        raise ValidationError("name", f"a kit design {name!r} exists: revise it instead")
    with write_transaction():
        return _new_version(actor, name, 1, None, kit_item, parts)


def revise_kit_design(actor: User, design: KitDesign, parts: Sequence[PartLine]) -> KitDesign:
    """The next version with these parts; kits built from the old one keep pointing at it."""
    permissions.require(actor, "build_kits")
    if not KitDesign.select(KitDesign.current).where(KitDesign.id == design.id).scalar():
        raise ValidationError("design", f"{design} was replaced: revise the current version")
    with write_transaction():
        KitDesign.update(current=False).where(KitDesign.id == design.id).execute()
        return _new_version(actor, design.name, design.version + 1, design, design.kit_item, parts)


def _new_version(actor, name, version, previous, kit_item, parts) -> KitDesign:
    if kit_item.unit != "kit":
        raise ValidationError("kit_item", f"{kit_item.code} is counted in {kit_item.unit}, not kits")
    if not any(not p.optional for p in parts):
        raise ValidationError("parts", f"{name} needs at least one part that is not optional")
    for n, p in enumerate(parts, start=1):
        positive_quantity(p.quantity, p.item, n)
        for item, quantity in p.substitutes:
            positive_quantity(quantity, item, n)
        if p.item.id == kit_item.id or any(s.id == kit_item.id for s, _ in p.substitutes):
            raise ValidationError("parts", f"{name} cannot be a part of itself", row=n)
    design = KitDesign.create(name=name, version=version, kit_item=kit_item, current=True,
                              previous=previous, created_by=actor)
    for n, p in enumerate(parts, start=1):
        part = KitPart.create(design=design, line=n, item=p.item, quantity=Decimal(p.quantity),
                              consumable=p.consumable, optional=p.optional)
        for rank, (item, quantity) in enumerate(p.substitutes, start=1):
            KitSubstitute.create(part=part, rank=rank, item=item, quantity=Decimal(quantity))
    return design


def _lines(design: KitDesign) -> list[_Line]:
    parts = list(KitPart.select(KitPart, Item).join(Item)
                 .where(KitPart.design == design.id).order_by(KitPart.line))
    lines = {p.id: _Line(p, [(p.item, p.quantity)]) for p in parts}
    if parts:
        for s in (KitSubstitute.select(KitSubstitute, Item).join(Item)
                  .where(KitSubstitute.part.in_(list(lines)))
                  .order_by(KitSubstitute.part, KitSubstitute.rank)):
            lines[s.part_id].options.append((s.item, s.quantity))
    return list(lines.values())


# --- planning --------------------------------------------------------------------------


def _one_kit(lines: list[_Line], left: dict[int, Decimal], force: bool = False
             ) -> tuple[list[tuple[KitPart, Item, Decimal]], list[_Line]]:
    """Choose each line's part for one kit from what is `left` (updated). Returns the
    choices and the required lines nothing fits; with `force`, a required line nothing
    fits takes its main part anyway (for counting what is missing)."""
    chosen, short = [], []
    for line in lines:
        for item, quantity in line.options:
            if left[item.id] >= quantity:
                left[item.id] -= quantity
                chosen.append((line.part, item, quantity))
                break
        else:
            if not line.part.optional:
                short.append(line)
                if force:
                    item, quantity = line.options[0]
                    left[item.id] -= quantity
                    chosen.append((line.part, item, quantity))
    return chosen, short


def _stock(owner: Organisation, lines: list[_Line], day: dt.date) -> dict[int, Decimal]:
    items = {item.id for line in lines for item, _ in line.options}
    have, _dates = usable_stock(owner, items, day)
    return defaultdict(Decimal, have)


def buildable(actor: User, design: KitDesign, owner: Organisation, *, on: dt.date | None = None
              ) -> Buildable:
    """How many kits `owner`'s usable stock builds now, and the parts that stop the next one."""
    permissions.require(actor, "view_stock", owner)
    lines = _lines(design)
    left = _stock(owner, lines, on or clock.today())
    start = dict(left)
    count = 0
    while True:
        trial = defaultdict(Decimal, left)
        _chosen, short = _one_kit(lines, trial)
        if short:
            break
        left, count = trial, count + 1
    limits = tuple(
        Limit(line.options[0][0], line.options[0][1], start.get(line.options[0][0].id, Decimal(0)),
              tuple(item for item, _ in line.options[1:]))
        for line in short
    )
    return Buildable(count, limits)


def shortage_for(actor: User, design: KitDesign, owner: Organisation, target: int, *,
                 on: dt.date | None = None) -> list[Shortage]:
    """What is missing for `target` kits, in main parts (substitutes on hand counted first)."""
    permissions.require(actor, "view_stock", owner)
    _count(target, "target")
    lines = _lines(design)
    left = _stock(owner, lines, on or clock.today())
    start = dict(left)
    needed: dict[int, Decimal] = defaultdict(Decimal)
    items: dict[int, Item] = {}
    for _ in range(target):
        chosen, _short = _one_kit(lines, left, force=True)
        for _part, item, quantity in chosen:
            needed[item.id] += quantity
            items[item.id] = item
    return [
        Shortage(items[i], needed[i], start.get(i, Decimal(0)), -left[i])
        for i in needed if left[i] < 0
    ]


def _count(n, what: str) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or n <= 0:
        raise ValidationError(what, f"a whole number of kits, not {n!r}")
    return n


# --- building and un-kitting -----------------------------------------------------------


def build_kits(
    actor: User, design: KitDesign, owner: Organisation, n: int, *,
    location: Location | None = None, effective_date: dt.date | None = None,
) -> KitBuild:
    """Build `n` kits of `design` from `owner`'s stock in one kit_build document: each kit's
    parts consumed first-expired-first-out, each kit produced into its own KIT- box."""
    permissions.require(actor, "build_kits", owner)
    _count(n, "kits")
    if not KitDesign.select(KitDesign.current).where(KitDesign.id == design.id).scalar():
        raise ValidationError("design", f"{design} was replaced by a newer version")
    day = posting_date(effective_date)
    lines = _lines(design)
    touched: list[int] = []
    with write_transaction():
        left = _stock(owner, lines, day)
        start = dict(left)
        plan = []
        for _ in range(n):
            chosen, short = _one_kit(lines, left, force=True)
            if short:
                item, per_kit = short[0].options[0]
                wanted = per_kit * n
                raise InsufficientStock(ledger.describe_item(item), owner.code,
                                        start.get(item.id, Decimal(0)), wanted, item.unit,
                                        f"for {n} kits of {design}")
            plan.append(chosen)
        # Every kit's parts picked before any is posted; `taken` keeps kits apart.
        taken: dict[int, Decimal] = {}
        picked = [
            [(part, item, pick_fefo(owner, item, quantity, on=day, taken=taken))
             for part, item, quantity in chosen]
            for chosen in plan
        ]
        codes = _kit_codes(n)
        kits = []
        with ledger.posting(actor, "kit_build", owner, effective_date=day,
                            reference=str(design)[:80]) as post:
            for code, chosen in zip(codes, picked, strict=True):
                box = Box.create(code=code, owner=owner, location=location,
                                 document=post.document, status="open")
                kit = Kit.create(code=code, design=design, box=box, built_by=post.document)
                components = []
                for part, item, picks in chosen:
                    for pick in picks:
                        post.add(owner=owner, item=item, quantity=-pick.quantity, kind="consumed",
                                 lot=pick.lot, location=pick.location, box=pick.box)
                        if pick.box is not None:
                            touched.append(pick.box.id)
                        components.append(dict(kit=kit, item=item, lot=pick.lot,
                                               quantity=pick.quantity, consumable=part.consumable))
                KitComponent.insert_many(components).execute()
                post.add(owner=owner, item=design.kit_item, quantity=1, kind="produced",
                         location=location, box=box)
                kits.append(kit)
        mark_emptied_boxes(touched)
    return KitBuild(post.document, kits)


def unkit(actor: User, kit: Kit, *, effective_date: dt.date | None = None) -> Document:
    """Take a kit apart: a new kit_build document (related to the build) consumes the kit
    and returns its parts, consumables excepted, loose at the kit's place, lots as built."""
    box = Box.get_by_id(kit.box_id)
    owner = box.owner
    permissions.require(actor, "build_kits", owner)
    kit = Kit.get_by_id(kit.id)
    if kit.unkitted_by_id is not None:
        raise ValidationError("kit", f"{kit.code} was already taken apart")
    day = posting_date(effective_date)
    design = kit.design
    with write_transaction():
        try:
            picks = pick_fefo(owner, design.kit_item, Decimal(1), on=day, box=box)
        except InsufficientStock:
            raise ValidationError("kit", f"{kit.code} is no longer in {owner.code}'s stock") from None
        pick = picks[0]
        with ledger.posting(actor, "kit_build", owner, effective_date=day, related=kit.built_by,
                            reference=f"unkit {kit.code}") as post:
            post.add(owner=owner, item=design.kit_item, quantity=-1, kind="consumed",
                     location=pick.location, box=box)
            for c in (KitComponent.select().where((KitComponent.kit == kit.id)
                                                  & (KitComponent.consumable == False))  # noqa: E712
                      .order_by(KitComponent.id)):
                post.add(owner=owner, item=c.item, quantity=c.quantity, kind="produced",
                         lot=c.lot, location=pick.location)
        Kit.update(unkitted_by=post.document).where(Kit.id == kit.id).execute()
        Box.update(status="empty").where(Box.id == box.id).execute()
    return post.document


def kit_by_code(code: str) -> Kit | None:
    return Kit.get_or_none(Kit.code == code.strip().upper())


def kit_labels(actor: User, kits: Sequence[Kit]) -> list[KitLabel]:
    """One label per kit: code, design and version, build date, owner, what it holds."""
    result = []
    for kit in kits:
        box = Box.get_by_id(kit.box_id)
        permissions.require(actor, "build_kits", box.owner)
        parts: dict[str, Decimal] = defaultdict(Decimal)
        for name, quantity in (
            KitComponent.select(Item.name, fn.SUM(KitComponent.quantity).coerce(False))
            .join(Item).where((KitComponent.kit == kit.id) & (KitComponent.consumable == False))  # noqa: E712
            .group_by(Item.name).order_by(Item.name).tuples()
        ):
            parts[name] += Decimal(int(quantity)).scaleb(-3).normalize()
        design = kit.design
        result.append(KitLabel(
            code=kit.code, design=design.name, version=f"v{design.version}",
            built=kit.built_by.effective_date, owner=box.owner.name,
            owner_colour=box.owner.colour,
            contents=", ".join(f"{_plain(q)} × {name}" for name, q in parts.items()),
        ))
    return result


def _plain(q: Decimal) -> str:
    return format(q, "f")


def _kit_codes(count: int) -> list[str]:
    """Reserve `count` kit codes from the hangar-wide kit sequence (locked until commit),
    starting above any KIT- box already made."""
    key = (DocumentSequence.kind == "kit") & (DocumentSequence.period == "all")
    if not DocumentSequence.select().where(key).exists():
        highest = (
            Box.select(Box.code).where(Box.code.startswith(KIT_PREFIX))
            .order_by(fn.LENGTH(Box.code).desc(), Box.code.desc()).limit(1).scalar()
        )
        tail = highest[len(KIT_PREFIX):] if highest else ""
        start = int(tail) if tail.isdigit() else 0
        DocumentSequence.insert(kind="kit", period="all", last_number=start).on_conflict_ignore().execute()
    DocumentSequence.update(last_number=DocumentSequence.last_number + count).where(key).execute()
    last = DocumentSequence.select(DocumentSequence.last_number).where(key).scalar()
    return [f"{KIT_PREFIX}{n:06d}" for n in range(last - count + 1, last + 1)]
