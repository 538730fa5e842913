"""The count screen as the hangar uses it: a coordinator starts a blind count, a volunteer
counts it with the scanner and submits, a coordinator who did not count reviews the
variances with reasons and approves; one who counted cannot."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.factories import put_stock
from tests.ui.intake_driving import SCANNER_GAP_MS, idle, scan, tap

SOAP_PACK = "4006381333931"  # a pack of 10 soap bars


@pytest.fixture
def shelves(pin_hangar):
    from models import Box
    from warehouse_app import catalogue

    h = pin_hangar
    catalogue.link_barcode(h.admin, SOAP_PACK, h.soap, 10)
    h.box = Box.create(code="BOX-000101", owner=h.aid, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.soap, 40, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.jacket_m, 12, location=h.shelf_a1, box=h.box)
    put_stock(h.admin, h.ref, h.soap, 5, location=h.shelf_a1)  # another NGO's, same shelf
    return h


def _open_window(qtbot, make_window, db_url):
    from ui.scanner import ScannerSettings

    window = make_window(db_url)
    window.ctx.scanner.configure(ScannerSettings(gap_ms=SCANNER_GAP_MS))
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    window.activateWindow()
    return window


def _sign_in(qtbot, window, org, person, pin: str | None = None):
    if window.ctx.session.signed_in:
        window.ctx.session.sign_out()
        qtbot.waitUntil(lambda: not window.ctx.session.signed_in, timeout=5000)
    tap(qtbot, window, f"organisation_{org.id}")
    tap(qtbot, window, f"person_{person.id}")
    if pin is not None:
        view = window.sign_in.view
        qtbot.waitUntil(lambda: view.pages.currentIndex() == 2, timeout=5000)
        for key in pin:
            qtbot.mouseClick(view.keys[key], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session.user is not None
                    and window.ctx.session.user.id == person.id, timeout=5000)
    tap(qtbot, window, "nav_counts")
    idle(qtbot)
    return window.screens["counts"]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_a_blind_count_by_scanning_reviewed_with_reasons_and_approved(
        qtbot, make_window, db_url, shelves):
    from models import Balance, CountSession, Document

    h = shelves
    window = _open_window(qtbot, make_window, db_url)

    # a coordinator starts a blind count of AID's shelf A 01 1
    screen = _sign_in(qtbot, window, h.aid, h.coord, "2468")
    v = screen.view
    assert v.start_panel.isVisible()
    _choose(v.owner_combo, h.aid.id)
    _choose(v.location_combo, h.shelf_a1.id)
    v.blind_check.setChecked(True)
    tap(qtbot, window, "start_count")
    idle(qtbot)
    session = CountSession.get()
    assert session.blind and session.status == "open"

    # a volunteer counts it with the scanner
    screen = _sign_in(qtbot, window, h.aid, h.vol)
    v = screen.view
    assert not v.start_panel.isVisible()
    assert v.findChild(type(v.start_button), f"review_{session.id}") is None
    tap(qtbot, window, f"count_{session.id}")
    idle(qtbot)
    scan(qtbot, window, h.shelf_a1.code)
    assert screen.place == (h.shelf_a1.id, h.shelf_a1.code)
    for _ in range(3):
        scan(qtbot, window, SOAP_PACK)
    scan(qtbot, window, h.box.code)
    scan(qtbot, window, h.jacket_m.code)
    scan(qtbot, window, h.jacket_m.code)
    counted = {x.item_code: x.counted for x in screen.counted.lines}
    assert counted == {h.soap.code: Decimal(30), h.jacket_m.code: Decimal(2)}
    # the keypad sets the chosen line (the jacket, just scanned) to what was counted by hand
    v.count_entry.setText("13")
    tap(qtbot, window, "set_count")
    idle(qtbot)
    counted = {x.item_code: x.counted for x in screen.counted.lines}
    assert counted == {h.soap.code: Decimal(30), h.jacket_m.code: Decimal(13)}
    # never a book quantity on a blind count's screen
    texts = [screen.counted.data(screen.counted.index(r, c))
             for r in range(screen.counted.rowCount())
             for c in range(screen.counted.columnCount())]
    assert not any(t and ("40" in t or "12" in t) for t in texts)
    scan(qtbot, window, h.shelf_a1.code)
    tap(qtbot, window, "place_done")
    tap(qtbot, window, "submit_count")
    idle(qtbot)
    assert CountSession.get_by_id(session.id).status == "submitted"

    # the coordinator (who did not count) reviews and approves
    screen = _sign_in(qtbot, window, h.aid, h.coord, "2468")
    v = screen.view
    tap(qtbot, window, f"review_{session.id}")
    idle(qtbot)
    by_item = {x.item_code: x for x in screen.review.lines}
    assert by_item[h.soap.code].difference == Decimal(-10)
    assert by_item[h.jacket_m.code].difference == Decimal(1)
    assert by_item[h.soap.code].difference_kg == Decimal(-1)  # 10 bars of 100 g
    assert v.approve_button.isEnabled(), v.approve_note.text()
    _choose(screen.reason_combos[by_item[h.soap.code].line], "lost")
    idle(qtbot)
    _choose(screen.reason_combos[by_item[h.jacket_m.code].line], "found")
    idle(qtbot)
    tap(qtbot, window, "approve_count")
    idle(qtbot)
    assert "approved" in v.message.text()

    session = CountSession.get_by_id(session.id)
    assert session.status == "approved"
    document = Document.get_by_id(session.document_id)
    assert document.code.startswith("CNT") and document.kind == "count"
    soap = Balance.get((Balance.owner == h.aid) & (Balance.item == h.soap)
                       & (Balance.location_id == h.shelf_a1.id) & (Balance.box_id == 0))
    jackets = Balance.get((Balance.owner == h.aid) & (Balance.item == h.jacket_m)
                          & (Balance.box_id == h.box.id))
    assert soap.quantity == Decimal(30)
    assert jackets.quantity == Decimal(13)
    ref_soap = Balance.get((Balance.owner == h.ref) & (Balance.item == h.soap))
    assert ref_soap.quantity == Decimal(5)  # another NGO's stock is not touched


def test_a_coordinator_who_counted_cannot_approve(qtbot, make_window, db_url, shelves):
    from models import CountSession
    from warehouse_app import counts

    h = shelves
    session = counts.start_count(h.admin, h.aid, locations=[h.shelf_a1], blind=True)
    counts.count_line(h.coord, session, item=h.soap, location=h.shelf_a1, quantity=39)
    counts.submit_count(h.coord, session)

    window = _open_window(qtbot, make_window, db_url)
    screen = _sign_in(qtbot, window, h.aid, h.coord, "2468")
    tap(qtbot, window, f"review_{session.id}")
    idle(qtbot)
    v = screen.view
    assert not v.approve_button.isEnabled()
    assert "You counted in this count" in v.approve_note.text()
    # asking a recount of the chosen line still works for her
    flags = QItemSelectionModel.SelectionFlag
    v.review_table.selectionModel().select(screen.review.index(0, 0),
                                           flags.Select | flags.Rows)
    tap(qtbot, window, "ask_recount")
    idle(qtbot)
    assert screen.review.lines[0].recount_asked, v.message.text()
    assert CountSession.get_by_id(session.id).status == "submitted"

    # a volunteer recounts the line asked for, with the keypad
    screen = _sign_in(qtbot, window, h.aid, h.vol)
    tap(qtbot, window, f"count_{session.id}")
    idle(qtbot)
    v = screen.view
    assert not v.submit_button.isVisible()
    assert [x.recount_asked for x in screen.counted.lines] == [True]
    v.counted_table.selectRow(0)
    v.count_entry.setText("40")
    tap(qtbot, window, "set_count")
    idle(qtbot)
    assert "Every recount is done" in v.message.text()
    lines = counts.counted_lines(h.admin, session)
    assert [(x.counted, x.recount_asked) for x in lines] == [(Decimal(40), False)]
