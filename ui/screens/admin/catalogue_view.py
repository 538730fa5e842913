"""The Catalogue page's layout: categories (tree, add), items (search, list), the item
form (a garment's sizes typed at once make one item each) and its product barcodes with
their pack quantities. Layout and texts only; ui.screens.admin.catalogue drives it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models import ALLERGENS, GENDERS, UNITS
from ui.screens.admin.common import banner
from ui.vocabulary import gender_name, unit_name
from ui.widgets import big_button, label, list_table

ALLERGEN_NAMES = {  # the 14 of Regulation (EU) 1169/2011, Annex II
    "gluten": QT_TRANSLATE_NOOP("AdminVocabulary", "cereals with gluten"),
    "crustaceans": QT_TRANSLATE_NOOP("AdminVocabulary", "crustaceans"),
    "eggs": QT_TRANSLATE_NOOP("AdminVocabulary", "eggs"),
    "fish": QT_TRANSLATE_NOOP("AdminVocabulary", "fish"),
    "peanuts": QT_TRANSLATE_NOOP("AdminVocabulary", "peanuts"),
    "soybeans": QT_TRANSLATE_NOOP("AdminVocabulary", "soybeans"),
    "milk": QT_TRANSLATE_NOOP("AdminVocabulary", "milk"),
    "nuts": QT_TRANSLATE_NOOP("AdminVocabulary", "nuts"),
    "celery": QT_TRANSLATE_NOOP("AdminVocabulary", "celery"),
    "mustard": QT_TRANSLATE_NOOP("AdminVocabulary", "mustard"),
    "sesame": QT_TRANSLATE_NOOP("AdminVocabulary", "sesame"),
    "sulphites": QT_TRANSLATE_NOOP("AdminVocabulary", "sulphites"),
    "lupin": QT_TRANSLATE_NOOP("AdminVocabulary", "lupin"),
    "molluscs": QT_TRANSLATE_NOOP("AdminVocabulary", "molluscs"),
}


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


def _spin(name: str, maximum: int) -> QSpinBox:
    spin = _named(QSpinBox(), name)
    spin.setRange(0, maximum)
    return spin


class CatalogueView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.banner = banner()  # the screen shows it above the page (ui.screens.admin.screen)
        self.categories = _named(QTreeView(), "category_tree")
        self.categories.setHeaderHidden(True)
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.category_name = _named(QLineEdit(), "category_name")
        self.category_top = _named(QCheckBox(), "category_top")
        self.category_add = _named(QPushButton(), "category_add")
        category_row = QHBoxLayout()
        category_row.addWidget(self.category_name, 1)
        category_row.addWidget(self.category_add)
        self.search = _named(QLineEdit(), "item_search")
        self.items = list_table("item_table")
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.horizontalHeader().setStretchLastSection(False)
        left = QVBoxLayout()
        left.addWidget(self.categories, 2)
        left.addLayout(category_row)
        left.addWidget(self.category_top)
        left.addWidget(self.search)
        left.addWidget(self.items, 3)

        self.form_box = QGroupBox()
        self.name = _named(QLineEdit(), "item_name")
        self.category = _named(QComboBox(), "item_category")
        self.sizes = _named(QLineEdit(), "item_sizes")
        self.gender = _named(QComboBox(), "item_gender")
        self.gender.addItem("", None)
        for gender in GENDERS:
            self.gender.addItem("", gender)
        self.unit = _named(QComboBox(), "item_unit")
        for unit in UNITS:
            self.unit.addItem("", unit)
        self.weight = _spin("item_weight", 1_000_000)
        self.shelf_life = _spin("item_shelf_life", 36_500)
        self.min_level = _named(QLineEdit(), "item_min_level")
        self.perishable = _named(QCheckBox(), "item_perishable")
        self.allergens: dict[str, QCheckBox] = {}
        allergen_grid = QGridLayout()
        for index, key in enumerate(ALLERGENS):
            box = _named(QCheckBox(), f"allergen_{key}")
            allergen_grid.addWidget(box, index // 2, index % 2)
            self.allergens[key] = box
        self.labels = {key: QLabel() for key in (
            "name", "category", "sizes", "gender", "unit", "weight", "shelf_life", "min_level",
            "allergens")}
        form = QFormLayout(self.form_box)
        for key, widget in (("name", self.name), ("category", self.category),
                            ("sizes", self.sizes), ("gender", self.gender), ("unit", self.unit),
                            ("weight", self.weight), ("shelf_life", self.shelf_life),
                            ("min_level", self.min_level)):
            form.addRow(self.labels[key], widget)
        form.addRow("", self.perishable)
        form.addRow(self.labels["allergens"], allergen_grid)
        self.new_button = _named(QPushButton(), "item_new")
        self.save_button = _named(big_button(role="primary"), "item_save")
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        form.addRow(actions)

        self.barcode_box = QGroupBox()
        self.barcodes = list_table("barcode_table")
        self.barcodes.setMaximumHeight(140)
        self.barcode = _named(QLineEdit(), "barcode_code")
        self.pack = _named(QLineEdit("1"), "barcode_pack")
        self.pack.setMaximumWidth(110)
        self.link_button = _named(QPushButton(), "barcode_link")
        self.unlink_button = _named(QPushButton(), "barcode_unlink")
        self.pack_label = QLabel()
        link_row = QHBoxLayout()
        link_row.addWidget(self.barcode, 2)
        link_row.addWidget(self.pack_label)
        link_row.addWidget(self.pack)
        link_row.addWidget(self.link_button)
        barcode_layout = QVBoxLayout(self.barcode_box)
        self.barcode_hint = label("hint")
        barcode_layout.addWidget(self.barcode_hint)
        barcode_layout.addWidget(self.barcodes)
        barcode_layout.addLayout(link_row)
        barcode_layout.addWidget(self.unlink_button)

        right_page = QWidget()
        right = QVBoxLayout(right_page)
        right.addWidget(self.form_box)
        right.addWidget(self.barcode_box)
        right.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(right_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(scroll, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        self.editing_code: str | None = None
        self.retranslate()

    def set_editing(self, code: str | None) -> None:
        """The form of an existing item (one size of it) or of new items (several sizes)."""
        self.editing_code = code
        self.form_box.setTitle(self.tr("Item {code}").format(code=code) if code
                               else self.tr("New item"))
        self.labels["sizes"].setText(self.tr("Size") if code else self.tr("Sizes"))
        self.sizes.setPlaceholderText("" if code else self.tr("S, M, L, XL: one item per size"))
        self.barcode_box.setEnabled(code is not None)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.category_name.setPlaceholderText(self.tr("New category"))
        self.category_add.setText(self.tr("Add category"))
        self.category_top.setText(self.tr("At the top level, not under the chosen one"))
        self.search.setPlaceholderText(self.tr("Find an item by name or code"))
        for key, text in (("name", self.tr("Name")), ("category", self.tr("Category")),
                          ("gender", self.tr("For")), ("unit", self.tr("Unit")),
                          ("weight", self.tr("Weight per unit (g)")),
                          ("shelf_life", self.tr("Shelf life (days)")),
                          ("min_level", self.tr("Minimum level")),
                          ("allergens", self.tr("Allergens"))):
            self.labels[key].setText(text)
        self.weight.setSpecialValueText(self.tr("not known"))
        self.shelf_life.setSpecialValueText(self.tr("none"))
        self.min_level.setPlaceholderText(self.tr("no minimum"))
        self.perishable.setText(self.tr("Perishable: kept in lots with a date"))
        self.gender.setItemText(0, self.tr("anyone"))
        for index in range(1, self.gender.count()):
            self.gender.setItemText(index, gender_name(self.gender.itemData(index)))
        for index in range(self.unit.count()):
            self.unit.setItemText(index, unit_name(self.unit.itemData(index)))
        for key, box in self.allergens.items():
            box.setText(QCoreApplication.translate("AdminVocabulary", ALLERGEN_NAMES[key]))
        self.save_button.setText(self.tr("Save"))
        self.new_button.setText(self.tr("New item"))
        self.barcode_box.setTitle(self.tr("Product barcodes"))
        self.barcode_hint.setText(self.tr(
            "Scan a product: its barcode comes here. One scan of it at intake counts the pack "
            "quantity."))
        self.barcode.setPlaceholderText(self.tr("Barcode (scan it)"))
        self.pack_label.setText(self.tr("Pack of"))
        self.link_button.setText(self.tr("Link"))
        self.unlink_button.setText(self.tr("Unlink the chosen barcode"))
        self.set_editing(self.editing_code)
