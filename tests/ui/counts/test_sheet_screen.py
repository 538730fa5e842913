"""Count sheets from the Count screen: a volunteer exports the session's sheet, fills it
on paper (here with openpyxl, as a spreadsheet would), and imports it back: the lines are
those the same counts typed would give. A sheet with a bad row shows that row, its column
and its problem, and nothing is imported."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.counts.test_sheet import fill
from tests.ui.counts.driving import stock_shelves
from tests.ui.intake.driving import (
    assert_fits_a_small_laptop,
    idle,
    open_window,
    sign_in_and_open,
    table_texts,
    tap,
)


@pytest.fixture
def shelves(pin_hangar):
    return stock_shelves(pin_hangar)


def _files(monkeypatch, path) -> None:
    """The file dialogs answer `path`, as a person choosing it would."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _counting(qtbot, window, h, session):
    screen = sign_in_and_open(qtbot, window, h.vol, "counts")
    tap(qtbot, window, f"count_{session.id}")
    idle(qtbot)
    return screen


def _lines(actor, session):
    from warehouse_app.counts import sessions as counts

    return sorted((x.location_code, x.box_code or "", x.item_code, x.lot_code or "", x.status,
                   x.counted) for x in counts.counted_lines(actor, session))


def test_a_sheet_exported_filled_and_imported_gives_the_typed_count(
        qtbot, make_window, db_url, shelves, tmp_path, monkeypatch):
    from warehouse_app.counts import sessions as counts

    h = shelves
    session = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    window = open_window(qtbot, make_window, db_url)
    screen = _counting(qtbot, window, h, session)
    path = tmp_path / "zone-a"  # the screen adds .xlsx
    _files(monkeypatch, path)
    tap(qtbot, window, "export_sheet")
    idle(qtbot)
    sheet = tmp_path / "zone-a.xlsx"
    assert sheet.exists(), screen.view.message.text()
    assert "2 line(s) to count" in screen.view.message.text()

    fill(sheet, {"HYG-SOAP": 38, "CLO-JKT-M-M": "12"},
         extra=[{"Location": "LOC-A-01-2", "Item code": "CLO-JKT-M-L", "Counted": 2}])
    _files(monkeypatch, sheet)
    tap(qtbot, window, "import_sheet")
    idle(qtbot)
    assert "3 line(s) counted" in screen.view.message.text()
    assert not screen.view.problems_table.isVisible()
    assert len(screen.counted.lines) == 3
    assert table_texts(screen.places) == [["LOC-A-01-1", "2 of 2 lines"],
                                          ["LOC-A-01-2", "1 of 1 lines"]]
    from_sheet = _lines(h.vol, session)

    # the same counts typed into a new session of the same zone
    counts.cancel_count(h.coord, session, reason="counted again by hand")
    typed = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    counts.count_line(h.vol, typed, item=h.soap, quantity=38, location=h.shelf_a1)
    counts.count_line(h.vol, typed, item=h.jacket_m, quantity=12, box=h.box)
    counts.count_line(h.vol, typed, item=h.jacket_l, quantity=2, location=h.shelf_a2)
    assert from_sheet == _lines(h.vol, typed)
    assert [x[-1] for x in from_sheet] == [Decimal(38), Decimal(12), Decimal(2)]


def test_a_sheet_with_a_bad_row_shows_it_and_imports_nothing(
        qtbot, make_window, db_url, shelves, tmp_path, monkeypatch):
    from models import CountLine
    from warehouse_app.counts import sessions as counts
    from warehouse_app.counts.sheet import HEADER_ROW

    h = shelves
    session = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1])
    window = open_window(qtbot, make_window, db_url)
    screen = _counting(qtbot, window, h, session)
    sheet = tmp_path / "a1.xlsx"
    _files(monkeypatch, sheet)
    tap(qtbot, window, "export_sheet")
    idle(qtbot)
    fill(sheet, {"HYG-SOAP": 40, "CLO-JKT-M-M": "a dozen"})
    tap(qtbot, window, "import_sheet")
    idle(qtbot)
    v = screen.view
    assert v.problems_table.isVisible()
    assert table_texts(screen.sheets.problems) == [
        [str(HEADER_ROW + 2), "Counted", "'a dozen' is not a number"]]  # the second row
    assert v.problems_title.text() == "Nothing was imported: 1 row(s) of the sheet need correcting."
    assert_fits_a_small_laptop(window)
    assert CountLine.select().where(CountLine.session == session.id).count() == 0
    assert screen.counted.lines == []


def test_the_counting_page_fits_a_small_laptop_in_french(
        qtbot, make_window, db_url, shelves, french_qm, tmp_path, monkeypatch):
    from ui import translation
    from warehouse_app.counts import sessions as counts

    h = shelves
    session = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    window = open_window(qtbot, make_window, db_url)
    screen = _counting(qtbot, window, h, session)
    translation.set_language("fr")
    qtbot.waitUntil(lambda: screen.view.export_button.text() == "Exporter la feuille",
                    timeout=2000)
    sheet = tmp_path / "a.xlsx"
    _files(monkeypatch, sheet)
    tap(qtbot, window, "export_sheet")
    idle(qtbot)
    fill(sheet, {"HYG-SOAP": "beaucoup"})
    tap(qtbot, window, "import_sheet")
    idle(qtbot)
    assert screen.view.problems_title.text().startswith("Rien n’a été importé")
    assert_fits_a_small_laptop(window)
