"""Who did what in the real window: a coordinator opens it and sees the document a
volunteer just posted, at the top, with who, what and for whom; filters by person and
kind; the screen is not offered to a volunteer."""

from __future__ import annotations

from tests.ui.intake.driving import idle, open_window, sign_in, sign_in_and_open
from tests.ui.test_stock_screen import _read_all, _shown


def test_a_coordinator_sees_what_a_volunteer_just_posted(qtbot, make_window, db_url,
                                                         pin_hangar):
    from warehouse_app.intake.receipts import receive_scan

    h = pin_hangar
    earlier = receive_scan(h.vol_ref, h.ref, h.soap, 2).document
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.coord, "audit", "2468")
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
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.vol)
    idle(qtbot)
    assert "audit" not in window.workspace.nav_buttons
    assert "stock" in window.workspace.nav_buttons
