"""The workshop: how many kits of a design an NGO's stock builds now and what limits it,
what a bigger number lacks, building N kits in one operation and printing their labels;
the kit designs (ui.screens.workshop.designs); and taking a scanned kit apart.

Scans: a KIT- label opens its contents for un-kitting; a shelf's label on the Build page
says where the new kits go; on the designs page a scanned item becomes a part. Every
database call goes through run_op; the rules are the core's (warehouse_app.workshop.kits),
whose refusals are shown as ui.messages words them.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.messages import format_value
from ui.operations import run_op
from ui.screens.base import ScanningScreen
from ui.screens.workshop.designs import DesignEditor
from ui.screens.workshop.lines import (
    BillModel,
    ContentsModel,
    ShortageModel,
    attach,
    quantity_text,
)
from ui.screens.workshop.view import BUILD_PAGE, DESIGNS_PAGE, UNKIT_PAGE, WorkshopView
from warehouse_app import permissions
from warehouse_app.workshop.desk import (
    BuiltKits,
    DesignRow,
    Desk,
    KitContents,
    LimitRow,
    Plan,
    build,
    kit_contents,
    labels_of,
    load_desk,
    plan,
    take_apart,
    workshop_scan,
)

PLAN_DELAY_MS = 250  # wait for the next digit before asking what a number lacks


class WorkshopScreen(ScanningScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, WorkshopView, parent)
        self.designs: list[DesignRow] = []
        self.places: list[tuple[int, str, str]] = []
        self.plan: Plan | None = None
        self.kit: KitContents | None = None
        self.building = False
        self.print_dialog = None
        page = self.view.build
        self.bill = BillModel(self)
        attach(page.bill, self.bill)
        self.shortage = ShortageModel(self)
        attach(page.shortage, self.shortage)
        self.contents = ContentsModel(self)
        attach(self.view.unkit.contents, self.contents)
        self.editor = DesignEditor(self.view.designs, ctx, self)
        self.editor.say.connect(self.say)
        self.editor.refused.connect(self.refused)
        self.editor.saved.connect(lambda design: self.reload(design.id))
        self.editor.kit_scanned.connect(self.show_kit)
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_DELAY_MS)
        self._plan_timer.timeout.connect(self.refresh_plan)
        self.view.page_asked.connect(self.show_page)
        page.design.activated.connect(self._design_chosen)
        page.owner.activated.connect(lambda _i: self.refresh_plan())
        page.number.textChanged.connect(self._number_typed)
        page.build_button.clicked.connect(self.build)
        self.view.unkit.look_up_asked.connect(self.look_up)
        self.view.unkit.unkit_button.clicked.connect(self.take_apart)
        self.stale = False  # stock changed while the screen was hidden
        ctx.session.changed.connect(self._person_changed)
        ctx.events.stock_changed.connect(self._stock_changed)
        self.reload()


    # -- designs and owners ----------------------------------------------------------------
    def _person_changed(self) -> None:
        """Another person: nothing of the last one's kit or number stays on screen."""
        self._clear_kit("")
        self.view.unkit.code.clear()
        self.view.build.number.clear()
        self.view.build.owner.clear()  # hers, not the last person's
        self.view.show_page(BUILD_PAGE)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        # the screen is kept across sign-ins: one who may not build has nothing to load
        if self.actor is None or permissions.reach(self.actor, "build_kits") is None:
            return
        run_op(self, load_desk, self.actor, on_success=lambda desk: self._loaded(desk, keep),
               on_failure=self.refused)

    def _loaded(self, desk: Desk, keep: int | None) -> None:
        page = self.view.build
        owner, place = page.owner.currentData(), page.place.currentData()
        if owner is None and self.actor is not None:
            owner = self.actor.organisation_id  # a coordinator builds for her NGO first
        self.designs = desk.designs
        page.design.clear()
        for d in desk.designs:
            page.design.addItem(f"{d.name} v{d.version}", d.id)
        if keep is not None:
            page.design.setCurrentIndex(max(page.design.findData(keep), 0))
        page.owner.clear()
        for owner_id, code, name in desk.owners:
            page.owner.addItem(f"{code} · {name}", owner_id)
        page.owner.setCurrentIndex(max(page.owner.findData(owner), 0))
        page.owner.setEnabled(len(desk.owners) > 1)
        self.places = desk.places
        page.place.clear()
        page.place.addItem(self.tr("No shelf yet"), None)
        for place_id, code, name in desk.places:
            page.place.addItem(f"{code} · {name}", place_id)
        page.place.setCurrentIndex(max(page.place.findData(place), 0))
        self.editor.set_designs(desk.designs, desk.kit_items, keep)
        if not desk.designs:
            self.say(self.tr("There is no kit design yet: make one on Kit designs."), "info")
        elif keep is None and self.view.pages.currentIndex() == BUILD_PAGE:
            self.say(self._hint(BUILD_PAGE), "info")
        self._design_chosen()

    def show_page(self, index: int) -> None:
        self.view.show_page(index)
        hint = self._hint(index)
        if hint:
            self.say(hint, "info")
        else:
            self.view.message.hide()  # the un-kit page says what to do itself

    def _hint(self, page: int) -> str:
        if page == BUILD_PAGE:
            return self.tr("Type how many kits to build. Scan a shelf to say where they go.")
        if page == DESIGNS_PAGE:
            return self.tr("Find parts by name or scan them. Saving a change makes the next "
                           "version.")
        return ""

    def _design_chosen(self) -> None:
        design = self.chosen_design()
        self.bill.set_rows(design.lines if design else [])
        self.refresh_plan()

    def chosen_design(self) -> DesignRow | None:
        design_id = self.view.build.design.currentData()
        return next((d for d in self.designs if d.id == design_id), None)

    # -- how many --------------------------------------------------------------------------
    def wanted(self) -> int | None:
        text = self.view.build.number.text().strip()
        return int(text) if text.isdigit() and int(text) > 0 else None

    def _number_typed(self) -> None:
        self._show_build_state()
        self._plan_timer.start()

    def _stock_changed(self) -> None:
        if self.isVisible():
            self.refresh_plan()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # Qt override: camelCase
        if self.stale:
            self.stale = False
            self.refresh_plan()
        super().showEvent(event)

    def refresh_plan(self) -> None:
        self._plan_timer.stop()
        page = self.view.build
        design, owner = self.chosen_design(), page.owner.currentData()
        if self.actor is None or design is None or owner is None:
            self.plan = None
            self._show_plan()
            return
        run_op(self, plan, self.actor, design.id, owner, self.wanted(),
               on_success=self._planned, on_failure=self.refused)

    def _planned(self, found: Plan) -> None:
        design, page = self.chosen_design(), self.view.build
        if (design is None or found.design_id != design.id
                or found.owner_id != page.owner.currentData() or found.target != self.wanted()):
            return  # the choice changed meanwhile: a newer plan is on its way
        self.plan = found
        self._show_plan()

    def _show_plan(self) -> None:
        page, found = self.view.build, self.plan
        page.count.setText(str(found.count) if found else "–")
        if found is None:
            page.limits.clear()
        elif found.limiting:
            page.limits.setText(self.tr("Limited by: {parts}").format(
                parts="; ".join(self._limit_text(x) for x in found.limiting)))
        else:
            page.limits.setText(self.tr("Nothing limits it."))
        missing = found is not None and bool(found.shortage)
        self.shortage.set_rows(found.shortage if found else [])
        page.shortage.setVisible(missing)
        page.shortage_title.setVisible(missing)
        if missing:
            page.shortage_title.setText(self.tr("Missing to build {n}:").format(n=found.target))
        self._show_build_state()

    def _limit_text(self, limit: LimitRow) -> str:
        text = self.tr("{part}: {have} there, {per_kit} per kit").format(
            part=limit.part.name, have=quantity_text(limit.have, limit.part.unit),
            per_kit=format_value(limit.per_kit))
        if limit.substitutes:
            text += " " + self.tr("(or {others})").format(
                others=", ".join(s.name for s in limit.substitutes))
        return text

    def _show_build_state(self) -> None:
        n, found = self.wanted(), self.plan
        button = self.view.build.build_button
        can = found is not None and n is not None and n <= found.count and not self.building
        button.setEnabled(can)
        if n is None:
            button.setText(self.tr("Build"))
        elif found is not None and n > found.count:
            button.setText(self.tr("Not enough for {n}").format(n=n))
        else:
            button.setText(self.tr("Build 1 kit") if n == 1 else
                           self.tr("Build {n} kits").format(n=n))

    # -- building --------------------------------------------------------------------------
    def build(self) -> None:
        design, n = self.chosen_design(), self.wanted()
        owner = self.view.build.owner.currentData()
        if self.actor is None or design is None or owner is None or n is None or self.building:
            return
        self.building = True
        self._show_build_state()
        run_op(self, build, self.actor, design.id, owner, n, self.view.build.place.currentData(),
               on_success=self._built, on_failure=self.refused, changes=("stock",),
               progress_label=self.tr("Building the kits…"))

    def _built(self, built: BuiltKits) -> None:
        from ui.screens.print_dialog import PrintDialog  # the print system loads on demand

        self.building = False
        self.view.build.number.clear()
        codes = built.kit_codes
        span = codes[0] if len(codes) == 1 else f"{codes[0]} … {codes[-1]}"
        if len(codes) == 1:
            done = self.tr("Built 1 kit ({codes}) as {document}. Its label is ready to print.")
        else:
            done = self.tr("Built {n} kits ({codes}) as {document}. Their labels are ready to "
                           "print.")
        self.say(done.format(n=len(codes), codes=span, document=built.document_code), "ok")
        self.print_dialog = PrintDialog(
            self.ctx, self.tr("Kit labels of {document}").format(document=built.document_code),
            labels_of, self.actor, built.kit_ids, parent=self)
        self.print_dialog.open()

    # -- taking a kit apart ----------------------------------------------------------------
    def on_scan(self, code: str) -> bool:
        page = self.view.pages.currentIndex()
        if page == DESIGNS_PAGE:
            self.editor.on_scan(code)
            return True
        found = workshop_scan(code, self.places, building=page == BUILD_PAGE)
        if found.kind == "place":
            self._put_on(found.place_id, found.code)
            return True
        if page == UNKIT_PAGE or found.kind == "kit":
            self.show_kit(found.code)
            return True
        return False

    def show_kit(self, code: str) -> None:
        """A scanned kit's label: the un-kit page, with what is in it."""
        code = code.strip().upper()
        self.view.show_page(UNKIT_PAGE)
        self.view.unkit.code.setText(code)
        self.look_up(code)

    def _put_on(self, place_id: int | None, code: str) -> None:
        """A shelf's label scanned on the Build page: the next kits go there."""
        self.view.build.place.setCurrentIndex(max(self.view.build.place.findData(place_id), 0))
        self.say(self.tr("The new kits go on {place}.").format(place=code), "ok")

    def look_up(self, code: str) -> None:
        if self.actor is None or not code.strip():
            return
        run_op(self, kit_contents, self.actor, code.strip(),
               on_success=lambda found: self._show_kit(code.strip().upper(), found),
               on_failure=self._not_shown)

    def _not_shown(self, error: Exception) -> None:
        """A kit one may not take apart: its contents are not shown either."""
        self._clear_kit(self.view.unkit.code.text())
        self.refused(error)

    def _clear_kit(self, code: str) -> None:
        self.kit = None
        self.contents.set_rows([])
        self.view.unkit.found.setText(code)
        self.view.unkit.facts.clear()
        self.view.unkit.unkit_button.setEnabled(False)

    def _show_kit(self, code: str, found: KitContents | None) -> None:
        if found is None:
            self._clear_kit(code)
            self.say(self.tr("{code} is not a kit.").format(code=code), "problem")
            return
        self.kit = found
        page = self.view.unkit
        self.contents.set_rows(found.lines)
        page.unkit_button.setEnabled(not found.taken_apart)
        page.found.setText(f"{found.code} · {found.design}")
        self._show_kit_facts()
        if found.taken_apart:
            self.say(self.tr("{code} was already taken apart.").format(code=found.code),
                      "problem")
        else:
            self.say(self.tr("Check the parts, then tap Take this kit apart."), "info")

    def _show_kit_facts(self) -> None:
        found = self.kit
        if found is None:
            return
        if found.place:
            facts = self.tr("{owner}'s kit, on {place}. Taking it apart puts its parts back on "
                            "{place}; what was used up stays used up.")
        else:
            facts = self.tr("{owner}'s kit, not on a shelf. Taking it apart gives its parts "
                            "back loose; what was used up stays used up.")
        self.view.unkit.facts.setText(facts.format(owner=found.owner_name, place=found.place))

    def take_apart(self) -> None:
        kit = self.kit
        if self.actor is None or kit is None or kit.taken_apart:
            return
        self.view.unkit.unkit_button.setEnabled(False)
        run_op(self, take_apart, self.actor, kit.kit_id, changes=("stock",),
               on_success=lambda document: self._taken_apart(kit, document),
               on_failure=self.refused)

    def _taken_apart(self, kit: KitContents, document: str) -> None:
        if self.kit is not None and self.kit.kit_id == kit.kit_id:
            self.kit = dataclasses.replace(kit, taken_apart=True)
        self.say(self.tr("{code} is taken apart ({document}): its parts are back in {owner}'s "
                          "stock.").format(code=kit.code, document=document,
                                           owner=kit.owner_code), "ok")

    # -- feedback --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            if self.view.build.place.count():
                self.view.build.place.setItemText(0, self.tr("No shelf yet"))
            self._show_plan()
            self._show_kit_facts()
        super().changeEvent(event)

    def refused(self, error: Exception) -> None:
        self.building = False
        self._show_build_state()
        super().refused(error)

