"""The print dialog's layout: a true-size preview of one label (‹ › through the job),
where to print, the label size, copies. Layout and texts only; ui.screens.print_dialog
drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label


class PrintDialogView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = label("title")
        self.preview = QLabel()
        self.preview.setObjectName("label_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #e0e3e7; padding: 16px;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        scroll.setMinimumWidth(420)
        self.previous_button = QPushButton("‹")
        self.previous_button.setObjectName("preview_previous")
        self.next_button = QPushButton("›")
        self.next_button.setObjectName("preview_next")
        self.position = label("hint")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.true_size_note = label("hint")
        self.true_size_note.setStyleSheet("font-size: 11pt;")
        self.warnings = label("hint")
        self.warnings.setStyleSheet("color: #8a5300;")

        self.target = QComboBox()
        self.target.setObjectName("print_target")
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(16)
        self.path = QLineEdit()
        self.path.setObjectName("print_path")
        self.path.setMinimumWidth(260)
        self.browse_button = QPushButton()
        self.size = QComboBox()
        self.size.setObjectName("print_size")
        self.dpi = QComboBox()
        self.dpi.setObjectName("print_dpi")
        self.copies = QSpinBox()
        self.copies.setObjectName("print_copies")
        self.copies.setRange(1, 99)
        self.target_note = label("hint")
        self.target_note.setStyleSheet("font-size: 11pt;")
        self.result = label("hint")
        self.result.setObjectName("print_result")
        self.print_button = big_button(role="primary")
        self.print_button.setObjectName("print_go")
        self.close_button = big_button(role="")
        self.close_button.setObjectName("print_close")

        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position, 1)
        nav.addWidget(self.next_button)
        left.addLayout(nav)
        left.addWidget(self.true_size_note)
        left.addWidget(self.warnings)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(12)
        self.target_label, self.path_label = label("hint"), label("hint")
        self.size_label, self.dpi_label, self.copies_label = (label("hint") for _ in range(3))
        self.form.addRow(self.target_label, self.target)
        self.form.addRow(self.path_label, path_row)
        self.form.addRow(self.size_label, self.size)
        self.form.addRow(self.dpi_label, self.dpi)
        self.form.addRow(self.copies_label, self.copies)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.target_note)
        right.addStretch(1)
        right.addWidget(self.result)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        right.addLayout(buttons)

        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addSpacing(16)
        body.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.retranslate()

    def show_path_row(self, visible: bool) -> None:
        self.form.setRowVisible(1, visible)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.true_size_note.setText(self.tr("Shown at its real size on this screen."))
        self.target_label.setText(self.tr("Print to"))
        self.path_label.setText(self.tr("File"))
        self.browse_button.setText(self.tr("Choose…"))
        self.size_label.setText(self.tr("Label size"))
        self.dpi_label.setText(self.tr("Printer dots per inch"))
        self.copies_label.setText(self.tr("Copies of each label"))
        self.print_button.setText(self.tr("Print"))
        self.close_button.setText(self.tr("Close"))
