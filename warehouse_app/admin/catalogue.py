"""Catalogue work done in Administration rather than at the intake desk: a garment added
with all its sizes at once (one item per size, as `catalogue.size_grid` reads them
back), and a product barcode unlinked when it was linked to the wrong item or pack.

The single-item rules (codes, units, allergens...) stay `catalogue.create_item`'s and
`catalogue.update_item`'s; this module only adds what works on several at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from models import Category, Item, ProductBarcode, User
from models.db import write_transaction
from warehouse_app import catalogue, permissions
from warehouse_app.barcodes import gtin_forms, normalise_gtin
from warehouse_app.catalogue import _audit
from warehouse_app.errors import NotFound, ValidationError


def split_sizes(text: str) -> list[str]:
    """"S, M, L" or "S M L" or "38/40/42" as the sizes typed, in the order typed."""
    for separator in ",;/":
        text = text.replace(separator, " ")
    return list(dict.fromkeys(text.split()))


def add_sized_items(actor: User, *, name: str, category: Category, unit: str,
                    sizes: Iterable[str] = (), gender: str | None = None,
                    **details: Any) -> list[Item]:
    """One item per size of a garment, in one transaction: all of them or none. No size
    gives one item without a size. A size the garment already has is refused (the grid
    would show it twice)."""
    permissions.require(actor, "create_item")
    wanted = [s.strip() for s in sizes if s and s.strip()]
    if len({s.upper() for s in wanted}) != len(wanted):
        raise ValidationError("size", "a size is given twice")
    with write_transaction():
        existing = Item.select(Item.size).where(
            (Item.category == category.id) & (Item.name == " ".join((name or "").split()))
            & (Item.gender.is_null() if gender is None else Item.gender == gender)
            & Item.active)
        have = {(size or "").upper() for (size,) in existing.tuples()}
        again = [s for s in wanted or [""] if s.upper() in have]
        if again:
            shown = ", ".join(again) if any(again) else "(no size)"
            raise ValidationError("size", f"{name} already has {shown}")
        return [catalogue.create_item(actor, name=name, category=category, unit=unit,
                                      size=size or None, gender=gender, **details)
                for size in wanted or [None]]


def unlink_barcode(actor: User, code: str) -> None:
    """Take a product barcode off its item (linked to the wrong item or pack quantity);
    the next scan of it asks again what it is. Movements already posted keep their item."""
    permissions.require(actor, "manage_catalogue")
    gtin = normalise_gtin(code)
    with write_transaction():
        linked = (ProductBarcode.select(ProductBarcode, Item).join(Item)
                  .where(ProductBarcode.code.in_(gtin_forms(gtin))).first())
        if linked is None:
            raise NotFound("barcode", gtin)
        ProductBarcode.delete().where(ProductBarcode.id == linked.id).execute()
        _audit(actor, "barcode.unlink", "item", linked.item_id, barcode=linked.code,
               item=linked.item.code, pack_quantity=linked.pack_quantity)
