"""The reports screen's layout: month, organisation, folder, Export, then the files
written. Layout and texts only; ui.screens.reports fills the choices and runs the export."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label


class ReportsView(QWidget):
    export_asked = Signal()
    cancel_asked = Signal()
    browse_asked = Signal()
    open_folder_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = label("title")
        self.hint = label("hint")
        self.month = QComboBox()
        self.month.setObjectName("report_month")
        self.organisation = QComboBox()
        self.organisation.setObjectName("report_organisation")
        self.folder = QLineEdit()
        self.folder.setObjectName("report_folder")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("report_browse")
        self.browse_button.clicked.connect(self.browse_asked)
        self.month_label, self.organisation_label, self.folder_label = QLabel(), QLabel(), QLabel()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.month_label, self.month)
        form.addRow(self.organisation_label, self.organisation)
        form.addRow(self.folder_label, folder_row)

        self.export_button = big_button()
        self.export_button.setProperty("role", "primary")
        self.export_button.setObjectName("report_export")
        self.export_button.clicked.connect(self.export_asked)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("report_cancel")
        self.cancel_button.clicked.connect(self.cancel_asked)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.hide()
        self.progress_label = label("hint")
        self.result = label("hint")
        self.result.setObjectName("report_result")
        self.error = label("error")
        self.open_folder_button = QPushButton()
        self.open_folder_button.setObjectName("report_open_folder")
        self.open_folder_button.clicked.connect(self.open_folder_asked)
        self.open_folder_button.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.open_folder_button)
        layout.addStretch(1)
        self.retranslate()

    def set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress_label.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
            self.error.clear()
            self.result.clear()
            self.open_folder_button.hide()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Monthly stock report"))
        self.hint.setText(self.tr(
            "One Excel workbook per organisation. The month under way is reported up to today."))
        self.month_label.setText(self.tr("Month"))
        self.organisation_label.setText(self.tr("Organisation"))
        self.folder_label.setText(self.tr("Save in folder"))
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_folder_button.setText(self.tr("Open folder"))
