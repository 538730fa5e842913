"""Driving the real intake screen as a volunteer would: taps, and scans that arrive as a
USB scanner sends them (keys a few ms apart, then Enter) through the app's scanner filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from ui import operations

KEY_GAP_MS = 2  # a scanner sends its keys 1-5 ms apart; the filter allows 30


def idle(qtbot, timeout: int = 10_000) -> None:
    """Every operation asked has finished and its result is on screen."""
    qtbot.waitUntil(lambda: operations.running_count() == 0, timeout=timeout)


def tap(qtbot, window, name: str) -> None:
    idle(qtbot)
    found = [b for top in (window, *QApplication.topLevelWidgets())  # dialogs too
             for b in top.findChildren(QPushButton, name)]
    shown = [b for b in found if b.isVisible()]  # a closed dialog may still hold one
    assert found, f"no button {name}"
    button = (shown or found)[-1]
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def scan(qtbot, window, code: str) -> None:
    """A scanner burst into whatever has the keyboard focus, then wait for its result."""
    idle(qtbot)
    target = QApplication.focusWidget() or window
    for char in code:
        QTest.keyClicks(target, char)
        qtbot.wait(KEY_GAP_MS)
    QTest.keyClick(target, Qt.Key.Key_Return)
    idle(qtbot)


def type_slowly(qtbot, widget, text: str, gap_ms: int = 70) -> None:
    """A person typing: slower than any scanner, so the filter hands the keys on."""
    for char in text:
        QTest.keyClicks(widget, char)
        qtbot.wait(gap_ms)


def sign_in_and_open_intake(qtbot, make_window, db_url, hangar):
    window = make_window(db_url)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    window.activateWindow()
    tap(qtbot, window, f"organisation_{hangar.aid.id}")
    tap(qtbot, window, f"person_{hangar.vol.id}")
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    tap(qtbot, window, "nav_intake")
    idle(qtbot)
    return window, window.screens["intake"]
