"""The Move boxes screen's layout: the boxes scanned so far (contents and current place),
the answer to the last scan, and Remove / Clear / Undo. Layout and texts only;
ui.screens.goods_out.moves.screen drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget

from ui.widgets import big_button, label, show_banner


class MoveView(QWidget):
    remove_asked = Signal()
    clear_asked = Signal()
    undo_asked = Signal()
    code_typed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = label("title")
        self.hint = label("hint")
        self.message = label("hint")
        self.message.setObjectName("move_message")
        self.manual = QLineEdit()
        self.manual.setObjectName("move_code")
        self.manual.returnPressed.connect(self._typed)
        self.boxes_title = label("")
        self.boxes = QListWidget()
        self.boxes.setObjectName("move_boxes")
        self.boxes.setStyleSheet("QListWidget { font-size: 14pt; } "
                                 "QListWidget::item { padding: 8px; }")
        self.remove_button = big_button()
        self.remove_button.setObjectName("move_remove")
        self.remove_button.clicked.connect(self.remove_asked)
        self.clear_button = big_button()
        self.clear_button.setObjectName("move_clear")
        self.clear_button.clicked.connect(self.clear_asked)
        self.undo_button = big_button()
        self.undo_button.setObjectName("move_undo")
        self.undo_button.clicked.connect(self.undo_asked)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        for widget in (self.title, self.hint, self.message, self.manual, self.boxes_title):
            layout.addWidget(widget)
        layout.addWidget(self.boxes, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def _typed(self) -> None:
        text = self.manual.text().strip()
        self.manual.clear()
        if text:
            self.code_typed.emit(text)

    def show_message(self, text: str, kind: str = "info") -> None:
        show_banner(self.message, text, kind)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Move boxes"))
        self.hint.setText(self.tr(
            "Scan each box you carry, then the label of the shelf you put them on: "
            "they move together."))
        self.manual.setPlaceholderText(self.tr("No scanner? Type a box or shelf code and "
                                               "press Enter"))
        self.boxes_title.setText(self.tr("Boxes to move"))
        self.remove_button.setText(self.tr("Remove box"))
        self.clear_button.setText(self.tr("Clear list"))
        self.undo_button.setText(self.tr("Undo last move"))
