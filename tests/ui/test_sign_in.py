"""Driving the real window: the database opens off the GUI thread, then organisation,
name and (above volunteer) PIN; shift mode and the quick switch of volunteer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _click(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, f"no button {name}"
    qtbot.waitUntil(button.isVisible, timeout=2000)  # a child added to a shown layout shows next
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot, make_window, db_url):
    window = make_window(db_url)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    return window


def test_volunteer_signs_in_with_two_taps(qtbot, make_window, db_url, pin_hangar):
    h = pin_hangar
    window = _open(qtbot, make_window, db_url)
    assert window.pages.currentWidget() is window.sign_in
    _click(qtbot, window, f"organisation_{h.aid.id}")
    _click(qtbot, window, f"person_{h.vol.id}")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=5000)
    assert window.ctx.session.user.id == h.vol.id
    assert "Vera" in window.person_label.text() and "Volunteer" in window.person_label.text()
    assert "Aid Without Borders" in window.organisation_label.text()
    assert "hangar.db" in window.database_label.text() or "postgresql" in window.database_label.text()
    assert "Vera" in window.workspace.who.text()
    # a volunteer sees no screen she may not use; settings and the scan screen are there
    assert {"scan", "settings"} <= set(window.workspace.nav_buttons)


def test_coordinator_needs_the_right_pin(qtbot, make_window, db_url, pin_hangar):
    h = pin_hangar
    window = _open(qtbot, make_window, db_url)
    view = window.sign_in.view
    _click(qtbot, window, f"organisation_{h.aid.id}")
    _click(qtbot, window, f"person_{h.coord.id}")
    assert view.pages.currentIndex() == 2  # the PIN pad
    for key in "1111":
        qtbot.mouseClick(view.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.pin_error.text() != "", timeout=5000)
    assert "Wrong PIN" in view.pin_error.text()
    assert window.ctx.session.user is None
    for key in "2468":
        qtbot.mouseClick(view.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session.user is not None, timeout=5000)
    assert window.ctx.session.user.name == "Colette"
    assert "Coordinator" in window.person_label.text()


def test_shift_mode_keeps_this_shifts_people_one_tap_away(qtbot, make_window, db_url,
                                                          pin_hangar):
    h = pin_hangar
    window = _open(qtbot, make_window, db_url)
    _click(qtbot, window, f"organisation_{h.aid.id}")
    window.sign_in.view.shift_box.setChecked(True)
    _click(qtbot, window, f"person_{h.vol.id}")
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    assert window.ctx.session.shift_mode
    assert window.workspace.switch_button.isVisible()
    # the sign-in screen reloads its buttons off the GUI thread: wait until they are new
    with qtbot.waitSignal(window.sign_in.choices_shown, timeout=5000):
        qtbot.mouseClick(window.workspace.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=5000)
    qtbot.waitUntil(lambda: window.sign_in.view.recent_title.isVisible(), timeout=5000)
    # Rami of another NGO signs in, then Vera comes back with one tap on "this shift"
    _click(qtbot, window, f"organisation_{h.ref.id}")
    _click(qtbot, window, f"person_{h.vol_ref.id}")
    qtbot.waitUntil(lambda: window.ctx.session.user is not None, timeout=5000)
    assert window.ctx.session.user.name == "Rami"
    with qtbot.waitSignal(window.sign_in.choices_shown, timeout=5000):
        window.workspace.switch_person.emit()
    qtbot.waitUntil(lambda: window.sign_in.view.recent_grid.count() == 2, timeout=5000)
    vera = next(window.sign_in.view.recent_grid.itemAt(i).widget()
                for i in range(2) if window.sign_in.view.recent_grid.itemAt(i).widget().text()
                == "Vera")
    qtbot.mouseClick(vera, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session.user is not None, timeout=5000)
    assert window.ctx.session.user.name == "Vera"


def test_sign_out_ends_the_shift(qtbot, make_window, db_url, pin_hangar):
    h = pin_hangar
    window = _open(qtbot, make_window, db_url)
    _click(qtbot, window, f"organisation_{h.aid.id}")
    _click(qtbot, window, f"person_{h.vol.id}")
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    qtbot.mouseClick(window.workspace.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=5000)
    assert window.ctx.session.user is None and window.ctx.session.recent == []
    assert window.person_label.text() == "Nobody signed in"


def test_a_scan_after_signing_in_shows_what_it_is(qtbot, make_window, db_url, pin_hangar):
    from PySide6.QtTest import QTest

    h = pin_hangar
    window = _open(qtbot, make_window, db_url)
    _click(qtbot, window, f"organisation_{h.aid.id}")
    _click(qtbot, window, f"person_{h.vol.id}")
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    lookup = window.screens["scan"]
    lookup.manual.setFocus()
    QTest.keyClicks(lookup.manual, "LOC-A-01-1")
    QTest.keyClick(lookup.manual, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.summary is not None, timeout=5000)
    assert lookup.summary.kind == "location"
    assert lookup.manual.text() == ""  # the scan never landed in the field
    assert "LOC-A-01-1" in lookup.found.text()
    assert window.feedback.last == "ok"


def test_each_person_starts_on_their_own_first_job_unless_the_shift_goes_on(
        qtbot, make_window, db_url, pin_hangar):
    """A coordinator signing in after a volunteer lands on Today, not on the volunteer's
    last screen; the next volunteer of a shift carries on at the same desk."""
    from tests.ui.intake.driving import open_screen, open_window, sign_in, tap

    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.vol)
    assert window.current_key == "scan"
    open_screen(qtbot, window, "moves")
    sign_in(qtbot, window, h.coord, pin="2468")
    assert window.current_key == "dashboard"
    window.ctx.session.end_shift()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=5000)
    tap(qtbot, window, f"organisation_{h.aid.id}")
    window.sign_in.view.shift_box.setChecked(True)
    tap(qtbot, window, f"person_{h.vol.id}")
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    open_screen(qtbot, window, "intake")
    window.workspace.switch_person.emit()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=5000)
    sign_in(qtbot, window, h.vol_ref)
    assert window.current_key == "intake"


def test_a_workstation_whose_clock_is_off_is_told_at_sign_in(qtbot, make_window, db_url,
                                                           pin_hangar, monkeypatch):
    """On PostgreSQL the hangar goes by the server's time: a computer a day ahead says so on
    the sign-in screen, in the person's language. On SQLite its clock is the hangar's."""
    import datetime as dt

    from ui import translation
    from warehouse_app import clock

    real = clock._machine_now
    monkeypatch.setattr(clock, "_machine_now", lambda: real() + dt.timedelta(days=1, hours=2))
    window = _open(qtbot, make_window, db_url)
    warning = window.sign_in.view.clock_warning
    if db_url.startswith("sqlite"):
        qtbot.wait(200)
        assert warning.isHidden()
        return
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    assert warning.text().startswith("This computer's clock is 1 day 2 hours ahead of the hangar's.")
    translation.set_language("fr")
    qtbot.waitUntil(lambda: "avance de 1 jour 2 heures" in warning.text(), timeout=2000)
