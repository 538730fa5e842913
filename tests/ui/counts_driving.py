"""Driving the count screen as the hangar does, for its tests: a window with the scanner
set as a slow desk PC's, sign-in by tapping (with the PIN keypad), the Count screen
opened from the navigation; and the shelves those tests count."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.factories import put_stock
from tests.ui.intake_driving import SCANNER_GAP_MS, idle, tap

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


def open_window(qtbot, make_window, db_url):
    from ui.scanner import ScannerSettings

    window = make_window(db_url)
    window.ctx.scanner.configure(ScannerSettings(gap_ms=SCANNER_GAP_MS))
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    window.activateWindow()
    return window


def sign_in_to_counts(qtbot, window, org, person, pin: str | None = None):
    """Sign out whoever is in, sign `person` in by tapping, open Count: its screen."""
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


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def table_texts(model) -> list[list[str]]:
    """What a table shows, row by row."""
    return [[model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def assert_fits_a_small_laptop(window) -> None:
    """The window's current page fits a 1280 x 720 screen (test_small_screen's measure)."""
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1280 and hint.height() <= 720, (
        f"the page needs {hint.width()} x {hint.height()}")
