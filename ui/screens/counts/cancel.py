"""Asking before a count is cancelled, and why: the reason goes on the session's record
(`counts.cancel_count` refuses one without it). Layout and texts only; the count screen
opens it (non-modal to the event loop: `open()`, so a scan or a test is not blocked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.widgets import big_button, label


class CancelCountDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.setModal(True)
        self.question = label("title")
        self.explanation = label("hint")
        self.reason = QLineEdit()
        self.reason.setObjectName("cancel_reason")
        self.reason.textChanged.connect(self._reason_changed)
        self.keep_button = big_button()
        self.keep_button.setObjectName("keep_count")
        self.keep_button.clicked.connect(self.reject)
        self.confirm_button = big_button(role="primary")
        self.confirm_button.setObjectName("confirm_cancel_count")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _reason_changed(self) -> None:
        self.confirm_button.setEnabled(bool(self.reason_text()))

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel a count"))
        self.question.setText(self.tr("Cancel {code}?").format(code=self.code))
        self.explanation.setText(self.tr(
            "Nothing of it will be posted; what was counted stays on record. Say why:"))
        self.reason.setPlaceholderText(self.tr("Reason (for example: started over the "
                                               "wrong zone)"))
        self.keep_button.setText(self.tr("Keep the count"))
        self.confirm_button.setText(self.tr("Cancel the count"))
