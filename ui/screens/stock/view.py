"""The stock screen's layout: filters, the On hand and Movements tables, Export, and the
item card and box detail pages. Layout and texts only; ui.screens.stock.screen fills the lists
and runs every read."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screens.stock.detail_view import BoxDetailView, ItemCardView
from ui.widgets import big_button, label

BROWSE_PAGE, CARD_PAGE, BOX_PAGE = 0, 1, 2
ON_HAND_TAB, MOVEMENTS_TAB = 0, 1


def data_table(name: str) -> QTableView:
    """A read-only table of rows, sortable by its headers (the core sorts), with fixed
    row heights and column widths: sizing to contents would read thousands of rows of
    the ledger to measure them."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(34)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    return table


def filter_combo(name: str, chars: int, changed: SignalInstance) -> QComboBox:
    """A filter's drop-down, `chars` characters wide, that emits `changed` when another
    choice is made."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumContentsLength(chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.currentIndexChanged.connect(changed)
    return combo


def fill_combo(combo: QComboBox, everything: str | None, choices) -> None:
    """Offer (key, text) `choices` after "everything" (key None) when given, keeping what
    was chosen, without a signal per item added (each would read the stock again)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if everything is not None:
        combo.addItem(everything, None)
    for key, text in choices:
        combo.addItem(text, key)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    combo.blockSignals(False)


class StockView(QWidget):
    filters_changed = Signal()
    search_edited = Signal()  # a key typed in the search: the screen waits for a pause
    export_asked = Signal()
    cancel_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._browse_page())
        self.card = ItemCardView()
        self.box = BoxDetailView()
        self.pages.addWidget(self.card)
        self.pages.addWidget(self.box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.pages)
        self.retranslate()

    def _browse_page(self) -> QWidget:
        page = QWidget()
        self.title = label("title")
        self.hint = label("hint")
        self.banner = QLabel()
        self.banner.setObjectName("stock_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.owner = filter_combo("stock_owner", 10, self.filters_changed)
        self.category = filter_combo("stock_category", 10, self.filters_changed)
        self.location = filter_combo("stock_location", 10, self.filters_changed)
        self.search = QLineEdit()
        self.search.setObjectName("stock_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_edited)
        self.expiring = QCheckBox()
        self.expiring.setObjectName("stock_expiring")
        self.expiring.toggled.connect(self.filters_changed)
        self.expiring_days = QSpinBox()
        self.expiring_days.setObjectName("stock_expiring_days")
        self.expiring_days.setRange(0, 365)
        self.expiring_days.setValue(30)
        self.expiring_days.valueChanged.connect(self._days_changed)
        self.below_minimum = QCheckBox()
        self.below_minimum.setObjectName("stock_below_minimum")
        self.below_minimum.toggled.connect(self.filters_changed)
        self.status = filter_combo("stock_status", 10, self.filters_changed)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.addWidget(self.owner, 0, 0)
        filters.addWidget(self.category, 0, 1)
        filters.addWidget(self.location, 0, 2)
        filters.addWidget(self.search, 0, 3)
        expiring = QHBoxLayout()
        expiring.addWidget(self.expiring)
        expiring.addWidget(self.expiring_days)
        expiring.addStretch(1)
        filters.addLayout(expiring, 1, 0)
        filters.addWidget(self.below_minimum, 1, 1)
        filters.addWidget(self.status, 1, 2)
        for column in range(4):
            filters.setColumnStretch(column, 1)

        self.export_button = big_button("", "primary")
        self.export_button.setObjectName("stock_export")
        self.export_button.clicked.connect(self.export_asked)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("stock_cancel")
        self.cancel_button.clicked.connect(self.cancel_asked)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("stock_progress")
        self.progress.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        filters.addLayout(actions, 1, 3)

        self.stock_table = data_table("stock_table")
        self.ledger_table = data_table("ledger_table")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stock_tabs")
        self.tabs.addTab(self.stock_table, "")
        self.tabs.addTab(self.ledger_table, "")
        self.count = label("hint")
        self.count.setObjectName("stock_count")

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.hint, 1)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.count)
        return page

    def _days_changed(self) -> None:
        if self.expiring.isChecked():
            self.filters_changed.emit()

    def set_exporting(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Stock"))
        self.hint.setText(self.tr(
            "Scan an item for its stock card, a box for what is in it, a shelf to see its stock."))
        self.search.setPlaceholderText(self.tr("Item name or code"))
        self.expiring.setText(self.tr("Date within (days)"))
        self.below_minimum.setText(self.tr("Below minimum"))
        self.export_button.setText(self.tr("Export to Excel"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tabs.setTabText(ON_HAND_TAB, self.tr("On hand"))
        self.tabs.setTabText(MOVEMENTS_TAB, self.tr("Movements"))
