"""Hangar on the laptops hangars actually have: every page a volunteer sees fits a
1280 x 720 screen, with the demo's long organisation names."""

from __future__ import annotations

from models import Organisation
from tests.ui.intake_driving import idle, sign_in_and_open_intake

SCREEN_W, SCREEN_H = 1280, 720
LONG_NAMES = (
    "Community Kitchen Collective", "Cabin Workshop Collective", "Dunes Distribution Team",
    "Shelter Hands Network", "Little Steps Baby Aid", "Clean Dignity Project",
)


def _fits(window) -> tuple[int, int]:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    return hint.width(), hint.height()


def test_sign_in_and_intake_fit_a_small_laptop(qtbot, make_window, db_url, pin_hangar):
    for n, name in enumerate(LONG_NAMES):
        Organisation.create(code=f"LONG{n}", name=name, colour="#8c564b")
    pin_hangar.aid.name = "Aid Beyond Walls Association"
    pin_hangar.aid.save()
    window, _intake = sign_in_and_open_intake(qtbot, make_window, db_url, pin_hangar)
    idle(qtbot)
    width, height = _fits(window)
    assert width <= SCREEN_W and height <= SCREEN_H, f"intake needs {width} x {height}"
    window.switch_person()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=5000)
    idle(qtbot)
    width, height = _fits(window)
    assert width <= SCREEN_W and height <= SCREEN_H, f"sign-in needs {width} x {height}"
