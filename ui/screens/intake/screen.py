"""Receive a donation (GRN), scan first: owner, donor, then lines by scanning or picking,
"Finish" posts it as one operation and opens the print dialog for its box labels.

The receipt being made is a `Draft` (warehouse_app.intake.draft): every change is
written to `drafts/intake.json` in the workstation's data folder, off the GUI thread,
so closing the app mid-intake loses nothing; the next opening offers it back. The
draft is the workstation's, not a person's: in shift mode the next volunteer carries on.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.error_dialog import show_error
from ui.feedback import signal
from ui.messages import describe, format_value
from ui.operations import run_op
from ui.screens.base import Screen
from ui.screens.intake.lines import LinesModel, item_title
from ui.screens.intake.picker import Picker
from ui.screens.intake.view import DONOR_PAGE, LINE, LINES_PAGE, OWNER_PAGE, SIZES, IntakeView
from ui.vocabulary import field_name, unit_name
from warehouse_app import clock, config, quantities
from warehouse_app.errors import BadQuantity, HangarError, InvalidLines
from warehouse_app.intake import desk as intake_desk
from warehouse_app.intake import draft as intake_draft
from warehouse_app.intake.desk import DonorChoice, IntakeScan, OwnerChoice, PostedReceipt
from warehouse_app.intake.draft import Draft, ItemInfo

DONOR_SEARCH_MS = 200  # wait for the next letter before searching
CANCEL_CONFIRM_MS = 4000  # "tap again to throw it away" stays this long


def draft_path():
    return config.data_dir() / "drafts" / "intake.json"


def preload_printing() -> None:
    """Import the print dialog's modules (Qt's print support, labels, Pillow) on a worker
    while the desk works, so that "Finish" does not stall the screen importing them."""
    import ui.screens.print_dialog  # noqa: F401
    import warehouse_app.label_data  # noqa: F401


class IntakeScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, IntakeView, parent)
        self.draft = Draft()
        self.saved_draft: Draft | None = None
        self.owners: list[OwnerChoice] = []
        self.donors: list[DonorChoice] = []
        self.posting = False
        self.last_receipt: PostedReceipt | None = None
        self.print_dialog = None
        self.unknown_dialog = None
        self.path = draft_path()
        self.model = LinesModel(self.draft, self)
        self.view.table.setModel(self.model)
        self.view.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_line())
        self.picker = Picker(self, self.view)
        self.picker.item_picked.connect(self._picked)
        self.picker.sizes_picked.connect(self._sizes_picked)
        self._donor_timer = QTimer(self)
        self._donor_timer.setSingleShot(True)
        self._donor_timer.setInterval(DONOR_SEARCH_MS)
        self._donor_timer.timeout.connect(self._search_donors)
        self._cancel_timer = QTimer(self)
        self._cancel_timer.setSingleShot(True)
        self._cancel_timer.timeout.connect(self.view.retranslate)
        self._connect()
        self.view.pages.setCurrentIndex(OWNER_PAGE)
        run_op(self, intake_draft.load_draft, self.path, on_success=self._draft_loaded)
        run_op(self, intake_desk.owners, on_success=self._owners_loaded)
        run_op(self, preload_printing, serial=False)

    def _connect(self) -> None:
        v, line = self.view, self.view.line
        v.owner_picked.connect(self.pick_owner)
        v.donor_typed.connect(lambda _t: self._donor_timer.start())
        v.donor_picked.connect(self.pick_donor)
        v.new_donor_asked.connect(self.add_donor)
        v.no_donor_asked.connect(lambda: self._start_lines())
        v.back_asked.connect(lambda: v.pages.setCurrentIndex(OWNER_PAGE))
        v.resume_asked.connect(self.resume_draft)
        v.discard_asked.connect(self.discard_saved)
        v.priority_picked.connect(self.set_priority)
        v.new_box_asked.connect(self.new_box)
        v.undo_asked.connect(self.undo_last)
        v.finish_asked.connect(self.finish)
        v.cancel_asked.connect(self.cancel)
        v.pick_asked.connect(self.picker.open_top)
        line.count_set.connect(self._count_typed)
        line.step_asked.connect(self._step)
        line.repeat_asked.connect(self.repeat_last)
        line.weight_entered.connect(self._weight)
        line.lot_entered.connect(lambda text: self._change(lot_code=text.strip() or None))
        line.date_changed.connect(self._date)
        line.condition_picked.connect(lambda c: self._change(condition=c))
        line.remove_asked.connect(self._remove)
        self.ctx.events.catalogue_changed.connect(self.picker.reload)

    # -- owner and donor -------------------------------------------------------------------
    def _owners_loaded(self, owners: list[OwnerChoice]) -> None:
        self.owners = owners
        self.view.show_owners(owners)

    def _draft_loaded(self, draft: Draft | None) -> None:
        self.saved_draft = draft
        self.view.resume_frame.setVisible(draft is not None)
        if draft is not None:
            self.view.resume_text.setText(self.tr(
                "A receipt was not finished: {lines} line(s) for {owner}, started by {who}.").format(
                lines=len(draft.lines), owner=draft.owner_name or "?", who=draft.started_by or "?"))

    def resume_draft(self) -> None:
        if self.saved_draft is None:
            return
        self._set_draft(self.saved_draft)
        self.saved_draft = None
        self.view.resume_frame.hide()
        self._start_lines(keep_donor=True)
        self._say(self.tr("Welcome back: the receipt is as it was left."), "info")

    def discard_saved(self) -> None:
        self.saved_draft = None
        self.view.resume_frame.hide()
        run_op(self, intake_draft.discard_draft, self.path)

    def pick_owner(self, owner_id: int) -> None:
        owner = next(o for o in self.owners if o.id == owner_id)
        user = self.ctx.session.user
        self._set_draft(Draft(owner_id=owner.id, owner_name=owner.name, owner_colour=owner.colour,
                              started_at=clock.now().isoformat(timespec="minutes"),
                              started_by=user.name if user else ""))
        self.view.resume_frame.hide()
        self.view.done_note.clear()
        self.view.donor_note.clear()
        self.view.donor_search.clear()
        self.view.pages.setCurrentIndex(DONOR_PAGE)
        self.view.donor_search.setFocus()
        self._search_donors()

    def _search_donors(self) -> None:
        run_op(self, intake_desk.find_donor_choices, self.view.donor_search.text(),
               on_success=self._donors_found)

    def _donors_found(self, donors: list[DonorChoice]) -> None:
        self.donors = donors
        self.view.show_donors([(d.id, d.name, d.donor_type) for d in donors])

    def pick_donor(self, donor_id: int) -> None:
        donor = next(d for d in self.donors if d.id == donor_id)
        self.draft.donor_id, self.draft.donor_name = donor.id, donor.name
        self._start_lines(keep_donor=True)

    def add_donor(self, name: str, donor_type: str) -> None:
        run_op(self, intake_desk.new_donor, self.ctx.session.user, name, donor_type,
               on_success=self._donor_added, changes=("catalogue",))

    def _donor_added(self, donor: DonorChoice) -> None:
        self.donors = [donor]
        self.pick_donor(donor.id)

    def _start_lines(self, keep_donor: bool = False) -> None:
        if not keep_donor:
            self.draft.donor_id, self.draft.donor_name = None, ""
        self.view.pages.setCurrentIndex(LINES_PAGE)
        self.picker.open_top()
        self._changed(save=True)
        if not self.draft.lines:
            self._say(self.tr("Scan the first product, or pick it."), "info")

    def set_priority(self, priority: int) -> None:
        self.draft.priority = priority
        self._changed(save=True)

    # -- scans -----------------------------------------------------------------------------
    def on_scan(self, code: str) -> bool:
        """Every scan on this screen is the intake's: none goes to another screen."""
        page = self.view.pages.currentIndex()
        if page != LINES_PAGE or self.posting:
            signal(self, "problem")
            if page == DONOR_PAGE:
                self.view.donor_note.setText(self.tr(
                    "Choose the donor (or “Donor not known”) first, then scan."))
            else:
                self.view.done_note.setText(self.tr("Tap the organisation first, then scan."))
            return True
        if self.unknown_dialog is not None and self.unknown_dialog.isVisible():
            signal(self, "problem")
            self.unknown_dialog.view.problem.setText(self.tr(
                "Say what this barcode is first (or Cancel), then scan the next one."))
            return True
        self._commit_typing()
        run_op(self, intake_desk.scan_for_intake, code, on_success=self._scanned)
        return True

    def _commit_typing(self) -> None:
        """A weight or lot half-typed when a scan comes belongs to the line it was typed
        for, not to the line the scan is about to select."""
        line = self.view.line
        if line.weight.isModified():
            line.weight.setModified(False)
            self._weight(line.weight.text())
        if line.lot.isModified():
            line.lot.setModified(False)
            self._change(lot_code=line.lot.text().strip() or None)

    def _scanned(self, scan: IntakeScan) -> None:
        if scan.kind == "box":
            self.draft.use_box(scan.box_id, scan.code)
            self._changed(save=True)
            self._say(self.tr("Now filling {box}: the next items go into it.").format(
                box=scan.code), "ok")
        elif scan.item is not None:
            self.add_item(scan.item, scan.quantity, scanned_code=scan.code, lot_code=scan.lot,
                          date=scan.date, date_kind=scan.date_kind, weight_g=scan.weight_g)
        elif scan.kind == "invalid":
            self._say(self.tr("Misread barcode ({problem}). Nothing was added: scan it again.")
                      .format(problem=scan.problem or ""), "problem")
        elif scan.kind == "unknown" and scan.code.isdigit():
            self._ask_unknown(scan.code)
        else:
            self._say(self.tr("{code} is not a product: nothing was added.").format(
                code=scan.code), "problem")

    def _ask_unknown(self, code: str) -> None:
        from ui.screens.unknown_barcode import UnknownBarcodeDialog

        self._say(self.tr("This barcode is new to the hangar: say what it is."), "info")
        signal(self, "problem")
        self.unknown_dialog = UnknownBarcodeDialog(self.ctx, code, self)
        self.unknown_dialog.resolved.connect(
            lambda item, pack: self.add_item(item, pack, scanned_code=code))
        self.unknown_dialog.open()

    def add_item(self, item: ItemInfo, quantity: Decimal, **details) -> None:
        row = self.draft.add(item, quantity, **details)
        line = self.draft.lines[row]
        self._changed(save=True, row=row)
        self._say(self.tr("Added {count} {unit} {item}: {total} in this line.").format(
            count=format_value(Decimal(quantity)), unit=unit_name(item.unit, quantity),
            item=item_title(line), total=format_value(line.quantity)), "ok")

    # -- picking ---------------------------------------------------------------------------
    def _picked(self, item: ItemInfo) -> None:
        self.add_item(item, Decimal(1))
        self.view.side.setCurrentIndex(LINE)

    def _sizes_picked(self, counts: list[tuple[ItemInfo, int]]) -> None:
        for item, count in counts:
            self.draft.add(item, count)
        self._changed(save=True, row=len(self.draft.lines) - 1)
        self._say(self.tr("Added {sizes}.").format(sizes=", ".join(
            f"{i.size} × {n}" for i, n in counts)), "ok")
        self.picker.open_top()

    # -- the selected line -----------------------------------------------------------------
    def current_row(self) -> int | None:
        row = self.view.table.currentIndex().row()
        return row if 0 <= row < len(self.draft.lines) else None

    def _count_typed(self, text: str) -> None:
        """The keypad's digits; 0 takes the line out."""
        try:
            quantity = quantities.parse(text, allow_zero=True)
        except BadQuantity as exc:
            self._say(describe(exc), "problem")
            return
        self._set_count(quantity)

    def _set_count(self, quantity: Decimal) -> None:
        row = self.current_row()
        if row is not None:
            self.draft.set_quantity(row, quantity)
            self._changed(save=True, row=min(row, len(self.draft.lines) - 1))

    def _step(self, step: int) -> None:
        row = self.current_row()
        if row is not None:
            self._set_count(self.draft.lines[row].quantity + step)

    def repeat_last(self, times: int) -> None:
        row = self.draft.repeat_last(times)
        if row is None:
            self._say(self.tr("Scan something first, then tap ×{n}.").format(n=times), "problem")
            return
        self._changed(save=True, row=row)
        line = self.draft.lines[row]
        self._say(self.tr("{item}: {total} in this line.").format(
            item=item_title(line), total=format_value(line.quantity)), "ok")

    def _change(self, **fields) -> None:
        row = self.current_row()
        if row is None:
            return
        if all(getattr(self.draft.lines[row], k) == v for k, v in fields.items()):
            return
        self.draft.change(row, **fields)
        self._changed(save=True, row=row)

    def _weight(self, text: str) -> None:
        try:
            grams = intake_draft.kilograms_to_grams(text)
        except HangarError as error:
            self._say(describe(error), "problem")
            return
        self._change(weight_g=grams)

    def _date(self, kind: str, date: QDate) -> None:
        if not kind:
            self._change(date=None, date_kind=None)
        else:
            self._change(date=date.toPython(), date_kind=kind)

    def _remove(self) -> None:
        row = self.current_row()
        if row is not None:
            self.draft.remove(row)
            self._changed(save=True, row=min(row, len(self.draft.lines) - 1))

    def undo_last(self) -> None:
        row = self.draft.undo_last()
        if row is None:
            self._say(self.tr("Nothing to undo."), "info")
            return
        self._changed(save=True, row=min(row, len(self.draft.lines) - 1))
        self._say(self.tr("Undone. The list shows what will be saved."), "info")

    def new_box(self) -> None:
        number = self.draft.new_box()
        self._changed(save=True)
        self._say(self.tr("Box {number}: the next items go into it.").format(number=number), "ok")

    # -- finishing -------------------------------------------------------------------------
    def finish(self) -> None:
        if not self.draft.lines or self.posting:
            self._say(self.tr("There is nothing to save yet."), "problem")
            return
        self.posting = True
        snapshot = Draft.from_dict(self.draft.to_dict())
        run_op(self, intake_desk.post_draft, self.ctx.session.user, snapshot,
               on_success=self._posted, on_failure=self._refused, changes=("stock",),
               progress_label=self.tr("Saving the receipt…"))

    def _posted(self, receipt: PostedReceipt) -> None:
        from ui.screens.print_dialog import PrintDialog
        from warehouse_app.label_data import receipt_box_labels

        self.posting = False
        self.last_receipt = receipt
        signal(self, "ok")
        run_op(self, intake_draft.discard_draft, self.path)
        self._set_draft(Draft())
        self.view.pages.setCurrentIndex(OWNER_PAGE)
        saved = self.tr(
            "Saved {code} on {day}: {lines} line(s) in {boxes} new box(es). Next donation: "
            "tap the organisation.").format(code=receipt.code, day=format_value(receipt.posted_on),
                                            lines=receipt.lines, boxes=len(receipt.box_codes))
        if receipt.begun_on is not None and receipt.begun_on != receipt.posted_on:
            saved += " " + self.tr("It was begun on {begun}: it counts on {day}, the day it "
                                   "was finished.").format(begun=format_value(receipt.begun_on),
                                                           day=format_value(receipt.posted_on))
        self.view.done_note.setText(saved)
        if receipt.box_codes:
            self.print_dialog = PrintDialog(
                self.ctx, self.tr("Box labels of {code}").format(code=receipt.code),
                receipt_box_labels, receipt.document_id, parent=self)
            self.print_dialog.open()

    def _refused(self, error: Exception) -> None:
        self.posting = False
        signal(self, "problem")
        if isinstance(error, InvalidLines):
            problems = {}
            for number, field, problem in error.problems:
                problems.setdefault(number - 1, f"{field_name(field)}: {problem}")
            self.model.set_problems(problems)
            first = min(problems)
            self.view.table.selectRow(first)
            self._say(describe(error), "problem")
        elif isinstance(error, HangarError):
            self._say(describe(error), "problem")
        else:
            show_error(self, error)

    def cancel(self) -> None:
        if not self._cancel_timer.isActive():
            self.view.cancel_button.setText(self.tr("Tap again to throw this receipt away"))
            self._cancel_timer.start(CANCEL_CONFIRM_MS)
            return
        self._cancel_timer.stop()
        self.view.retranslate()
        run_op(self, intake_draft.discard_draft, self.path)
        self._set_draft(Draft())
        self.view.pages.setCurrentIndex(OWNER_PAGE)

    # -- keeping the screen and the file in step -------------------------------------------
    def _set_draft(self, draft: Draft) -> None:
        self.draft = draft
        self.model.set_draft(draft)

    def _changed(self, *, save: bool, row: int | None = None) -> None:
        d = self.draft
        self.model.set_problems({})
        if row is not None and row >= 0:
            self.view.table.selectRow(row)
            self.view.table.scrollTo(self.model.index(row, 0))
        self.view.show_header(d.owner_name, d.owner_colour, d.donor_name, d.priority)
        if d.target_box_code:
            self.view.box_label.setText(self.tr("Filling {box}").format(box=d.target_box_code))
        else:
            self.view.box_label.setText(self.tr("Filling box {number}").format(
                number=d.current_box))
        self.view.undo_button.setEnabled(d.can_undo)
        self.view.empty_hint.setVisible(not d.lines)
        self.view.finish_button.setEnabled(bool(d.lines))
        self._show_line()
        if save:
            run_op(self, intake_draft.write_draft_file, self.path, d.to_dict())

    def _show_line(self) -> None:
        row = self.current_row()
        if row is None:
            if self.view.side.currentIndex() == LINE:
                self.picker.open_top()
            return
        line = self.draft.lines[row]
        self.view.line.show_line(
            item_title(line), format_value(line.quantity),
            format_value(Decimal(line.weight_g) / 1000) if line.weight_g is not None else "",
            line.lot_code or "", line.date_kind or "",
            QDate(line.date) if line.date else None, line.condition)
        if self.view.side.currentIndex() != SIZES:
            self.view.side.setCurrentIndex(LINE)

    def _say(self, text: str, kind: str) -> None:
        self.view.show_message(text, kind)
        signal(self, kind)
