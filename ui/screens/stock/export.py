"""Export of what the stock screen shows (the tab, its filters and its order) to an
.xlsx the person names: a cancellable operation with a progress bar; the core writes
the workbook (warehouse_app.stock.browser / stock_ledger) and leaves nothing behind
when cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog

from ui.operations import Operation, run_op
from ui.screens.stock.view import MOVEMENTS_TAB
from ui.widgets import show_banner
from warehouse_app import clock
from warehouse_app.stock.browser import export_stock
from warehouse_app.stock.movements import export_ledger


class StockExport(QObject):
    def __init__(self, screen):
        super().__init__(screen)
        self.screen = screen
        self.view = screen.view
        self.operation: Operation | None = None
        self.written: Path | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(150)
        self._poll.timeout.connect(self._show_progress)

    def start(self) -> None:
        screen = self.screen
        movements = self.view.tabs.currentIndex() == MOVEMENTS_TAB
        name = f"{'movements' if movements else 'stock'}-{clock.today():%Y-%m-%d}.xlsx"
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            screen, self.tr("Export to Excel"), str(Path(folder or ".") / name),
            self.tr("Excel workbook (*.xlsx)"))
        if not path or screen.actor is None:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if movements:
            fn, sort, descending = export_ledger, screen.ledger_sort, screen.ledger_descending
        else:
            fn, sort, descending = export_stock, screen.stock_sort, screen.stock_descending
        self.view.set_exporting(True)
        self.operation = run_op(
            screen, fn, screen.actor, screen.current_filter(), sort, descending, path,
            cancellable=True, progress_label=self.tr("Writing the workbook…"), serial=False,
            on_success=lambda rows: self._written(path, rows),
            on_failure=self._failed, on_cancel=self._cancelled)
        if not self.operation.done:
            self._poll.start()

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _show_progress(self) -> None:
        if self.operation is None:
            return
        done, total, _ = self.operation.state.snapshot()
        if total:
            self.view.progress.setRange(0, total)
            self.view.progress.setValue(min(done, total))

    def _ended(self) -> None:
        self._poll.stop()
        self.operation = None
        self.view.set_exporting(False)

    def _written(self, path: str, rows: int) -> None:
        self._ended()
        self.written = Path(path)
        show_banner(self.view.banner, self.tr("{count} rows written to {path}").format(
            count=f"{rows:,}", path=path), "ok")
        self.view.banner.show()

    def _failed(self, error: Exception) -> None:
        self._ended()
        self.screen.show_refusal(error)

    def _cancelled(self) -> None:
        self._ended()
        show_banner(self.view.banner, self.tr("Export cancelled: nothing was written."), "info")
        self.view.banner.show()
