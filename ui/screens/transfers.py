"""Transfers and loans between the hangar's NGOs: hand stock to another organisation for
good (a change of owner: the goods stay on their shelf) or lend it until a due date,
with lines scanned or chosen and checked by the core first expired first out; below,
the outstanding loans of every NGO the person may see, repaid in full or in part.
Who may give, lend or repay for whom is the core's rule; the lists only offer it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.feedback import Telling
from ui.operations import run_op
from ui.screens.distribution_lines import StockLinesModel, merged
from ui.screens.distribution_view import fit_columns
from ui.screens.transfers_loans import LoansModel
from ui.screens.transfers_view import TransfersView
from warehouse_app.goods_out_desk import (
    ItemChoice,
    LoanRow,
    StockLine,
    TransferChoices,
    check_lines,
    find_items,
    hand_over,
    item_line,
    lines_from_scan,
    outstanding,
    repay_loan,
    transfer_choices,
)


class TransfersScreen(Telling, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = TransfersView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.model = StockLinesModel(self)
        self.view.lines.setModel(self.model)
        fit_columns(self.view.lines, {0: 250, 1: 70})
        self.loans = LoansModel(self)
        self.view.loans.setModel(self.loans)
        self.view.loans.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.choices: TransferChoices | None = None
        v = self.view
        v.kind_changed.connect(self._kind_changed)
        v.from_changed.connect(self.recheck)
        v.remove_asked.connect(self.remove_line)
        v.post_asked.connect(self.post)
        v.repay_all_asked.connect(lambda: self.repay(everything=True))
        v.repay_part_asked.connect(lambda: self.repay(everything=False))
        v.entry.search_asked.connect(self.search)
        v.entry.add_asked.connect(self.add_item)
        ctx.events.stock_changed.connect(self._stock_changed)
        ctx.session.changed.connect(self.start_over)
        self.start_over()

    def start_over(self) -> None:
        """Another person (the screen outlives a sign-in): their choices, no lines."""
        self.choices = None
        self.model.set_lines([])
        self.loans.set_loans([])
        self._update_buttons()
        if self.actor is not None:
            run_op(self, transfer_choices, self.actor, on_success=self._choices_loaded)
            self.load_loans()

    @property
    def actor(self):
        return self.ctx.session.user

    def action(self) -> str:
        return "lend" if self.view.lending() else "transfer"

    def giver_id(self) -> int | None:
        return self.view.giver.currentData()

    def _choices_loaded(self, choices: TransferChoices) -> None:
        self.choices = choices
        combo = self.view.receiver
        combo.clear()
        for owner_id, code, name in choices.receivers:
            combo.addItem(f"{code} · {name}", owner_id)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.view.retranslate()
        if self.choices is None:
            return
        combo = self.view.giver
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for owner_id, code, name in self.choices.givers[self.action()]:
            combo.addItem(f"{code} · {name}", owner_id)
        if combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        combo.blockSignals(False)
        if combo.count() == 0:
            self.say(self.tr("You may not hand over any organisation's stock this way."),
                      "problem")
        self.recheck()

    # -- lines ---------------------------------------------------------------------------------
    def on_scan(self, code: str) -> bool:
        if self.actor is None or self.giver_id() is None:
            return False
        run_op(self, lines_from_scan, self.actor, self.giver_id(), code,
               on_success=self._add_lines, on_failure=self.refused)
        return True

    def search(self, text: str) -> None:
        if not text.strip():
            self.view.entry.show_results([])
            return
        run_op(self, find_items, self.actor, text, on_success=self._found)

    def _found(self, items: list[ItemChoice]) -> None:
        self.view.entry.show_results([(x.id, x.label) for x in items])

    def add_item(self, item_id: int, typed: str) -> None:
        try:
            quantity = Decimal(typed)
        except InvalidOperation:
            self.say(self.tr("Type the quantity, then Add line."), "problem")
            return
        run_op(self, item_line, self.actor, item_id, quantity, on_success=self._item_added,
               on_failure=self.refused)

    def _item_added(self, line: StockLine) -> None:
        self.view.entry.quantity.clear()
        self._add_lines([line])

    def _add_lines(self, lines: list[StockLine]) -> None:
        self.model.set_lines(merged(self.model.lines, lines))
        self.recheck()

    def remove_line(self) -> None:
        rows = self.view.lines.selectionModel().selectedRows()
        if rows:
            lines = list(self.model.lines)
            del lines[rows[0].row()]
            self.model.set_lines(lines)
            self.recheck()

    def recheck(self) -> None:
        self._update_buttons()
        lines = list(self.model.lines)
        if not lines or self.giver_id() is None:
            return
        self.model.set_lines(lines)
        run_op(self, check_lines, self.actor, self.action(), self.giver_id(), lines,
               on_success=lambda checks: self._checked(lines, checks), on_failure=self.refused)

    def _checked(self, lines: list[StockLine], checks) -> None:
        if lines != self.model.lines:
            return
        self.model.set_checks(checks)
        self.view.lines.resizeRowsToContents()
        problems = self.model.problems()
        if problems:
            self.say(self.tr("{count} line(s) cannot be handed over as they are: see the red "
                              "lines.").format(count=len(problems)), "problem")

    # -- posting -------------------------------------------------------------------------------
    def post(self) -> None:
        v = self.view
        giver, receiver = self.giver_id(), v.receiver.currentData()
        if not self.model.lines or giver is None or receiver is None:
            return
        due = v.due_date() if v.lending() else None
        v.post_button.setEnabled(False)
        run_op(self, hand_over, self.actor, self.action(), giver, receiver,
               list(self.model.lines), due_date=due, note=v.note.text().strip(),
               on_success=self._handed_over, on_failure=self._not_handed_over,
               changes=("stock",))

    def _handed_over(self, code: str) -> None:
        lending = self.view.lending()
        self.model.set_lines([])
        self.view.note.clear()
        self._update_buttons()
        text = (self.tr("{code} is posted: the loan is in the outstanding list.") if lending
                else self.tr("{code} is posted: the goods now belong to {owner}."))
        self.say(text.format(code=code, owner=self.view.receiver.currentText()), "ok")

    def _not_handed_over(self, error: Exception) -> None:
        self._update_buttons()
        self.refused(error)

    # -- loans ---------------------------------------------------------------------------------
    def _stock_changed(self) -> None:
        """Posted here or elsewhere: the loans and the lines' picks may differ now."""
        self.load_loans()
        self.recheck()

    def load_loans(self) -> None:
        if self.actor is not None:
            run_op(self, outstanding, self.actor, on_success=self._loans_loaded)

    def _loans_loaded(self, loans: list[LoanRow]) -> None:
        self.loans.set_loans(loans)
        self.view.loans.resizeColumnsToContents()
        self._update_buttons()

    def chosen_loan(self) -> LoanRow | None:
        rows = self.view.loans.selectionModel().selectedRows()
        return self.loans.loans[rows[0].row()] if rows else None

    def repay(self, everything: bool) -> None:
        loan = self.chosen_loan()
        if loan is None:
            self.say(self.tr("Choose the loan to repay in the list."), "problem")
            return
        if everything:
            quantity = loan.outstanding
        else:
            try:
                quantity = Decimal(self.view.repay_quantity.text().strip().replace(",", "."))
            except InvalidOperation:
                self.say(self.tr("Type the quantity to repay."), "problem")
                return
        run_op(self, repay_loan, self.actor, loan.loan_id, loan.item_id, quantity,
               on_success=self._repaid, on_failure=self.refused, changes=("stock",))

    def _repaid(self, code: str) -> None:
        self.view.repay_quantity.clear()
        self.say(self.tr("{code} is posted: the repayment is taken off the loan.").format(
            code=code), "ok")

    def _update_buttons(self) -> None:
        v = self.view
        v.remove_button.setEnabled(bool(self.model.lines))
        v.post_button.setEnabled(bool(self.model.lines) and self.giver_id() is not None)
        loan = self.chosen_loan()
        may = loan is not None and loan.may_repay
        v.repay_all_button.setEnabled(may)
        v.repay_part_button.setEnabled(may)
        v.repay_quantity.setEnabled(may)

    # -- feedback ------------------------------------------------------------------------------
