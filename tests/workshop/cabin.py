"""A cabin workshop for the desk and screen tests: parts in REF's stock and a design, made
through the core like the hangar would (the builder is REF's workshop lead)."""

from __future__ import annotations

from decimal import Decimal

from models import Category, Item
from tests.factories import put_stock
from warehouse_app.workshop import kits as workshop


def cabin_workshop(h, *, planks: int = 60, short_planks: int = 0, tarps: int = 7):
    """Per cabin: 10 planks (or 20 short ones), 1 tarpaulin, 0.5 kg nails (used up), a door
    handle if any. With the defaults the tarpaulins stop it at 6 kits."""
    parts = Category.create(name="Shelter parts")
    kits = Category.create(name="Kits")
    h.plank = Item.create(code="SHL-PLANK-2M", name="Plank 2 m", category=parts, unit="piece")
    h.short_plank = Item.create(code="SHL-PLANK-1M", name="Plank 1 m", category=parts,
                                unit="piece")
    h.tarp = Item.create(code="SHL-TARP", name="Tarpaulin 4x6", category=parts, unit="piece")
    h.nails = Item.create(code="SHL-NAIL", name="Nails", category=parts, unit="kg")
    h.handle = Item.create(code="SHL-HANDLE", name="Door handle", category=parts, unit="piece")
    h.cabin = Item.create(code="KIT-CABIN", name="Cabin kit", category=kits, unit="kit")
    h.design = workshop.create_kit_design(h.builder, "Cabin", h.cabin, [
        workshop.PartLine(h.plank, 10, substitutes=((h.short_plank, 20),)),
        workshop.PartLine(h.tarp, 1),
        workshop.PartLine(h.nails, Decimal("0.5"), consumable=True),
        workshop.PartLine(h.handle, 1, optional=True),
    ])
    for item, quantity in ((h.plank, planks), (h.short_plank, short_planks), (h.tarp, tarps),
                           (h.nails, 10), (h.handle, 2)):
        if quantity:
            put_stock(h.coord, h.ref, item, quantity, location=h.shelf_b1)
    return h
