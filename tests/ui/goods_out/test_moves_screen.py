"""The Move boxes screen as the hangar uses it: a volunteer scans five boxes (one of
another NGO) and the shelf; the ledger has them all there; Undo puts them back; an
unknown code and a shelf before any box are refused with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.factories import put_stock
from tests.ui.intake.driving import (
    assert_fits_a_small_laptop,
    idle,
    open_window,
    scan,
    sign_in_and_open,
    tap,
)


@pytest.fixture
def boxes(pin_hangar):
    from models import Box

    h = pin_hangar
    h.boxes = []
    for n in range(5):
        owner = h.ref if n == 4 else h.aid  # another NGO's box: staff move any box
        box = Box.create(code=f"BOX-00050{n}", owner=owner, location=h.shelf_a1)
        put_stock(h.admin, owner, h.soap, 10 + n, location=h.shelf_a1, box=box)
        h.boxes.append(box)
    put_stock(h.admin, h.aid, h.jacket_m, 3, location=h.shelf_a1, box=h.boxes[0])
    return h


def _open_moves(qtbot, make_window, db_url, h):
    window = open_window(qtbot, make_window, db_url)
    return window, sign_in_and_open(qtbot, window, h.vol, "moves")


def _held_at(box, location) -> Decimal:
    from models import Balance

    rows = Balance.select().where((Balance.box_id == box.id) & (Balance.quantity > 0))
    return sum((b.quantity for b in rows if b.location_id == location.id), Decimal(0))


def test_moving_five_boxes_by_scans(qtbot, make_window, db_url, boxes):
    from models import Box, Document

    h = boxes
    window, screen = _open_moves(qtbot, make_window, db_url, h)
    v = screen.view

    scan(qtbot, window, h.shelf_a2.code)  # a shelf before any box: nothing to move
    assert "Scan the boxes first" in v.message.text()
    scan(qtbot, window, "BOX-999999")
    assert "not known" in v.message.text() and v.boxes.count() == 0

    for box in h.boxes:
        scan(qtbot, window, box.code)
    assert v.boxes.count() == 5
    assert_fits_a_small_laptop(window)
    first = v.boxes.item(0).text()
    assert "BOX-000500" in first and "LOC-A-01-1" in first and "Soap bar" in first
    scan(qtbot, window, h.boxes[1].code)  # twice: listed once
    assert v.boxes.count() == 5 and "already on the list" in v.message.text()

    scan(qtbot, window, h.shelf_a2.code)
    assert v.message.text() == "5 boxes moved to LOC-A-01-2."
    assert v.boxes.count() == 0
    for box in h.boxes:
        assert Box.get_by_id(box.id).location_id == h.shelf_a2.id
        assert _held_at(box, h.shelf_a2) > 0 and _held_at(box, h.shelf_a1) == 0
    assert Document.select().where(Document.kind == "move").count() == 2  # one per owner

    tap(qtbot, window, "move_undo")
    idle(qtbot)
    assert "undone" in v.message.text()
    for box in h.boxes:
        assert Box.get_by_id(box.id).location_id == h.shelf_a1.id
        assert _held_at(box, h.shelf_a1) > 0 and _held_at(box, h.shelf_a2) == 0
    assert not v.undo_button.isEnabled()


def test_a_box_taken_off_the_list_stays(qtbot, make_window, db_url, boxes):
    from models import Box

    h = boxes
    window, screen = _open_moves(qtbot, make_window, db_url, h)
    v = screen.view
    scan(qtbot, window, h.boxes[0].code)
    scan(qtbot, window, h.boxes[1].code)
    v.boxes.setCurrentRow(0)
    tap(qtbot, window, "move_remove")
    assert v.boxes.count() == 1
    scan(qtbot, window, h.shelf_b1.code)
    assert v.message.text() == "1 box moved to LOC-B-01-1."
    assert Box.get_by_id(h.boxes[0].id).location_id == h.shelf_a1.id
    assert Box.get_by_id(h.boxes[1].id).location_id == h.shelf_b1.id
