"""Random sequences of everything that changes stock keep the ledger's invariants.

A hypothesis state machine drives the real services (receive, move, distribute, transfer,
lend, repay, adjust, undo, close) on a real database, against a plain model of what each
owner should hold. After every step: balances equal the ledger and the model, nothing is
negative, transfers and loans conserve the hangar's totals, closed months never change,
and `check` finds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from peewee import fn

from models import (
    AuditEntry,
    Balance,
    Box,
    ClosedPeriod,
    Document,
    DocumentSequence,
    Lot,
    Movement,
    PeriodBalance,
    from_milli,
)
from warehouse_app import clock, integrity, periods
from warehouse_app.errors import HangarError, InsufficientStock, PeriodClosed
from warehouse_app.goods_out import distribution, moves, transfers
from warehouse_app.intake import receipts as intake
from warehouse_app.stock import adjustments
from warehouse_app.undo import undo

TODAY = clock.today()
START = (TODAY.replace(day=1) - dt.timedelta(days=150)).replace(day=1)
QTY = st.integers(min_value=1, max_value=40).map(Decimal) | st.sampled_from(
    [Decimal("0.5"), Decimal("2.25"), Decimal("7.125")]
)


def wipe_stock() -> None:
    """Each example starts from reference data only."""
    Movement.update(reverses=None).execute()
    Document.update(related=None).execute()
    for model in (Movement, Balance, PeriodBalance, ClosedPeriod, Box, Document, Lot,
                  DocumentSequence, AuditEntry):
        model.delete().execute()


def ledger_totals() -> dict[tuple[int, int], Decimal]:
    rows = (
        Movement.select(Movement.owner, Movement.item, fn.SUM(Movement.quantity))
        .group_by(Movement.owner, Movement.item)
        .tuples()
    )
    return {(o, i): from_milli(q) for o, i, q in rows if from_milli(q) != 0}


def balance_totals() -> dict[tuple[int, int], Decimal]:
    rows = (
        Balance.select(Balance.owner, Balance.item, fn.SUM(Balance.quantity))
        .group_by(Balance.owner, Balance.item)
        .tuples()
    )
    return {(o, i): from_milli(q) for o, i, q in rows if from_milli(q) != 0}


def month_sums(owner_id: int, month_end: dt.date) -> dict[int, Decimal]:
    rows = (
        Movement.select(Movement.item, fn.SUM(Movement.quantity))
        .where((Movement.owner == owner_id) & (Movement.effective_date <= month_end))
        .group_by(Movement.item)
        .tuples()
    )
    return {i: from_milli(q) for i, q in rows if from_milli(q) != 0}


class HangarMachine(RuleBasedStateMachine):
    h = None  # the small hangar, set by the test

    @initialize()
    def start(self):
        wipe_stock()
        self.day = START
        self.expected: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        self.closed: dict[tuple[int, dt.date], dict[int, Decimal]] = {}
        self.documents: list[int] = []
        self.loans: list[int] = []
        self.boxes: list[int] = []
        h = self.h
        self.owners = [h.aid, h.kit, h.ref]
        self.items = [h.soap, h.jacket_m, h.jacket_l, h.lentils]
        self.places = [h.shelf_a1, h.shelf_a2, h.shelf_b1, None]

    # what the model says an owner holds
    def held(self, owner, item) -> Decimal:
        return self.expected[(owner.id, item.id)]

    def _apply_document(self, document_id: int, sign: int = 1) -> None:
        for m in Movement.select().where(Movement.document == document_id):
            self.expected[(m.owner_id, m.item_id)] += sign * m.quantity

    @rule(days=st.integers(min_value=1, max_value=25))
    def time_passes(self, days):
        self.day = min(TODAY, self.day + dt.timedelta(days=days))

    @rule(owner=st.integers(0, 2), item=st.integers(0, 3), qty=QTY, place=st.integers(0, 3),
          boxed=st.booleans())
    def receive(self, owner, item, qty, place, boxed):
        owner, item, place = self.owners[owner], self.items[item], self.places[place]
        line = intake.ReceiptLine(
            item=item, quantity=qty, location=place, box_no=1 if boxed else None,
            date=self.day + dt.timedelta(days=400) if item.perishable else None,
            date_kind="use_by" if item.perishable else None,
        )
        receipt = intake.receive_donation(self.h.coord, owner, [line], donor=self.h.donor,
                                          effective_date=self.day)
        self.expected[(owner.id, item.id)] += qty
        self.documents.append(receipt.document.id)
        self.boxes.extend(b.id for b in receipt.boxes)

    @precondition(lambda self: self.boxes)
    @rule(pick=st.integers(0, 10_000), place=st.integers(0, 2))
    def move_a_box(self, pick, place):
        box = Box.get_by_id(self.boxes[pick % len(self.boxes)])
        target = self.places[place]
        try:
            moves.move_boxes(self.h.coord, [box], target)
        except HangarError:
            return  # an empty box, or already there: refused, nothing changes
        # a move changes places, never amounts

    @rule(owner=st.integers(0, 2), item=st.integers(0, 3), qty=QTY)
    def distribute(self, owner, item, qty):
        owner, item = self.owners[owner], self.items[item]
        enough = self.held(owner, item) >= qty
        try:
            doc = distribution.distribute(
                self.h.coord, owner, self.h.site, [distribution.IssueLine(item, qty)],
                effective_date=TODAY,
            )
        except InsufficientStock:
            assert not enough, f"refused although {self.held(owner, item)} >= {qty}"
            return
        assert enough, f"distributed {qty} with only {self.held(owner, item)} held"
        self.expected[(owner.id, item.id)] -= qty
        self.documents.append(doc.id)

    @rule(giver=st.integers(0, 2), taker=st.integers(0, 2), item=st.integers(0, 3), qty=QTY,
          lend=st.booleans())
    def hand_over(self, giver, taker, item, qty, lend):
        if giver == taker:
            return
        giver, taker, item = self.owners[giver], self.owners[taker], self.items[item]
        enough = self.held(giver, item) >= qty
        before = sum(self.expected[(o.id, item.id)] for o in self.owners)
        try:
            if lend:
                doc = transfers.lend(self.h.coord, giver, taker, [transfers.StockLine(item, qty)],
                                     due_date=TODAY + dt.timedelta(days=30), effective_date=TODAY)
                self.loans.append(doc.id)
            else:
                doc = transfers.transfer(self.h.coord, giver, taker,
                                         [transfers.StockLine(item, qty)], effective_date=TODAY)
        except InsufficientStock:
            assert not enough
            return
        assert enough
        self._apply_document(doc.id)
        self.documents.append(doc.id)
        after = sum(self.expected[(o.id, item.id)] for o in self.owners)
        assert before == after, "a hand-over between NGOs changed the hangar's total"

    @precondition(lambda self: self.loans)
    @rule(pick=st.integers(0, 10_000), qty=QTY)
    def repay_a_loan(self, pick, qty):
        loan = Document.get_by_id(self.loans[pick % len(self.loans)])
        item_id = Movement.select(Movement.item).where(Movement.document == loan).scalar()
        item = next(i for i in self.items if i.id == item_id)
        try:
            doc = transfers.repay(self.h.coord, loan, [transfers.StockLine(item, qty)],
                                  effective_date=TODAY)
        except HangarError:
            return  # more than is owed, more than the borrower holds, or the loan was undone
        self._apply_document(doc.id)
        self.documents.append(doc.id)

    @rule(owner=st.integers(0, 2), item=st.integers(0, 3), qty=QTY, down=st.booleans())
    def adjust(self, owner, item, qty, down):
        owner, item = self.owners[owner], self.items[item]
        signed = -qty if down else qty
        enough = not down or self.held(owner, item) >= qty
        line = adjustments.AdjustmentLine(item=item, quantity=signed,
                                          reason="lost" if down else "found")
        try:
            doc = adjustments.adjust(self.h.coord, owner, [line], effective_date=TODAY)
        except InsufficientStock:
            assert not enough
            return
        assert enough
        self.expected[(owner.id, item.id)] += signed
        self.documents.append(doc.id)

    @precondition(lambda self: self.documents)
    @rule(pick=st.integers(0, 10_000))
    def undo_a_document(self, pick):
        doc = Document.get_by_id(self.documents[pick % len(self.documents)])
        try:
            reversal = undo(self.h.coord, doc)
        except HangarError:
            return  # already undone, or its goods were used since: refused, nothing changes
        self._apply_document(reversal.id)

    @rule(owner=st.integers(0, 2))
    def close_next_month(self, owner):
        owner = self.owners[owner]
        done = periods.closed_months(owner)
        month = periods.next_month(done[-1]) if done else START
        if month >= self.day.replace(day=1):
            return
        periods.close_month(self.h.coord, owner, month)
        self.closed[(owner.id, month)] = month_sums(owner.id, periods.month_end(month))

    @precondition(lambda self: self.closed)
    @rule(pick=st.integers(0, 10_000), item=st.integers(0, 3))
    def backdate_into_a_closed_month(self, pick, item):
        owner_id, month = sorted(self.closed)[pick % len(self.closed)]
        owner = next(o for o in self.owners if o.id == owner_id)
        item = self.items[item]
        line = intake.ReceiptLine(
            item=item, quantity=1,
            date=month + dt.timedelta(days=400) if item.perishable else None,
            date_kind="use_by" if item.perishable else None,
        )
        with pytest.raises(PeriodClosed):
            intake.receive_donation(self.h.coord, owner, [line], effective_date=month)

    @invariant()
    def books_agree(self):
        if not hasattr(self, "expected"):
            return
        model = {k: v for k, v in self.expected.items() if v != 0}
        assert ledger_totals() == model
        assert balance_totals() == model
        assert Balance.select().where(Balance.quantity < 0).count() == 0
        for (owner_id, month), sums in self.closed.items():
            assert month_sums(owner_id, periods.month_end(month)) == sums, "a closed month changed"
        assert integrity.check() == []


@pytest.mark.slow
def test_random_histories_keep_the_ledger_consistent(hangar):
    HangarMachine.h = hangar
    HangarMachine.TestCase.settings = settings(
        max_examples=20, stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    HangarMachine.TestCase().runTest()
