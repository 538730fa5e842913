"""The books page of the count screen: one NGO's book stock beside its counts (last count
per place, open variances, quarantine, items not counted for six months), one tab each.
Layout and texts only; ui.screens.counts.books fills it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label

TABS = ("variances", "not_counted", "places", "quarantine", "stock")


class BooksView(QWidget):
    back_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = label("title")
        self.owner_label = label("")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("books_owner")
        self.back_button = big_button()
        self.back_button.setObjectName("books_back")
        self.back_button.clicked.connect(self.back_asked)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.owner_label)
        top.addWidget(self.owner_combo, 1)
        top.addWidget(self.back_button)
        self.summary = label("hint")
        self.summary.setObjectName("books_summary")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("books_tabs")
        self.tables: dict[str, QTableView] = {}
        for key in TABS:
            table = QTableView()
            table.setObjectName(f"books_{key}")
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            self.tables[key] = table
            self.tabs.addTab(table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def set_tab_titles(self, titles: dict[str, str]) -> None:
        for index, key in enumerate(TABS):
            self.tabs.setTabText(index, titles[key])

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Books and counts"))
        self.owner_label.setText(self.tr("Organisation"))
        self.back_button.setText(self.tr("Back"))
