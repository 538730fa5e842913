"""A product barcode the hangar does not know yet, said in one step: it is this item (how
many in one pack?), or it is a new item (name, category, unit). Either way the barcode
is linked by the core (catalogue.link_barcode / create_item) and the scan is counted."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import UNITS
from ui.context import AppContext
from ui.error_dialog import show_error
from ui.messages import describe
from ui.operations import run_op
from ui.screens.intake.lines import item_title
from ui.vocabulary import unit_name
from ui.widgets import big_button, label
from warehouse_app.errors import HangarError
from warehouse_app.intake import desk as intake_desk
from warehouse_app.intake.draft import DraftLine, ItemInfo

SEARCH_MS = 200


class UnknownBarcodeView(QWidget):
    """Layout and texts only."""

    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.title = label("title")
        self.hint = label("hint")
        self.search = QLineEdit()
        self.search.setObjectName("unknown_search")
        self.results = QListWidget()
        self.results.setObjectName("unknown_results")
        self.results.setStyleSheet("QListWidget { font-size: 15pt; } "
                                   "QListWidget::item { min-height: 40px; }")
        self.pack_label = label("hint")
        self.pack = QSpinBox()
        self.pack.setObjectName("unknown_pack")
        self.pack.setRange(1, 9999)
        self.pack.setStyleSheet("font-size: 16pt; min-height: 48px; min-width: 120px;")
        self.pack.setButtonSymbols(QSpinBox.ButtonSymbols.PlusMinus)
        self.link_button = big_button(role="primary")
        self.link_button.setObjectName("unknown_link")
        self.existing_title = label("hint")
        self.new_title = label("hint")
        self.name = QLineEdit()
        self.name.setObjectName("unknown_name")
        self.category = QComboBox()
        self.category.setObjectName("unknown_category")
        self.unit = QComboBox()
        self.unit.setObjectName("unknown_unit")
        self.create_button = big_button(role="primary")
        self.create_button.setObjectName("unknown_create")
        self.cancel_button = big_button(role="")
        self.cancel_button.setObjectName("unknown_cancel")
        self.problem = label("error")

        left = QVBoxLayout()
        left.addWidget(self.existing_title)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.pack_label, 1)
        pack_row.addWidget(self.pack)
        left.addLayout(pack_row)
        left.addWidget(self.link_button)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        self.name_label, self.category_label, self.unit_label = (label("hint") for _ in range(3))
        form = QGridLayout()
        form.addWidget(self.name_label, 0, 0)
        form.addWidget(self.name, 0, 1)
        form.addWidget(self.category_label, 1, 0)
        form.addWidget(self.category, 1, 1)
        form.addWidget(self.unit_label, 2, 0)
        form.addWidget(self.unit, 2, 1)
        right = QVBoxLayout()
        right.addWidget(self.new_title)
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.create_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(line)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("New barcode: {code}").format(code=self.code))
        self.hint.setText(self.tr("The hangar does not know this product yet. Say once what "
                                  "it is; after that it scans by itself."))
        self.existing_title.setText(self.tr("It is one of these:"))
        self.search.setPlaceholderText(self.tr("Type what it is, e.g. tomatoes"))
        self.pack_label.setText(self.tr("How many in one pack (one scan)?"))
        self.link_button.setText(self.tr("Link and add"))
        self.new_title.setText(self.tr("Or it is something new:"))
        self.name_label.setText(self.tr("Name"))
        self.category_label.setText(self.tr("Category"))
        self.unit_label.setText(self.tr("Counted in"))
        self.name.setPlaceholderText(self.tr("e.g. Shampoo 250 ml"))
        self.create_button.setText(self.tr("Create and add"))
        self.cancel_button.setText(self.tr("Cancel: add nothing"))


class UnknownBarcodeDialog(QDialog):
    resolved = Signal(object, object)  # ItemInfo, pack quantity (Decimal)

    def __init__(self, ctx: AppContext, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.code = code
        self.setObjectName("unknown_barcode")
        self.setModal(True)
        self.resize(1000, 620)
        self.items: list[ItemInfo] = []
        self.view = UnknownBarcodeView(code, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        v = self.view
        for unit in UNITS:
            v.unit.addItem(unit_name(unit, 2), unit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_MS)
        self._timer.timeout.connect(self.search)
        v.search.textChanged.connect(lambda _t: self._timer.start())
        v.results.itemDoubleClicked.connect(lambda _i: self.link())
        v.link_button.clicked.connect(self.link)
        v.create_button.clicked.connect(self.create)
        v.cancel_button.clicked.connect(self.reject)
        self.setWindowTitle(v.title.text())
        run_op(self, intake_desk.category_choices, on_success=self._categories)
        self.search()
        v.search.setFocus()

    def search(self) -> None:
        run_op(self, intake_desk.find_item_choices, self.view.search.text(),
               on_success=self._found)

    def _found(self, items: list[ItemInfo]) -> None:
        self.items = items
        self.view.results.clear()
        for item in items:
            row = QListWidgetItem(f"{item_title(DraftLine(item, Decimal(1)))}  ·  {item.code}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.view.results.addItem(row)
        # nothing chosen for her: one tap on "Link" must not link the first item by chance
        self.view.results.setCurrentRow(-1)

    def _categories(self, categories: list[tuple[int, str]]) -> None:
        self.view.category.addItem(self.tr("Choose…"), None)  # never a category by chance
        for category_id, name in categories:
            self.view.category.addItem(name, category_id)

    def link(self) -> None:
        row = self.view.results.currentRow()
        if not 0 <= row < len(self.items):
            self.view.problem.setText(self.tr("Tap the item it is, then “Link and add”."))
            return
        pack = Decimal(self.view.pack.value())
        run_op(self, intake_desk.link_unknown, self.ctx.session.user, self.code,
               self.items[row].id, pack, changes=("catalogue",),
               on_success=lambda item: self._done(item, pack), on_failure=self._refused)

    def create(self) -> None:
        v = self.view
        if v.category.currentData() is None:
            v.problem.setText(self.tr("Choose a category."))
            return
        run_op(self, intake_desk.create_unknown, self.ctx.session.user, self.code,
               v.name.text(), v.category.currentData(), v.unit.currentData(),
               changes=("catalogue",), on_success=lambda item: self._done(item, Decimal(1)),
               on_failure=self._refused)

    def _done(self, item: ItemInfo, pack: Decimal) -> None:
        self.accept()
        self.resolved.emit(item, pack)

    def _refused(self, error: Exception) -> None:
        if isinstance(error, HangarError):
            self.view.problem.setText(describe(error))
        else:
            show_error(self, error)
