"""Administration driven as a coordinator would, on SQLite and PostgreSQL: a volunteer
added by typing her name and Enter signs in and receives a donation; a PIN reset; the
refusal a coordinator meets on organisations; a new zone's labels printed in one go; a
product barcode linked with its pack quantity, counted so at intake."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.intake.driving import (
    idle,
    open_screen,
    open_window,
    press_pin,
    scan,
    sign_in,
    tap,
    type_slowly,
)


def _sign_out(qtbot, window) -> None:
    idle(qtbot)
    qtbot.mouseClick(window.workspace.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=5000)
    idle(qtbot)


def _open_admin(qtbot, window, page: str):
    admin = open_screen(qtbot, window, "admin")
    tap(qtbot, window, f"admin_page_{page}")
    idle(qtbot)
    return admin


def test_a_volunteer_added_in_administration_signs_in_and_receives_a_donation(
        qtbot, make_window, db_url, pin_hangar):
    from models import Document, Movement, User
    from warehouse_app import catalogue

    h = pin_hangar
    catalogue.link_barcode(h.admin, "4006381333931", h.soap, 1)
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    admin = _open_admin(qtbot, window, "people")
    field = admin.people.view.volunteer_name
    qtbot.waitUntil(field.hasFocus, timeout=5000)  # she can type at once
    assert admin.people.view.volunteer_organisation.currentData() == h.aid.id
    type_slowly(qtbot, field, "Noor")
    QTest.keyClick(field, Qt.Key.Key_Return)
    idle(qtbot)
    noor = User.get(User.name == "Noor")
    assert (noor.organisation_id, noor.role, noor.pin_hash) == (h.aid.id, "volunteer", None)
    assert "Noor can sign in now" in admin.people.view.banner.text()
    assert field.text() == "" and field.hasFocus()  # ready for the next volunteer

    _sign_out(qtbot, window)
    tap(qtbot, window, f"organisation_{h.aid.id}")
    assert window.sign_in.view.findChild(type(admin.people.view.person_add),
                                         f"person_{noor.id}") is not None
    tap(qtbot, window, f"person_{noor.id}")  # no PIN for a volunteer
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    assert window.ctx.session.user.name == "Noor"
    assert "admin" not in window.workspace.nav_buttons
    tap(qtbot, window, "nav_intake")
    intake = window.screens["intake"]
    tap(qtbot, window, f"owner_{h.aid.id}")
    tap(qtbot, window, "donor_none")
    scan(qtbot, window, "4006381333931")
    scan(qtbot, window, "4006381333931")
    tap(qtbot, window, "finish")
    idle(qtbot)
    receipt = intake.last_receipt
    assert receipt is not None, intake.view.message.text()
    document = Document.get_by_id(receipt.document_id)
    assert document.created_by_id == noor.id
    assert [(m.item_id, m.quantity, m.created_by_id) for m in
            Movement.select().where(Movement.document == document.id)] == \
        [(h.soap.id, 2, noor.id)]


def test_a_pin_reset_in_administration_is_the_one_that_signs_in(
        qtbot, make_window, db_url, pin_hangar):
    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    admin = _open_admin(qtbot, window, "people")
    page = admin.people
    page.view.search.setText("Kofi")
    table = page.view.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.selectRow(0)
    assert "Kofi" in page.view.chosen.text()
    type_slowly(qtbot, page.view.reset_pin_value, "97531", gap_ms=80)
    tap(qtbot, window, "reset_pin")
    idle(qtbot)
    assert "new PIN is set" in page.view.banner.text()
    _sign_out(qtbot, window)
    tap(qtbot, window, f"organisation_{h.kit.id}")
    tap(qtbot, window, f"person_{h.cook.id}")
    press_pin(qtbot, window, "2468")  # the old PIN no longer works
    qtbot.waitUntil(lambda: window.sign_in.view.pin_error.text() != "", timeout=5000)
    assert not window.ctx.session.signed_in
    press_pin(qtbot, window, "97531")
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    assert window.ctx.session.user.name == "Kofi"


def test_the_person_chosen_stays_chosen_when_the_list_is_read_again(
        qtbot, make_window, db_url, pin_hangar):
    """A reload (after any change, on any station) used to leave the first person of the
    list chosen: the next PIN reset would have been hers."""
    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    page = _open_admin(qtbot, window, "people").people
    table = page.view.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 2)
    table.selectRow(2)
    chosen = page.chosen
    assert chosen is not None and chosen.name in page.view.chosen.text()
    page.load()
    idle(qtbot)
    assert page.chosen.id == chosen.id and chosen.name in page.view.chosen.text()
    assert table.currentIndex().row() == 2


def test_a_coordinator_is_told_why_organisations_are_not_hers_to_change(
        qtbot, make_window, db_url, pin_hangar):
    from models import Organisation

    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    admin = _open_admin(qtbot, window, "organisations")
    view = admin.organisations.view
    qtbot.waitUntil(lambda: "may not manage organisations" in view.banner.text(), timeout=5000)
    assert "Colette" in view.banner.text()
    assert not view.add_button.isVisible() and not view.code.isEnabled()
    assert view.table.model().rowCount() == 3
    assert Organisation.select().count() == 3

    _sign_out(qtbot, window)  # an admin may
    sign_in(qtbot, window, h.admin, "2468")
    admin = _open_admin(qtbot, window, "organisations")
    qtbot.waitUntil(lambda: view.add_button.isVisible(), timeout=5000)
    type_slowly(qtbot, view.code, "SOS", gap_ms=80)
    type_slowly(qtbot, view.name, "SOS Kitchen", gap_ms=80)
    tap(qtbot, window, "swatch_3")
    tap(qtbot, window, "organisation_add")
    idle(qtbot)
    sos = Organisation.get(Organisation.code == "SOS")
    assert (sos.name, sos.colour) == ("SOS Kitchen", "#d62728")
    assert view.table.model().rowCount() == 4
    view.table.selectRow(3)  # SOS, by code
    assert view.code.text() == "SOS" and view.code.isReadOnly()
    view.name.setText("SOS Soup Kitchen")
    tap(qtbot, window, "swatch_0")
    tap(qtbot, window, "organisation_save")
    idle(qtbot)
    sos = Organisation.get_by_id(sos.id)
    assert (sos.name, sos.colour) == ("SOS Soup Kitchen", "#1f77b4")
    tap(qtbot, window, "organisation_active")
    idle(qtbot)
    assert not Organisation.get_by_id(sos.id).active
    assert view.active_button.text() == "Reactivate"


def test_a_new_zone_and_its_shelves_printed_in_one_go(qtbot, make_window, db_url,
                                                      pin_hangar, tmp_path):
    from models import Location
    from tests.ui.intake.test_screen import decoded_pdf_codes

    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    admin = _open_admin(qtbot, window, "locations")
    page = admin.locations
    tap(qtbot, window, "location_top")
    idle(qtbot)
    assert page.view.code.text() == "LOC-C"  # the next free zone, offered
    tap(qtbot, window, "location_add")
    idle(qtbot)
    zone = Location.get(Location.code == "LOC-C")
    # choose the new zone, then add an aisle and two shelves under it, one tap each
    def choose(code: str) -> None:
        idle(qtbot)
        found = page.model.match(page.model.index(0, 0), Qt.ItemDataRole.DisplayRole, code, 1,
                                 Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        page.view.tree.setCurrentIndex(found[0])
        idle(qtbot)

    choose("LOC-C")
    assert page.view.kind.currentData() == "aisle" and page.view.code.text() == "LOC-C-01"
    tap(qtbot, window, "location_add")
    choose("LOC-C-01")
    for _ in range(2):
        assert page.view.kind.currentData() == "shelf"
        tap(qtbot, window, "location_add")
        idle(qtbot)
    assert [x.code for x in Location.select().where(Location.code.startswith("LOC-C"))
            .order_by(Location.code)] == ["LOC-C", "LOC-C-01", "LOC-C-01-1", "LOC-C-01-2"]
    assert Location.get(Location.code == "LOC-C-01-2").parent_id == \
        Location.get(Location.code == "LOC-C-01").id

    choose("LOC-C")
    assert page.chosen.id == zone.id
    tap(qtbot, window, "location_print")
    dialog = page.print_dialog
    qtbot.waitUntil(lambda: len(dialog.labels) == 4, timeout=5000)
    assert dialog.select_target("pdf")
    pdf = tmp_path / "zone-c.pdf"
    dialog.view.path.setText(str(pdf))
    tap(qtbot, window, "print_go")
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert decoded_pdf_codes(pdf.read_bytes()) == \
        ["LOC-C", "LOC-C-01", "LOC-C-01-1", "LOC-C-01-2"]


@pytest.mark.parametrize("pack", ["12"])
def test_a_barcode_linked_with_a_pack_of_12_counts_12_at_intake(
        qtbot, make_window, db_url, pin_hangar, pack):
    from models import ProductBarcode

    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    admin = _open_admin(qtbot, window, "catalogue")
    page = admin.catalogue
    type_slowly(qtbot, page.view.search, "soap", gap_ms=80)
    qtbot.waitUntil(lambda: len(page.items) == 1, timeout=5000)
    page.view.items.selectRow(0)
    idle(qtbot)
    assert page.detail is not None and page.detail.id == h.soap.id
    scan(qtbot, window, "4006381333931")  # the scan lands in the barcode field
    assert page.view.barcode.text() == "4006381333931"
    assert window.current_key == "admin"  # not sent on to the Scan screen
    page.view.pack.selectAll()
    type_slowly(qtbot, page.view.pack, pack, gap_ms=80)
    tap(qtbot, window, "barcode_link")
    idle(qtbot)
    assert "one scan counts 12" in page.view.banner.text()
    assert ProductBarcode.get(ProductBarcode.code == "4006381333931").pack_quantity == 12
    assert page.barcode_model.rowCount() == 1
    page.new_item()
    scan(qtbot, window, "4006381333931")  # linked now: its item opens, its pack said
    assert page.detail.id == h.soap.id and page.view.barcode.text() == ""
    assert "is linked to Soap bar: one scan counts 12" in page.view.banner.text()
    qtbot.wait(200)  # the whole form changed: it is laid out and painted before a next scan
    scan(qtbot, window, "4006381333932")  # a misread: the check digit is wrong
    assert "4006381333932" in page.view.banner.text()
    assert page.view.banner.property("kind") == "problem"

    tap(qtbot, window, "nav_intake")
    intake = window.screens["intake"]
    tap(qtbot, window, f"owner_{h.aid.id}")
    tap(qtbot, window, "donor_none")
    scan(qtbot, window, "4006381333931")
    assert [(line.item.id, line.quantity) for line in intake.draft.lines] == [(h.soap.id, 12)]


def test_administration_in_french_with_the_refusal_in_french(
        qtbot, make_window, db_url, pin_hangar, french_qm):
    from ui import translation

    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    admin = _open_admin(qtbot, window, "people")
    translation.set_language("fr")
    idle(qtbot)
    people = admin.people.view
    qtbot.waitUntil(lambda: people.volunteer_add.text() == "Ajouter le ou la bénévole",
                    timeout=2000)
    assert admin.buttons["locations"].text() == "Emplacements"
    def roles() -> list[str]:
        return [people.person_role.itemText(i) for i in range(people.person_role.count())]

    qtbot.waitUntil(lambda: "Coordinateur·rice" in roles(), timeout=5000)  # read again
    assert "Administrateur·rice" not in roles()  # only an admin makes an admin
    tap(qtbot, window, "admin_page_organisations")
    idle(qtbot)
    banner = admin.organisations.view.banner.text()
    assert "Colette" in banner and "gérer les organisations" in banner.lower()
    tap(qtbot, window, "admin_page_catalogue")
    assert admin.catalogue.view.allergens["nuts"].text() == "fruits à coque"


def test_every_administration_page_fits_a_small_laptop(qtbot, make_window, db_url, pin_hangar):
    """At 1280 x 720 each page is whole on screen: its scroll area never has to scroll."""
    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.admin, "2468")
    window.resize(1280, 720)
    for key in ("people", "organisations", "locations", "catalogue"):
        admin = _open_admin(qtbot, window, key)
        qtbot.waitUntil(lambda: window.height() <= 720, timeout=3000)
        needs = admin.pages[key].minimumSizeHint()
        room = admin.scrolls[key].viewport().size()
        assert needs.width() <= room.width() and needs.height() <= room.height(), \
            f"{key} needs {needs.width()} x {needs.height()}, has {room.width()} x {room.height()}"


def test_a_garment_added_with_its_sizes_then_edited_and_a_refusal_shown(
        qtbot, make_window, db_url, pin_hangar):
    from models import Item
    from warehouse_app import catalogue

    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    admin = _open_admin(qtbot, window, "catalogue")
    page = admin.catalogue
    view = page.view
    [jackets] = page.category_model.match(page.category_model.index(0, 0),
                                          Qt.ItemDataRole.DisplayRole, "Jackets", 1,
                                          Qt.MatchFlag.MatchRecursive)
    view.categories.setCurrentIndex(jackets)
    idle(qtbot)
    assert [i.code for i in page.items] == ["CLO-JKT-M-L", "CLO-JKT-M-M"]
    tap(qtbot, window, "item_new")
    assert view.category.currentText() == "Clothing › Jackets"
    type_slowly(qtbot, view.name, "Fleece", gap_ms=80)
    type_slowly(qtbot, view.sizes, "S, M, L", gap_ms=80)
    view.gender.setCurrentIndex(view.gender.findData("men"))
    view.weight.setValue(600)
    tap(qtbot, window, "item_save")
    idle(qtbot)
    assert "3 item(s) added" in view.banner.text()
    fleece = Item.get((Item.name == "Fleece") & (Item.size == "S"))
    assert [(i.size, i.gender, i.weight_per_unit_g) for i in catalogue.size_grid(fleece)] == \
        [("S", "men", 600), ("M", "men", 600), ("L", "men", 600)]
    assert page.detail.id == fleece.id and page.detail.sizes == ("S", "M", "L")

    view.min_level.setText("1 200,5")  # French thousands and decimal comma
    tap(qtbot, window, "item_save")
    idle(qtbot)
    assert Item.get_by_id(fleece.id).min_level == Decimal("1200.5")
    view.min_level.setText("5")
    tap(qtbot, window, "item_save")
    idle(qtbot)
    assert Item.get_by_id(fleece.id).min_level == 5, view.banner.text()
    assert f"{fleece.code} saved." in view.banner.text()

    tap(qtbot, window, "item_new")
    tap(qtbot, window, "item_save")  # no name
    idle(qtbot)
    assert view.banner.property("kind") == "problem"
    assert "name" in view.banner.text() and "must not be empty" in view.banner.text()
    assert Item.select().where(Item.name == "").count() == 0
    row = [i.id for i in page.items].index(fleece.id)  # the row open before New item
    view.items.selectRow(row)
    idle(qtbot)
    assert page.detail is not None and page.detail.id == fleece.id  # opens again


def test_deactivating_someone_takes_a_second_tap_and_one_brings_them_back(qtbot, make_window, db_url, pin_hangar):
    from models import User
    from warehouse_app import users

    h = pin_hangar
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    page = _open_admin(qtbot, window, "people").people
    page.view.search.setText("Vera")
    qtbot.waitUntil(lambda: page.view.table.model().rowCount() == 1)
    page.view.table.selectRow(0)
    assert not page.view.reset_pin_button.isEnabled()  # a volunteer has no PIN to reset
    tap(qtbot, window, "deactivate_person")
    assert "Tap again to deactivate Vera" in page.view.deactivate_button.text()
    assert User.get_by_id(h.vol.id).active
    tap(qtbot, window, "deactivate_person")
    idle(qtbot)
    assert not User.get_by_id(h.vol.id).active
    assert "Vera can no longer sign in" in page.view.banner.text()
    assert h.vol.id not in [u.id for _, people in users.sign_in_choices() for u in people]
    assert page.view.deactivate_button.text() == "Reactivate"  # she may come back
    tap(qtbot, window, "deactivate_person")  # one tap: bringing back loses nothing
    idle(qtbot)
    assert User.get_by_id(h.vol.id).active
    assert "Vera is back" in page.view.banner.text()


def test_a_place_renamed_and_retired_and_one_in_use_kept(qtbot, make_window, db_url,
                                                       pin_hangar):
    from models import Location
    from tests.factories import put_stock

    h = pin_hangar
    put_stock(h.admin, h.aid, h.soap, 4, location=h.shelf_a1)
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.coord, "2468")
    page = _open_admin(qtbot, window, "locations").locations
    view = page.view

    def choose(code: str) -> None:
        idle(qtbot)
        [found] = page.model.match(page.model.index(0, 0), Qt.ItemDataRole.DisplayRole, code,
                                   1, Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        view.tree.setCurrentIndex(found)
        idle(qtbot)

    choose("LOC-A-01-2")
    assert view.new_name.text() == "A 01 2"
    view.new_name.setText("A 01 top")
    tap(qtbot, window, "location_rename")
    idle(qtbot)
    assert Location.get_by_id(h.shelf_a2.id).name == "A 01 top"
    tap(qtbot, window, "location_retire")
    idle(qtbot)
    assert not Location.get_by_id(h.shelf_a2.id).active
    assert page.model.match(page.model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                            "LOC-A-01-2", 1, Qt.MatchFlag.MatchRecursive) == []
    assert page.chosen.code == "LOC-A"  # back on its parent

    choose("LOC-A-01-1")  # four soap bars stand there
    tap(qtbot, window, "location_retire")
    idle(qtbot)
    assert Location.get_by_id(h.shelf_a1.id).active
    assert "still holds stock" in view.banner.text()
    assert view.banner.property("kind") == "problem"
