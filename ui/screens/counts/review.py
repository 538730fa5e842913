"""The review page of the count screen: every line with its book, count and difference,
a reason chosen per variance (saved at once), recounts asked for chosen lines, and
approval. Who may approve, and when, is the core's rule (`counts_review`): the page only
says why Approve is disabled (the reviewer counted in it; it is still being counted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from models import ADJUSTMENT_REASONS
from ui.operations import run_op
from ui.screens.counts.lines import ReviewModel
from ui.screens.counts.view import REVIEW_PAGE, reason_name
from warehouse_app.counts.desk import approve, ask_recount, load_review, set_reason

if TYPE_CHECKING:
    from ui.screens.counts.screen import CountScreen


class CountReviewing(QObject):
    def __init__(self, screen: CountScreen):
        super().__init__(screen)
        self.screen = screen
        self.model = ReviewModel(self)
        self.reason_combos: dict[int, QComboBox] = {}
        v = screen.view
        v.review_table.setModel(self.model)
        v.narrow_review_column(ReviewModel.COLUMNS.index("item"))
        v.recount_button.clicked.connect(self.ask_recount)
        v.approve_button.clicked.connect(self.approve)

    def open(self, session_id: int) -> None:
        s = self.screen
        run_op(s, load_review, s.actor, session_id, on_success=self._loaded,
               on_failure=s.refused, on_cancel=s.stopped,
               progress_label=self.tr("Reading the count's lines…"), cancellable=True)

    def _loaded(self, result) -> None:
        s, v = self.screen, self.screen.view
        s.session, lines, mine = result
        self.model.set_lines(lines)
        v.review_title.setText(self.tr("Review of {code}").format(code=s.session.code))
        self.reason_combos = {}
        column = ReviewModel.COLUMNS.index("reason")
        for row, x in enumerate(lines):
            if not x.is_variance or x.line is None:
                continue
            combo = QComboBox()
            combo.setObjectName(f"reason_{x.line}")
            combo.addItem(self.tr("Choose a reason"), None)
            for reason in ADJUSTMENT_REASONS:
                combo.addItem(reason_name(reason), reason)
            if x.reason:
                combo.setCurrentIndex(combo.findData(x.reason))
            combo.currentIndexChanged.connect(
                lambda _i, n=x.line, c=combo: self.set_reason(n, c.currentData()))
            v.review_table.setIndexWidget(self.model.index(row, column), combo)
            self.reason_combos[x.line] = combo
        if self.reason_combos:  # every row as tall as a reason's combo: an even table
            height = max(c.sizeHint().height() for c in self.reason_combos.values())
            v.review_table.verticalHeader().setDefaultSectionSize(height)
        submitted = s.session.status == "submitted"
        if mine is not None:
            note = self.tr("You counted in this count: another coordinator or administrator "
                           "must approve it.")
        elif not submitted:
            note = self.tr("The count is still open: it can be approved once submitted.")
        else:
            note = ""
        v.approve_note.setText(note)
        v.approve_button.setEnabled(mine is None and submitted)
        v.approve_button.setToolTip(note)
        v.pages.setCurrentIndex(REVIEW_PAGE)
        variances = sum(1 for x in lines if x.is_variance)
        s.say(self.tr("{count} line(s) differ from the book.").format(count=variances), "info")

    def set_reason(self, line: int, reason: str | None) -> None:
        s = self.screen
        if s.session is None or reason is None:
            return
        run_op(s, set_reason, s.actor, s.session.id, line, reason, on_failure=s.refused)

    def ask_recount(self) -> None:
        s = self.screen
        if s.session is None:
            return
        rows = s.view.review_table.selectionModel().selectedRows()
        lines = sorted({self.model.lines[r.row()].line for r in rows} - {None})
        if not lines:
            s.say(self.tr("Choose the lines to recount first."), "problem")
            return
        session_id = s.session.id
        run_op(s, ask_recount, s.actor, session_id, lines,
               on_success=lambda _r: self.open(session_id), on_failure=s.refused)

    def approve(self) -> None:
        s = self.screen
        if s.session is None:
            return
        run_op(s, approve, s.actor, s.session.id, on_success=self._approved,
               on_failure=s.refused, changes=("stock",))

    def _approved(self, document: str | None) -> None:
        s = self.screen
        code = s.session.code if s.session else ""
        s.reload()
        if document:
            s.say(self.tr("{code} is approved: the differences were posted as {document}."
                          ).format(code=code, document=document), "ok")
        else:
            s.say(self.tr("{code} is approved: nothing differed from the book.").format(
                code=code), "ok")
