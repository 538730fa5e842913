"""The recipes, laid out: the list (version, dish, holding, use-by rule, derived allergens)
and the form for a new recipe or the next version of one. Layout and texts only;
ui.screens.kitchen.recipes drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.screens.kitchen.rows import RowsModel
from ui.widgets import big_button, label, list_table

LIST, FORM = range(2)


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class RecipesView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        listing = QWidget()
        self.recipes = RowsModel(self._recipe_headers, self)
        self.recipes_table = list_table("recipe_list")
        self.recipes_table.setModel(self.recipes)
        self.new_button = _named(big_button(role=""), "recipe_new")
        self.revise_button = _named(big_button(role=""), "recipe_revise")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.revise_button)
        buttons.addStretch(1)
        box = QVBoxLayout(listing)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.recipes_table, 1)
        box.addLayout(buttons)
        self.pages.addWidget(listing)

        form_page = QWidget()
        self.form_title = label("hint")
        self.name = _named(QLineEdit(), "recipe_name")
        self.dish = _named(QComboBox(), "recipe_dish")
        self.holding = _named(QComboBox(), "recipe_holding")
        self.rule = _named(QComboBox(), "recipe_rule")
        self.amount = _named(QSpinBox(), "recipe_amount")
        self.amount.setRange(1, 30)
        self.time = _named(QTimeEdit(), "recipe_time")
        self.storage = _named(QLineEdit(), "recipe_storage")
        self.portion_g = _named(QSpinBox(), "recipe_portion_g")
        self.portion_g.setRange(0, 3000)
        self.rule_row = QHBoxLayout()
        self.rule_row.addWidget(self.rule, 1)
        self.rule_row.addWidget(self.amount)
        self.rule_row.addWidget(self.time)
        self.labels = {key: QLabel() for key in ("name", "dish", "holding", "rule", "storage",
                                                 "portion_g", "ingredient")}
        form = QFormLayout()
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["dish"], self.dish)
        form.addRow(self.labels["holding"], self.holding)
        form.addRow(self.labels["rule"], self.rule_row)
        form.addRow(self.labels["storage"], self.storage)
        form.addRow(self.labels["portion_g"], self.portion_g)
        self.search = _named(QLineEdit(), "ingredient_search")
        self.found = _named(QComboBox(), "ingredient_found")
        self.found.setMinimumWidth(260)
        self.quantity = _named(QLineEdit(), "ingredient_quantity")
        self.quantity.setMaximumWidth(110)
        self.basis = _named(QComboBox(), "ingredient_basis")
        self.add_button = _named(big_button(role=""), "ingredient_add")
        adding = QHBoxLayout()
        for widget in (self.search, self.found, self.quantity, self.basis, self.add_button):
            adding.addWidget(widget)
        form.addRow(self.labels["ingredient"], adding)
        self.lines = RowsModel(self._line_headers, self)
        self.lines_table = list_table("recipe_lines")
        self.lines_table.setModel(self.lines)
        self.remove_button = _named(big_button(role=""), "ingredient_remove")
        self.allergens = label("hint")
        self.allergens.setObjectName("recipe_allergens")
        self.save_button = _named(big_button(role="primary"), "recipe_save")
        self.cancel_button = _named(big_button(role=""), "recipe_cancel")
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        box = QVBoxLayout(form_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.form_title)
        box.addLayout(form)
        box.addWidget(self.lines_table, 1)
        box.addWidget(self.allergens)
        box.addLayout(actions)
        self.pages.addWidget(form_page)
        self.retranslate()

    def _recipe_headers(self) -> list[str]:
        return [self.tr("Recipe"), self.tr("Version"), self.tr("Dish"), self.tr("Kept"),
                self.tr("Use by"), self.tr("Allergens (derived)"), self.tr("Ingredients")]

    def _line_headers(self) -> list[str]:
        return [self.tr("Ingredient"), self.tr("Quantity"), self.tr("Counted"),
                self.tr("Allergens")]

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New recipe"))
        self.revise_button.setText(self.tr("New version of the chosen recipe"))
        texts = {"name": self.tr("Name"), "dish": self.tr("Portions counted as"),
                 "holding": self.tr("Kept"), "rule": self.tr("Use by"),
                 "storage": self.tr("Storage and reheating"),
                 "portion_g": self.tr("Portion weight (g)"), "ingredient": self.tr("Add")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.portion_g.setSpecialValueText(self.tr("not weighed"))
        self.search.setPlaceholderText(self.tr("Find an ingredient"))
        self.quantity.setPlaceholderText(self.tr("Quantity"))
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove the chosen line"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.recipes.refresh_headers()
        self.lines.refresh_headers()
