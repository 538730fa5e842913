"""The Trace-and-recall screen's layout: a code to scan or type, the whole answer on one
page, the lots of a product to choose from, and Export. Layout and texts only;
ui.screens.trace.screen drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label


class TraceView(QWidget):
    trace_asked = Signal(str)
    export_asked = Signal()
    browse_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = label("title")
        self.hint = label("hint")
        self.code = QLineEdit()
        self.code.setObjectName("trace_code")
        self.code.returnPressed.connect(lambda: self.trace_asked.emit(self.code.text()))
        self.trace_button = big_button(role="primary")
        self.trace_button.setObjectName("trace_go")
        self.trace_button.clicked.connect(lambda: self.trace_asked.emit(self.code.text()))
        asking = QHBoxLayout()
        asking.addWidget(self.code, 1)
        asking.addWidget(self.trace_button)
        self.error = label("error")
        self.error.setObjectName("trace_error")
        self.choices_hint = label("hint")
        self.choices = QGridLayout()
        self.answer = QTextBrowser()
        self.answer.setObjectName("trace_answer")
        self.answer.setOpenLinks(False)
        # smaller than the app's touch-sized type: a recall's tables should fit one page
        self.answer.document().setDefaultStyleSheet(
            "h1 { font-size: 17pt; } h2 { font-size: 15pt; } h3 { font-size: 13pt; }"
            " td, th { font-size: 11pt; }")
        self.folder = QLineEdit()
        self.folder.setObjectName("trace_folder")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("trace_browse")
        self.browse_button.clicked.connect(self.browse_asked)
        self.export_button = big_button(role="")
        self.export_button.setObjectName("trace_export")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_asked)
        self.result = label("hint")
        self.result.setObjectName("trace_result")
        exporting = QHBoxLayout()
        exporting.addWidget(self.export_button)
        exporting.addWidget(self.folder, 1)
        exporting.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(asking)
        layout.addWidget(self.error)
        layout.addWidget(self.choices_hint)
        layout.addLayout(self.choices)
        layout.addWidget(self.answer, 1)
        layout.addLayout(exporting)
        layout.addWidget(self.result)
        self.choices_hint.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Trace and recall"))
        self.hint.setText(self.tr("Scan or type a lot code, a donation receipt (DON-…), a "
                                  "product barcode or a meal batch (MB-…): where it came from, "
                                  "what it went into, where it went and what is still here."))
        self.code.setPlaceholderText(self.tr("Lot, receipt, barcode or batch"))
        self.trace_button.setText(self.tr("Trace"))
        self.choices_hint.setText(self.tr("A product barcode does not say which lot: tap the "
                                          "lot to trace."))
        self.export_button.setText(self.tr("Export to Excel"))
        self.browse_button.setText(self.tr("Choose…"))
