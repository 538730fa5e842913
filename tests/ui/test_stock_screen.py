"""The stock screen as the hangar uses it, in the real window: a partner sees only its own
NGO's stock and movements and is refused another NGO's stock card; a scanned box shows
its contents and history; a filtered, sorted view exports to exactly those rows; the
Movements table reads its rows a page at a time."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from tests.factories import put_stock
from tests.ui.intake.driving import idle, open_window, scan, sign_in_and_open, tap


def _open(qtbot, make_window, db_url, person, pin: str | None = None):
    """A new window, `person` signed in, on the stock screen once it has its choices."""
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, person, "stock", pin)
    qtbot.waitUntil(lambda: screen.choices is not None, timeout=10_000)
    return window, screen


def _shown(table) -> list[list[str]]:
    model = table.model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _read_all(qtbot, model) -> None:
    """Ask for every row as a view scrolling over them would, until each page is read."""
    def every_row_read() -> bool:
        return all(model.row(r) is not None for r in range(model.rowCount()))
    qtbot.waitUntil(every_row_read, timeout=10_000)


def test_a_partner_sees_only_its_own_stock_and_is_refused_another_card(
        qtbot, make_window, db_url, pin_hangar):
    from warehouse_app.errors import PermissionDenied

    h = pin_hangar
    put_stock(h.admin, h.aid, h.soap, 40, location=h.shelf_a1)
    put_stock(h.admin, h.ref, h.soap, 5, location=h.shelf_b1)
    put_stock(h.admin, h.ref, h.tomatoes, 7)
    window, screen = _open(qtbot, make_window, db_url, h.partner, "2468")
    v = screen.view
    qtbot.waitUntil(lambda: screen.stock_model.rowCount() == 2, timeout=10_000)
    assert {row[0] for row in _shown(v.stock_table)} == {"REF"}
    assert [v.owner.itemData(i) for i in range(v.owner.count())] == [h.ref.id]

    v.tabs.setCurrentIndex(1)  # Movements
    qtbot.waitUntil(lambda: screen.ledger_model.rowCount() == 2, timeout=10_000)
    _read_all(qtbot, screen.ledger_model)
    assert {row[3] for row in _shown(v.ledger_table)} == {"REF"}

    screen.open_card(h.soap.id, h.aid.id)  # what a forged double-click would ask
    idle(qtbot)
    qtbot.waitUntil(lambda: v.banner.isVisible(), timeout=10_000)
    from ui.messages import describe

    refusal = describe(PermissionDenied("Petra", "partner", "view_stock", "AID"))
    assert v.banner.text() == refusal
    assert v.pages.currentIndex() == 0  # the card did not open

    v.tabs.setCurrentIndex(0)
    index = screen.stock_model.index(0, 1)
    v.stock_table.doubleClicked.emit(index)  # its own card opens
    idle(qtbot)
    qtbot.waitUntil(lambda: v.pages.currentIndex() == 1, timeout=10_000)
    assert screen.card.owner_code == "REF"
    assert [v.card.owner.itemData(i) for i in range(v.card.owner.count())] == [h.ref.id]


def test_scanning_a_box_shows_what_it_holds_and_its_history(
        qtbot, make_window, db_url, pin_hangar):
    from models import Box

    h = pin_hangar
    box = Box.create(code="BOX-000777", owner=h.aid, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.jacket_m, 12, location=h.shelf_a1, box=box)
    put_stock(h.admin, h.aid, h.soap, 3, location=h.shelf_a1, box=box)
    window, screen = _open(qtbot, make_window, db_url, h.vol)
    scan(qtbot, window, "BOX-000777")
    v = screen.view
    qtbot.waitUntil(lambda: v.pages.currentIndex() == 2, timeout=10_000)
    assert v.box.title.text() == "BOX-000777"
    assert "LOC-A-01-1" in v.box.facts.text()
    contents = _shown(v.box.contents)
    assert sorted(row[0] for row in contents) == ["Jacket M · CLO-JKT-M-M", "Soap bar · HYG-SOAP"]
    assert len(_shown(v.box.history)) == 2
    tap(qtbot, window, "box_back")
    assert v.pages.currentIndex() == 0
    scan(qtbot, window, "CLO-JKT-M-M")  # an item: its card
    qtbot.waitUntil(lambda: v.pages.currentIndex() == 1, timeout=10_000)
    assert screen.card.item_code == "CLO-JKT-M-M" and screen.card.balance == 12
    put_stock(h.admin, h.aid, h.lentils, 5, location=h.shelf_b1)
    scan(qtbot, window, "LOC-B-01-1")  # a shelf: the stock on it
    qtbot.waitUntil(lambda: v.pages.currentIndex() == 0
                    and v.location.currentData() == h.shelf_b1.id, timeout=10_000)
    qtbot.waitUntil(lambda: [r.item_code for r in screen.listing] == ["FOOD-LENT"],
                    timeout=10_000)


def test_export_of_a_filtered_sorted_view(qtbot, make_window, db_url, pin_hangar, tmp_path,
                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    h = pin_hangar
    put_stock(h.admin, h.aid, h.soap, 40, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.jacket_m, 2, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.jacket_l, 9, location=h.shelf_b1)
    put_stock(h.admin, h.ref, h.jacket_l, 4, location=h.shelf_a2)
    window, screen = _open(qtbot, make_window, db_url, h.coord, "2468")
    v = screen.view
    qtbot.waitUntil(lambda: screen.stock_model.rowCount() == 4, timeout=10_000)
    v.search.setText("jacket")  # read once typing pauses
    qtbot.waitUntil(lambda: screen.stock_model.rowCount() == 3, timeout=10_000)
    v.search.clear()
    qtbot.waitUntil(lambda: screen.stock_model.rowCount() == 4, timeout=10_000)
    v.location.setCurrentIndex(v.location.findData(h.zone_a.id))  # zone A and its shelves
    qtbot.waitUntil(lambda: screen.stock_model.rowCount() == 3, timeout=10_000)
    quantity = screen.stock_model.COLUMNS.index("quantity")
    v.stock_table.horizontalHeader().sectionClicked.emit(quantity)
    v.stock_table.horizontalHeader().sectionClicked.emit(quantity)  # largest first
    idle(qtbot)
    qtbot.waitUntil(lambda: screen.stock_descending and screen.listing[0].quantity == 40,
                    timeout=10_000)
    target = tmp_path / "zone-a.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tap(qtbot, window, "stock_export")
    idle(qtbot)
    qtbot.waitUntil(lambda: screen.export.written == target, timeout=10_000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))[1:]
    assert [(r[0], r[1], r[9]) for r in rows] == [
        ("AID", "HYG-SOAP", 40), ("REF", "CLO-JKT-M-L", 4), ("AID", "CLO-JKT-M-M", 2)]
    assert "3" in v.banner.text()

    v.tabs.setCurrentIndex(1)  # the same place's movements, newest first
    qtbot.waitUntil(lambda: screen.ledger_model.rowCount() == 3, timeout=10_000)
    moves = tmp_path / "zone-a-movements.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(moves), ""))
    tap(qtbot, window, "stock_export")
    idle(qtbot)
    qtbot.waitUntil(lambda: screen.export.written == moves, timeout=10_000)
    rows = list(load_workbook(moves).active.iter_rows(values_only=True))[1:]
    assert [(r[3], r[4], r[6]) for r in rows] == [
        ("REF", "CLO-JKT-M-L", 4), ("AID", "CLO-JKT-M-M", 2), ("AID", "HYG-SOAP", 40)]


def test_the_ledger_reads_its_rows_a_page_at_a_time(qtbot, make_window, db_url, pin_hangar,
                                                    monkeypatch):
    from ui.screens.stock import paging as stock_paging

    monkeypatch.setattr(stock_paging, "PAGE", 2)
    h = pin_hangar
    for n in range(1, 6):
        put_stock(h.admin, h.aid, h.soap, n)
    window, screen = _open(qtbot, make_window, db_url, h.coord, "2468")
    model = screen.ledger_model
    screen.view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    _read_all(qtbot, model)
    quantity = model.COLUMNS.index("quantity")
    shown = [model.data(model.index(r, quantity)) for r in range(5)]
    assert shown == ["+5 pieces", "+4 pieces", "+3 pieces", "+2 pieces", "+1 piece"]
    screen.view.tabs.setCurrentIndex(0)  # the table hidden: nothing asks for its rows
    model.set_keys(screen.actor, model.keys)  # the same ids again: nothing read yet
    assert model.data(model.index(4, 0)) == stock_paging.NOT_READ
    qtbot.waitUntil(lambda: model.is_read(4), timeout=10_000)
    assert not model.is_read(0)  # only the page asked for was read


def test_the_stock_screen_speaks_french_after_a_switch(qtbot, make_window, db_url, pin_hangar,
                                                       french_qm):
    from ui import translation

    h = pin_hangar
    put_stock(h.admin, h.aid, h.soap, 4)
    put_stock(h.admin, h.aid, h.soap, 6)
    window, screen = _open(qtbot, make_window, db_url, h.vol)
    v = screen.view
    v.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.ledger_model.rowCount() == 2, timeout=10_000)
    _read_all(qtbot, screen.ledger_model)
    kind = screen.ledger_model.COLUMNS.index("kind")
    assert screen.ledger_model.data(screen.ledger_model.index(0, kind)) == "opening balance"
    translation.set_language("fr")
    qtbot.waitUntil(lambda: v.tabs.tabText(1) == "Mouvements", timeout=2000)
    assert v.category.itemText(0) == "Toutes les catégories"
    assert screen.ledger_model.headerData(kind, Qt.Orientation.Horizontal) == "Mouvement"
    assert screen.ledger_model.data(screen.ledger_model.index(0, kind)) == "solde d’ouverture"
    assert v.count.text() == "2 mouvements"
    translation.set_language("en")


def test_a_partner_after_a_coordinator_sees_nothing_of_what_the_coordinator_had_open(
        qtbot, make_window, db_url, pin_hangar):
    """The window keeps its screens from one person to the next."""
    h = pin_hangar
    put_stock(h.admin, h.aid, h.soap, 40)
    put_stock(h.admin, h.ref, h.soap, 5)
    window, screen = _open(qtbot, make_window, db_url, h.coord, "2468")
    v = screen.view
    qtbot.waitUntil(lambda: screen.stock_model.rowCount() == 2, timeout=10_000)
    v.search.setText("soap")
    screen.open_card(h.soap.id, h.aid.id)
    idle(qtbot)
    qtbot.waitUntil(lambda: v.pages.currentIndex() == 1, timeout=10_000)

    window.ctx.session.sign_out()
    qtbot.waitUntil(lambda: not window.ctx.session.signed_in, timeout=10_000)
    assert screen.stock_model.rowCount() == 0 and screen.card is None
    assert v.pages.currentIndex() == 0 and v.search.text() == ""
    sign_in_and_open(qtbot, window, h.partner, "stock", "2468")
    qtbot.waitUntil(lambda: screen.stock_model.rowCount() == 1, timeout=10_000)
    assert {row[0] for row in _shown(v.stock_table)} == {"REF"}
    assert [v.owner.itemData(i) for i in range(v.owner.count())] == [h.ref.id]
