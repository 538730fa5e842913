"""Recipes: the list, and a form that makes a new recipe or the next version of one
(kitchen_recipes_desk.save_recipe; the core keeps old versions for their batches and
derives the allergens, which the form shows as the ingredients are added)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QWidget

from models import ALLERGENS, HOLDING_MODES, INGREDIENT_BASES, USE_BY_RULES
from ui.context import AppContext
from ui.messages import describe
from ui.operations import run_op
from ui.screens.base import Screen
from ui.screens.kitchen.recipes_view import FORM, LIST, RecipesView
from ui.screens.kitchen.words import allergen_list, amount, use_by_rule, word
from ui.vocabulary import unit_name
from warehouse_app.kitchen import recipes_desk as kitchen_recipes_desk
from warehouse_app.kitchen.recipes_desk import IngredientChoice, RecipeForm, RecipeRow

SEARCH_AFTER_MS = 300


class RecipesPage(Screen):
    def __init__(self, ctx: AppContext, say: Callable[[str, str], None],
                 saved: Callable[[], None], parent: QWidget | None = None):
        super().__init__(ctx, RecipesView, parent)
        self.say, self.saved = say, saved  # the kitchen screen's line of news
        self.kitchen_id: int | None = None
        self.recipes: list[RecipeRow] = []
        self.revising: RecipeRow | None = None
        # (item id, name, unit, quantity as typed, basis, allergens)
        self.lines: list[tuple[int, str, str, str, str, tuple[str, ...]]] = []
        v = self.view
        for combo, keys in ((v.holding, HOLDING_MODES), (v.rule, USE_BY_RULES),
                            (v.basis, INGREDIENT_BASES)):
            for key in keys:
                combo.addItem(word(key), key)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_AFTER_MS)
        self._search_timer.timeout.connect(self.search)
        v.search.textChanged.connect(self._search_changed)
        v.rule.currentIndexChanged.connect(self._rule_changed)
        v.new_button.clicked.connect(self.new_recipe)
        v.revise_button.clicked.connect(self.new_version)
        v.add_button.clicked.connect(self.add_line)
        v.quantity.returnPressed.connect(self.add_line)
        v.remove_button.clicked.connect(self.remove_line)
        v.save_button.clicked.connect(self.save)
        v.cancel_button.clicked.connect(lambda: v.pages.setCurrentIndex(LIST))
        self._rule_changed()

    def show_recipes(self, kitchen_id: int, recipes: list[RecipeRow]) -> None:
        self.kitchen_id, self.recipes = kitchen_id, recipes
        self.view.recipes.set_rows([
            (r.id, (r.name, str(r.version), r.dish, word(r.holding_mode),
                    use_by_rule(r.use_by_rule, r.use_by_amount, r.use_by_time),
                    allergen_list(r.allergens), ", ".join(x.item for x in r.lines)), None)
            for r in recipes])
        self.view.revise_button.setEnabled(bool(recipes))

    # -- the form --------------------------------------------------------------------------
    def new_recipe(self) -> None:
        self._open_form(None)

    def new_version(self) -> None:
        rows = self.view.recipes_table.selectionModel().selectedRows()
        if not rows:
            self.say(self.tr("Tap the recipe to change first."), "info")
            return
        self._open_form(self.recipes[rows[0].row()])

    def _open_form(self, recipe: RecipeRow | None) -> None:
        v = self.view
        self.revising = recipe
        v.form_title.setText(self.tr("New recipe") if recipe is None else self.tr(
            "{name}: version {version} (version {old} stays as it was for its batches)").format(
            name=recipe.name, version=recipe.version + 1, old=recipe.version))
        v.name.setText(recipe.name if recipe else "")
        v.name.setEnabled(recipe is None)
        v.dish.setEnabled(recipe is None)
        v.dish.clear()
        if recipe is not None:
            v.dish.addItem(recipe.dish, recipe.dish_id)
        elif self.ctx.session.user is not None:
            run_op(self, kitchen_recipes_desk.dishes, self.ctx.session.user,
                   on_success=self._dishes_loaded)
        v.holding.setCurrentIndex(max(0, v.holding.findData(recipe.holding_mode if recipe
                                                             else "hot_held")))
        v.rule.setCurrentIndex(max(0, v.rule.findData(recipe.use_by_rule if recipe
                                                      else "hours_after")))
        v.amount.setValue(recipe.use_by_amount or 2 if recipe else 2)
        at = recipe.use_by_time if recipe and recipe.use_by_time else None
        v.time.setTime(QTime(at.hour, at.minute) if at else QTime(20, 0))
        v.storage.setText(recipe.storage if recipe else "")
        v.portion_g.setValue(recipe.portion_g or 0 if recipe else 0)
        self.lines = [(x.item_id, x.item, x.unit, amount(x.quantity), x.basis, x.allergens)
                      for x in recipe.lines] if recipe else []
        self._show_lines()
        v.pages.setCurrentIndex(FORM)

    def _dishes_loaded(self, dishes: list[tuple[int, str]]) -> None:
        for key, name in dishes:
            self.view.dish.addItem(name, key)
        if not dishes:
            self.say(self.tr("No dish is counted in portions yet: add one to the catalogue "
                             "(unit: portion) first."), "problem")

    def _rule_changed(self) -> None:
        v = self.view
        at_time = v.rule.currentData() == "time_of_day"
        v.time.setVisible(at_time)
        v.amount.setVisible(not at_time)

    def _search_changed(self) -> None:
        self.view.found.clear()  # the results of the last words would be added by mistake
        self._search_timer.start()

    def search(self) -> None:
        text = self.view.search.text().strip()
        if text and self.ctx.session.user is not None:
            run_op(self, kitchen_recipes_desk.find_ingredients, self.ctx.session.user, text,
                   on_success=lambda found: self._found(text, found))

    def _found(self, text: str, found: list[IngredientChoice]) -> None:
        if text != self.view.search.text().strip():
            return  # typed on since: the newer words' results are coming
        combo = self.view.found
        combo.clear()
        for choice in found:
            combo.addItem(f"{choice.name} ({unit_name(choice.unit, 2)}) · {choice.code}", choice)

    def add_line(self) -> None:
        v = self.view
        choice: IngredientChoice | None = v.found.currentData()
        if choice is None or not v.quantity.text().strip():
            self.say(self.tr("Find the ingredient and type its quantity first."), "info")
            return
        self.lines = [x for x in self.lines if x[0] != choice.id]
        self.lines.append((choice.id, choice.name, choice.unit, v.quantity.text().strip(),
                           v.basis.currentData(), choice.allergens))
        v.quantity.clear()
        self._show_lines()

    def remove_line(self) -> None:
        rows = self.view.lines_table.selectionModel().selectedRows()
        if rows:
            del self.lines[rows[0].row()]
            self._show_lines()

    def _show_lines(self) -> None:
        self.view.lines.set_rows([
            (item_id, (name, f"{quantity} {unit_name(unit, 2)}", word(basis),
                       allergen_list(allergens)), None)
            for item_id, name, unit, quantity, basis, allergens in self.lines])
        found = {a for line in self.lines for a in line[5]}
        self.view.allergens.setText(self.tr("Allergens of the dish: {allergens}").format(
            allergens=allergen_list(tuple(a for a in ALLERGENS if a in found))))

    def save(self) -> None:
        v = self.view
        actor = self.ctx.session.user
        if actor is None or self.kitchen_id is None:
            return
        at = v.time.time()
        form = RecipeForm(
            name=v.name.text(), dish_id=v.dish.currentData(),
            lines=tuple((item_id, quantity, basis)
                        for item_id, _, _, quantity, basis, _ in self.lines),
            holding_mode=v.holding.currentData(), use_by_rule=v.rule.currentData(),
            use_by_amount=v.amount.value() if v.rule.currentData() != "time_of_day" else None,
            use_by_time=None if v.rule.currentData() != "time_of_day" else
            QTime(at.hour(), at.minute()).toPython(),
            storage=v.storage.text(), portion_g=v.portion_g.value() or None)
        run_op(self, kitchen_recipes_desk.save_recipe, actor, self.kitchen_id, form,
               self.revising.id if self.revising else None, on_success=self._saved,
               on_failure=lambda error: self.say(describe(error), "problem"))

    def _saved(self, recipe: RecipeRow) -> None:
        self.view.pages.setCurrentIndex(LIST)
        self.say(self.tr("{name} version {version} is saved.").format(
            name=recipe.name, version=recipe.version), "ok")
        self.saved()
