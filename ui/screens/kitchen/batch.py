"""One batch: its HACCP record and what leaves the kitchen. Temperatures are recorded and
judged by the core (kitchen_haccp); a failed check puts the batch on hold, shown with its
reasons, until a corrective action is recorded. Labels, dispatch and discard are asked of
the core, which refuses while the batch is held: the screen says why (describe(error))."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.messages import describe
from ui.operations import run_op
from ui.screens.base import Screen
from ui.screens.kitchen.batch_view import BatchView
from ui.screens.kitchen.words import (
    allergen_list,
    amount,
    check_name,
    moment,
    status_text,
    word,
)
from ui.widgets import show_banner
from warehouse_app import clock
from warehouse_app.kitchen import desk as kitchen_desk
from warehouse_app.kitchen.desk import BatchRecord


def _at(time: QTime) -> dt.datetime:
    """The moment a time typed on the clock means (kitchen_desk.on_the_clock)."""
    return kitchen_desk.on_the_clock(dt.time(time.hour(), time.minute()))


class BatchPage(Screen):
    def __init__(self, ctx: AppContext, say: Callable[[str, str], None],
                 parent: QWidget | None = None):
        super().__init__(ctx, BatchView, parent)
        self.say = say  # the kitchen screen's one line of news
        self.record: BatchRecord | None = None
        self.print_dialog = None
        v = self.view
        v.check_kind.currentIndexChanged.connect(self._kind_changed)
        v.check_button.clicked.connect(self.record_check)
        v.check_temperature.returnPressed.connect(self.record_check)
        v.action_button.clicked.connect(self.record_action)
        v.labels_button.clicked.connect(self.print_labels)
        v.dispatch_button.clicked.connect(self.dispatch)
        v.discard_button.clicked.connect(self.discard)

    @property
    def batch_id(self) -> int | None:
        return self.record.batch.id if self.record else None

    def open(self, batch_id: int) -> None:
        if self.ctx.session.user is not None:
            run_op(self, kitchen_desk.batch_record, self.ctx.session.user, batch_id,
                   on_success=self.show_record, on_failure=self._refused)

    def reload(self) -> None:
        if self.batch_id is not None:
            self.open(self.batch_id)

    def show_record(self, record: BatchRecord) -> None:
        fresh = self.record is None or self.record.batch.id != record.batch.id
        self.record = record
        b, v = record.batch, self.view
        v.code.setText(b.code)
        v.about.setText(self.tr(
            "{recipe} · {portions} portions, {left} left · {holding} · cooked {cooked}{cooks} · "
            "use by {use_by} · allergens: {allergens}").format(
            recipe=b.recipe, portions=b.portions, left=amount(b.left), holding=word(b.holding_mode),
            cooked=moment(b.cooked_at), cooks=self.tr(" by {names}").format(names=b.cooks)
            if b.cooks else "", use_by=moment(b.use_by), allergens=allergen_list(b.allergens)))
        show_banner(v.status, *status_text(b))
        v.checks.set_rows([
            (c.id, (check_name(c.kind), amount(c.temperature), moment(c.measured_at),
                    self.tr("passed") if c.passed else self.tr("FAILED"), c.rule, c.action),
             None if c.passed or c.action else "problem")
            for c in record.checks])
        if fresh:
            self._fill_forms(record)
        for combo, name in ((v.check_kind, check_name), (v.discard_reason, word)):
            for i in range(combo.count()):  # in the language of the moment
                combo.setItemText(i, name(combo.itemData(i)))
        failed = [c for c in record.checks if not c.passed and not c.action]
        v.action_box.setVisible(bool(failed))
        v.action_check.clear()
        for c in failed:
            v.action_check.addItem(f"{check_name(c.kind)} · {amount(c.temperature)} °C · "
                                   f"{moment(clock.local(c.measured_at).time())}", c.id)
        self._kind_changed()

    def _fill_forms(self, record: BatchRecord) -> None:
        v, b = self.view, record.batch
        v.check_kind.clear()
        for kind in record.kinds:
            v.check_kind.addItem(check_name(kind), kind)
        taken = {c.kind for c in record.checks}
        missing = [k for k in record.required if k not in taken]
        v.check_kind.setCurrentIndex(max(0, v.check_kind.findData(missing[0] if missing
                                                                   else record.kinds[-1])))
        v.check_temperature.clear()
        v.action_text.clear()
        for spin in (v.containers, v.dispatch_portions, v.discard_portions):
            spin.setMaximum(max(1, b.portions))
        v.containers.setValue(max(1, min(b.portions, 20)))
        v.dispatch_portions.setValue(max(1, int(b.left)))
        v.discard_portions.setValue(1)
        v.dispatch_to.clear()
        for key, name in record.destinations:
            v.dispatch_to.addItem(name, ("destination", key))
        for key, name in record.organisations:
            v.dispatch_to.addItem(self.tr("NGO: {name}").format(name=name), ("organisation", key))
        v.discard_reason.clear()
        for reason in record.loss_reasons:
            v.discard_reason.addItem(word(reason), reason)
        now = QTime(clock.local(clock.now()).time())
        v.check_time.setTime(now)
        v.dispatch_time.setTime(now)

    def _kind_changed(self) -> None:
        v = self.view
        cooling = v.check_kind.currentData() == "cooling"
        v.check_started.setVisible(cooling)
        v.started_label.setVisible(cooling)
        if cooling and self.record is not None:
            cores = [c.measured_at for c in self.record.checks if c.kind == "core"]
            if cores:
                started = clock.local(cores[-1])
                v.check_started.setTime(QTime(started.hour, started.minute))

    # -- actions ---------------------------------------------------------------------------
    def _run(self, fn, *args, on_success, changes=(), **kwargs) -> None:
        actor = self.ctx.session.user
        if actor is None or self.record is None:
            return
        run_op(self, fn, actor, *args, on_success=on_success, on_failure=self._refused,
               changes=changes, **kwargs)

    def record_check(self) -> None:
        v = self.view
        kind = v.check_kind.currentData()
        started = _at(v.check_started.time()) if kind == "cooling" else None
        self._run(kitchen_desk.record_check, self.batch_id, kind, v.check_temperature.text(),
                  measured_at=_at(v.check_time.time()), started_at=started,
                  on_success=self._checked)

    def _checked(self, record: BatchRecord) -> None:
        v = self.view
        v.check_temperature.clear()
        self.show_record(record)
        taken = {c.kind for c in record.checks}
        missing = [k for k in record.required if k not in taken]
        if missing:  # the next check the batch still needs
            v.check_kind.setCurrentIndex(v.check_kind.findData(missing[0]))
        check = record.checks[-1] if record.checks else None
        if check is not None and not check.passed:
            self.say(self.tr("The {check} check failed: the batch is on hold. Record a "
                             "corrective action.").format(check=check_name(check.kind)), "problem")
        else:
            self.say(self.tr("Temperature recorded."), "ok")

    def record_action(self) -> None:
        check_id = self.view.action_check.currentData()
        if check_id is not None:
            self._run(kitchen_desk.correct, check_id, self.view.action_text.text(),
                      on_success=self._corrected)

    def _corrected(self, record: BatchRecord) -> None:
        self.view.action_text.clear()
        self.show_record(record)
        self.say(self.tr("Corrective action recorded."), "ok")

    def print_labels(self) -> None:
        self._run(kitchen_desk.labels_for, self.batch_id, self.view.containers.value(),
                  on_success=self._labels_made)

    def _labels_made(self, labels: list) -> None:
        from ui.screens.print_dialog import PrintDialog  # the print system loads on demand

        code = self.record.batch.code if self.record else ""
        # The labels are made (and the hold checked) already: the dialog only copies them.
        self.print_dialog = PrintDialog(self.ctx, self.tr("Labels of {code}").format(code=code),
                                        list, labels, parent=self)
        self.print_dialog.open()

    def dispatch(self) -> None:
        v = self.view
        target = v.dispatch_to.currentData()
        if target is not None:
            self._run(kitchen_desk.dispatch, self.batch_id, v.dispatch_portions.value(), target,
                      received_by=v.dispatch_receiver.text(), when=_at(v.dispatch_time.time()),
                      on_success=self._left, changes=("stock",))

    def discard(self) -> None:
        v = self.view
        self._run(kitchen_desk.discard, self.batch_id, v.discard_portions.value(),
                  v.discard_reason.currentData(), v.discard_note.text(),
                  on_success=self._left, changes=("stock",))

    def _left(self, document: str) -> None:
        self.say(self.tr("{document} is posted.").format(document=document), "ok")
        self.view.dispatch_receiver.clear()
        self.view.discard_note.clear()
        self.reload()

    def _refused(self, error: Exception) -> None:
        self.say(describe(error), "problem")
