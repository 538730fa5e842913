"""Driving the real window as the hangar's people do, for every screen's tests: the window
opened with a slow desk PC's scanner settings, signing in by tapping (and the PIN on the
keypad), a nav button tapped; taps, and scans that arrive as a USB scanner sends them (keys
a few ms apart, then Enter) through the app's scanner filter; a screen shown on its own;
a table read as the screen shows it, a choice made in a list, the window measured against
the hangar's laptops."""

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
SCREEN_W, SCREEN_H = 1280, 720  # the hangar's laptops


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


def open_window(qtbot, make_window, db_url):
    """The window on `db_url`, its database open, the scanner filter set as a slow PC's."""
    from ui.scanner import ScannerSettings

    window = make_window(db_url)
    window.ctx.scanner.configure(ScannerSettings(gap_ms=SCANNER_GAP_MS))
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    window.activateWindow()
    return window


def sign_in(qtbot, window, person, pin: str | None = None) -> None:
    """Sign out whoever is in, then sign `person` in by tapping their organisation and their
    name, and `pin` on the keypad when their role needs one."""
    if window.ctx.session.signed_in:
        window.ctx.session.sign_out()
        qtbot.waitUntil(lambda: not window.ctx.session.signed_in, timeout=10_000)
    tap(qtbot, window, f"organisation_{person.organisation_id}")
    tap(qtbot, window, f"person_{person.id}")
    if pin is not None:
        pages = window.sign_in.view.pages
        qtbot.waitUntil(lambda: pages.currentIndex() == 2, timeout=10_000)  # the PIN pad
        press_pin(qtbot, window, pin)
    qtbot.waitUntil(lambda: window.ctx.session.user is not None
                    and window.ctx.session.user.id == person.id, timeout=10_000)


def press_pin(qtbot, window, pin: str) -> None:
    """Tap `pin` then OK on the sign-in page's keypad."""
    keys = window.sign_in.view.keys
    for key in pin:
        qtbot.mouseClick(keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keys["ok"], Qt.MouseButton.LeftButton)


def open_screen(qtbot, window, key: str):
    """Tap the navigation's `key` button: the screen, once what it asked for is shown."""
    tap(qtbot, window, f"nav_{key}")
    idle(qtbot)
    return window.screens[key]


def sign_in_and_open(qtbot, window, person, key: str, pin: str | None = None):
    """`person` signed in (see sign_in), then their screen `key` opened."""
    sign_in(qtbot, window, person, pin)
    return open_screen(qtbot, window, key)


def sign_in_and_open_intake(qtbot, make_window, db_url, hangar):
    """A new window, the volunteer signed in, on the intake screen."""
    window = open_window(qtbot, make_window, db_url)
    return window, sign_in_and_open(qtbot, window, hangar.vol, "intake")


def screen_alone(qtbot, screen_class, user):
    """A screen shown on its own, outside the window, for `user` signed in; with no
    database URL of its own (the tests run its operations inline, on their connection)."""
    from ui.context import AppContext

    ctx = AppContext(db_url="")
    ctx.session.user = user
    screen = screen_class(ctx)
    qtbot.addWidget(screen)
    screen.show()
    idle(qtbot)
    return screen


def table_texts(model) -> list[list[str]]:
    """What a table shows, row by row."""
    return [[model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def choose(combo, data) -> None:
    """Pick the entry of `combo` holding `data`, which must be offered."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def assert_fits_a_small_laptop(window, what: str = "the page") -> None:
    """The window's current page fits a 1280 x 720 screen."""
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, (
        f"{what} needs {hint.width()} x {hint.height()}")
