"""Driving the real intake screen as a volunteer would: taps, and scans that arrive as a
USB scanner sends them (keys a few ms apart, then Enter) through the app's scanner filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from ui import operations

KEY_GAP_MS = 2  # a scanner sends its keys 1-5 ms apart
# The filter's longest pause inside a scan, raised from the default 30 ms as a slow desk
# PC's settings would: a test machine running two databases and other suites can stall
# a synchronous key sender that long (a real scanner's keys queue up and come together).
SCANNER_GAP_MS = 60
TYPING_GAP_MS = 150  # a person typing: slower than any scanner pause
# Before a burst: the page a tap or the last scan showed paints first. A first paint can
# hold the event loop longer than the scanner gap, which would split the burst in a test
# (a real scanner's keys wait in the OS queue meanwhile and arrive together).
SETTLE_MS = 120


def idle(qtbot, timeout: int = 10_000) -> None:
    """Every operation asked has finished and its result is on screen."""
    qtbot.waitUntil(lambda: operations.running_count() == 0, timeout=timeout)


def tap(qtbot, window, name: str) -> None:
    idle(qtbot)
    def shown() -> list[QPushButton]:
        # this window's buttons, and those of its dialogs; a closed dialog or window of an
        # earlier step may still hold a button of that name, hidden
        tops = [window, *(t for t in QApplication.topLevelWidgets()
                          if t is not window and t.isVisible() and t.parent() is not None)]
        return [b for top in tops for b in top.findChildren(QPushButton, name)
                if b.isVisible() and b.isEnabled()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
    qtbot.mouseClick(shown()[-1], Qt.MouseButton.LeftButton)


def scan(qtbot, window, code: str) -> None:
    """A scanner burst into whatever has the keyboard focus, then wait for its result."""
    idle(qtbot)
    qtbot.wait(SETTLE_MS)
    target = QApplication.focusWidget() or window
    scans: list[str] = []
    window.ctx.scanner.scanned.connect(scans.append)
    for char in code:
        QTest.keyClicks(target, char)
        qtbot.wait(KEY_GAP_MS)
    QTest.keyClick(target, Qt.Key.Key_Return)
    window.ctx.scanner.scanned.disconnect(scans.append)
    assert scans == [code], f"the scanner filter did not see one scan of {code}: {scans}"
    idle(qtbot)


def type_slowly(qtbot, widget, text: str, gap_ms: int = TYPING_GAP_MS) -> None:
    """A person typing: slower than any scanner, so the filter hands the keys on."""
    for char in text:
        QTest.keyClicks(widget, char)
        qtbot.wait(gap_ms)


def sign_in_and_open_intake(qtbot, make_window, db_url, hangar):
    from ui.scanner import ScannerSettings

    window = make_window(db_url)
    window.ctx.scanner.configure(ScannerSettings(gap_ms=SCANNER_GAP_MS))
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    window.activateWindow()
    tap(qtbot, window, f"organisation_{hangar.aid.id}")
    tap(qtbot, window, f"person_{hangar.vol.id}")
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    tap(qtbot, window, "nav_intake")
    idle(qtbot)
    return window, window.screens["intake"]
