"""The coordinators' "Today": the day and the month at a glance, as charts.

The figures are computed by the core (warehouse_app.dashboard) on a worker, never on the
GUI thread: when the screen is shown, when stock (or an organisation, or the catalogue)
changes, and every few minutes while it stays on screen. One computation at a time: a
change that arrives while one runs asks for one more after it, since the running one
may have read the database before it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from ui import error_dialog
from ui.context import AppContext
from ui.messages import describe
from ui.operations import Operation, run_op
from ui.screens.base import Screen
from ui.screens.dashboard.view import DashboardView
from warehouse_app import clock
from warehouse_app.dashboard import Dashboard, dashboard
from warehouse_app.errors import HangarError

REFRESH_MINUTES = 5


class DashboardScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, DashboardView, parent)
        self.operation: Operation | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MINUTES * 60_000)
        self.timer.timeout.connect(self.refresh)
        self.view.refresh_asked.connect(self.refresh)
        # stock, and the organisations' names and colours, and the catalogue's categories
        for changed in (ctx.events.stock_changed, ctx.events.people_changed,
                        ctx.events.catalogue_changed):
            changed.connect(self._figures_changed)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override: camelCase
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt override: camelCase
        self.timer.stop()
        super().hideEvent(event)

    def _figures_changed(self) -> None:
        if self.isVisible():  # hidden, it refreshes when shown again
            self.refresh()

    @property
    def refreshing(self) -> bool:
        return self.operation is not None and not self.operation.done

    def refresh(self) -> None:
        actor = self.ctx.session.user
        if actor is None:
            return
        if self.refreshing:
            self._again = True
            return
        # quiet: a refresh nobody asked for (a timer, a change elsewhere) must not pop a
        # "please wait" over someone's work when the server is slow
        self.operation = run_op(self, dashboard, actor, on_success=self._computed,
                                on_failure=self._failed, serial=False, quiet=True)

    def _computed(self, figures: Dashboard) -> None:
        self.view.show_figures(figures, clock.local(clock.now()))
        self._next()

    def _failed(self, error: Exception) -> None:
        self.view.show_problem(describe(error))
        if not isinstance(error, HangarError):  # a bug: the standard dialog logs it
            error_dialog.show_error(self, error, "")
        self._next()

    def _next(self) -> None:
        self.operation = None
        if self._again:
            self._again = False
            self.refresh()
