"""The settings screen's layout: database, printing, language, scanner. Layout and
texts only; ui.screens.settings reads and saves the values."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label

# Each language named in itself: someone who cannot read the current one finds theirs.
LANGUAGE_CHOICES = (("en", "English"), ("fr", "Français"))


class SettingsView(QWidget):
    save_asked = Signal()
    back_asked = Signal()
    test_asked = Signal()
    browse_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(32, 16, 32, 16)
        grid.setHorizontalSpacing(24)
        self.title = label("title")
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self._build_database(), 1, 0, 1, 2)
        grid.addWidget(self._build_printing(), 2, 0)
        grid.addWidget(self._build_language(), 2, 1)
        grid.addWidget(self._build_scanner(), 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.saved_note = label("hint")
        self.back_button = big_button(role="")
        self.save_button = big_button()
        self.save_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_asked)
        self.save_button.clicked.connect(self.save_asked)
        row = QHBoxLayout()
        row.setContentsMargins(32, 8, 32, 16)
        row.addWidget(self.back_button)
        row.addWidget(self.saved_note, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.retranslate()

    def _build_database(self) -> QGroupBox:
        self.database_group = QGroupBox()
        box = QGridLayout(self.database_group)
        self.sqlite_radio = QRadioButton()
        self.postgres_radio = QRadioButton()
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.sqlite_radio)
        self.kind_group.addButton(self.postgres_radio)
        self.sqlite_path = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse_asked)
        self.postgres_url = QLineEdit()
        self.postgres_url.setPlaceholderText("postgresql://hangar:password@192.168.1.10/hangar")
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_asked)
        self.test_result = label("hint")
        self.database_note = label("hint")
        box.addWidget(self.sqlite_radio, 0, 0)
        box.addWidget(self.sqlite_path, 0, 1)
        box.addWidget(self.browse_button, 0, 2)
        box.addWidget(self.postgres_radio, 1, 0)
        box.addWidget(self.postgres_url, 1, 1, 1, 2)
        box.addWidget(self.test_button, 2, 0)
        box.addWidget(self.test_result, 2, 1, 1, 2)
        box.addWidget(self.database_note, 3, 0, 1, 3)
        box.setColumnStretch(1, 1)
        return self.database_group

    def _build_printing(self) -> QGroupBox:
        self.printing_group = QGroupBox()
        form = QFormLayout(self.printing_group)
        self.printer = QComboBox()
        self.label_size = QComboBox()
        self.printer_label = QLabel()
        self.label_size_label = QLabel()
        form.addRow(self.printer_label, self.printer)
        form.addRow(self.label_size_label, self.label_size)
        return self.printing_group

    def _build_language(self) -> QGroupBox:
        self.language_group = QGroupBox()
        form = QFormLayout(self.language_group)
        self.language = QComboBox()
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        self.language_label = QLabel()
        form.addRow(self.language_label, self.language)
        return self.language_group

    def _build_scanner(self) -> QGroupBox:
        self.scanner_group = QGroupBox()
        grid = QGridLayout(self.scanner_group)
        form = QFormLayout()
        self.gap = QSpinBox()
        self.gap.setRange(5, 300)
        self.gap.setSuffix(" ms")
        self.min_length = QSpinBox()
        self.min_length.setRange(1, 30)
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(4)
        self.suffix = QLineEdit()
        self.suffix.setMaxLength(4)
        self.scanner_labels = [QLabel() for _ in range(4)]
        for text_label, field in zip(self.scanner_labels,
                                     (self.gap, self.min_length, self.prefix, self.suffix),
                                     strict=True):
            form.addRow(text_label, field)
        tester = QVBoxLayout()
        self.test_field_label = label("hint")
        self.test_field = QLineEdit()
        self.test_field.setObjectName("scanner_test_field")
        self.scan_result = label("big")
        self.scan_result.setObjectName("scan_result")
        tester.addWidget(self.test_field_label)
        tester.addWidget(self.test_field)
        tester.addWidget(self.scan_result)
        tester.addStretch(1)
        grid.addLayout(form, 0, 0)
        grid.addLayout(tester, 0, 1)
        grid.setColumnStretch(1, 1)
        return self.scanner_group

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings of this workstation"))
        self.database_group.setTitle(self.tr("Database"))
        self.sqlite_radio.setText(self.tr("On this computer (file)"))
        self.postgres_radio.setText(self.tr("On the hangar's server (PostgreSQL)"))
        self.browse_button.setText(self.tr("Choose…"))
        self.test_button.setText(self.tr("Test connection"))
        self.database_note.setText(self.tr(
            "Several workstations share one server. A new database takes effect when saved."))
        self.printing_group.setTitle(self.tr("Printing"))
        self.printer_label.setText(self.tr("Label printer"))
        self.label_size_label.setText(self.tr("Label size"))
        self.language_group.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Language"))
        self.scanner_group.setTitle(self.tr("Barcode scanner"))
        for text_label, text in zip(self.scanner_labels, (
            self.tr("Longest pause between keys"), self.tr("Shortest code"),
            self.tr("Prefix sent by the scanner"), self.tr("Suffix sent by the scanner"),
        ), strict=True):
            text_label.setText(text)
        self.test_field_label.setText(self.tr(
            "Test: scan any barcode. A scan shows below; typing stays in the field."))
        self.test_field.setPlaceholderText(self.tr("Type or scan here"))
        self.back_button.setText(self.tr("‹ Back"))
        self.save_button.setText(self.tr("Save"))
