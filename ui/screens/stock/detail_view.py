"""The stock screen's detail pages: an item's stock card (owner chosen among those the
person may see) and a box's contents and history. Layout and texts only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import label


def detail_table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class _DetailPage(QWidget):
    """A Back button, a title and a line of facts; each page sets its texts in its own
    `retranslate` (self.tr takes its context from the page's class)."""

    back_asked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.back_button = QPushButton()
        self.back_button.setObjectName(f"{name}_back")
        self.back_button.clicked.connect(self.back_asked)
        self.title = label("title")
        self.title.setObjectName(f"{name}_title")
        self.facts = label("hint")
        self.facts.setObjectName(f"{name}_facts")
        heading = QHBoxLayout()
        heading.addWidget(self.back_button)
        heading.addWidget(self.title, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(heading)
        self.layout_.addWidget(self.facts)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ItemCardView(_DetailPage):
    """Title, the owner whose card it is, the balance, every movement."""

    owner_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("card", parent)
        self.owner = QComboBox()
        self.owner.setObjectName("card_owner")
        self.owner.currentIndexChanged.connect(self._owner_picked)
        self.owner_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.owner_label)
        row.addWidget(self.owner)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.table = detail_table("card_table")
        self.layout_.addWidget(self.table, 1)
        self._filling = False
        self.retranslate()

    def fill_owners(self, owners: list[tuple[int, str, str]], chosen: int) -> None:
        self._filling = True
        self.owner.clear()
        for owner_id, code, name in owners:
            self.owner.addItem(f"{code} - {name}", owner_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self._filling = False

    def _owner_picked(self) -> None:
        if not self._filling:
            self.owner_changed.emit()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to the stock"))
        self.owner_label.setText(self.tr("Stock card of"))


class BoxDetailView(_DetailPage):
    """Title, owner and place, what the box holds, its movements."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("box", parent)
        self.contents_label = label("hint")
        self.contents = detail_table("box_contents")
        self.history_label = label("hint")
        self.history = detail_table("box_history")
        self.layout_.addWidget(self.contents_label)
        self.layout_.addWidget(self.contents, 1)
        self.layout_.addWidget(self.history_label)
        self.layout_.addWidget(self.history, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to the stock"))
        self.contents_label.setText(self.tr("In the box"))
        self.history_label.setText(self.tr("Movements in and out of the box, newest first"))
