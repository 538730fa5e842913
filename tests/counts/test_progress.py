"""Counts over a large scope report their progress chunk by chunk, and a cancel at any
report leaves nothing written (a start uses up no session number; a sheet writes no line)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models import Box, CountLine, CountScope, CountSession
from tests.counts.test_sheet import fill
from warehouse_app import ledger
from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.counts import sheet as counts_sheet

BOXES = 24


class Stop(Exception):
    """What the person pressing Cancel amounts to, seen from the core."""


class Recorder:
    """A progress callback that records every report and, if asked, stops at the n-th
    or at the first for which `stop_when(done, total)` holds."""

    def __init__(self, stop_at: int | None = None, stop_when=None):
        self.calls: list[tuple[int, int, str]] = []
        self.stop_at, self.stop_when = stop_at, stop_when

    def __call__(self, done: int, total: int, label: str) -> None:
        self.calls.append((done, total, label))
        if (self.stop_at is not None and len(self.calls) >= self.stop_at) or (
                self.stop_when is not None and self.stop_when(done, total)):
            raise Stop(label)


@pytest.fixture
def many_boxes(shelves, monkeypatch):
    """The whole of AID's stock spread over BOXES boxes of soap on shelf B 01 1 (one
    opening document), and chunks of 5 positions instead of 500."""
    h = shelves
    with ledger.posting(h.admin, "opening", h.aid) as post:
        for n in range(BOXES):
            box = Box.create(code=f"BOX-{900 + n:06d}", owner=h.aid, location=h.shelf_b1)
            post.add(owner=h.aid, item=h.soap, quantity=Decimal(n + 1), kind="opening",
                     box=box, location=h.shelf_b1)
    for module in (counts, counts_review, counts_sheet):
        monkeypatch.setattr(module, "PROGRESS_EVERY", 5)
    return h


def test_positions_of_a_whole_ngo_are_read_in_chunks(many_boxes):
    h = many_boxes
    s = counts.start_count(h.coord, h.aid, blind=True)
    progress = Recorder()
    positions = counts.positions_to_count(h.vol, s, progress=progress)
    total = BOXES + 4  # the boxes, and AID's four positions of the shelves fixture
    assert len(positions) == total
    assert progress.calls[0] == (0, 0, s.code)
    chunks = progress.calls[1:]
    assert [done for done, _, _ in chunks] == list(range(0, total, 5))
    assert {t for _, t, _ in chunks} == {total}
    assert {label for _, _, label in chunks} <= {"LOC-A-01-1", "LOC-A-01-2", "LOC-B-01-1"}


def test_the_review_of_a_whole_ngo_is_read_in_chunks(many_boxes):
    h = many_boxes
    s = counts.start_count(h.coord, h.aid)
    counts.count_line(h.vol, s, item=h.soap, quantity=40, location=h.shelf_a1)
    counts.submit_count(h.vol, s)
    progress = Recorder()
    lines = counts_review.review_lines(h.coord, s, progress=progress)
    assert len(lines) == BOXES + 4
    assert [done for done, _, _ in progress.calls[1:]] == list(range(0, BOXES + 4, 5))
    with pytest.raises(Stop):
        counts_review.review_lines(h.coord, s, progress=Recorder(stop_at=3))


def test_a_cancelled_start_writes_nothing_and_uses_no_number(many_boxes):
    h = many_boxes
    other = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    progress = Recorder()
    first = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1, h.shelf_a2],
                               progress=progress)
    # the live session checked, each place written, then a last word before the commit
    assert progress.calls == [(0, 4, other.code), (1, 4, "LOC-A-01-1"), (2, 4, "LOC-A-01-2"),
                              (3, 4, first.code)]
    counts.cancel_count(h.coord, first, reason="started twice")
    for stop_at in (1, 2, 4):
        with pytest.raises(Stop):
            counts.start_count(h.coord, h.aid, locations=[h.shelf_a1, h.shelf_a2],
                               progress=Recorder(stop_at=stop_at))
    assert CountSession.select().count() == 2
    assert CountScope.select().count() == 3
    again = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1])
    number = int(first.code.rsplit("-", 1)[1])
    assert again.code == first.code.rsplit("-", 1)[0] + f"-{number + 1:05d}"


def test_a_sheet_import_cancelled_while_writing_writes_no_line(many_boxes, tmp_path):
    h = many_boxes
    s = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1], blind=True)
    path = tmp_path / "b.xlsx"
    written = Recorder()
    assert counts_sheet.export_sheet(h.vol, s, path, progress=written) == BOXES + 1
    assert written.calls[-1][1] == BOXES + 1  # the writing reported, after the reading
    fill(path, {"HYG-SOAP": 1, "FOOD-LENT": "8.5"})
    # the rows are read (the first half of the total), then written: stop once five
    # lines are written, inside the transaction
    progress = Recorder(stop_when=lambda done, total: total and done >= total // 2 + 5)
    with pytest.raises(Stop):
        counts_sheet.import_sheet(h.vol, s, path, progress=progress)
    done, total, _ = progress.calls[-1]
    assert done == total // 2 + 5
    assert CountLine.select().where(CountLine.session == s.id).count() == 0
    lines = counts_sheet.import_sheet(h.vol, s, path, progress=Recorder())
    assert len(lines) == BOXES + 1
