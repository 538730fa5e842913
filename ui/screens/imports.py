"""Import of a stock sheet or a donations log, as a wizard: file, kind and owner; the
columns mapped (prefilled from the synonyms and the corrections remembered for this
layout); a dry run that lists every refused row; the import itself, one transaction.
Every step runs on the worker; the rules (what is a bad row, who may import) are the
core's."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from ui import error_dialog
from ui.context import AppContext
from ui.messages import describe
from ui.operations import Operation, run_op
from ui.rows import RowsModel
from ui.screens.imports_view import (
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    RESULT_PAGE,
    ImportWizardView,
)
from ui.widgets import clear_layout
from warehouse_app.errors import HangarError
from warehouse_app.imports.columns import FIELDS, IGNORE, normalise
from warehouse_app.imports.desk import Layout, importable_owners, read_layout, run_import
from warehouse_app.imports.rows import ImportResult, RowProblem

KIND_NAMES = {
    "stock": QT_TRANSLATE_NOOP("ImportWizard", "Stock on hand (opening balances or a count)"),
    "donations": QT_TRANSLATE_NOOP("ImportWizard", "Donations received"),
}
FIELD_NAMES = {
    IGNORE: QT_TRANSLATE_NOOP("ImportWizard", "(ignore this column)"),
    "code": QT_TRANSLATE_NOOP("ImportWizard", "Item code"),
    "category": QT_TRANSLATE_NOOP("ImportWizard", "Category"),
    "item": QT_TRANSLATE_NOOP("ImportWizard", "Item"),
    "size": QT_TRANSLATE_NOOP("ImportWizard", "Size"),
    "gender": QT_TRANSLATE_NOOP("ImportWizard", "Gender"),
    "quantity": QT_TRANSLATE_NOOP("ImportWizard", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("ImportWizard", "Unit"),
    "location": QT_TRANSLATE_NOOP("ImportWizard", "Location"),
    "expiry": QT_TRANSLATE_NOOP("ImportWizard", "Expiry date (use-by or best-before)"),
    "use_by": QT_TRANSLATE_NOOP("ImportWizard", "Use-by date"),
    "best_before": QT_TRANSLATE_NOOP("ImportWizard", "Best-before date"),
    "lot": QT_TRANSLATE_NOOP("ImportWizard", "Lot"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "date": QT_TRANSLATE_NOOP("ImportWizard", "Date received"),
    "donor": QT_TRANSLATE_NOOP("ImportWizard", "Donor"),
    "donor_type": QT_TRANSLATE_NOOP("ImportWizard", "Donor type"),
    "weight_kg": QT_TRANSLATE_NOOP("ImportWizard", "Weight (kg)"),
    "boxes": QT_TRANSLATE_NOOP("ImportWizard", "Boxes"),
}
PROBLEM_COLUMNS = (QT_TRANSLATE_NOOP("ImportWizard", "Row"),
                   QT_TRANSLATE_NOOP("ImportWizard", "Column"),
                   QT_TRANSLATE_NOOP("ImportWizard", "Problem"))


def _tr(source: str) -> str:
    return QCoreApplication.translate("ImportWizard", source)


class ProblemsModel(RowsModel):
    """The refused rows: row as the spreadsheet shows it, column, problem."""

    COLUMNS = ("row", "column", "problem")  # titled by PROBLEM_COLUMNS, in this order

    @property
    def problems(self) -> list[RowProblem]:
        return self.rows

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.set_rows(problems)

    def header(self, column: str) -> str:
        return _tr(PROBLEM_COLUMNS[self.COLUMNS.index(column)])

    def cell(self, problem: RowProblem, column: str, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "row":
            return str(problem.row)
        if column == "column":
            return f"{problem.column} ({problem.header})" if problem.column else ""
        return problem.problem


class ImportWizardScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = ImportWizardView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.layout_read: Layout | None = None
        self.mapping_combos: list[QComboBox] = []
        self.preview: ImportResult | None = None
        self.result: ImportResult | None = None
        self.operation: Operation | None = None
        self.model = ProblemsModel(self)
        self.view.problems.setModel(self.model)
        self._poll = QTimer(self)
        self._poll.setInterval(150)
        self._poll.timeout.connect(self._show_progress)
        v = self.view
        for kind, name in KIND_NAMES.items():
            v.kind.addItem(_tr(name), kind)
        v.browse_asked.connect(self.browse)
        v.read_asked.connect(self.read)
        v.preview_asked.connect(self.check_rows)
        v.create_items.toggled.connect(self._create_items_toggled)
        v.import_asked.connect(self.run)
        v.back_asked.connect(self.back)
        v.again_asked.connect(self.again)
        v.cancel_asked.connect(self.cancel)
        v.read_button.setEnabled(False)
        self.show_page(FILE_PAGE)
        if ctx.session.user is not None:
            run_op(self, importable_owners, ctx.session.user, on_success=self._show_owners,
                   serial=False)

    # -- pages -----------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        self.view.pages.setCurrentIndex(page)
        self.view.step.setText(_tr((
            QT_TRANSLATE_NOOP("ImportWizard", "Step 1 of 4: the spreadsheet, what it holds, whose it is."),
            QT_TRANSLATE_NOOP("ImportWizard", "Step 2 of 4: what each column holds."),
            QT_TRANSLATE_NOOP("ImportWizard", "Step 3 of 4: the rows checked; nothing is written yet."),
            QT_TRANSLATE_NOOP("ImportWizard", "Step 4 of 4: done."),
        )[page]))

    def _show_owners(self, owners: list[tuple[int, str, str]]) -> None:
        self.view.owner.clear()
        for owner_id, code, name in owners:
            self.view.owner.addItem(f"{code} - {name}", owner_id)
        self.view.read_button.setEnabled(bool(owners))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Spreadsheet to import"),
                                              self.view.file.text(), self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.view.file.setText(path)

    def back(self) -> None:
        self.view.error.clear()
        self.show_page(max(FILE_PAGE, self.view.pages.currentIndex() - 1))

    def again(self) -> None:
        self.preview = self.result = None
        self.view.error.clear()
        self.show_page(FILE_PAGE)

    # -- step 1: read the sheet -------------------------------------------------------------
    def read(self) -> None:
        path = self.view.file.text().strip()
        if not path:
            self.view.error.setText(self.tr("Choose a spreadsheet first."))
            return
        self._start(read_layout, self.ctx.session.user, self.view.kind.currentData(), path,
                    on_success=self._read)

    def _read(self, found: Layout) -> None:
        self._ended()
        self.layout_read = found
        grid = self.view.mapping_grid
        clear_layout(grid)
        self.mapping_combos = []
        for row, (header, field) in enumerate(zip(found.headers, found.prefill, strict=True)):
            if not normalise(header):
                continue
            combo = QComboBox()
            combo.setObjectName(f"import_map_{row}")
            for key in (IGNORE, *FIELDS):
                combo.addItem(_tr(FIELD_NAMES[key]), key)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.setProperty("header", header)
            grid.addWidget(QLabel(header), row, 0)
            grid.addWidget(combo, row, 1)
            self.mapping_combos.append(combo)
        self.view.sheet_note.setText(self.tr(
            "Sheet “{sheet}”: the column titles are on row {row}. Correct what each column "
            "holds if needed; it is remembered for sheets laid out the same.").format(
                sheet=found.sheet, row=found.header_row))
        self.show_page(MAPPING_PAGE)

    def mapping(self) -> dict[str, str]:
        return {normalise(c.property("header")): c.currentData() for c in self.mapping_combos}

    # -- step 2: the dry run ----------------------------------------------------------------
    def check_rows(self) -> None:
        self._import(dry_run=True, on_success=self._checked)

    def _create_items_toggled(self) -> None:
        if self.view.pages.currentIndex() == PREVIEW_PAGE:
            self.check_rows()  # the rows that name a new item are refused, or not

    def _checked(self, result: ImportResult) -> None:
        self._ended()
        self.preview = result
        v = self.view
        self.model.set_problems(result.problems)
        v.counts.setText(self.tr("{good} row(s) can be imported, {bad} refused, {skipped} skipped "
                             "(blank or total rows).").format(
            good=len(result.lines), bad=len({p.row for p in result.problems}),
            skipped=len(result.skipped)))
        names = ", ".join(n.name + (f" {n.size}" if n.size else "") for n in result.items_to_create)
        v.new_items.setText(self.tr("Items to create: {names}").format(names=names) if names else "")
        v.problems.setVisible(bool(result.problems))
        v.good_rows_only.setVisible(bool(result.problems))
        v.import_button.setEnabled(bool(result.lines))
        self.show_page(PREVIEW_PAGE)

    # -- step 3: the import -----------------------------------------------------------------
    def run(self) -> None:
        self._import(dry_run=False, on_success=self._imported)

    def _imported(self, result: ImportResult) -> None:
        self._ended()
        self.result = result
        if result.written:
            text = self.tr("Imported {good} row(s): {documents}.").format(
                good=len(result.lines), documents=", ".join(result.documents))
            if result.problems:
                text += "\n" + self.tr("{bad} refused row(s) left out.").format(
                    bad=len({p.row for p in result.problems}))
        else:
            self.model.set_problems(result.problems)
            text = self.tr("Nothing was written: {bad} row(s) refused. Correct the sheet, or "
                       "choose to import the good rows only.").format(
                bad=len({p.row for p in result.problems}))
        self.view.result.setText(text)
        self.show_page(RESULT_PAGE)

    def _import(self, *, dry_run: bool, on_success) -> None:
        v = self.view
        actor = self.ctx.session.user
        if actor is None or v.owner.currentData() is None:
            return
        self._start(run_import, v.kind.currentData(), actor, v.owner.currentData(),
                    v.file.text().strip(), dry_run=dry_run,
                    create_items=v.create_items.isChecked(),
                    good_rows_only=dry_run or v.good_rows_only.isChecked(),
                    mapping=self.mapping(), on_success=on_success,
                    label=self.tr("Checking the rows…") if dry_run else self.tr("Importing…"),
                    changes=() if dry_run else ("stock", "catalogue"))

    # -- operations -------------------------------------------------------------------------
    def _start(self, fn, *args, on_success, label: str = "", changes=(), **kwargs) -> None:
        self.view.set_running(True)
        self.operation = run_op(self, fn, *args, on_success=on_success,
                                on_failure=self._failed, on_cancel=self._cancelled,
                                progress_label=label or self.tr("Reading the sheet…"),
                                cancellable=True, changes=changes, **kwargs)
        if not self.operation.done:
            self._poll.start()

    def _show_progress(self) -> None:
        if self.operation is not None:
            done, total, _ = self.operation.state.snapshot()
            if total:
                self.view.progress.setRange(0, total)
                self.view.progress.setValue(min(done, total))

    def cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()

    def _ended(self) -> None:
        self._poll.stop()
        self.operation = None
        self.view.set_running(False)

    def _failed(self, error: Exception) -> None:
        self._ended()
        self.view.error.setText(describe(error))
        if not isinstance(error, HangarError):
            error_dialog.show_error(self, error, "")

    def _cancelled(self) -> None:
        self._ended()
        self.view.error.setText(self.tr("Cancelled: nothing was written."))

