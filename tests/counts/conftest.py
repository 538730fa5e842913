"""A hangar with stock on the shelves of zone A and beyond, for counting."""

from __future__ import annotations

import datetime as dt

import pytest

from models import Box, Lot
from tests.factories import put_stock


@pytest.fixture
def shelves(hangar):
    h = hangar
    h.lot_tom = Lot.create(item=h.tomatoes, code="L2291", date=h.today + dt.timedelta(days=365),
                           date_kind="best_before")
    h.box = Box.create(code="BOX-000101", owner=h.aid, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.soap, 40, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.tomatoes, 30, location=h.shelf_a2, lot=h.lot_tom)
    put_stock(h.admin, h.aid, h.jacket_m, 12, location=h.shelf_a1, box=h.box)
    put_stock(h.admin, h.aid, h.lentils, "8.5", location=h.shelf_b1)
    put_stock(h.admin, h.ref, h.soap, 5, location=h.shelf_a1)  # another NGO's, same shelf
    return h
