"""Delayed feedback for an operation (after Anki's progress.py): nothing for a quick job,
a busy cursor after 300 ms, a progress dialog after 600 ms that can cancel the job.

It only reads the job's `ProgressState`, polled from the GUI thread: the worker never
touches a widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

if TYPE_CHECKING:
    from warehouse_app.progress import ProgressState

CURSOR_AFTER_MS = 300
DIALOG_AFTER_MS = 600
POLL_MS = 100


class DelayedProgress(QObject):
    def __init__(self, parent: QWidget | None, state: ProgressState, label: str,
                 cancellable: bool):
        super().__init__(parent)
        self._parent = parent
        self._state = state
        self._label = label
        self._cancellable = cancellable
        self._cursor_set = False
        self.dialog: QProgressDialog | None = None
        self._cursor_timer = self._single_shot(CURSOR_AFTER_MS, self._show_cursor)
        self._dialog_timer = self._single_shot(DIALOG_AFTER_MS, self._show_dialog)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._update_dialog)

    def _single_shot(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def start(self) -> None:
        self._cursor_timer.start()
        self._dialog_timer.start()

    def stop(self) -> None:
        for timer in (self._cursor_timer, self._dialog_timer, self._poll):
            timer.stop()
        if self._cursor_set:
            QApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _show_cursor(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._cursor_set = True

    def _show_dialog(self) -> None:
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setLabelText(self._label or self.tr("Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self._cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self._update_dialog()
        dialog.show()
        self._poll.start()

    def _update_dialog(self) -> None:
        if self.dialog is None:
            return
        done, total, label = self._state.snapshot()
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setMaximum(0)  # a moving bar: we do not know how long
        if self._state.cancelled:
            self.dialog.setLabelText(self.tr("Stopping…"))
        elif label:
            self.dialog.setLabelText(label)

    def _cancel(self) -> None:
        self._state.cancel()
        self._update_dialog()
