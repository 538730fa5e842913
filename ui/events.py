"""What changed, told to every screen that shows it: one bus of Qt signals.

An operation that changes stock emits `stock_changed` once it has committed; a screen
that shows stock connects to it and refreshes itself. Screens never call each other.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# The names an operation may pass as `changes=...`; each is a signal of EventBus.
CHANGE_KINDS = ("stock", "catalogue", "people", "settings", "database")


class EventBus(QObject):
    stock_changed = Signal()
    catalogue_changed = Signal()
    people_changed = Signal()  # organisations, users
    settings_changed = Signal()  # the workstation's settings file
    database_changed = Signal()  # another database was opened

    def emit_changes(self, changes: Iterable[str]) -> None:
        for kind in changes:
            if kind not in CHANGE_KINDS:
                raise KeyError(f"unknown change kind {kind!r}")
            getattr(self, f"{kind}_changed").emit()


_bus: EventBus | None = None


def bus() -> EventBus:
    """The application's bus (created on first use, in the GUI thread)."""
    global _bus
    if _bus is None:
        _bus = EventBus()
    return _bus
