"""The help window that F1 and the Help button open: the help of the screen in front of
the person (ui.help), in the current language, with one big button to close it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ui.help import help_html, help_title
from ui.widgets import big_button, label


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.key = ""
        self.title = label("title")
        self.title.setObjectName("help_title")
        self.text = QTextBrowser()
        self.text.setObjectName("help_text")
        self.text.setOpenLinks(False)
        self.close_button = big_button(role="primary")
        self.close_button.setObjectName("help_close")
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.resize(720, 560)

    def show_help(self, key: str) -> None:
        """Show the help of screen `key` (a ui.nav key, ui.help.SIGN_IN or FIRST_RUN)."""
        self.key = key
        self.retranslate()
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
        if not self.key:
            return
        screen = help_title(self.key)
        self.setWindowTitle(self.tr("Help: {screen}").format(screen=screen))
        self.title.setText(screen)
        self.text.setHtml(help_html(self.key))
