"""The count screen as the hangar uses it: a coordinator starts a blind count, a volunteer
counts it with the scanner and submits, a coordinator who did not count reviews the
variances with reasons and approves; one who counted cannot."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.ui.counts.driving import SOAP_PACK, stock_shelves
from tests.ui.intake.driving import (
    assert_fits_a_small_laptop,
    choose,
    idle,
    open_window,
    scan,
    sign_in_and_open,
    table_texts,
    tap,
    type_slowly,
)


@pytest.fixture
def shelves(pin_hangar):
    return stock_shelves(pin_hangar)


def test_a_blind_count_by_scanning_reviewed_with_reasons_and_approved(
        qtbot, make_window, db_url, shelves):
    from models import Balance, CountSession, Document

    h = shelves
    window = open_window(qtbot, make_window, db_url)

    # a coordinator starts a blind count of AID's shelf A 01 1
    screen = sign_in_and_open(qtbot, window, h.coord, "counts", "2468")
    v = screen.view
    assert v.start_panel.isVisible()
    choose(v.owner_combo, h.aid.id)
    choose(v.location_combo, h.shelf_a1.id)
    v.blind_check.setChecked(True)
    tap(qtbot, window, "start_count")
    idle(qtbot)
    session = CountSession.get()
    assert session.blind and session.status == "open"

    # a volunteer counts it with the scanner
    screen = sign_in_and_open(qtbot, window, h.vol, "counts")
    v = screen.view
    assert not v.start_panel.isVisible()
    assert v.findChild(type(v.start_button), f"review_{session.id}") is None
    tap(qtbot, window, f"count_{session.id}")
    idle(qtbot)
    # how far the count is, per place and overall (AID's soap, and its box of jackets)
    assert table_texts(screen.places) == [["LOC-A-01-1", "0 of 2 lines"]]
    assert v.overall_label.text() == "Overall: 0 of 2 lines counted"
    scan(qtbot, window, h.shelf_a1.code)
    assert screen.place == (h.shelf_a1.id, h.shelf_a1.code)
    assert v.place_label.text() == "Counting at LOC-A-01-1"
    assert v.overall_label.text() == "LOC-A-01-1: 0 of 2 lines\nOverall: 0 of 2 lines counted"
    for _ in range(3):
        scan(qtbot, window, SOAP_PACK)
    assert v.overall_label.text() == "LOC-A-01-1: 1 of 2 lines\nOverall: 1 of 2 lines counted"
    assert v.overall_bar.value() == 1 and v.overall_bar.maximum() == 2
    scan(qtbot, window, h.box.code)
    scan(qtbot, window, h.jacket_m.code)
    assert table_texts(screen.places) == [["LOC-A-01-1", "2 of 2 lines"]]
    scan(qtbot, window, h.jacket_m.code)
    counted = {x.item_code: x.counted for x in screen.counted.lines}
    assert counted == {h.soap.code: Decimal(30), h.jacket_m.code: Decimal(2)}
    # the keypad sets the chosen line (the jacket, just scanned) to what was counted by hand
    v.count_entry.setText("1,0005")  # finer than the hangar counts: refused, the line kept
    tap(qtbot, window, "set_count")
    assert "Count: 1,0005 has more than three decimals" in v.message.text()
    v.count_entry.setText("13")
    tap(qtbot, window, "set_count")
    idle(qtbot)
    counted = {x.item_code: x.counted for x in screen.counted.lines}
    assert counted == {h.soap.code: Decimal(30), h.jacket_m.code: Decimal(13)}
    # never a book quantity on a blind count's screen
    texts = [screen.counted.data(screen.counted.index(r, c))
             for r in range(screen.counted.rowCount())
             for c in range(screen.counted.columnCount())]
    assert not any(t and ("40" in t or "12" in t) for t in texts)
    scan(qtbot, window, h.shelf_a1.code)
    tap(qtbot, window, "place_done")
    tap(qtbot, window, "submit_count")
    idle(qtbot)
    assert CountSession.get_by_id(session.id).status == "submitted"

    # the coordinator (who did not count) reviews and approves
    screen = sign_in_and_open(qtbot, window, h.coord, "counts", "2468")
    v = screen.view
    tap(qtbot, window, f"review_{session.id}")
    idle(qtbot)
    by_item = {x.item_code: x for x in screen.reviewing.model.lines}
    assert by_item[h.soap.code].difference == Decimal(-10)
    assert by_item[h.jacket_m.code].difference == Decimal(1)
    assert by_item[h.soap.code].difference_kg == Decimal(-1)  # 10 bars of 100 g
    assert v.approve_button.isEnabled(), v.approve_note.text()
    choose(screen.reviewing.reason_combos[by_item[h.soap.code].line], "lost")
    idle(qtbot)
    choose(screen.reviewing.reason_combos[by_item[h.jacket_m.code].line], "found")
    idle(qtbot)
    tap(qtbot, window, "approve_count")
    idle(qtbot)
    assert "approved" in v.message.text()

    session = CountSession.get_by_id(session.id)
    assert session.status == "approved"
    document = Document.get_by_id(session.document_id)
    assert document.code.startswith("CNT") and document.kind == "count"
    soap = Balance.get((Balance.owner == h.aid) & (Balance.item == h.soap)
                       & (Balance.location_id == h.shelf_a1.id) & (Balance.box_id == 0))
    jackets = Balance.get((Balance.owner == h.aid) & (Balance.item == h.jacket_m)
                          & (Balance.box_id == h.box.id))
    assert soap.quantity == Decimal(30)
    assert jackets.quantity == Decimal(13)
    ref_soap = Balance.get((Balance.owner == h.ref) & (Balance.item == h.soap))
    assert ref_soap.quantity == Decimal(5)  # another NGO's stock is not touched


def test_a_coordinator_who_counted_cannot_approve(qtbot, make_window, db_url, shelves):
    from models import CountSession
    from warehouse_app.counts import sessions as counts

    h = shelves
    session = counts.start_count(h.admin, h.aid, locations=[h.shelf_a1], blind=True)
    counts.count_line(h.coord, session, item=h.soap, location=h.shelf_a1, quantity=39)
    counts.submit_count(h.coord, session)

    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.coord, "counts", "2468")
    tap(qtbot, window, f"review_{session.id}")
    idle(qtbot)
    v = screen.view
    assert not v.approve_button.isEnabled()
    assert "You counted in this count" in v.approve_note.text()
    # asking a recount of the chosen line still works for her
    flags = QItemSelectionModel.SelectionFlag
    v.review_table.selectionModel().select(screen.reviewing.model.index(0, 0),
                                           flags.Select | flags.Rows)
    tap(qtbot, window, "ask_recount")
    idle(qtbot)
    assert screen.reviewing.model.lines[0].recount_asked, v.message.text()
    assert CountSession.get_by_id(session.id).status == "submitted"

    # a volunteer recounts the line asked for, with the keypad
    screen = sign_in_and_open(qtbot, window, h.vol, "counts")
    tap(qtbot, window, f"count_{session.id}")
    idle(qtbot)
    v = screen.view
    assert not v.submit_button.isVisible()
    assert [x.recount_asked for x in screen.counted.lines] == [True]
    v.counted_table.selectRow(0)
    v.count_entry.setText("40")
    tap(qtbot, window, "set_count")
    idle(qtbot)
    assert "Every recount is done" in v.message.text()
    lines = counts.counted_lines(h.admin, session)
    assert [(x.counted, x.recount_asked) for x in lines] == [(Decimal(40), False)]


def test_a_coordinator_cancels_a_count_with_a_reason(qtbot, make_window, db_url, shelves):
    from models import CountSession
    from ui.screens.counts.cancel import CancelCountDialog
    from warehouse_app.counts import sessions as counts

    h = shelves
    session = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.coord, "counts", "2468")
    # asked, then kept
    assert_fits_a_small_laptop(window)
    tap(qtbot, window, f"cancel_{session.id}")
    dialog = screen.findChild(CancelCountDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert not dialog.confirm_button.isEnabled()  # not without a reason
    tap(qtbot, window, "keep_count")
    assert CountSession.get_by_id(session.id).status == "open"
    # asked again, and cancelled with its reason
    tap(qtbot, window, f"cancel_{session.id}")
    dialog = screen.cancel_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.reason.setFocus()
    type_slowly(qtbot, dialog.reason, "wrong zone")
    tap(qtbot, window, "confirm_cancel_count")
    idle(qtbot)
    session = CountSession.get_by_id(session.id)
    assert session.status == "cancelled" and session.note.endswith("cancelled: wrong zone")
    assert "is cancelled" in screen.view.message.text()
    assert screen.findChild(type(screen.view.start_button), f"count_{session.id}") is None
    assert screen.view.no_sessions.isVisible()


def test_the_books_show_an_open_variance_and_an_item_never_counted(
        qtbot, make_window, db_url, shelves):
    from warehouse_app.counts import review as counts_review
    from warehouse_app.counts import sessions as counts

    h = shelves
    # the jackets were counted and approved; the soap is counted, 3 short, not approved yet
    jackets = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1])
    counts.count_line(h.vol, jackets, item=h.jacket_m, quantity=12, box=h.box)
    counts.submit_count(h.vol, jackets)
    counts_review.approve_count(h.coord, jackets)
    soap = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1])
    counts.count_line(h.vol, soap, item=h.soap, quantity=37, location=h.shelf_a1)
    counts.submit_count(h.vol, soap)

    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.coord, "counts", "2468")
    tap(qtbot, window, "count_books")
    idle(qtbot)
    books = screen.books
    v = books.view
    assert v.owner_combo.isVisible()  # a coordinator chooses among the NGOs
    choose(v.owner_combo, h.aid.id)
    v.owner_combo.activated.emit(v.owner_combo.currentIndex())
    idle(qtbot)
    assert "Aid Without Borders" in v.summary.text()
    assert table_texts(books.models["variances"]) == [
        [soap.code, "LOC-A-01-1", "Soap bar · HYG-SOAP", "40", "37", "-3", ""]]
    never = table_texts(books.models["not_counted"])
    assert [row[0] for row in never] == ["Soap bar · HYG-SOAP"] and never[0][2] == "never"
    places = table_texts(books.models["places"])
    assert places[0][0] == "LOC-A-01-1" and places[0][3] == jackets.code
    assert v.tabs.tabText(0) == "Open variances (1)"
    assert_fits_a_small_laptop(window)
    # approved meanwhile (as from another desk): the books follow once stock has changed
    counts_review.approve_count(h.admin, soap, reasons={1: "lost"})
    window.ctx.events.stock_changed.emit()
    idle(qtbot)
    assert table_texts(books.models["variances"]) == []
    assert table_texts(books.models["not_counted"]) == []
    assert v.tabs.tabText(0) == "Open variances (0)"
    # REF's books hold its soap, and nothing of AID's
    choose(v.owner_combo, h.ref.id)
    v.owner_combo.activated.emit(v.owner_combo.currentIndex())
    idle(qtbot)
    assert [row[0] for row in table_texts(books.models["stock"])] == ["Soap bar · HYG-SOAP"]
    assert table_texts(books.models["variances"]) == []
    tap(qtbot, window, "books_back")
    assert screen.view.pages.currentIndex() == 0


def test_a_long_read_reports_to_the_progress_dialog_in_its_own_words(shelves):
    from warehouse_app.counts import desk as counts_desk
    from warehouse_app.counts import sessions as counts
    from warehouse_app.progress import Cancelled, ProgressState

    h = shelves
    session = counts.start_count(h.coord, h.aid, blind=True)
    state = ProgressState("Reading the places to count…")
    row, lines, places = counts_desk.open_counting(h.vol, session.id, progress=state)
    assert [(p.place, p.to_count) for p in places] == [("LOC-A-01-1", 2)]
    assert state.snapshot() == (0, 2, "Reading the places to count…")  # not a place code
    state.cancel()
    with pytest.raises(Cancelled):
        counts_desk.open_counting(h.vol, session.id, progress=state)


def test_opening_a_long_count_can_be_stopped_from_its_progress_dialog(
        qtbot, make_window, db_url, shelves, monkeypatch):
    """A whole NGO on a slow desk PC: the read is slowed here so that the delayed progress
    dialog shows; its Cancel stops the read and the screen stays on the list."""
    import time

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from ui.screens.counts import screen as count_screen
    from ui.screens.counts.view import LIST_PAGE
    from warehouse_app.counts import desk as counts_desk
    from warehouse_app.counts import sessions as counts

    h = shelves
    session = counts.start_count(h.coord, h.aid, blind=True)
    reports = []

    def slow_open(actor, session_id, progress=None):
        for n in range(400):
            progress(n, 400, "")
            reports.append(n)
            time.sleep(0.025)
        return counts_desk.open_counting(actor, session_id)

    monkeypatch.setattr(count_screen, "open_counting", slow_open)
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.vol, "counts")
    tap(qtbot, window, f"count_{session.id}")
    qtbot.waitUntil(lambda: screen.findChild(QProgressDialog) is not None
                    and screen.findChild(QProgressDialog).isVisible(), timeout=5000)
    dialog = screen.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.maximum() == 400, timeout=2000)  # the bar moves
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert len(reports) < 400
    assert screen.view.message.text() == "Stopped: nothing was changed."
    assert screen.view.pages.currentIndex() == LIST_PAGE and screen.session is None
