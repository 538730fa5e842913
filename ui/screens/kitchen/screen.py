"""The Kitchen: today's batches and what the stock lets us cook; logging a batch from a
recipe; a batch's temperatures, corrective actions, labels, dispatch and discard; the
recipes. Every read and write goes through an operation to kitchen_desk; the rules (who
may cook, the limits, the hold) are the core's. Scanning a batch label opens its batch."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.messages import describe
from ui.operations import run_op
from ui.screens.base import Screen
from ui.screens.kitchen.batch import BatchPage
from ui.screens.kitchen.log import LogBatchPage
from ui.screens.kitchen.recipes import RecipesPage
from ui.screens.kitchen.view import BATCH, TODAY, KitchenView
from ui.screens.kitchen.words import amount, moment, status_text
from ui.widgets import show_banner
from warehouse_app.kitchen import desk as kitchen_desk
from warehouse_app.kitchen.desk import KitchenDay


class KitchenScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, KitchenView, parent)
        self.day: KitchenDay | None = None
        self.log_page = LogBatchPage(ctx, self.say, self.open_batch)
        self.batch_page = BatchPage(ctx, self.say)
        self.recipes_page = RecipesPage(ctx, self.say, self.reload)
        for page in (self.log_page, self.batch_page, self.recipes_page):  # LOG, BATCH, RECIPES
            self.view.add_page(page)
        v = self.view
        v.page_asked.connect(self.show_page)
        v.kitchen_choice.currentIndexChanged.connect(self.reload)
        v.today.batches_table.clicked.connect(
            lambda index: self.open_batch(v.today.batches.keys[index.row()]))
        ctx.session.changed.connect(self.start)
        ctx.events.stock_changed.connect(self.reload)
        self.start()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        """The texts made here (statuses, reasons, dates) are written again in the new
        language from what was last read; the views retranslate their own."""
        if event.type() == QEvent.Type.LanguageChange:
            if self.day is not None:
                self._day_loaded(self.day)
            if self.batch_page.record is not None:
                self.batch_page.show_record(self.batch_page.record)
        super().changeEvent(event)

    @property
    def kitchen_id(self) -> int | None:
        return self.view.kitchen_choice.currentData()

    def say(self, text: str, kind: str = "info") -> None:
        """The pages' one line of news; nothing to say hides it (a refusal now answered)."""
        if not text:
            self.view.banner.hide()
            return
        show_banner(self.view.banner, text, kind)
        self.view.banner.show()

    def show_page(self, page: int) -> None:
        self.view.banner.hide()
        self.view.show_page(page)

    def start(self) -> None:
        """A person signed in: the screen starts over (nothing of the previous person's
        batch or form stays) with the kitchens they may cook for (a lead: their own)."""
        self.show_page(TODAY)
        self.day = None
        self.log_page.reset()
        self.batch_page.record = None
        actor = self.ctx.session.user
        if actor is not None:
            run_op(self, kitchen_desk.kitchens, actor, on_success=self._kitchens_loaded)

    def _kitchens_loaded(self, kitchens: list[tuple[int, str, str]]) -> None:
        combo = self.view.kitchen_choice
        combo.blockSignals(True)
        combo.clear()
        for key, code, name in kitchens:
            combo.addItem(f"{code} · {name}", key)
        combo.blockSignals(False)
        combo.setVisible(len(kitchens) > 1)
        self.view.kitchen_name.setText(kitchens[0][2] if len(kitchens) == 1 else "")
        if not kitchens:
            self.say(self.tr("No kitchen to cook for: cooking is for kitchen leads."), "info")
        self.reload()

    def reload(self) -> None:
        actor = self.ctx.session.user
        if actor is None or self.kitchen_id is None:
            return
        run_op(self, kitchen_desk.load_day, actor, self.kitchen_id, on_success=self._day_loaded,
               on_failure=lambda error: self.say(describe(error), "problem"))
        if self.view.pages.currentIndex() == BATCH:
            self.batch_page.reload()

    def _day_loaded(self, day: KitchenDay) -> None:
        self.day = day
        today = self.view.today
        rows = []
        for b in day.batches:
            status, tint = status_text(b)
            rows.append((b.id, (b.code, b.recipe, str(b.portions), amount(b.left),
                                moment(b.use_by), status),
                         tint if tint == "problem" else None))
        today.batches.set_rows(rows)
        today.batches_table.resizeRowsToContents()  # the reasons of a hold wrap, never cut
        today.no_batches.setVisible(not day.batches)
        today.cookable.set_rows([
            (c.recipe_id, (c.recipe,
                           self.tr("no limit") if c.portions is None else str(c.portions),
                           ", ".join(c.limiting),
                           f"{moment(c.soonest)} · {c.soonest_item}" if c.soonest else ""),
             "problem" if c.portions == 0 else None)
            for c in day.cookable])
        self.log_page.show_recipes(day.kitchen_id, day.kitchen, day.recipes)
        self.recipes_page.show_recipes(day.kitchen_id, day.recipes)

    def open_batch(self, batch_id: int) -> None:
        self.view.banner.hide()
        self.view.show_page(BATCH)
        self.batch_page.open(batch_id)

    def on_scan(self, code: str) -> bool:
        """A batch label (LMB-...) or its number opens that batch."""
        actor = self.ctx.session.user
        if actor is None:
            return False
        run_op(self, kitchen_desk.batch_id_by_code, actor, code, on_success=self.open_batch,
               on_failure=lambda error: self.say(describe(error), "problem"))
        return True
