"""A picture of Who did what on the demo hangar, for the README (ui.screenshots)."""

from __future__ import annotations

from pathlib import Path

from ui import operations
from ui.screenshots import settle, wait_until
from ui.screenshots import shoot as take


def shoot(window, out: Path, sign_in_as) -> None:
    sign_in_as("coordinator")
    window.show_screen("audit")
    screen = window.screens["audit"]
    wait_until(lambda: screen.choices is not None)
    wait_until(lambda: operations.running_count() == 0)
    wait_until(lambda: screen.model.rowCount() == 0 or screen.model.is_read(0))
    wait_until(lambda: operations.running_count() == 0)
    settle(300)
    take(window, out, "29-audit")
