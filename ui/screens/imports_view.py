"""The import wizard's layout: file, kind and owner; the column mapping; the preview with
the rows refused and the options; the result. Layout and texts only; the steps are run
by ui.screens.imports."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)


class ImportWizardView(QWidget):
    browse_asked = Signal()
    read_asked = Signal()  # file page -> mapping page
    preview_asked = Signal()  # mapping page -> preview page
    import_asked = Signal()
    back_asked = Signal()
    again_asked = Signal()
    cancel_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = label("title")
        self.step = label("hint")
        self.error = label("error")
        self.error.setObjectName("import_error")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_result_page())
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("import_cancel")
        self.cancel_button.clicked.connect(self.cancel_asked)
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addLayout(progress_row)
        layout.addWidget(self.error)
        self.retranslate()

    def _button(self, name: str, signal, primary: bool = False) -> QPushButton:
        button = big_button()
        button.setObjectName(name)
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(signal)
        return button

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        self.file = QLineEdit()
        self.file.setObjectName("import_file")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("import_browse")
        self.browse_button.clicked.connect(self.browse_asked)
        self.kind = QComboBox()
        self.kind.setObjectName("import_kind")
        self.owner = QComboBox()
        self.owner.setObjectName("import_owner")
        self.file_label, self.kind_label, self.owner_label = QLabel(), QLabel(), QLabel()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.file_label, file_row)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.owner_label, self.owner)
        self.read_button = self._button("import_read", self.read_asked, primary=True)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(self.read_button)
        box.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        self.sheet_note = label("hint")
        self.mapping_grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.mapping_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.mapping_back = self._button("import_mapping_back", self.back_asked)
        self.mapping_back.setProperty("role", "")
        self.preview_button = self._button("import_preview", self.preview_asked, primary=True)
        row = QHBoxLayout()
        row.addWidget(self.mapping_back)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        box = QVBoxLayout(page)
        box.addWidget(self.sheet_note)
        box.addWidget(scroll, 1)
        box.addLayout(row)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.counts = label("big")
        self.counts.setObjectName("import_counts")
        self.counts.setProperty("role", "hint")
        self.new_items = label("hint")
        self.new_items.setObjectName("import_new_items")
        self.problems = QTableView()
        self.problems.setObjectName("import_problems")
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.problems.verticalHeader().hide()
        self.create_items = QCheckBox()
        self.create_items.setObjectName("import_create_items")
        self.good_rows_only = QCheckBox()
        self.good_rows_only.setObjectName("import_good_rows_only")
        self.preview_back = self._button("import_preview_back", self.back_asked)
        self.preview_back.setProperty("role", "")
        self.import_button = self._button("import_run", self.import_asked, primary=True)
        row = QHBoxLayout()
        row.addWidget(self.preview_back)
        row.addStretch(1)
        row.addWidget(self.import_button)
        box = QVBoxLayout(page)
        box.addWidget(self.counts)
        box.addWidget(self.new_items)
        box.addWidget(self.problems, 1)
        box.addWidget(self.create_items)
        box.addWidget(self.good_rows_only)
        box.addLayout(row)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result = label("big")
        self.result.setObjectName("import_result")
        self.again_button = self._button("import_again", self.again_asked)
        box = QVBoxLayout(page)
        box.addWidget(self.result)
        box.addWidget(self.again_button)
        box.addStretch(1)
        return page

    def set_running(self, running: bool) -> None:
        self.pages.setEnabled(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.error.clear()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Import a spreadsheet"))
        self.file_label.setText(self.tr("Spreadsheet (.xlsx)"))
        self.kind_label.setText(self.tr("What it holds"))
        self.owner_label.setText(self.tr("Organisation"))
        self.browse_button.setText(self.tr("Choose…"))
        self.read_button.setText(self.tr("Read the sheet ›"))
        self.mapping_back.setText(self.tr("‹ Back"))
        self.preview_button.setText(self.tr("Check the rows ›"))
        self.preview_back.setText(self.tr("‹ Back"))
        self.create_items.setText(self.tr("Create the items the catalogue lacks"))
        self.good_rows_only.setText(self.tr("Import the good rows only (the refused rows are left out)"))
        self.import_button.setText(self.tr("Import"))
        self.again_button.setText(self.tr("Import another sheet"))
        self.cancel_button.setText(self.tr("Cancel"))
