"""The monthly stock report from the app: a month, an organisation (a partner sees only
its own; coordinators all of them, and every NGO with the hangar summary at once), a
folder. The export is a cancellable operation; the core decides what may be exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import error_dialog
from ui.context import AppContext
from ui.messages import describe
from ui.operations import Operation, run_op
from ui.screens.base import Screen
from ui.screens.reports_view import ReportsView
from warehouse_app import config
from warehouse_app.errors import HangarError
from warehouse_app.reports.desk import (
    export_all,
    export_one,
    exportable_organisations,
    months_offered,
)

ALL = "all"  # the organisation choice "every NGO, and the hangar summary"
def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else config.data_dir()
    return base / "Hangar reports"


class ReportsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, ReportsView, parent)
        self.operation: Operation | None = None
        self.written: list[Path] = []
        self._poll = QTimer(self)
        self._poll.setInterval(150)
        self._poll.timeout.connect(self._show_progress)
        self.view.export_asked.connect(self.export)
        self.view.cancel_asked.connect(self.cancel)
        self.view.browse_asked.connect(self.browse)
        self.view.open_folder_asked.connect(self.open_folder)
        for month in months_offered():
            self.view.month.addItem(f"{month:%Y-%m}", f"{month:%Y-%m}")
        self.view.folder.setText(str(default_folder()))
        self.view.export_button.setEnabled(False)
        if ctx.session.user is not None:
            run_op(self, exportable_organisations, ctx.session.user,
                   on_success=self._show_organisations, serial=False)

    def _show_organisations(self, found: tuple[list[tuple[int, str, str]], bool]) -> None:
        owners, whole_hangar = found
        combo = self.view.organisation
        combo.clear()
        for owner_id, code, name in owners:
            combo.addItem(f"{code} - {name}", owner_id)
        if whole_hangar:
            combo.addItem(self.tr("All NGOs, and the hangar summary"), ALL)
        self.view.export_button.setEnabled(bool(owners))

    def export(self) -> None:
        actor = self.ctx.session.user
        month = self.view.month.currentData()  # YYYY-MM: the desk reads it
        choice = self.view.organisation.currentData()
        folder = self.view.folder.text().strip() or str(default_folder())
        if actor is None or month is None or choice is None:
            return
        self.view.set_running(True)
        if choice == ALL:
            fn, args = export_all, (actor, month, folder)
        else:
            fn, args = export_one, (actor, choice, month, folder)
        self.operation = run_op(self, fn, *args, on_success=self._exported,
                                on_failure=self._failed, on_cancel=self._cancelled,
                                progress_label=self.tr("Writing the report…"),
                                cancellable=True)
        if not self.operation.done:
            self._poll.start()

    def _show_progress(self) -> None:
        if self.operation is None:
            return
        done, total, text = self.operation.state.snapshot()
        if total:
            self.view.progress.setRange(0, total)
            self.view.progress.setValue(min(done, total))
        self.view.progress_label.setText(text)

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _ended(self) -> None:
        self._poll.stop()
        self.operation = None
        self.view.set_running(False)

    def _exported(self, paths: list[Path]) -> None:
        self._ended()
        self.written = [Path(p) for p in paths]
        self.view.result.setText(self.tr("Written:") + "\n" + "\n".join(str(p) for p in self.written))
        self.view.open_folder_button.setVisible(bool(self.written))

    def _failed(self, error: Exception) -> None:
        self._ended()
        self.view.error.setText(describe(error))
        if not isinstance(error, HangarError):  # a bug: the standard dialog logs it
            error_dialog.show_error(self, error, "")

    def _cancelled(self) -> None:
        self._ended()
        self.view.error.setText(self.tr("Export cancelled: nothing was written."))

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the reports"),
                                                  self.view.folder.text())
        if folder:
            self.view.folder.setText(folder)

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
