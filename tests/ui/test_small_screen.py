"""Hangar on the laptops hangars actually have: every page a volunteer sees fits a
1280 x 720 screen, with the demo's long organisation names."""

from __future__ import annotations

from models import Organisation
from tests.ui.intake.driving import (
    SCREEN_H,
    SCREEN_W,
    assert_fits_a_small_laptop,
    idle,
    sign_in_and_open_intake,
)

LONG_NAMES = (
    "Community Kitchen Collective", "Cabin Workshop Collective", "Dunes Distribution Team",
    "Shelter Hands Network", "Little Steps Baby Aid", "Clean Dignity Project",
)


def test_sign_in_and_intake_fit_a_small_laptop(qtbot, make_window, db_url, pin_hangar):
    for n, name in enumerate(LONG_NAMES):
        Organisation.create(code=f"LONG{n}", name=name, colour="#8c564b")
    pin_hangar.aid.name = "Aid Beyond Walls Association"
    pin_hangar.aid.save()
    window, _intake = sign_in_and_open_intake(qtbot, make_window, db_url, pin_hangar)
    idle(qtbot)
    assert_fits_a_small_laptop(window, "intake")
    window.switch_person()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=5000)
    idle(qtbot)
    assert_fits_a_small_laptop(window, "sign-in")


def test_every_screen_in_the_navigation_fits_and_each_is_reachable(
        qtbot, make_window, db_url, pin_hangar):
    """A coordinator with every screen of the hangar: the jobs' list scrolls inside the
    window instead of making it taller, and each job can be brought into view and tapped."""
    from PySide6.QtCore import QPoint, Qt

    from ui import nav

    window, _intake = sign_in_and_open_intake(qtbot, make_window, db_url, pin_hangar)
    workspace = window.workspace
    workspace.set_nav([(spec.key, spec.title_text()) for spec in nav.SCREENS])
    window.resize(SCREEN_W, SCREEN_H)
    idle(qtbot)
    assert_fits_a_small_laptop(window, "all screens")
    qtbot.waitUntil(lambda: window.height() <= SCREEN_H, timeout=3000)
    assert len(workspace.nav_buttons) == len(nav.SCREENS)
    workspace.screen_chosen.disconnect(window.show_screen)  # most are not written yet
    chosen: list[str] = []
    workspace.screen_chosen.connect(chosen.append)
    viewport = workspace.nav_scroll.viewport()
    for key, button in workspace.nav_buttons.items():
        workspace.nav_scroll.ensureWidgetVisible(button, 0, 0)
        qtbot.wait(10)
        top_left = button.mapTo(viewport, QPoint(0, 0))
        bottom = top_left.y() + button.height()
        assert top_left.y() >= 0 and bottom <= viewport.height(), f"{key} out of view"
        assert top_left.x() >= 0 and top_left.x() + button.width() <= viewport.width(), key
        assert button.isVisible() and button.width() > 100
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chosen == [spec.key for spec in nav.SCREENS]
