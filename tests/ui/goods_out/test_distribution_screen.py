"""The Give out screen as the hangar uses it: a volunteer scans a box holding food past its
use-by and sees why it cannot go (nothing is posted); another gives out tins by scans and
soap by search and keypad, takes the lots suggested first-expired-first-out, finishes,
and the release note's PDF holds the number, the destination and the lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.balances import held
from tests.factories import put_stock
from tests.ui.intake.driving import (
    assert_fits_a_small_laptop,
    idle,
    open_window,
    scan,
    sign_in_and_open,
    tap,
    type_slowly,
)
from warehouse_app import clock

TINS = "5000112637922"  # a product barcode of the tinned tomatoes


def days(n: int) -> dt.date:
    return clock.today() + dt.timedelta(days=n)


@pytest.fixture
def pantry(pin_hangar):
    from models import Box, Lot
    from warehouse_app import catalogue

    h = pin_hangar
    catalogue.link_barcode(h.admin, TINS, h.tomatoes, 1)
    h.old = Lot.create(item=h.tomatoes, code="OLD", date=days(-1), date_kind="use_by")
    h.soon = Lot.create(item=h.tomatoes, code="SOON", date=days(4), date_kind="use_by")
    h.late = Lot.create(item=h.tomatoes, code="LATE", date=days(60), date_kind="use_by")
    h.box = Box.create(code="BOX-000601", owner=h.aid, location=h.shelf_b1)
    put_stock(h.admin, h.aid, h.tomatoes, 6, lot=h.old, location=h.shelf_b1, box=h.box)
    put_stock(h.admin, h.aid, h.tomatoes, 2, lot=h.soon, location=h.shelf_a2)
    put_stock(h.admin, h.aid, h.tomatoes, 10, lot=h.late, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.soap, 20, location=h.shelf_a1)
    h.their_box = Box.create(code="BOX-000602", owner=h.ref, location=h.shelf_b1)
    put_stock(h.admin, h.ref, h.soap, 5, location=h.shelf_b1, box=h.their_box)
    return h


def _open_give_out(qtbot, make_window, db_url, h, person=None):
    """Signed in as `person` (the volunteer by default; others type the PIN 2468)."""
    person = person or h.vol
    window = open_window(qtbot, make_window, db_url)
    pin = None if person.role == "volunteer" else "2468"
    screen = sign_in_and_open(qtbot, window, person, "distribution", pin)
    qtbot.waitUntil(lambda: screen.choices is not None, timeout=5000)
    return window, screen


def _cell(screen, row: int, column: str) -> str:
    model = screen.model
    return model.data(model.index(row, model.COLUMNS.index(column)))


def test_a_distribution_refused_for_expired_food_shows_the_reason(
        qtbot, make_window, db_url, pantry):
    from models import Document

    h = pantry
    window, screen = _open_give_out(qtbot, make_window, db_url, h)
    v = screen.view
    assert [v.owner.itemData(i) for i in range(v.owner.count())] == [h.aid.id]
    assert not v.destination_adder.isVisible()  # a volunteer does not add destinations

    scan(qtbot, window, h.their_box.code)  # another NGO's box: not AID's to give
    assert "belongs to another organisation" in v.message.text()
    assert screen.model.rowCount() == 0

    scan(qtbot, window, h.box.code)  # the whole box: 6 tins of lot OLD, past its use-by
    assert screen.model.rowCount() == 1
    assert "OLD" in _cell(screen, 0, "item") and "BOX-000601" in _cell(screen, 0, "item")
    assert "past its use-by date" in _cell(screen, 0, "picks")
    assert "cannot be given out" in v.message.text()

    tap(qtbot, window, "dist_finish")
    idle(qtbot)
    assert "lot OLD, is past its use-by date" in v.message.text()
    assert "cannot be issued" in v.message.text()
    assert v.pages.currentIndex() == 0  # still on the lines
    assert not Document.select().where(Document.kind == "distribution").exists()
    assert held(h.aid, h.tomatoes) == 18


def test_a_distribution_with_its_release_note_pdf(qtbot, make_window, db_url, pantry):
    from pypdf import PdfReader

    from models import Document

    h = pantry
    window, screen = _open_give_out(qtbot, make_window, db_url, h)
    v = screen.view
    for _ in range(3):
        scan(qtbot, window, TINS)  # one line of 3 tins, the oldest usable lots first
    assert screen.model.rowCount() == 1 and screen.model.lines[0].quantity == 3
    picks = _cell(screen, 0, "picks")
    assert picks.index("SOON") < picks.index("LATE") and "OLD" not in picks

    type_slowly(qtbot, v.entry.search, "soap")
    qtbot.waitUntil(lambda: v.entry.results.count() == 1, timeout=5000)
    tap(qtbot, window, "line_key_3")  # "4" on the keypad
    tap(qtbot, window, "line_add")
    idle(qtbot)
    assert screen.model.rowCount() == 2 and not screen.model.problems()
    assert_fits_a_small_laptop(window)

    tap(qtbot, window, "dist_accept")  # held to the lots shown: SOON 2, LATE 1, soap
    idle(qtbot)
    assert [(x.lot_code, x.quantity) for x in screen.model.lines] == [
        ("SOON", 2), ("LATE", 1), (None, 4)]
    v.received_by.setText("Sam, Rue des Garennes")
    tap(qtbot, window, "dist_finish")
    idle(qtbot)
    qtbot.waitUntil(lambda: screen.pdf_path is not None, timeout=10_000)

    document = Document.get(Document.kind == "distribution")
    assert v.pages.currentIndex() == 1
    assert document.code in v.message.text() and document.code in v.note.toPlainText()
    assert document.received_by == "Sam, Rue des Garennes"
    assert held(h.aid, h.tomatoes) == 15 and held(h.aid, h.soap) == 16
    pages = PdfReader(screen.pdf_path).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)  # tabs as spaces
    for expected in (document.code, "Aid Without Borders", h.site.name, "Tinned tomatoes",
                     "FOOD-TOM-400", "SOON", "LATE", "Soap bar", "Sam, Rue des Garennes"):
        assert expected in text, expected
    assert screen.pdf_path.name == f"{document.code}.pdf"

    scan(qtbot, window, TINS)  # a scan after the note starts the next distribution
    assert v.pages.currentIndex() == 0 and screen.model.rowCount() == 1


def test_the_release_note_html_is_built_from_the_note_alone(qapp):
    from ui.screens.goods_out.distribution.note import note_texts, release_note_html
    from warehouse_app.goods_out.distribution import ReleaseLine, ReleaseNote

    note = ReleaseNote(
        number="DIS-2026-00042", date=dt.date(2026, 11, 21), owner_code="AID",
        owner_name="Aid <Without> Borders", destination="Day centre",
        lines=[ReleaseLine("FOOD-TOM-400", "Tinned tomatoes", "piece", "L7", dt.date(2026, 12, 1),
                           "use_by", Decimal(24), 10080, "BOX-000001")],
        released_by="Vera", received_by=None, reference="R-9", note=None)
    page = release_note_html(note, note_texts())
    assert page == release_note_html(note, note_texts())
    for expected in ("DIS-2026-00042", "Aid &lt;Without&gt; Borders", "Day centre", "R-9",
                     "Tinned tomatoes [FOOD-TOM-400]", "L7", "BOX-000001", "24", "10.08"):
        assert expected in page, expected
    assert "<Without>" not in page


def test_give_out_speaks_french_and_still_fits(qtbot, make_window, db_url, pantry, french_qm):
    from ui import translation

    h = pantry
    window, screen = _open_give_out(qtbot, make_window, db_url, h)
    v = screen.view
    scan(qtbot, window, TINS)
    scan(qtbot, window, h.box.code)
    translation.set_language("fr")
    qtbot.waitUntil(lambda: v.finish_button.text() == "Terminer", timeout=2000)
    assert v.accept_button.text() == "Prendre ces lots"
    header = screen.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Article"
    assert "DLC" in _cell(screen, 0, "picks") and "DLC" in _cell(screen, 1, "picks")
    assert_fits_a_small_laptop(window)


def test_a_coordinator_adds_a_destination_and_gives_for_another_ngo(
        qtbot, make_window, db_url, pantry):
    from models import Destination, Document

    h = pantry
    window, screen = _open_give_out(qtbot, make_window, db_url, h, person=h.coord)
    v = screen.view
    assert [v.owner.itemData(i) for i in range(v.owner.count())] == [h.aid.id, h.kit.id, h.ref.id]
    assert v.destination_adder.isVisible()
    v.new_destination.setText("Shelter Hands Network")
    v.new_destination_kind.setCurrentIndex(v.new_destination_kind.findData("partner"))
    tap(qtbot, window, "dist_add_destination")
    idle(qtbot)
    place = Destination.get(Destination.name == "Shelter Hands Network")
    assert place.kind == "partner" and v.destination.currentData() == place.id
    assert_fits_a_small_laptop(window)

    v.owner.setCurrentIndex(v.owner.findData(h.ref.id))  # REF's soap, from REF's box
    scan(qtbot, window, h.their_box.code)
    tap(qtbot, window, "dist_finish")
    idle(qtbot)
    document = Document.get(Document.kind == "distribution")
    assert (document.owner_id, document.destination_id) == (h.ref.id, place.id)
