"""Scan anything: says what a label or product barcode is (box, shelf, item, lot,
document) and what the hangar knows of it. The first screen after signing in."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.feedback import signal
from ui.operations import run_op
from ui.widgets import big_button, clear_layout, label
from warehouse_app.ui_queries import ScanSummary, scan_summary

REPRINTABLE = ("box", "location", "item", "lot", "document")  # kinds with a label to reprint
KIND_NAMES = {
    "box": QT_TRANSLATE_NOOP("LookupScreen", "Box"),
    "location": QT_TRANSLATE_NOOP("LookupScreen", "Shelf or location"),
    "item": QT_TRANSLATE_NOOP("LookupScreen", "Item"),
    "lot": QT_TRANSLATE_NOOP("LookupScreen", "Lot"),
    "document": QT_TRANSLATE_NOOP("LookupScreen", "Document"),
    "kit": QT_TRANSLATE_NOOP("LookupScreen", "Kit"),
    "unknown": QT_TRANSLATE_NOOP("LookupScreen", "Not known in this hangar"),
    "invalid": QT_TRANSLATE_NOOP("LookupScreen", "Misread barcode: please scan again"),
}
FACT_NAMES = {
    "owner": QT_TRANSLATE_NOOP("LookupScreen", "Owner"),
    "status": QT_TRANSLATE_NOOP("LookupScreen", "Status"),
    "location": QT_TRANSLATE_NOOP("LookupScreen", "Location"),
    "code": QT_TRANSLATE_NOOP("LookupScreen", "Code"),
    "category": QT_TRANSLATE_NOOP("LookupScreen", "Category"),
    "size": QT_TRANSLATE_NOOP("LookupScreen", "Size"),
    "pack": QT_TRANSLATE_NOOP("LookupScreen", "Units per scan"),
    "lot": QT_TRANSLATE_NOOP("LookupScreen", "Lot"),
    "use_by": QT_TRANSLATE_NOOP("LookupScreen", "Use by"),
    "best_before": QT_TRANSLATE_NOOP("LookupScreen", "Best before"),
    "date": QT_TRANSLATE_NOOP("LookupScreen", "Date"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("LookupScreen", source)


class LookupScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.summary: ScanSummary | None = None
        self.title = label("title")
        self.hint = label("hint")
        self.manual = QLineEdit()
        self.manual.setObjectName("lookup_code")
        self.manual.returnPressed.connect(lambda: self.look_up(self.manual.text()))
        self.kind = label("hint")
        self.kind.setObjectName("scan_kind")
        self.found = label("big")
        self.found.setObjectName("scan_found")
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QFormLayout()
        self.facts.setVerticalSpacing(10)
        self.problem = label("error")
        self.reprint_button = big_button(role="")
        self.reprint_button.setObjectName("reprint_label")
        self.reprint_button.clicked.connect(self.reprint)
        self.print_dialog = None
        reprint_row = QHBoxLayout()
        reprint_row.addWidget(self.reprint_button)
        reprint_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        for widget in (self.title, self.hint, self.manual):
            layout.addWidget(widget)
        layout.addSpacing(24)
        layout.addWidget(self.kind)
        layout.addWidget(self.found)
        layout.addLayout(self.facts)
        layout.addWidget(self.problem)
        layout.addLayout(reprint_row)
        layout.addStretch(1)
        self.retranslate()

    def on_scan(self, code: str) -> bool:
        self.look_up(code)
        return True

    def look_up(self, code: str) -> None:
        if code.strip():
            run_op(self, scan_summary, code, on_success=self.show_summary)

    def show_summary(self, summary: ScanSummary) -> None:
        self.summary = summary
        self.manual.clear()
        signal(self, "problem" if summary.kind in ("unknown", "invalid") else "ok")
        self._render()

    def reprint(self) -> None:
        """The label of the box, shelf or item just scanned (a document: its box labels)."""
        from ui.screens.print_dialog import PrintDialog  # the print system loads on demand
        from warehouse_app.label_data import labels_for_code

        if self.summary is None or self.summary.kind not in REPRINTABLE:
            return
        code = self.summary.code
        self.print_dialog = PrintDialog(self.ctx, self.tr("Reprint {code}").format(code=code),
                                        labels_for_code, code, parent=self)
        self.print_dialog.open()

    def _render(self) -> None:
        clear_layout(self.facts)
        s = self.summary
        self.reprint_button.setVisible(s is not None and s.kind in REPRINTABLE)
        if s is None:
            self.kind.clear()
            self.found.clear()
            self.problem.clear()
            return
        self.kind.setText(_tr(KIND_NAMES.get(s.kind, s.kind)))
        self.found.setText(s.title)
        for key, value in s.facts:
            self.facts.addRow(label("hint", _tr(FACT_NAMES.get(key, key)) + ":"), label("hint", value))
        self.problem.setText(s.problem or "")

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scan any label"))
        self.hint.setText(self.tr(
            "Scan a box, a shelf, a product or a document to see what it is. "
            "No scanner? Type the code and press Enter."))
        self.manual.setPlaceholderText(self.tr("Code"))
        self.reprint_button.setText(self.tr("Reprint label"))
        self._render()
