"""The import wizard: a generated sheet with one bad row. The preview names the row; the
import with "good rows only" posts the good rows, without it nothing is written."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from tests.ui.intake.driving import idle, screen_alone, tap


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "stock.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Inventaire du hangar"])  # a title row above the header row
    ws.append(["Code article", "Désignation", "Qté", "Remarques du jour", "Mystère"])
    ws.append(["HYG-SOAP", "Soap bar", 10, None, "x"])
    ws.append(["FOOD-LENT", "Red lentils", "-3", None, "y"])  # row 4: refused
    ws.append(["FOOD-TOM-400", "Tinned tomatoes 400 g", "5,5", "dented", "z"])
    wb.save(path)
    return path


def _wizard(qtbot, user):
    from ui.screens.imports import ImportWizardScreen

    return screen_alone(qtbot, ImportWizardScreen, user)


def _balances(owner) -> dict[str, Decimal]:
    from models import Balance, Item

    rows = (Balance.select(Balance.quantity, Item.code).join(Item)
            .where(Balance.owner == owner))
    return {b.item.code: b.quantity for b in rows}


def _to_preview(qtbot, screen, path, owner):
    from ui.screens.imports_view import MAPPING_PAGE, PREVIEW_PAGE

    v = screen.view
    v.file.setText(str(path))
    v.kind.setCurrentIndex(v.kind.findData("stock"))
    v.owner.setCurrentIndex(v.owner.findData(owner.id))
    tap(qtbot, screen, "import_read")
    idle(qtbot)
    assert v.pages.currentIndex() == MAPPING_PAGE, v.error.text()
    fields = {c.property("header"): c.currentData() for c in screen.mapping_combos}
    assert fields == {"Code article": "code", "Désignation": "item", "Qté": "quantity",
                      "Remarques du jour": "ignore", "Mystère": "ignore"}
    notes = next(c for c in screen.mapping_combos if c.property("header") == "Remarques du jour")
    notes.setCurrentIndex(notes.findData("notes"))  # the person corrects one column
    tap(qtbot, screen, "import_preview")
    idle(qtbot)
    assert v.pages.currentIndex() == PREVIEW_PAGE, v.error.text()
    return v


def test_the_preview_names_the_bad_row_and_good_rows_only_posts_the_rest(
        qtbot, inline_ops, hangar, sheet):
    h = hangar
    screen = _wizard(qtbot, h.coord)
    v = _to_preview(qtbot, screen, sheet, h.ref)
    model = v.problems.model()
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "4"
    assert model.data(model.index(0, 1)).startswith("C (Qté)")
    assert "2 row(s) can be imported, 1 refused" in v.counts.text()
    assert _balances(h.ref) == {}  # the preview wrote nothing
    v.good_rows_only.setChecked(True)
    tap(qtbot, screen, "import_run")
    idle(qtbot)
    assert screen.result.written, v.error.text()
    assert "Imported 2 row(s)" in v.result.text()
    assert _balances(h.ref) == {"HYG-SOAP": Decimal("10"), "FOOD-TOM-400": Decimal("5.5")}
    # the correction is remembered for the next sheet laid out the same
    from warehouse_app.imports.columns import remembered
    from warehouse_app.imports.sheet import read_sheet

    assert remembered("stock", read_sheet(sheet).headers)["remarques du jour"] == "notes"


def test_without_good_rows_only_nothing_is_written(qtbot, hangar, sheet):
    """Operations on their worker thread here, as in the app."""
    h = hangar
    screen = _wizard(qtbot, h.coord)
    v = _to_preview(qtbot, screen, sheet, h.ref)
    assert not v.good_rows_only.isChecked()
    tap(qtbot, screen, "import_run")
    idle(qtbot)
    assert not screen.result.written
    assert "Nothing was written: 1 row(s) refused" in v.result.text()
    assert _balances(h.ref) == {}


def test_the_wizard_is_listed_for_coordinators_only(hangar):
    from ui import nav

    assert "import" in {s.key for s in nav.available_screens(hangar.coord)}
    assert "import" not in {s.key for s in nav.available_screens(hangar.partner)}
