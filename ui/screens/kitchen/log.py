"""Log a batch: the kitchen lead taps a recipe and sets the portions; the FEFO proposal
(kitchen_desk.propose) is shown before anything is posted and follows every change;
Cook posts the whole batch in one operation and shows its MB- number big."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.messages import describe
from ui.operations import run_op
from ui.screens.base import Screen
from ui.screens.kitchen.log_view import LogBatchView
from ui.screens.kitchen.words import allergen_list, amount, moment
from ui.vocabulary import unit_name
from ui.widgets import big_button, fill_grid
from warehouse_app.kitchen import desk as kitchen_desk
from warehouse_app.kitchen.desk import BatchRow, Proposal
from warehouse_app.kitchen.recipes_desk import RecipeRow

PROPOSE_AFTER_MS = 350  # typing "400" asks once, not for 4, 40 and 400


class LogBatchPage(Screen):
    def __init__(self, ctx: AppContext, say: Callable[[str, str], None],
                 open_batch: Callable[[int], None], parent: QWidget | None = None):
        super().__init__(ctx, LogBatchView, parent)
        self.say, self.open_batch = say, open_batch  # the kitchen screen's line of news
        self.kitchen_id: int | None = None
        self.recipe_id: int | None = None
        self.proposal: Proposal | None = None
        self.cooked: BatchRow | None = None
        self.buttons = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROPOSE_AFTER_MS)
        self._timer.timeout.connect(self.propose)
        self.view.portions.valueChanged.connect(self._portions_changed)
        self.view.cook_button.clicked.connect(self.cook)
        self.view.open_button.clicked.connect(
            lambda: self.cooked is not None and self.open_batch(self.cooked.id))

    def reset(self) -> None:
        self._timer.stop()
        self.recipe_id, self.cooked = None, None
        self._clear()
        self.view.cooks.clear()
        self.view.number.clear()
        self.view.open_button.hide()

    def show_recipes(self, kitchen_id: int, kitchen: str, recipes: list[RecipeRow]) -> None:
        self.kitchen_id = kitchen_id
        self.view.stock_note.setText(self.tr(
            "Ingredients come from the stock of {kitchen}. Food of another NGO comes to the "
            "kitchen by a transfer first.").format(kitchen=kitchen))
        self.buttons = {}
        for recipe in recipes:
            button = big_button(f"{recipe.name} v{recipe.version}", role="")
            button.setObjectName(f"recipe_{recipe.id}")
            button.setCheckable(True)
            button.setChecked(recipe.id == self.recipe_id)
            button.clicked.connect(lambda _=False, r=recipe.id: self.pick_recipe(r))
            self.buttons[recipe.id] = button
        fill_grid(self.view.recipe_grid, list(self.buttons.values()), 4)
        self.view.no_recipes.setVisible(not recipes)
        if self.recipe_id not in self.buttons:
            self.recipe_id = None
            self._clear()

    def pick_recipe(self, recipe_id: int) -> None:
        self.recipe_id = recipe_id
        for key, button in self.buttons.items():
            button.setChecked(key == recipe_id)
        self.propose()

    def _portions_changed(self) -> None:
        self._clear()
        if self.recipe_id is not None:
            self._timer.start()

    def _clear(self) -> None:
        self.proposal = None
        self.view.proposal.set_rows([])
        self.view.facts.clear()
        self.view.cook_button.setEnabled(False)

    def propose(self) -> None:
        self._timer.stop()
        actor = self.ctx.session.user
        if actor is None or self.recipe_id is None or self.kitchen_id is None:
            return
        self._clear()
        run_op(self, kitchen_desk.propose, actor, self.recipe_id, self.view.portions.value(),
               self.kitchen_id, on_success=self._proposed, on_failure=self._refused)

    def _proposed(self, proposal: Proposal) -> None:
        if (proposal.recipe_id, proposal.portions) != (self.recipe_id, self.view.portions.value()):
            return  # the choice changed while it was asked: a newer proposal is coming
        self.proposal = proposal
        self.say("", "info")  # a refusal of an earlier choice no longer holds
        rows = []
        for line in proposal.lines:
            for n, pick in enumerate(line.picks):
                first = n == 0
                rows.append((None, (
                    line.item if first else "",
                    f"{amount(line.needed)} {unit_name(line.unit, line.needed)}" if first else "",
                    pick.lot, moment(pick.date), amount(pick.quantity), pick.place), None))
        self.view.proposal.set_rows(rows)
        self.view.facts.setText(self.tr("{recipe}, {portions} portions. Allergens: {allergens}. "
                                        "Use by, if cooked now: {use_by}.").format(
            recipe=proposal.recipe, portions=proposal.portions,
            allergens=allergen_list(proposal.allergens), use_by=moment(proposal.use_by)))
        self.view.cook_button.setEnabled(True)

    def _refused(self, error: Exception) -> None:
        self.say(describe(error), "problem")

    def cook(self) -> None:
        actor = self.ctx.session.user
        if actor is None or self.proposal is None:
            return
        self.view.cook_button.setEnabled(False)
        run_op(self, kitchen_desk.cook, actor, self.proposal.recipe_id, self.proposal.portions,
               self.view.cooks.text(), self.kitchen_id, on_success=self._cooked,
               on_failure=self._refused, changes=("stock",))

    def _cooked(self, batch: BatchRow) -> None:
        self.cooked = batch
        self._clear()
        self.view.number.setText(batch.code)
        self.view.open_button.show()
        self.say(self.tr("Batch {code} is logged: {recipe}, {portions} portions. Record its "
                         "temperatures before labels and dispatch.").format(
            code=batch.code, recipe=batch.recipe, portions=batch.portions), "ok")
