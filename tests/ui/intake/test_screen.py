"""The intake screen driven like a van arriving: sign in, a 20-line donation made of
scanner bursts, picks and typing, undo, an unknown barcode linked in one step, a misread
barcode refused, Finish; the ledger holds exactly those lines and the printed PDF's
labels scan back as the new boxes. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
from decimal import Decimal
from types import SimpleNamespace

import pytest
from stdnum import ean

from tests.ui.intake.driving import idle, scan, sign_in_and_open_intake, tap, type_slowly

HYGIENE = ("Toothpaste 75 ml", "Shampoo 250 ml", "Razor", "Nappies size 4", "Sanitary pads",
           "Deodorant", "Sleeping bag", "Blanket", "Towel", "Toothbrush")


def gtin(n: int) -> str:
    payload = f"20000000{n:04d}"
    return payload + ean.calc_check_digit(payload)


@pytest.fixture
def van(pin_hangar):
    """The small hangar, plus what a van from Kent brings: hygiene goods with product
    barcodes (the toothbrush's is not linked yet), a jacket in XL, and a box of AID's
    already on a shelf."""
    from models import Box, Category, Item
    from warehouse_app import catalogue

    h = pin_hangar
    hygiene = Category.get(Category.name == "Hygiene")
    h.goods = {}
    for n, name in enumerate(HYGIENE, start=1):
        item = Item.create(code=f"HYG-{n:02d}", name=name, category=hygiene, unit="piece")
        h.goods[name] = SimpleNamespace(item=item, code=gtin(n))
        if name != "Toothbrush":
            catalogue.link_barcode(h.admin, gtin(n), item, 1)
    h.jacket_xl = Item.create(code="CLO-JKT-M-XL", name="Jacket", category=h.jacket_m.category,
                              unit="piece", gender="men", size="XL")
    catalogue.link_barcode(h.admin, "4006381333931", h.soap, 1)
    catalogue.link_barcode(h.admin, "5012345678900", h.tomatoes, 1)
    h.old_box = Box.create(code="BOX-000900", owner=h.aid, location=h.shelf_a1, status="open")
    return h


def gs1(lot: str, ai: str, yymmdd: str) -> str:
    """Tins with a GS1-128 label: GTIN, then the date (fixed length), then the lot (last,
    so no separator is needed: a keyboard wedge cannot type one)."""
    return f"]C10105012345678900{ai}{yymmdd}10{lot}"


def pick(qtbot, window, screen, *names: str) -> None:
    """Tap the tiles named, from the top of the picker."""
    tap(qtbot, window, "show_picker")
    for name in names:
        idle(qtbot)
        index = next(i for i, t in enumerate(screen.picker.tiles) if t.name == name)
        tap(qtbot, window, f"tile_{index}")


def keypad(qtbot, window, digits: str) -> None:
    for key in digits:
        tap(qtbot, window, f"key_{key}")
    tap(qtbot, window, "key_ok")


def test_a_twenty_line_donation_from_scans_picks_and_typing(qtbot, make_window, db_url, van,
                                                           tmp_path):
    from models import Box, Movement
    from ui.screens.intake.view import DONOR_PAGE, LINES_PAGE

    h = van
    window, screen = sign_in_and_open_intake(qtbot, make_window, db_url, h)
    view = screen.view
    tap(qtbot, window, f"owner_{h.aid.id}")
    assert view.pages.currentIndex() == DONOR_PAGE

    # She types the donor's name; a scan arrives meanwhile: it does not land in the field
    view.donor_search.setFocus()
    type_slowly(qtbot, view.donor_search, "Ke")
    scan(qtbot, window, h.goods["Razor"].code)
    type_slowly(qtbot, view.donor_search, "nt")
    qtbot.wait(60)
    assert view.donor_search.text() == "Kent"
    assert "donor" in view.donor_note.text()  # why the scan did nothing, where she looks
    assert screen.draft.lines == [] and view.pages.currentIndex() == DONOR_PAGE
    qtbot.waitUntil(lambda: [d.name for d in screen.donors] == ["Kent collection drive"])
    tap(qtbot, window, f"donor_{h.donor.id}")
    assert view.pages.currentIndex() == LINES_PAGE
    tap(qtbot, window, "priority_1")

    # Box 1: tinned tomatoes by GS1 (lot and date prefilled), one scan then x24
    scan(qtbot, window, gs1("L2291", "17", "270131"))
    tap(qtbot, window, "repeat_24")
    scan(qtbot, window, gs1("L3000", "15", "270630"))
    for _ in range(3):
        scan(qtbot, window, "4006381333931")  # soap: three scans, one line of 3
    scan(qtbot, window, h.goods["Toothbrush"].code)  # unknown: linked in one step
    dialog = screen.unknown_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.view.search.setText("toothbrush")
    qtbot.waitUntil(lambda: [i.name for i in dialog.items] == ["Toothbrush"], timeout=5000)
    tap(qtbot, window, "unknown_link")  # nothing chosen yet: nothing linked
    assert "Tap the item" in dialog.view.problem.text() and dialog.isVisible()
    dialog.view.results.setCurrentRow(0)  # she taps the toothbrush
    dialog.view.pack.setValue(12)
    tap(qtbot, window, "unknown_link")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    idle(qtbot)
    lines_before = len(screen.draft.lines)
    scan(qtbot, window, "4006381333932")  # a misread: wrong check digit
    assert len(screen.draft.lines) == lines_before
    assert "check digit" in view.message.text() and window.feedback.last == "problem"

    # Box 2: jackets from the size grid, and soap picked then counted on the keypad
    tap(qtbot, window, "new_box")
    pick(qtbot, window, screen, "Clothing", "Jackets", "Jacket")
    for size, count in ((0, 4), (1, 6), (2, 2)):  # M 4, L 6, XL 2
        for _ in range(count):
            tap(qtbot, window, f"size_{size}")
    tap(qtbot, window, "sizes_add")
    pick(qtbot, window, screen, "Hygiene", "Soap bar")
    keypad(qtbot, window, "10")

    # An existing box on the shelf: its label is scanned, the next scans go into it
    scan(qtbot, window, "BOX-000900")
    assert "BOX-000900" in view.box_label.text()
    scan(qtbot, window, "4006381333931")
    scan(qtbot, window, h.goods["Towel"].code)

    # Box 3: hygiene by scanning; a double scan undone; weight typed while scans arrive
    tap(qtbot, window, "new_box")
    for name in ("Toothpaste 75 ml", "Shampoo 250 ml", "Razor", "Nappies size 4",
                 "Sanitary pads", "Deodorant", "Sleeping bag"):
        scan(qtbot, window, h.goods[name].code)
    scan(qtbot, window, h.goods["Sleeping bag"].code)
    assert screen.draft.lines[-1].quantity == 2
    tap(qtbot, window, "undo_scan")
    assert screen.draft.lines[-1].quantity == 1
    weight = view.line.weight  # the sleeping bag weighs 1.8 kg: typed, no Enter yet
    weight.setFocus()
    type_slowly(qtbot, weight, "1,8")
    scan(qtbot, window, h.goods["Blanket"].code)  # a line of its own, not digits in the field
    assert screen.draft.lines[-2].weight_g == 1800
    assert screen.draft.lines[-1].item.name == "Blanket" and weight.text() == ""
    tap(qtbot, window, "condition_quarantine")
    pick(qtbot, window, screen, "Food", "Red lentils")
    keypad(qtbot, window, "5")
    tap(qtbot, window, "date_kind_best_before")
    scan(qtbot, window, h.goods["Towel"].code)
    assert len(screen.draft.lines) == 20

    # Finish: posted as one receipt; the print dialog opens with the new boxes' labels
    tap(qtbot, window, "finish")
    idle(qtbot)
    receipt = screen.last_receipt
    assert receipt is not None, view.message.text()
    dialog = screen.print_dialog
    qtbot.waitUntil(lambda: len(dialog.labels) == 3, timeout=5000)
    pdf = tmp_path / "labels.pdf"
    assert dialog.select_target("pdf")
    dialog.view.path.setText(str(pdf))
    tap(qtbot, window, "print_go")
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)

    # The ledger holds exactly those lines
    b1, b2, b3 = receipt.box_codes
    got: dict[tuple[str, str], Decimal] = {}
    for m in Movement.select().where(Movement.document == receipt.document_id):
        key = (m.item.code, Box.get_by_id(m.box_id).code)
        got[key] = got.get(key, Decimal(0)) + m.quantity
    hyg = {name: g.item.code for name, g in h.goods.items()}
    assert got == {
        ("FOOD-TOM-400", b1): 24 + 1, ("HYG-SOAP", b1): 3, (hyg["Toothbrush"], b1): 12,
        ("CLO-JKT-M-M", b2): 4, ("CLO-JKT-M-L", b2): 6, ("CLO-JKT-M-XL", b2): 2,
        ("HYG-SOAP", b2): 10,
        ("HYG-SOAP", "BOX-000900"): 1, (hyg["Towel"], "BOX-000900"): 1,
        **{(hyg[n], b3): 1 for n in ("Toothpaste 75 ml", "Shampoo 250 ml", "Razor",
                                      "Nappies size 4", "Sanitary pads", "Deodorant",
                                      "Sleeping bag", "Blanket", "Towel")},
        ("FOOD-LENT", b3): 5,
    }
    rows = {(m.item.code, m.lot.code if m.lot_id else None, m.status, m.weight_g)
            for m in Movement.select().where(Movement.document == receipt.document_id)}
    assert ("FOOD-TOM-400", "L2291", "usable", 24 * 420) in rows
    assert (hyg["Sleeping bag"], None, "usable", 1800) in rows
    assert (hyg["Blanket"], None, "quarantine", None) in rows
    assert Movement.select().where(Movement.document == receipt.document_id).count() == 20
    assert screen.draft.lines == [] and not screen.path.exists()

    # The PDF's labels scan back as exactly the new boxes
    assert decoded_pdf_codes(pdf.read_bytes()) == [b1, b2, b3]


def decoded_pdf_codes(data: bytes) -> list[str]:
    import zxingcpp
    from PIL import Image
    from pypdf import PdfReader

    codes = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for image in page.images:
            found = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)).convert("L"))
            codes += [f.text for f in found]
    return codes
