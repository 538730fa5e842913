"""What every screen and page of the window is made of, written once.

A screen holds the window's context (`ctx`: session, events, settings), its `view` (the
widgets, built by the view's class and filling the screen edge to edge), the person
acting (`actor`), and one line of news: `say(text, kind)` shows it, `refused(error)`
words a refusal of the core there in the person's language; anything unforeseen goes to
the error dialog, which logs it, so that no traceback reaches a person.

    class MoveScreen(ScanningScreen):
        def __init__(self, ctx, parent=None):
            super().__init__(ctx, MoveView, parent)

A ScanningScreen is one a volunteer scans on: its news is also flashed on the window's
edges and heard (ui.feedback), and `on_scan` answers whether the scan was its own.

The texts of a screen are translated in its own class (`self.tr`), never here: the
translation files are keyed by class, and PySide's `tr` in a base class would look them up
under the base's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.error_dialog import show_error
from ui.feedback import signal
from ui.messages import describe
from warehouse_app.errors import HangarError


class Screen(QWidget):
    def __init__(self, ctx: AppContext, view: Callable[[QWidget], QWidget],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = view(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    @property
    def actor(self):
        """The person signed in (a models.User), None before anyone is."""
        return self.ctx.session.user

    def show_message(self, text: str, kind: str) -> None:
        """Where the news goes: the view's line (a page with a banner says so itself)."""
        self.view.show_message(text, kind)

    def say(self, text: str, kind: str = "info") -> None:
        self.show_message(text, kind)

    def refused(self, error: Exception) -> None:
        if isinstance(error, HangarError):
            self.say(describe(error), "problem")
        else:
            show_error(self, error)


class ScanningScreen(Screen):
    def say(self, text: str, kind: str = "info") -> None:
        self.show_message(text, kind)
        signal(self, kind)  # "ok" and "problem" are seen and heard; "info" stays quiet

    def on_scan(self, code: str) -> bool:
        """Whether this screen took the scan; when not, the window looks it up."""
        return False
