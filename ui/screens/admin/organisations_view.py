"""The Organisations page's layout: the NGOs of the hangar, and a form to add one or
change its name and colour (big swatches, or any colour). Layout and texts only;
ui.screens.admin.organisations drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.screens.admin.common import banner
from ui.widgets import big_button, list_table

# Colours that stay apart on a shelf and print well: Tableau 10, then darker companions.
SWATCHES = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939")


class OrganisationsView(QWidget):
    colour_picked = Signal(str)
    other_colour_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.banner = banner()  # the screen shows it above the page (ui.screens.admin.screen)
        self.table = list_table("organisation_table")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.code = QLineEdit()
        self.code.setObjectName("organisation_code")
        self.code.setMaxLength(16)
        self.name = QLineEdit()
        self.name.setObjectName("organisation_name")
        self.colour_chip = QLabel()
        self.colour_chip.setFixedSize(120, 40)
        self.swatches: list[QPushButton] = []
        grid = QGridLayout()
        for index, colour in enumerate(SWATCHES):
            swatch = QPushButton()
            swatch.setObjectName(f"swatch_{index}")
            swatch.setFixedSize(56, 48)
            swatch.setStyleSheet(f"background: {colour}; border: 2px solid #555;")
            swatch.clicked.connect(lambda _=False, c=colour: self.colour_picked.emit(c))
            grid.addWidget(swatch, index // 4, index % 4)
            self.swatches.append(swatch)
        self.other_colour = QPushButton()
        self.other_colour.setObjectName("organisation_other_colour")
        self.other_colour.clicked.connect(self.other_colour_asked)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_chip)
        colour_row.addWidget(self.other_colour)
        colour_row.addStretch(1)
        self.code_label, self.name_label, self.colour_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.code_label, self.code)
        form.addRow(self.name_label, self.name)
        form.addRow(self.colour_label, colour_row)
        form.addRow("", grid)

        self.new_button = QPushButton()
        self.new_button.setObjectName("organisation_new")
        self.add_button = big_button(role="primary")
        self.add_button.setObjectName("organisation_add")
        self.save_button = big_button(role="primary")
        self.save_button.setObjectName("organisation_save")
        self.active_button = QPushButton()
        self.active_button.setObjectName("organisation_active")
        self.actions = QWidget()
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.save_button, self.active_button, self.new_button):
            actions.addWidget(button)
        actions.addStretch(1)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.actions)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        self.show_colour("#555555")
        self.retranslate()

    def show_colour(self, colour: str) -> None:
        self.colour_chip.setStyleSheet(f"background: {colour}; border-radius: 6px;")
        self.colour_chip.setProperty("colour", colour)

    def set_editing(self, editing: bool, active: bool = True) -> None:
        """A chosen NGO's form (its code stays) or a blank one for a new NGO."""
        self.code.setReadOnly(editing)
        self.add_button.setVisible(not editing)
        self.save_button.setVisible(editing)
        self.active_button.setVisible(editing)
        self.active_button.setProperty("active", active)
        self._active_text()

    def _active_text(self) -> None:
        self.active_button.setText(self.tr("Deactivate") if self.active_button.property("active")
                                   else self.tr("Reactivate"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.code_label.setText(self.tr("Code"))
        self.name_label.setText(self.tr("Name"))
        self.colour_label.setText(self.tr("Colour on its labels"))
        self.code.setPlaceholderText(self.tr("AID"))
        self.other_colour.setText(self.tr("Other colour…"))
        self.new_button.setText(self.tr("New organisation"))
        self.add_button.setText(self.tr("Add organisation"))
        self.save_button.setText(self.tr("Save changes"))
        self._active_text()
