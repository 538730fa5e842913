"""What the window shows while the database opens, and when it cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets import big_button, label


class StartPage(QWidget):
    retry = Signal()
    settings_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self._where = ""
        self._problem = ""
        self.title = label("title")
        self.detail = label("hint")
        self.problem = label("error")
        self.retry_button = big_button()
        self.retry_button.setProperty("role", "primary")
        self.settings_button = big_button(role="")
        self.retry_button.clicked.connect(self.retry)
        self.settings_button.clicked.connect(self.settings_asked)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.settings_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        for widget in (self.title, self.detail, self.problem):
            widget.setAlignment(Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addStretch(2)
        self.show_opening("")

    def show_opening(self, where: str) -> None:
        self._where, self._problem = where, ""
        self.retranslate()

    def show_problem(self, where: str, problem: str) -> None:
        self._where, self._problem = where, problem
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        failed = bool(self._problem)
        self.title.setText(self.tr("The hangar's database cannot be opened") if failed
                           else self.tr("Opening the hangar…"))
        self.detail.setText(self.tr("Database: {where}").format(where=self._where))
        self.problem.setText(self._problem)
        self.problem.setVisible(failed)
        self.retry_button.setText(self.tr("Try again"))
        self.settings_button.setText(self.tr("Settings"))
        self.retry_button.setVisible(failed)
        self.settings_button.setVisible(failed)
