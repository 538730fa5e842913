"""Driving the Kitchen and Trace screens as their people do: the window opened with a slow
desk PC's scanner settings, a person signed in by tapping (and their PIN on the keypad),
a nav button tapped; a table read as the screen shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.intake_driving import SCANNER_GAP_MS, idle, tap


def open_window(qtbot, make_window, db_url):
    from ui.scanner import ScannerSettings

    window = make_window(db_url)
    window.ctx.scanner.configure(ScannerSettings(gap_ms=SCANNER_GAP_MS))
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    window.activateWindow()
    return window


def sign_in_and_open(qtbot, window, org, person, nav: str, pin: str | None = "2468"):
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
    tap(qtbot, window, f"nav_{nav}")
    idle(qtbot)
    return window.screens[nav]


def table_texts(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]
