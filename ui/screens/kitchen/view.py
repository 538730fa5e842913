"""The Kitchen screen's frame and its first page: the kitchen's name (a choice when a
coordinator sees several), the page buttons, one message banner, and Today (the day's
batches, what the stock lets us cook). Layout and texts only; ui.screens.kitchen.screen drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screens.kitchen.rows import RowsModel
from ui.widgets import big_button, label, list_table

TODAY, LOG, BATCH, RECIPES = range(4)


class TodayView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.batches_title = label("hint")
        self.batches = RowsModel(self._batch_headers, self)
        self.batches_table = list_table("kitchen_batches")
        self.batches_table.setModel(self.batches)
        self.no_batches = label("hint")
        self.cook_title = label("hint")
        self.cookable = RowsModel(self._cook_headers, self)
        self.cookable_table = list_table("kitchen_cookable")
        self.cookable_table.setModel(self.cookable)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.batches_title)
        layout.addWidget(self.batches_table, 3)
        layout.addWidget(self.no_batches)
        layout.addWidget(self.cook_title)
        layout.addWidget(self.cookable_table, 2)

    def _batch_headers(self) -> list[str]:
        return [self.tr("Batch"), self.tr("Recipe"), self.tr("Portions"), self.tr("Left"),
                self.tr("Use by"), self.tr("Status")]

    def _cook_headers(self) -> list[str]:
        return [self.tr("Recipe"), self.tr("Portions the stock allows"),
                self.tr("Limited by"), self.tr("Food that expires first")]

    def retranslate(self) -> None:
        self.batches_title.setText(self.tr("Batches today (tap one for its temperatures, "
                                           "labels and dispatch)"))
        self.no_batches.setText(self.tr("No batch cooked today yet."))
        self.cook_title.setText(self.tr("What can we cook? Recipes using the food that "
                                        "expires soonest come first."))
        self.batches.refresh_headers()
        self.cookable.refresh_headers()


class KitchenView(QWidget):
    page_asked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = label("title")
        self.kitchen_name = label("hint")
        self.kitchen_choice = QComboBox()
        self.kitchen_choice.setObjectName("kitchen_choice")
        self.kitchen_choice.hide()
        self.page_buttons = []
        buttons = QHBoxLayout()
        for page, name in ((TODAY, "kitchen_today"), (LOG, "kitchen_log"),
                           (RECIPES, "kitchen_recipes")):
            button = big_button(role="")
            button.setObjectName(name)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, p=page: self.page_asked.emit(p))
            buttons.addWidget(button)
            self.page_buttons.append((page, button))
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.kitchen_name, 1)
        top.addWidget(self.kitchen_choice)
        self.banner = QLabel()
        self.banner.setObjectName("kitchen_message")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.today = TodayView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.today)  # TODAY; the other pages are added by the screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def add_page(self, page: QWidget) -> None:
        """A page scrolls rather than make the window taller than a 1280 x 720 laptop."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.pages.addWidget(scroll)

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        for index, button in self.page_buttons:
            button.setChecked(index == page)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Kitchen"))
        texts = {TODAY: self.tr("Today"), LOG: self.tr("Log a batch"),
                 RECIPES: self.tr("Recipes")}
        for page, button in self.page_buttons:
            button.setText(texts[page])
        self.today.retranslate()
