"""The count sheet from the counting page: Export writes the open session's sheet to an
.xlsx chosen by the person (to print, or to fill on a tablet), Import reads a filled one
back into the session. The core (`counts_sheet`) imports every row or none: when rows are
refused, each is listed below the lines by row, column and problem, as the core names
them, so the sheet can be corrected and imported again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ui.operations import run_op
from ui.screens.counts.lines import SheetProblemsModel
from warehouse_app.counts.desk import export_sheet, import_sheet
from warehouse_app.counts.sheet import SheetProblems

if TYPE_CHECKING:
    from ui.screens.counts.screen import CountScreen


class CountSheets(QObject):
    def __init__(self, screen: CountScreen):
        super().__init__(screen)
        self.screen = screen
        self.problems = SheetProblemsModel(self)
        screen.view.problems_table.setModel(self.problems)
        screen.view.export_button.clicked.connect(self.export)
        screen.view.import_button.clicked.connect(self.import_filled)

    def clear(self) -> None:
        self.problems.set_lines([])
        self.screen.view.show_sheet_problems("")

    def export(self) -> None:
        screen = self.screen
        if screen.session is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            screen, self.tr("Save the count sheet"), f"{screen.session.code}.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        run_op(screen, export_sheet, screen.actor, screen.session.id, path,
               on_success=lambda n: screen.say(self.tr(
                   "Count sheet saved: {path} ({count} line(s) to count).").format(
                       path=path, count=n), "ok"),
               on_failure=screen.refused, on_cancel=screen.stopped,
               progress_label=self.tr("Writing the count sheet…"), cancellable=True)

    def import_filled(self) -> None:
        screen = self.screen
        if screen.session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            screen, self.tr("Filled count sheet"), "", self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        run_op(screen, import_sheet, screen.actor, screen.session.id, path,
               on_success=self._imported, on_failure=self._refused,
               on_cancel=screen.stopped, progress_label=self.tr("Reading the count sheet…"),
               cancellable=True)

    def _imported(self, result) -> None:
        screen = self.screen
        written, screen.session, lines, places = result
        screen.places.set_lines(places)
        self.clear()
        screen.show_place()
        screen.show_lines(lines)
        screen.say(self.tr("Count sheet imported: {count} line(s) counted.").format(
            count=written), "ok")

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, SheetProblems):
            self.screen.refused(error)
            return
        self.problems.set_lines(error.problems)
        rows = len({n for n, _column, _problem in error.problems})
        text = self.tr("Nothing was imported: {count} row(s) of the sheet need correcting."
                       ).format(count=rows)
        self.screen.view.show_sheet_problems(text)
        self.screen.say(text, "problem")
