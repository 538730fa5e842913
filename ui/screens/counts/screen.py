"""Stock counts: the open sessions (a coordinator starts one for an NGO, over a place
and/or a category, blind or open, or cancels one), counting at a place by scanning with
how far each place is, the count sheet out to paper and back, the review of variances
with reasons, recounts and approval (ui.screens.counts.review), and an NGO's books
(ui.screens.counts.books).

Counting: scan a shelf (LOC-...) to say where you are, a box to count inside it, then
each item: every scan adds the barcode's pack quantity to that position's count
(`counts.count_line(add=True)`); the keypad sets the chosen line's count as typed.
"Place done" declares everything at the place counted. A blind session never shows a
book quantity here: counters are shown `CountedLine`s, which carry none.

Every call goes through run_op; the rules (who may approve, blind books, reasons) are
the core's: a refusal is shown as the core words it (ui.messages). What may take long on
a whole NGO (starting, opening the count or the review, the sheets) reports progress and
can be cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ui.context import AppContext
from ui.operations import run_op
from ui.screens.base import ScanningScreen
from ui.screens.counts.books import BooksPage
from ui.screens.counts.cancel import CancelCountDialog
from ui.screens.counts.lines import CountedLinesModel, PlacesModel
from ui.screens.counts.review import CountReviewing
from ui.screens.counts.sheets import CountSheets
from ui.screens.counts.view import BOOKS_PAGE, COUNT_PAGE, LIST_PAGE, CountView
from ui.widgets import big_button
from warehouse_app import quantities
from warehouse_app.counts.desk import (
    ScanOutcome,
    SessionRow,
    StartChoices,
    cancel,
    count_scan,
    load_sessions,
    open_counting,
    place_done,
    set_count,
    start,
    submit,
)
from warehouse_app.errors import BadQuantity


class CountScreen(ScanningScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, CountView, parent)
        self.session: SessionRow | None = None
        self.sessions: list[SessionRow] = []
        self.choices: StartChoices | None = None
        self.can_review = False
        self.place: tuple[int, str] | None = None
        self.box: tuple[int, str] | None = None
        self.counted = CountedLinesModel(self)
        self.view.counted_table.setModel(self.counted)
        self.places = PlacesModel(self)
        self.view.places_table.setModel(self.places)
        self.cancel_dialog: CancelCountDialog | None = None
        self.sheets = CountSheets(self)
        self.reviewing = CountReviewing(self)
        self.books = BooksPage(ctx, self)
        self.view.pages.insertWidget(BOOKS_PAGE, self.books)
        v = self.view
        v.start_asked.connect(self.start_count)
        v.back_asked.connect(self.reload)
        v.books_asked.connect(self.open_books)
        self.books.back_asked.connect(self.reload)
        v.set_count_button.clicked.connect(self.set_typed_count)
        v.count_entry.returnPressed.connect(self.set_typed_count)
        v.place_done_button.clicked.connect(self.place_done)
        v.submit_button.clicked.connect(self.submit)
        ctx.session.changed.connect(self.reload)
        self.reload()


    # -- sessions ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.view.pages.setCurrentIndex(LIST_PAGE)
        self.session = None
        if self.actor is None:
            return
        run_op(self, load_sessions, self.actor, on_success=self._sessions_loaded)

    def _sessions_loaded(self, result) -> None:
        self.sessions, self.choices, self.can_review = result
        rows = []
        for s in self.sessions:
            text = QLabel(self._describe(s))
            text.setObjectName(f"session_{s.id}")
            widgets: list[QWidget] = [text]
            if s.may_count:
                button = big_button(self.tr("Count"))
                button.setObjectName(f"count_{s.id}")
                button.clicked.connect(lambda _=False, r=s: self.open_counting(r.id))
                widgets.append(button)
            if self.can_review and s.may_review:
                button = big_button(self.tr("Review"))
                button.setObjectName(f"review_{s.id}")
                button.clicked.connect(lambda _=False, r=s: self.reviewing.open(r.id))
                widgets.append(button)
            if self.can_review:
                button = big_button(self.tr("Cancel count"))
                button.setObjectName(f"cancel_{s.id}")
                button.clicked.connect(lambda _=False, r=s: self.ask_cancel(r))
                widgets.append(button)
            rows.append(tuple(widgets))
        self.view.show_sessions(rows)
        self.view.books_button.setVisible(self.can_review)
        self.view.start_panel.setVisible(self.choices is not None)
        if self.choices is not None:
            self._fill(self.view.owner_combo, self.choices.owners, None)
            self._fill(self.view.location_combo, self.choices.locations,
                       self.tr("All places"))
            self._fill(self.view.category_combo, self.choices.categories,
                       self.tr("All categories"))

    def _describe(self, s: SessionRow) -> str:
        scope = "; ".join(x for x in (", ".join(s.places), ", ".join(s.categories)) if x)
        status = {"open": self.tr("being counted"), "submitted": self.tr("to review")}.get(
            s.status, s.status)
        kind = self.tr("blind") if s.blind else self.tr("open count")
        return self.tr("{code} · {owner} · {scope} · {kind} · {status}").format(
            code=s.code, owner=s.owner_code, scope=scope or self.tr("all stock"), kind=kind,
            status=status)

    @staticmethod
    def _fill(combo: QComboBox, choices: list[tuple[int, str]], everything: str | None) -> None:
        combo.clear()
        if everything is not None:
            combo.addItem(everything, None)
        for key, text in choices:
            combo.addItem(text, key)

    def start_count(self) -> None:
        v = self.view
        run_op(self, start, self.actor, v.owner_combo.currentData(),
               v.location_combo.currentData(), v.category_combo.currentData(),
               v.blind_check.isChecked(), on_success=self._started,
               on_failure=self.refused, on_cancel=self.stopped,
               progress_label=self.tr("Starting the count…"), cancellable=True)

    def _started(self, row: SessionRow) -> None:
        self.say(self.tr("{code} is open: counters can start.").format(code=row.code), "ok")
        self.reload()

    def ask_cancel(self, row: SessionRow) -> None:
        """Ask for a reason first; the count is cancelled only once it is given."""
        self.cancel_dialog = CancelCountDialog(row.code, self)
        self.cancel_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cancel_dialog.accepted.connect(
            lambda d=self.cancel_dialog, r=row: self._cancel_confirmed(r, d.reason_text()))
        self.cancel_dialog.open()

    def _cancel_confirmed(self, row: SessionRow, reason: str) -> None:
        run_op(self, cancel, self.actor, row.id, reason, on_success=self._cancelled,
               on_failure=self.refused)

    def _cancelled(self, row: SessionRow) -> None:
        self.reload()
        self.say(self.tr("{code} is cancelled: nothing of it was posted.").format(
            code=row.code), "ok")

    def stopped(self) -> None:
        self.say(self.tr("Stopped: nothing was changed."), "info")

    def open_books(self) -> None:
        self.view.pages.setCurrentIndex(BOOKS_PAGE)
        self.say(self.tr("Each NGO's books beside its counts, before a month is closed."),
                 "info")
        self.books.load()

    # -- counting ------------------------------------------------------------------------------
    def open_counting(self, session_id: int) -> None:
        self.place = self.box = None
        run_op(self, open_counting, self.actor, session_id, on_success=self._counting_opened,
               on_failure=self.refused, on_cancel=self.stopped,
               progress_label=self.tr("Reading the places to count…"), cancellable=True)

    def _counting_opened(self, result) -> None:
        self.session, lines, places = result
        self.counted.set_lines(lines)
        self.places.set_lines(places)
        self.sheets.clear()
        kind = self.tr("blind count") if self.session.blind else self.tr("open count")
        self.view.count_title.setText(self.tr("Counting {code} ({kind})").format(
            code=self.session.code, kind=kind))
        self.show_place()
        counting = self.session.status == "open"
        for button in (self.view.submit_button, self.view.place_done_button,
                       self.view.export_button, self.view.import_button):
            button.setVisible(counting)
        self.view.pages.setCurrentIndex(COUNT_PAGE)
        if counting:
            self.say(self.tr("Scan the shelf you are counting, then each item."), "info")
        else:
            self.say(self.tr("Count the highlighted lines again: choose one, type its count, "
                              "and tap Set count."), "info")

    def show_place(self) -> None:
        if self.place is None and self.box is None:
            text = self.tr("Scan a shelf")
        elif self.box is not None:
            text = self.tr("Counting box {box}").format(box=self.box[1])
        else:
            text = self.tr("Counting at {place}").format(place=self.place[1])
        self.view.place_label.setText(text)
        self.view.place_done_button.setEnabled(self.place is not None)
        counted, total = self.places.totals()
        overall = self.tr("Overall: {counted} of {total} lines counted").format(
            counted=counted, total=total)
        here = self.places.of(self.place[1]) if self.place is not None else None
        if here is not None:  # "LOC-A-01-1: 12 of 30 lines", the shelf of a box too
            overall = self.tr("{place}: {progress}").format(
                place=here.place, progress=self.places.describe(here)) + "\n" + overall
        self.view.overall_label.setText(overall)
        self.view.overall_bar.setRange(0, max(total, 1))
        self.view.overall_bar.setValue(counted)

    def on_scan(self, code: str) -> bool:
        """On the counting page every scan is the count's; elsewhere it goes on."""
        if self.view.pages.currentIndex() != COUNT_PAGE or self.session is None:
            return False
        run_op(self, count_scan, self.actor, self.session.id,
               self.place[0] if self.place else None, self.box[0] if self.box else None, code,
               on_success=self._scanned, on_failure=self.refused)
        return True

    def _scanned(self, outcome: ScanOutcome) -> None:
        if outcome.kind == "place":
            self.place, self.box = outcome.place, None
            self.show_place()
            self.say(self.tr("Now counting at {place}.").format(place=self.place[1]), "ok")
        elif outcome.kind == "box":
            self.place, self.box = outcome.place, outcome.box
            self.show_place()
            self.say(self.tr("Now counting inside {box}.").format(box=self.box[1]), "ok")
        elif outcome.kind == "counted":
            self.places.merge(outcome.places)
            self.show_place()
            self.show_lines(outcome.lines, outcome.line)
            self.say(self.tr("Counted {code}.").format(code=outcome.code), "ok")
        elif outcome.kind == "no_place":
            self.say(self.tr("Scan the shelf first, then the items on it."), "problem")
        else:
            self.say(self.tr("{code} is not a product: nothing was counted.").format(
                code=outcome.code), "problem")

    def show_lines(self, lines, line: int | None = None) -> None:
        self.counted.set_lines(lines)
        for row, x in enumerate(self.counted.lines):
            if x.line == line:
                self.view.counted_table.selectRow(row)

    def set_typed_count(self) -> None:
        if self.session is None:
            return
        rows = self.view.counted_table.selectionModel().selectedRows()
        if not rows:
            self.say(self.tr("Choose the line to set, then type its count."), "problem")
            return
        try:
            quantity = quantities.parse(self.view.count_entry.text(), field="count",
                                        allow_zero=True)
        except BadQuantity as exc:
            self.refused(exc)
            return
        line = self.counted.lines[rows[0].row()].line
        run_op(self, set_count, self.actor, self.session.id, line, quantity,
               on_success=lambda lines: self._count_set(lines, line), on_failure=self.refused)

    def _count_set(self, lines, line: int) -> None:
        self.view.count_entry.clear()
        self.show_lines(lines, line)
        self.say(self.tr("Count set."), "ok")
        if self.session is not None and self.session.status != "open" and not any(
                x.recount_asked for x in lines):
            self.reload()
            self.say(self.tr("Every recount is done: the count is back with its reviewer."),
                      "ok")

    def place_done(self) -> None:
        if self.session is None or self.place is None:
            return
        run_op(self, place_done, self.actor, self.session.id, self.place[0],
               on_success=self._place_done, on_failure=self.refused)

    def _place_done(self, result) -> None:
        zeros, lines, places = result
        self.places.merge(places)
        self.show_lines(lines)
        self.say(self.tr("{place} is done ({zeros} position(s) nobody found counted as zero)."
                          ).format(place=self.place[1] if self.place else "", zeros=zeros), "ok")
        self.place = self.box = None
        self.show_place()

    def submit(self) -> None:
        if self.session is None:
            return
        run_op(self, submit, self.actor, self.session.id, on_success=self._submitted,
               on_failure=self.refused)

    def _submitted(self, row: SessionRow) -> None:
        self.reload()
        self.say(self.tr("{code} is submitted for review. Thank you!").format(code=row.code),
                  "ok")

    # -- feedback ------------------------------------------------------------------------------

