"""Screenshots of the dashboard on the demo hangar, signed in as a coordinator: at the
README's 1280 x 800, at a 1280 x 720 laptop's size, and in French."""

from __future__ import annotations

from pathlib import Path


def shoot(window, out: Path, sign_in_as) -> None:
    from ui import operations, translation
    from ui.screenshots import SIZE, settle, wait_until
    from ui.screenshots import shoot as save

    sign_in_as("coordinator")
    window.show_screen("dashboard")
    screen = window.screens["dashboard"]
    wait_until(lambda: screen.view.figures is not None and operations.running_count() == 0)
    save(window, out, "20-dashboard")
    window.resize(1280, 720)
    settle(300)
    save(window, out, "20-dashboard-720")
    window.resize(*SIZE)
    translation.set_language("fr")
    settle(300)
    save(window, out, "20-dashboard-fr")
    translation.set_language("en")
    settle()
