"""Adding a line by hand: search an item, choose it, type the quantity on a keypad big
enough for a finger, Add. Layout and signals only; the screen asks the core."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label

KEYS = ("7", "8", "9", "4", "5", "6", "1", "2", "3", "0", ".", "⌫")
SEARCH_DELAY_MS = 250  # a search per pause in typing, not per key
KEY_STYLE = "font-size: 16pt; font-weight: 600; min-height: 38px; min-width: 56px;"


class LineEntry(QWidget):
    search_asked = Signal(str)
    add_asked = Signal(int, str)  # item id, quantity as typed

    def __init__(self, parent: QWidget | None = None, *, keypad: bool = True):
        super().__init__(parent)
        self.title = label("")
        self.search = QLineEdit()
        self.search.setObjectName("line_search")
        self.results = QListWidget()
        self.results.setObjectName("line_results")
        self.results.setMinimumHeight(44)
        self.quantity = QLineEdit()
        self.quantity.setObjectName("line_quantity")
        self.quantity.returnPressed.connect(self._add)
        self.keypad = QGridLayout()
        self.keypad.setSpacing(4)
        self.keys = {}
        for n, key in enumerate(KEYS if keypad else ()):
            button = QPushButton(key)
            button.setObjectName(f"line_key_{n}")
            button.setStyleSheet(KEY_STYLE)  # smaller than the sign-in keypad: lines share the screen
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            self.keypad.addWidget(button, n // 3, n % 3)
            self.keys[key] = button
        self.add_button = big_button(role="primary")
        self.add_button.setMinimumHeight(48)
        self.add_button.setObjectName("line_add")
        self.add_button.clicked.connect(self._add)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.search_asked.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.search):
            layout.addWidget(widget)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.quantity)
        layout.addLayout(self.keypad)
        layout.addWidget(self.add_button)
        self.retranslate()

    def show_results(self, choices) -> None:
        """choices: (id, text) pairs; the first is chosen, ready for its quantity."""
        self.results.clear()
        for item_id, text in choices:
            self.results.addItem(text)
            self.results.item(self.results.count() - 1).setData(Qt.ItemDataRole.UserRole, item_id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen_item(self) -> int | None:
        current = self.results.currentItem()
        return current.data(Qt.ItemDataRole.UserRole) if current is not None else None

    def _press(self, key: str) -> None:
        if key == "⌫":
            self.quantity.backspace()
        else:
            self.quantity.insert(key)

    def _add(self) -> None:
        item_id = self.chosen_item()
        if item_id is not None:
            self.add_asked.emit(item_id, self.quantity.text())  # as typed: the core reads it

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Or choose an item"))
        self.search.setPlaceholderText(self.tr("Search an item by name or code"))
        self.quantity.setPlaceholderText(self.tr("Quantity"))
        self.add_button.setText(self.tr("Add line"))
