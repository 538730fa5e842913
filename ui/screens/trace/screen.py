"""Trace and recall: scan or type a lot, a donation receipt, a product barcode or a meal
batch and read the whole answer on one page (trace_desk.trace, both ways); export it to
Excel as an operation. A recall is answered in a minute: one scan, one page, one file."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.context import AppContext
from ui.feedback import signal
from ui.messages import describe
from ui.operations import run_op
from ui.screens.base import Screen
from ui.screens.kitchen.words import moment
from ui.screens.trace.answer import answer_html
from ui.screens.trace.view import TraceView
from ui.widgets import big_button, clear_layout, fill_grid
from warehouse_app import config
from warehouse_app.trace import desk as trace_desk
from warehouse_app.trace.desk import TraceAnswer


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return (Path(documents) if documents else config.data_dir()) / "Hangar recalls"


class TraceScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, TraceView, parent)
        self.answer: TraceAnswer | None = None
        self.exported: Path | None = None
        self.view.folder.setText(str(default_folder()))
        self.view.trace_asked.connect(self.trace)
        self.view.export_asked.connect(self.export)
        self.view.browse_asked.connect(self.browse)
        ctx.events.stock_changed.connect(self.retrace)
        ctx.session.changed.connect(self.clear)

    def clear(self) -> None:
        """Another person: the last answer was read with the previous person's rights."""
        self.answer = None
        v = self.view
        v.code.clear()
        v.answer.clear()
        v.error.clear()
        v.result.clear()
        v.choices_hint.hide()
        clear_layout(v.choices)
        v.export_button.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange and self.answer is not None:
            self._render()  # the page is written again in the new language
        super().changeEvent(event)

    def on_scan(self, code: str) -> bool:
        self.view.code.setText(code)
        self.trace(code)
        return True

    def trace(self, code: str) -> None:
        actor = self.ctx.session.user
        if actor is None or not code.strip():
            return
        self.view.error.clear()
        self.view.result.clear()
        run_op(self, trace_desk.trace, actor, code, on_success=self.show_answer,
               on_failure=self._failed)

    def retrace(self) -> None:
        """Stock moved: the answer on screen is read again, so it never shows stale shelves."""
        actor = self.ctx.session.user
        if actor is not None and self.answer is not None and self.answer.kind != "item" \
                and self.isVisible():
            run_op(self, trace_desk.trace, actor, self.answer.code,
                   on_success=self._traced_again, on_failure=self._failed)

    def _traced_again(self, answer: TraceAnswer) -> None:
        self.answer = answer
        self._render()

    def show_answer(self, answer: TraceAnswer) -> None:
        self.answer = answer
        self._render()
        signal(self, "ok")

    def _render(self) -> None:
        answer, v = self.answer, self.view
        buttons = []
        for choice in answer.choices:
            dated = f" · {moment(choice.date)}" if choice.date else ""
            button = big_button(f"{choice.code}{dated}", role="")
            button.setObjectName(f"lot_{choice.code}")
            button.clicked.connect(lambda _=False, c=choice.code: self._pick_lot(c))
            buttons.append(button)
        fill_grid(v.choices, buttons, 4)
        v.choices_hint.setVisible(answer.kind == "item")
        if answer.kind == "item":
            v.answer.setHtml(f"<h2>{escape(answer.item)}</h2>" + ("" if answer.choices else
                             escape(self.tr("No lot of this item was ever received."))))
        else:
            v.answer.setHtml(answer_html(answer))
        v.export_button.setEnabled(bool(answer.traces))

    def _pick_lot(self, code: str) -> None:
        self.view.code.setText(code)
        self.trace(code)

    def _failed(self, error: Exception) -> None:
        self.view.error.setText(describe(error))
        self.view.export_button.setEnabled(self.answer is not None and bool(self.answer.traces))
        signal(self, "problem")

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the trace"),
                                                  self.view.folder.text())
        if folder:
            self.view.folder.setText(folder)

    def export(self) -> None:
        if self.answer is None or not self.answer.traces:
            return
        folder = self.view.folder.text().strip() or str(default_folder())
        self.view.export_button.setEnabled(False)
        run_op(self, trace_desk.export, self.answer, folder, on_success=self._exported,
               on_failure=self._failed, progress_label=self.tr("Writing the workbook…"))

    def _exported(self, path: Path) -> None:
        self.exported = Path(path)
        self.view.export_button.setEnabled(True)
        self.view.result.setText(self.tr("Written: {path}").format(path=path))
