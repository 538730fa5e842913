"""The keyboard-wedge scanner filter: bursts are scans and never land as text; people
typing are not disturbed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.scanner import ScannerFilter, ScannerSettings


@pytest.fixture
def scene(qapp, qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit()
    other = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scanner = ScannerFilter(ScannerSettings(gap_ms=30, min_length=4))
    qapp.installEventFilter(scanner)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    yield scanner, field, other, scans
    qapp.removeEventFilter(scanner)


def burst(widget: QWidget, text: str, end=Qt.Key.Key_Return) -> None:
    """A scanner: every key at once (well under a millisecond apart), then Enter."""
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, end)


def type_slowly(qtbot, widget: QWidget, text: str, gap_ms: int = 80) -> None:
    for char in text:
        QTest.keyClicks(widget, char)
        qtbot.wait(gap_ms)


def test_a_burst_ending_in_enter_is_a_scan_and_leaves_the_field_alone(scene, qtbot):
    scanner, field, _, scans = scene
    field.setText("Jackets")
    entered = []
    field.returnPressed.connect(lambda: entered.append(True))
    burst(field, "BOX-004217")
    assert scans == ["BOX-004217"]
    qtbot.wait(80)
    assert field.text() == "Jackets" and not entered and scanner.holding == 0


def test_capitals_with_shift_and_tab_ending(scene):
    _, field, _, scans = scene
    QTest.keyClick(field, Qt.Key.Key_Shift)
    QTest.keyClicks(field, "LOC-A-03-2")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert scans == ["LOC-A-03-2"]
    assert field.text() == ""


def test_typing_lands_in_the_field_and_is_no_scan(scene, qtbot):
    _, field, _, scans = scene
    type_slowly(qtbot, field, "soap 12")
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(60)
    assert field.text() == "soap 12"
    assert scans == []


def test_a_short_fast_word_and_enter_is_typing(scene, qtbot):
    _, field, _, scans = scene
    entered = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    burst(field, "ok")
    assert scans == [] and entered == ["ok"] and field.text() == "ok"


def test_a_burst_without_an_ending_is_given_back_as_typing(scene, qtbot):
    _, field, _, scans = scene
    QTest.keyClicks(field, "12345")
    qtbot.waitUntil(lambda: field.text() == "12345", timeout=1000)
    assert scans == []


def test_backspace_in_the_middle_is_typing(scene, qtbot):
    _, field, _, scans = scene
    QTest.keyClicks(field, "abc")
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, "d")
    qtbot.wait(80)
    assert field.text() == "abd" and scans == []


def test_keys_go_back_to_the_widget_they_were_typed_in(scene, qtbot):
    _, field, other, scans = scene
    QTest.keyClicks(field, "x")
    other.setFocus()  # focus moves before the held key is given back
    qtbot.wait(80)
    assert field.text() == "x" and other.text() == ""


def test_prefix_is_required_and_stripped(scene, qtbot):
    scanner, field, _, scans = scene
    scanner.configure(ScannerSettings(gap_ms=30, min_length=4, prefix="#", suffix="$"))
    burst(field, "#3017620422003$")
    burst(field, "3017620422003")
    qtbot.wait(80)
    assert scans == ["3017620422003"]
    assert field.text() == "3017620422003"  # no prefix: typed (pasted) text, left alone


def test_settings_round_trip_and_ignore_unknown_keys():
    s = ScannerSettings(gap_ms=40, prefix="#")
    assert ScannerSettings.from_dict({**s.to_dict(), "future": 1}) == s
    assert ScannerSettings.from_dict(None) == ScannerSettings()


def test_disabled_scanner_lets_everything_through(scene, qtbot):
    scanner, field, _, scans = scene
    scanner.configure(ScannerSettings(enabled=False))
    burst(field, "BOX-000001")
    assert scans == [] and field.text() == "BOX-000001"


def test_opening_a_screen_wakes_only_this_windows_filters(qtbot, qapp, make_window, db_url,
                                                          hangar):
    """The filters sleep while a screen is built; a closed window's filters, taken out for
    good, must not come back with them and swallow the next scan."""
    from tests.ui.intake.driving import open_screen, open_window, scan, sign_in
    from ui.main_window import ActivityWatcher

    closed = open_window(qtbot, make_window, db_url)
    watchers = [o for o in qapp.children()
                if isinstance(o, ActivityWatcher) and o.ctx is closed.ctx]
    for gone in (closed.ctx.scanner, *watchers):  # as ui.app.dispose takes them out
        qapp.removeEventFilter(gone)
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, hangar.vol)  # builds the Scan screen, filters asleep meanwhile
    open_screen(qtbot, window, "moves")
    scan(qtbot, window, hangar.shelf_a1.code)  # asserts the filter saw exactly one scan
