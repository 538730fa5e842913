"""The shelves the count screen's tests count: AID's soap loose and jackets in a box on
shelf A 01 1, another NGO's soap beside them, and the barcode of a pack of soap."""

from __future__ import annotations

from tests.factories import put_stock

SOAP_PACK = "4006381333931"  # a pack of 10 soap bars


def stock_shelves(h):
    """AID's soap loose on shelf A 01 1 and jackets in a box there; REF's soap beside."""
    from models import Box
    from warehouse_app import catalogue

    catalogue.link_barcode(h.admin, SOAP_PACK, h.soap, 10)
    h.box = Box.create(code="BOX-000101", owner=h.aid, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.soap, 40, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.jacket_m, 12, location=h.shelf_a1, box=h.box)
    put_stock(h.admin, h.ref, h.soap, 5, location=h.shelf_a1)  # another NGO's, same shelf
    return h
