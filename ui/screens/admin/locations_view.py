"""The Locations page's layout: the tree of zones, aisles and shelves; a place added
under the chosen one (code and name offered); rename, retire; the labels of the chosen
place and everything under it. Layout and texts only; ui.screens.admin.locations drives it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models import LOCATION_KINDS
from ui.screens.admin.common import banner

KIND_NAMES = {
    "zone": QT_TRANSLATE_NOOP("AdminVocabulary", "zone"),
    "aisle": QT_TRANSLATE_NOOP("AdminVocabulary", "aisle"),
    "shelf": QT_TRANSLATE_NOOP("AdminVocabulary", "shelf"),
    "bin": QT_TRANSLATE_NOOP("AdminVocabulary", "bin"),
    "area": QT_TRANSLATE_NOOP("AdminVocabulary", "area"),
}


def kind_name(kind: str) -> str:
    source = KIND_NAMES.get(kind)
    return QCoreApplication.translate("AdminVocabulary", source) if source else kind


class LocationsView(QWidget):
    """`add_box`'s title says where a new place goes (set by the page)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.banner = banner()  # the screen shows it above the page (ui.screens.admin.screen)
        self.tree = QTreeView()
        self.tree.setObjectName("location_tree")
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.top_button = QPushButton()
        self.top_button.setObjectName("location_top")

        self.add_box = QGroupBox()
        self.kind = QComboBox()
        self.kind.setObjectName("location_kind")
        for kind in LOCATION_KINDS:
            self.kind.addItem("", kind)
        self.code = QLineEdit()
        self.code.setObjectName("location_code")
        self.name = QLineEdit()
        self.name.setObjectName("location_name")
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.add_button.setObjectName("location_add")
        self.kind_label, self.code_label, self.name_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self.add_box)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.code_label, self.code)
        form.addRow(self.name_label, self.name)
        form.addRow("", self.add_button)

        self.change_box = QGroupBox()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("location_new_name")
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("location_rename")
        self.retire_button = QPushButton()
        self.retire_button.setObjectName("location_retire")
        self.print_button = QPushButton()
        self.print_button.setObjectName("location_print")
        rename_row = QHBoxLayout()
        rename_row.addWidget(self.new_name, 1)
        rename_row.addWidget(self.rename_button)
        change = QVBoxLayout(self.change_box)
        change.addLayout(rename_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.print_button)
        change.addLayout(buttons)

        left = QVBoxLayout()
        left.addWidget(self.tree, 1)
        left.addWidget(self.top_button)
        right = QVBoxLayout()
        right.addWidget(self.add_box)
        right.addWidget(self.change_box)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.top_button.setText(self.tr("Add at the top level (a new zone)"))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_name(self.kind.itemData(index)))
        self.kind_label.setText(self.tr("Kind"))
        self.code_label.setText(self.tr("Code"))
        self.name_label.setText(self.tr("Name"))
        self.add_button.setText(self.tr("Add"))
        self.change_box.setTitle(self.tr("The chosen place"))
        self.new_name.setPlaceholderText(self.tr("New name"))
        self.rename_button.setText(self.tr("Rename"))
        self.retire_button.setText(self.tr("Retire"))
        self.print_button.setText(self.tr("Print its labels and all under it"))
