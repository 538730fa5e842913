"""The kit design editor's layout: which design (or a new one), its name and kit item, its
lines, and the parts found by search or scan to add as a line or as a substitute.
Layout and texts only; ui.screens.workshop.designs drives it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, label, list_table


class DesignsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.new, self.version = True, 0  # a new design, or a revision of this version
        self.pick = QComboBox()
        self.pick.setObjectName("design_pick")
        self.new_button = QPushButton()
        self.new_button.setObjectName("design_new")
        top = QHBoxLayout()
        top.addWidget(self.pick, 1)
        top.addWidget(self.new_button)
        self.name = QLineEdit()
        self.name.setObjectName("design_name")
        self.kit_item = QComboBox()
        self.kit_item.setObjectName("design_kit_item")
        self.name_label, self.kit_item_label = label(""), label("")
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.kit_item_label, self.kit_item)
        self.lines = list_table("design_lines", stretch_last=False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("line_remove")
        self.clear_substitutes_button = QPushButton()
        self.clear_substitutes_button.setObjectName("line_clear_substitutes")
        self.save_button = big_button(role="primary")
        self.save_button.setObjectName("design_save")
        self.save_button.setStyleSheet("min-height: 52px; font-size: 16pt;")
        line_actions = QHBoxLayout()
        line_actions.addWidget(self.remove_button)
        line_actions.addWidget(self.clear_substitutes_button)
        line_actions.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addLayout(form)
        left.addWidget(self.lines, 1)
        left.addLayout(line_actions)
        left.addWidget(self.save_button)

        self.parts_title = label("hint")
        self.search = QLineEdit()
        self.search.setObjectName("part_search")
        self.found = QListWidget()
        self.found.setObjectName("part_results")
        self.quantity_label = label("")
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("part_quantity")
        self.add_button = QPushButton()
        self.add_button.setObjectName("part_add")
        self.substitute_button = QPushButton()
        self.substitute_button.setObjectName("part_substitute")
        adding = QGridLayout()
        adding.addWidget(self.quantity_label, 0, 0)
        adding.addWidget(self.quantity, 0, 1)
        adding.addWidget(self.add_button, 1, 0, 1, 2)
        adding.addWidget(self.substitute_button, 2, 0, 1, 2)
        right = QVBoxLayout()
        right.addWidget(self.parts_title)
        right.addWidget(self.search)
        right.addWidget(self.found, 1)
        right.addLayout(adding)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(360)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(side)

    def set_new(self, new: bool, version: int) -> None:
        """A new design names itself and its kit item; a revision keeps both."""
        self.new, self.version = new, version
        self.name.setReadOnly(not new)
        self.kit_item.setEnabled(new)
        self._save_text()

    def _save_text(self) -> None:
        if self.new:
            self.save_button.setText(self.tr("Create the design"))
        else:
            self.save_button.setText(self.tr("Save as version {n}").format(n=self.version + 1))

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New design"))
        self.name_label.setText(self.tr("Name"))
        self.kit_item_label.setText(self.tr("Kit item"))
        self.remove_button.setText(self.tr("Remove the chosen line"))
        self.clear_substitutes_button.setText(self.tr("Remove its substitutes"))
        self.parts_title.setText(self.tr("Find a part: type its name, or scan it"))
        self.search.setPlaceholderText(self.tr("Plank, tarpaulin…"))
        self.quantity_label.setText(self.tr("Per kit"))
        self.add_button.setText(self.tr("Add as a line"))
        self.substitute_button.setText(self.tr("Add as a substitute"))
        self._save_text()
