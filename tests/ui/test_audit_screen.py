"""Who did what in the real window: a coordinator opens it and sees the document a
volunteer just posted, at the top, with who, what and for whom; filters by person and
kind; the screen is not offered to a volunteer."""

from __future__ import annotations

from tests.ui.intake_driving import idle, tap
from tests.ui.test_stock_screen import _read_all, _shown


def _sign_in(qtbot, make_window, db_url, org, person, pin=None):
    from PySide6.QtCore import Qt

    window = make_window(db_url)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    window.activateWindow()
    tap(qtbot, window, f"organisation_{org.id}")
    tap(qtbot, window, f"person_{person.id}")
    if pin is not None:
        view = window.sign_in.view
        qtbot.waitUntil(lambda: view.pages.currentIndex() == 2, timeout=10_000)
        for key in pin:
            qtbot.mouseClick(view.keys[key], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session.user is not None
                    and window.ctx.session.user.id == person.id, timeout=10_000)
    return window


def test_a_coordinator_sees_what_a_volunteer_just_posted(qtbot, make_window, db_url,
                                                         pin_hangar):
    from warehouse_app.intake import receive_scan

    h = pin_hangar
    earlier = receive_scan(h.vol_ref, h.ref, h.soap, 2).document
    window = _sign_in(qtbot, make_window, db_url, h.aid, h.coord, "2468")
    tap(qtbot, window, "nav_audit")
    screen = window.screens["audit"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)

    posted = receive_scan(h.vol, h.aid, h.jacket_m, 24).document  # the volunteer, meanwhile
    window.ctx.events.stock_changed.emit()  # what the intake screen's operation announces
    idle(qtbot)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=10_000)
    _read_all(qtbot, screen.model)
    rows = _shown(screen.view.table)
    assert rows[0][1:5] == ["Vera", "Donation receipt", "AID", posted.code]
    assert rows[1][4] == earlier.code
    assert "2" in screen.view.count.text()

    v = screen.view
    v.person.setCurrentIndex(v.person.findData(h.vol_ref.id))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    _read_all(qtbot, screen.model)
    assert _shown(v.table)[0][4] == earlier.code
    v.person.setCurrentIndex(0)
    v.kind.setCurrentIndex(v.kind.findData("distribution"))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=10_000)


def test_who_did_what_is_not_offered_to_a_volunteer(qtbot, make_window, db_url, pin_hangar):
    h = pin_hangar
    window = _sign_in(qtbot, make_window, db_url, h.aid, h.vol)
    idle(qtbot)
    assert "audit" not in window.workspace.nav_buttons
    assert "stock" in window.workspace.nav_buttons
