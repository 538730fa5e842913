"""The intake screen for a first-day volunteer: ten mixed lines with no code typed, a
refused line shown in place without losing the draft, the draft surviving a closed
window, and the screen in French."""

from __future__ import annotations

import pytest

from tests.ui.intake.driving import idle, scan, sign_in_and_open_intake, tap


@pytest.fixture
def desk(pin_hangar):
    from models import Item
    from warehouse_app import catalogue

    h = pin_hangar
    catalogue.link_barcode(h.admin, "4006381333931", h.soap, 1)
    catalogue.link_barcode(h.admin, "5012345678900", h.tomatoes, 6)
    h.jacket_xl = Item.create(code="CLO-JKT-M-XL", name="Jacket", category=h.jacket_m.category,
                              unit="piece", gender="men", size="XL")
    return h


def _tile(qtbot, window, screen, name: str) -> None:
    idle(qtbot)
    tap(qtbot, window, f"tile_{[t.name for t in screen.picker.tiles].index(name)}")


def test_a_first_day_volunteer_receives_ten_lines_without_typing_a_code(
        qtbot, make_window, db_url, desk, monkeypatch):
    from models import Movement
    from ui.scanner import ScannerFilter

    typed: list[int] = []  # keys the scanner filter handed on as typing
    flush = ScannerFilter.flush

    def counting_flush(self):
        typed.append(self.holding)
        flush(self)

    monkeypatch.setattr(ScannerFilter, "flush", counting_flush)
    h = desk
    window, screen = sign_in_and_open_intake(qtbot, make_window, db_url, h)
    tap(qtbot, window, f"owner_{h.aid.id}")
    qtbot.waitUntil(lambda: screen.donors != [])
    tap(qtbot, window, f"donor_{h.donor.id}")
    scan(qtbot, window, "]C10105012345678900172701311 0L1".replace(" ", ""))  # tins, GS1
    tap(qtbot, window, "repeat_24")  # 24 packs of 6
    scan(qtbot, window, "4006381333931")
    scan(qtbot, window, "4006381333931")
    tap(qtbot, window, "new_box")
    tap(qtbot, window, "show_picker")
    _tile(qtbot, window, screen, "Clothing")
    _tile(qtbot, window, screen, "Jackets")
    _tile(qtbot, window, screen, "Jacket")
    for size in (0, 0, 1, 2, 2, 2):
        tap(qtbot, window, f"size_{size}")
    tap(qtbot, window, "size_minus_2")
    tap(qtbot, window, "sizes_add")
    tap(qtbot, window, "new_box")
    for condition in ("quarantine", "rejected", "good"):
        scan(qtbot, window, "4006381333931")
        tap(qtbot, window, f"condition_{condition}")
    tap(qtbot, window, "new_box")
    tap(qtbot, window, "show_picker")
    _tile(qtbot, window, screen, "Food")
    _tile(qtbot, window, screen, "Red lentils")
    for key in ("count_plus", "count_plus", "date_kind_best_before"):
        tap(qtbot, window, key)
    tap(qtbot, window, "show_picker")
    _tile(qtbot, window, screen, "Hygiene")
    _tile(qtbot, window, screen, "Soap bar")
    assert len(screen.draft.lines) == 10
    tap(qtbot, window, "finish")
    idle(qtbot)
    receipt = screen.last_receipt
    assert receipt is not None, screen.view.message.text()
    moved = sorted((m.item.code, m.quantity, m.status)
                   for m in Movement.select().where(Movement.document == receipt.document_id))
    assert moved == sorted([
        ("FOOD-TOM-400", 144, "usable"), ("HYG-SOAP", 2, "usable"),
        ("CLO-JKT-M-M", 2, "usable"), ("CLO-JKT-M-L", 1, "usable"),
        ("CLO-JKT-M-XL", 2, "usable"), ("HYG-SOAP", 1, "usable"),
        ("HYG-SOAP", 1, "quarantine"), ("FOOD-LENT", 3, "usable"), ("HYG-SOAP", 1, "usable"),
    ])  # the rejected line is in the receipt's discrepancies, not in stock
    assert "rejected" in receipt_discrepancies(receipt.document_id)
    assert sum(typed) == 0, "a key reached a field as typing"


def receipt_discrepancies(document_id: int) -> str:
    from models import Document

    return Document.get_by_id(document_id).discrepancies or ""


def test_a_refused_line_is_shown_in_place_and_the_draft_kept(qtbot, make_window, db_url, desk):
    from PySide6.QtCore import Qt

    from models import Document
    from ui.screens.intake.lines import PROBLEM_BACKGROUND

    h = desk
    window, screen = sign_in_and_open_intake(qtbot, make_window, db_url, h)
    tap(qtbot, window, f"owner_{h.aid.id}")
    tap(qtbot, window, "donor_none")
    scan(qtbot, window, "4006381333931")
    scan(qtbot, window, "5012345678900")  # tins: perishable, and no date given
    tap(qtbot, window, "finish")
    idle(qtbot)
    assert screen.last_receipt is None and Document.select().count() == 0
    assert len(screen.draft.lines) == 2
    assert "Line 2" in screen.view.message.text() and "date" in screen.view.message.text()
    model = screen.model
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole).color() == \
        PROBLEM_BACKGROUND
    assert screen.view.table.currentIndex().row() == 1
    # she gives the date (best before) and finishes
    tap(qtbot, window, "date_kind_best_before")
    tap(qtbot, window, "finish")
    idle(qtbot)
    assert screen.last_receipt is not None and screen.last_receipt.lines == 2


def test_a_draft_survives_the_window_closing(qtbot, make_window, db_url, desk, qapp):
    from ui.scanner import ScannerFilter

    h = desk
    window, screen = sign_in_and_open_intake(qtbot, make_window, db_url, h)
    tap(qtbot, window, f"owner_{h.aid.id}")
    tap(qtbot, window, "donor_none")
    scan(qtbot, window, "4006381333931")
    tap(qtbot, window, "repeat_12")
    idle(qtbot)
    assert screen.path.exists()
    for obj in qapp.children():  # the app closes mid-intake: its scanner goes with it
        if isinstance(obj, ScannerFilter):
            qapp.removeEventFilter(obj)
    window.close()

    window, screen = sign_in_and_open_intake(qtbot, make_window, db_url, h)
    qtbot.waitUntil(lambda: screen.view.resume_frame.isVisible(), timeout=5000)
    assert "1 line(s) for Aid Without Borders" in screen.view.resume_text.text()
    tap(qtbot, window, "draft_resume")
    assert [(ln.item.code, ln.quantity) for ln in screen.draft.lines] == [("HYG-SOAP", 12)]
    assert screen.view.owner_chip.text.text() == "Aid Without Borders"


def test_the_intake_screen_in_french(qtbot, make_window, db_url, desk, french_qm):
    from PySide6.QtCore import Qt

    from ui import translation

    h = desk
    window, screen = sign_in_and_open_intake(qtbot, make_window, db_url, h)
    view = screen.view
    assert view.owner_title.text() == "Receive a donation"
    translation.set_language("fr")
    qtbot.waitUntil(lambda: view.owner_title.text() == "Recevoir un don", timeout=2000)
    assert window.workspace.nav_buttons["intake"].text() == "Réception"
    tap(qtbot, window, f"owner_{h.aid.id}")
    tap(qtbot, window, "donor_none")
    scan(qtbot, window, "4006381333931")
    assert view.finish_button.text() == "Terminer ✓"
    assert view.undo_button.text() == "↶ Annuler le dernier scan"
    assert screen.model.headerData(2, Qt.Orientation.Horizontal) == "Nombre"
    assert "pièce" in screen.model.cell(screen.draft.lines[0], "quantity")
