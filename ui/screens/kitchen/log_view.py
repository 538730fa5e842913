"""Log a batch, laid out: the recipes as big buttons, portions, cooks, the ingredients the
batch would take (lot by lot, oldest date first), Cook, and the new batch number shown
big. Layout and texts only; ui.screens.kitchen.log drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.screens.kitchen.rows import RowsModel
from ui.widgets import big_button, label, list_table

MAX_PORTIONS = 5000


class LogBatchView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pick_hint = label("hint")
        self.recipe_grid = QGridLayout()
        self.no_recipes = label("hint")
        self.portions = QSpinBox()
        self.portions.setObjectName("batch_portions")
        self.portions.setRange(1, MAX_PORTIONS)
        self.portions.setValue(100)
        self.cooks = QLineEdit()
        self.cooks.setObjectName("batch_cooks")
        self.portions_label, self.cooks_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.portions_label, self.portions)
        form.addRow(self.cooks_label, self.cooks)
        self.stock_note = label("hint")
        self.proposal_title = label("hint")
        self.proposal = RowsModel(self._headers, self)
        self.proposal_table = list_table("batch_proposal")
        self.proposal_table.setModel(self.proposal)
        self.facts = label("hint")
        self.facts.setObjectName("batch_facts")
        self.cook_button = big_button(role="primary")
        self.cook_button.setProperty("role", "primary")
        self.cook_button.setObjectName("batch_cook")
        self.cook_button.setEnabled(False)
        self.number = label("big")
        self.number.setObjectName("batch_number")
        self.open_button = big_button(role="")
        self.open_button.setObjectName("batch_open")
        self.open_button.hide()
        done = QHBoxLayout()
        done.addWidget(self.cook_button)
        done.addWidget(self.number, 1)
        done.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pick_hint)
        layout.addLayout(self.recipe_grid)
        layout.addWidget(self.no_recipes)
        layout.addLayout(form)
        layout.addWidget(self.stock_note)
        layout.addWidget(self.proposal_title)
        layout.addWidget(self.proposal_table, 1)
        layout.addWidget(self.facts)
        layout.addLayout(done)
        self.retranslate()

    def _headers(self) -> list[str]:
        return [self.tr("Ingredient"), self.tr("Needed"), self.tr("Lot"), self.tr("Date"),
                self.tr("Take"), self.tr("From")]

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.pick_hint.setText(self.tr("1. Tap the recipe"))
        self.no_recipes.setText(self.tr("No recipe yet: add one on the Recipes page."))
        self.portions_label.setText(self.tr("2. Portions"))
        self.cooks_label.setText(self.tr("Cooks (names, separated by commas)"))
        self.proposal_title.setText(self.tr("3. What the batch takes, oldest date first"))
        self.cook_button.setText(self.tr("Cook"))
        self.open_button.setText(self.tr("Temperatures and labels"))
        self.proposal.refresh_headers()
