"""The stock templates: box, pallet, location, item and shelter kit labels.

Each returns its blocks top to bottom (see layout.py). The owner's colour cannot print
on a black-only thermal head, so the owner is a solid black band with the name in white,
the same for every NGO: a volunteer finds it at a glance from across the aisle, and the
name (not a shade of grey) says whose box it is. `owner_colour` stays in the label data
for colour previews and coloured label stock.
"""

from __future__ import annotations

from labels.data import BoxLabel, ItemLabel, KitLabel, LocationLabel, PalletLabel
from labels.layout import Bars, Block, Text
from labels.wording import (
    date_kind_text,
    date_text,
    joined,
    labelled,
    quantity_text,
    weight_text,
)


def owner_band(owner: str, share: float, cap_mm: float, keep: int = 3) -> Text:
    return Text("owner", owner, share, cap_mm, bold=True, max_lines=2, align="center",
                reverse=True, keep=keep)


def dated(kind: str, day, *, french: bool = False) -> str:
    when = date_text(day)
    return f"{date_kind_text(kind, french=french)} {when}" if when else ""


def box_blocks(label: BoxLabel) -> list[Block | None]:
    content = joined(label.content, label.item_size, label.gender)
    donation = joined(label.donation, date_text(label.donation_date), sep=" of ")
    return [
        owner_band(label.owner, 2, 16),
        Text("content", content, 3, 22, bold=True, max_lines=3, keep=3),
        Text("count", joined(quantity_text(label.count, label.unit), weight_text(label.weight_g)),
             1.6, 11, bold=True, keep=2),
        Text("lot", joined(labelled("Lot", label.lot), dated(label.date_kind, label.date)),
             1, 7, max_lines=2, keep=2),
        Text("origin", joined(labelled("Location", label.location),
                              labelled("Donation", donation)), 1, 7, max_lines=2, keep=0),
        Bars(label.code, 3.2, 24),
    ]


def pallet_blocks(label: PalletLabel) -> list[Block | None]:
    boxes = f"{label.boxes} boxes" if label.boxes is not None else ""
    return [
        owner_band(label.owner, 2, 22),
        Text("content", label.content, 3, 30, bold=True, max_lines=3, keep=3),
        Text("count", joined(boxes, quantity_text(label.count, label.unit),
                             weight_text(label.weight_g)), 1.6, 14, bold=True, keep=2),
        Text("lot", joined(labelled("Lot", label.lot), dated(label.date_kind, label.date)),
             1, 9, max_lines=2, keep=2),
        Text("destination", labelled("To:", label.destination), 1.3, 12, bold=True,
             max_lines=2, keep=2),
        Text("origin", joined(labelled("Location", label.location),
                              labelled("Donation", label.donation)), 1, 8, max_lines=2, keep=0),
        Bars(label.code, 3, 30),
    ]


def location_blocks(label: LocationLabel) -> list[Block | None]:
    # A shelf is read from a distance: its name is the biggest thing on the label.
    name = label.name or label.code.removeprefix("LOC-")
    return [
        Text("zone", label.zone, 1, 6, align="center", keep=0),
        Text("name", name, 3, 30, bold=True, max_lines=2, align="center", keep=3),
        Bars(label.code, 3, 30),
    ]


def item_blocks(label: ItemLabel) -> list[Block | None]:
    return [
        Text("name", label.name, 3, 20, bold=True, max_lines=3, keep=3),
        Text("detail", joined(labelled("Size", label.item_size), label.gender,
                              labelled("Counted in", label.unit)), 1.3, 9, max_lines=2, keep=2),
        Text("category", label.category, 1, 6, keep=0),
        Bars(label.code, 3, 24),
    ]


def kit_blocks(label: KitLabel) -> list[Block | None]:
    return [
        owner_band(label.owner, 1.5, 12, keep=1),
        Text("design", label.design, 3, 20, bold=True, max_lines=2, keep=3),
        Text("version", joined(labelled("Version", label.version),
                               labelled("Built", date_text(label.built))), 1.3, 9, max_lines=2, keep=2),
        Text("contents", label.contents, 1.5, 12, max_lines=3, keep=0),
        Bars(label.code, 3, 24),
    ]
