"""The workshop screen as a workshop lead uses it: the number of kits the stock builds now,
building 5 and printing their 5 labels, the shortage of a bigger number, un-kitting a
scanned kit, and making and revising kit designs by search and scan."""

from __future__ import annotations

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
)
from tests.workshop.cabin import cabin_workshop


@pytest.fixture
def cabins(pin_hangar):
    return cabin_workshop(pin_hangar)


def _workshop(qtbot, make_window, db_url, h, person=None, window=None):
    """The window (a new one, or `window` with whoever was in signed out), the workshop
    lead (or `person`) signed in with the PIN, the Workshop screen open."""
    window = window or open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, person or h.builder, "workshop", "2468")
    qtbot.waitUntil(lambda: screen.plan is not None, timeout=5000)
    return window, screen


def _type_number(qtbot, window, screen, digits: str) -> None:
    for key in digits:
        tap(qtbot, window, f"kit_key_{key}")
    qtbot.waitUntil(lambda: screen.plan is not None and screen.plan.target == int(digits),
                    timeout=5000)
    idle(qtbot)


def test_a_workshop_lead_sees_the_count_builds_5_kits_and_prints_5_labels(
        qtbot, make_window, db_url, cabins, tmp_path):
    from models import Box, Document, Kit
    from tests.ui.intake.test_screen import decoded_pdf_codes
    from warehouse_app.workshop import kits as workshop

    h = cabins
    window, screen = _workshop(qtbot, make_window, db_url, h)
    page = screen.view.build
    now = workshop.buildable(h.builder, h.design, h.ref).count
    assert page.count.text() == str(now) == "6"
    assert "Plank 2 m" in page.limits.text() and "Plank 1 m" in page.limits.text()
    assert page.owner.currentData() == h.ref.id and not page.owner.isEnabled()
    assert screen.bill.rowCount() == 4

    scan(qtbot, window, h.shelf_a2.code)  # the new kits go on that shelf
    assert page.place.currentData() == h.shelf_a2.id
    _type_number(qtbot, window, screen, "5")
    assert page.build_button.isEnabled() and page.build_button.text() == "Build 5 kits"
    assert not page.shortage.isVisible()
    tap(qtbot, window, "build_kits")
    idle(qtbot)

    kits = list(Kit.select().order_by(Kit.code))
    assert [k.code for k in kits] == [f"KIT-{n:06d}" for n in range(1, 6)]
    assert {Box.get_by_id(k.box_id).location_id for k in kits} == {h.shelf_a2.id}
    [document] = Document.select().where(Document.kind == "kit_build")
    assert {k.built_by_id for k in kits} == {document.id}
    assert held(h.ref, h.cabin) == 5 and held(h.ref, h.plank) == 10
    assert held(h.ref, h.tarp) == 2 and held(h.ref, h.nails) == Decimal("7.5")
    assert held(h.ref, h.handle) == 0  # the two handles went into the first two kits
    qtbot.waitUntil(lambda: page.count.text() == "1", timeout=5000)  # planks for one more

    dialog = screen.print_dialog
    qtbot.waitUntil(lambda: len(dialog.labels) == 5, timeout=5000)
    assert dialog.select_target("pdf")
    pdf = tmp_path / "kits.pdf"
    dialog.view.path.setText(str(pdf))
    tap(qtbot, window, "print_go")
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    assert decoded_pdf_codes(pdf.read_bytes()) == [k.code for k in kits]


def test_a_number_above_the_count_shows_the_shortage_and_builds_nothing(
        qtbot, make_window, db_url, cabins):
    from models import Kit

    h = cabins
    window, screen = _workshop(qtbot, make_window, db_url, h)
    page = screen.view.build
    _type_number(qtbot, window, screen, "8")
    assert page.shortage.isVisible() and page.shortage_title.text() == "Missing to build 8:"
    rows = {r.part.code: (r.needed, r.have, r.missing) for r in screen.shortage.rows}
    assert rows == {"SHL-PLANK-2M": (80, 60, 20), "SHL-TARP": (8, 7, 1)}
    shown = [screen.shortage.data(screen.shortage.index(r, 3))
             for r in range(screen.shortage.rowCount())]
    assert shown == ["20 pieces", "1 piece"]
    assert not page.build_button.isEnabled()
    assert page.build_button.text() == "Not enough for 8"
    tap(qtbot, window, "kit_key_back")  # 8 -> nothing; then 6: as many as there are
    _type_number(qtbot, window, screen, "6")
    assert not page.shortage.isVisible() and page.build_button.isEnabled()
    assert Kit.select().count() == 0


def test_the_workshop_speaks_french(qtbot, make_window, db_url, cabins, french_qm):
    from ui import translation

    h = cabins
    window, screen = _workshop(qtbot, make_window, db_url, h)
    _type_number(qtbot, window, screen, "8")
    translation.set_language("fr")
    page = screen.view.build
    qtbot.waitUntil(lambda: page.build_button.text() == "Pas assez pour 8",
                    timeout=2000)
    assert screen.view.tabs[0].text() == "Monter des kits"
    assert page.can_title.text() == "Nous pouvons monter maintenant"
    assert page.shortage_title.text() == "Manque pour en monter 8\u00a0:"
    assert page.limits.text().startswith("Limité par\u00a0: Plank 2 m\u00a0: 60 pièces en stock")
    assert screen.shortage.headerData(3, Qt.Orientation.Horizontal) == "Manquant"


def test_a_scanned_kit_is_taken_apart_and_its_parts_go_back(qtbot, make_window, db_url,
                                                            cabins):
    from ui.screens.workshop.view import UNKIT_PAGE
    from warehouse_app.workshop import kits as workshop

    h = cabins
    workshop.build_kits(h.builder, h.design, h.ref, 2, location=h.shelf_a1)
    assert held(h.ref, h.plank) == 40
    window, screen = _workshop(qtbot, make_window, db_url, h)
    tap(qtbot, window, "workshop_designs")  # a kit's label scanned even here shows the kit
    scan(qtbot, window, "KIT-000002")
    assert screen.view.pages.currentIndex() == UNKIT_PAGE
    unkit = screen.view.unkit
    assert unkit.found.text() == "KIT-000002 · Cabin v1"
    assert "on LOC-A-01-1" in unkit.facts.text()
    assert {(p.code, q, used) for p, q, used in screen.contents.rows} == {
        ("SHL-PLANK-2M", 10, False), ("SHL-TARP", 1, False),
        ("SHL-NAIL", Decimal("0.5"), True), ("SHL-HANDLE", 1, False)}
    tap(qtbot, window, "unkit_confirm")
    idle(qtbot)
    assert held(h.ref, h.plank) == 50 and held(h.ref, h.tarp) == 6 and held(h.ref, h.cabin) == 1
    assert held(h.ref, h.nails) == 9  # used up stays used up
    assert workshop.kit_by_code("KIT-000002").unkitted_by_id is not None
    assert not unkit.unkit_button.isEnabled()
    assert "taken apart" in screen.view.message.text()
    scan(qtbot, window, "KIT-000002")  # again: it is refused, nothing posted
    assert not unkit.unkit_button.isEnabled() and "already" in screen.view.message.text()
    scan(qtbot, window, h.plank.code)  # not a kit
    assert "is not a kit" in screen.view.message.text()

    # another NGO's kit: the lead may not take it apart, nor see what is in it
    for item, quantity in ((h.plank, 10), (h.tarp, 1), (h.nails, 1)):
        put_stock(h.coord, h.aid, item, quantity)
    [other] = workshop.build_kits(h.coord, h.design, h.aid, 1).kits
    scan(qtbot, window, "KIT-000001")
    assert screen.contents.rowCount() == 4
    scan(qtbot, window, other.code)
    assert "may not build kits for AID" in screen.view.message.text()
    assert screen.contents.rowCount() == 0 and not unkit.unkit_button.isEnabled()


def test_a_coordinator_builds_for_any_ngo_her_own_first(qtbot, make_window, db_url, cabins):
    h = cabins
    window, screen = _workshop(qtbot, make_window, db_url, h)
    _type_number(qtbot, window, screen, "3")
    scan(qtbot, window, "KIT-999999")
    window, screen = _workshop(qtbot, make_window, db_url, h, person=h.coord, window=window)
    page = screen.view.build
    assert screen.view.pages.currentIndex() == 0  # the last person's kit and number are gone
    assert page.number.text() == "" and screen.view.unkit.found.text() == ""
    assert page.owner.isEnabled() and page.owner.currentData() == h.aid.id
    assert page.count.text() == "0"  # AID holds no parts
    page.owner.setCurrentIndex(page.owner.findData(h.ref.id))
    page.owner.activated.emit(page.owner.currentIndex())
    qtbot.waitUntil(lambda: page.count.text() == "6", timeout=5000)


def test_designs_are_made_by_search_and_scan_and_a_change_is_a_new_version(
        qtbot, make_window, db_url, cabins):
    from models import KitDesign
    from ui.screens.workshop.view import DESIGNS_PAGE
    from warehouse_app.workshop import desk as workshop_desk

    h = cabins
    window, screen = _workshop(qtbot, make_window, db_url, h)
    tap(qtbot, window, "workshop_designs")
    assert screen.view.pages.currentIndex() == DESIGNS_PAGE
    page, editor = screen.view.designs, screen.editor
    assert page.name.text() == "Cabin" and page.save_button.text() == "Save as version 2"

    # a change to the cabin: two tarpaulins, and short planks may stand in for the handle
    tarp = editor.model.index(1, editor.model.COLUMNS.index("per_kit"))
    assert editor.model.setData(tarp, "2")
    page.lines.selectRow(3)
    page.search.setText("plank 1")
    qtbot.waitUntil(lambda: page.found.count() == 1, timeout=5000)
    assert page.found.currentItem().text() == "Plank 1 m · SHL-PLANK-1M"
    page.quantity.setText("3")
    tap(qtbot, window, "part_substitute")
    tap(qtbot, window, "design_save")
    idle(qtbot)
    [v2] = KitDesign.select().where(KitDesign.name == "Cabin", KitDesign.current)
    assert v2.version == 2 and not KitDesign.get_by_id(h.design.id).current
    [row] = [d for d in workshop_desk.current_designs() if d.id == v2.id]
    assert row.lines[1].quantity == 2
    assert [(s.code, q) for s, q in row.lines[3].substitutes] == [("SHL-PLANK-1M", 3)]
    qtbot.waitUntil(lambda: screen.view.build.design.currentText() == "Cabin v2", timeout=5000)

    # a new design: its kit item, a part scanned, a part found by typing
    tap(qtbot, window, "design_new")
    page.name.setText("Door")
    page.kit_item.setCurrentIndex(page.kit_item.findData(h.cabin.id))
    page.quantity.setText("2")
    scan(qtbot, window, h.handle.code)
    assert [x.part.code for x in editor.model.rows] == ["SHL-HANDLE"]
    page.search.setText("nails")
    qtbot.waitUntil(lambda: [page.found.item(i).text() for i in range(page.found.count())]
                    == ["Nails · SHL-NAIL"], timeout=5000)
    page.quantity.setText("0,25")
    tap(qtbot, window, "part_add")
    tap(qtbot, window, "design_save")
    idle(qtbot)
    door = KitDesign.get(KitDesign.name == "Door")
    assert door.version == 1 and door.kit_item_id == h.cabin.id
    assert [(p.item_id, p.quantity) for p in door.parts.order_by(door.parts.model.line)] == [
        (h.handle.id, 2), (h.nails.id, Decimal("0.25"))]

    # a scan that is no part adds nothing; a kit's label opens the kit to take it apart
    tap(qtbot, window, "design_new")
    scan(qtbot, window, "BOX-999999")
    assert editor.model.rows == [] and "BOX-999999 is not a part" in screen.view.message.text()
    scan(qtbot, window, "kit-999999")
    from ui.screens.workshop.view import UNKIT_PAGE
    assert screen.view.pages.currentIndex() == UNKIT_PAGE
    assert screen.view.unkit.code.text() == "KIT-999999"


def test_every_page_fits_a_1280_x_720_laptop(qtbot, make_window, db_url, cabins):
    """With a long NGO name, the limits of a design, a shortage and a kit's contents shown."""
    from warehouse_app.workshop import kits as workshop

    h = cabins
    h.ref.name = "Refugee Shelter Network of the Calais Hangar"
    h.ref.save()
    window, screen = _workshop(qtbot, make_window, db_url, h)
    _type_number(qtbot, window, screen, "12")
    for name in ("workshop_designs", "workshop_unkit", "workshop_build"):
        tap(qtbot, window, name)
        idle(qtbot)
        assert_fits_a_small_laptop(window, name)
    workshop.build_kits(h.builder, h.design, h.ref, 1)
    scan(qtbot, window, "KIT-000001")
    assert_fits_a_small_laptop(window, "a kit's contents")
