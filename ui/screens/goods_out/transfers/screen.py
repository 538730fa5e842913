"""Transfers and loans between the hangar's NGOs: hand stock to another organisation for
good (a change of owner: the goods stay on their shelf) or lend it until a due date,
with lines scanned or chosen and checked by the core first expired first out; below,
the outstanding loans of every NGO the person may see, repaid in full or in part.
Who may give, lend or repay for whom is the core's rule; the lists only offer it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.operations import run_op
from ui.screens.base import ScanningScreen
from ui.screens.goods_out.distribution.building import BuildingLines
from ui.screens.goods_out.transfers.loans import LoansModel
from ui.screens.goods_out.transfers.view import TransfersView
from warehouse_app import quantities
from warehouse_app.errors import BadQuantity
from warehouse_app.goods_out.desk import (
    LoanRow,
    StockLine,
    TransferChoices,
    hand_over,
    outstanding,
    repay_loan,
    transfer_choices,
)


class TransfersScreen(BuildingLines, ScanningScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, TransfersView, parent)
        self._set_up_lines()
        self.loans = LoansModel(self)
        self.view.loans.setModel(self.loans)
        self.view.loans.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_buttons())
        self.choices: TransferChoices | None = None
        v = self.view
        v.kind_changed.connect(self._kind_changed)
        v.from_changed.connect(self.recheck)
        v.post_asked.connect(self.post)
        v.repay_all_asked.connect(lambda: self.repay(everything=True))
        v.repay_part_asked.connect(lambda: self.repay(everything=False))
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

    def lines_action(self) -> str:
        return "lend" if self.view.lending() else "transfer"

    def lines_owner(self) -> int | None:
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
        for owner_id, code, name in self.choices.givers[self.lines_action()]:
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
        if self.actor is None or self.lines_owner() is None:
            return False
        self._scan_lines(code)
        return True

    def _checked(self, lines: list[StockLine], checks) -> None:
        problems = self._show_checks(lines, checks)
        if problems:
            self.say(self.tr("{count} line(s) cannot be handed over as they are: see the red "
                              "lines.").format(count=len(problems)), "problem")

    # -- posting -------------------------------------------------------------------------------
    def post(self) -> None:
        v = self.view
        giver, receiver = self.lines_owner(), v.receiver.currentData()
        if not self.model.lines or giver is None or receiver is None:
            return
        due = v.due_date() if v.lending() else None
        v.post_button.setEnabled(False)
        run_op(self, hand_over, self.actor, self.lines_action(), giver, receiver,
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
                quantity = quantities.parse(self.view.repay_quantity.text(), field="repay")
            except BadQuantity as exc:
                self.refused(exc)
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
        v.post_button.setEnabled(bool(self.model.lines) and self.lines_owner() is not None)
        loan = self.chosen_loan()
        may = loan is not None and loan.may_repay
        v.repay_all_button.setEnabled(may)
        v.repay_part_button.setEnabled(may)
        v.repay_quantity.setEnabled(may)

    # -- feedback ------------------------------------------------------------------------------
