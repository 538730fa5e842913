"""The Trace-and-recall screen as a coordinator uses it in a recall: she scans the lot a
supplier named and reads, on one page, the donor, the meal batch that used it and where
its portions went; Export writes a workbook that reads back with those rows. A batch
label traces back to its ingredient lots and donors. On both databases."""

from __future__ import annotations

import datetime as dt

from models import MealBatch
from tests.kitchen import conftest as kitchen_fixtures
from tests.ui.intake.driving import idle, open_window, scan, sign_in_and_open, tap
from warehouse_app.kitchen import desk as kitchen_desk

kitchen_hangar = kitchen_fixtures.kitchen_hangar  # the kitchen of tests/kitchen, here too


def _cooked_and_dispatched(h) -> MealBatch:
    row = kitchen_desk.cook(h.cook, h.dal_recipe.id, 120, "Kofi", h.kit.id)
    batch = MealBatch.get_by_id(row.id)
    cooked = dt.datetime.fromisoformat(batch.cooked_at) if isinstance(batch.cooked_at, str) \
        else batch.cooked_at
    kitchen_desk.record_check(h.cook, row.id, "core", "81", measured_at=cooked)
    kitchen_desk.record_check(h.cook, row.id, "cooling", "6",
                              measured_at=cooked + dt.timedelta(minutes=50))
    kitchen_desk.dispatch(h.cook, row.id, 100, ("destination", h.site.id), received_by="Samir")
    return batch


def _answered(qtbot, screen, code: str) -> None:
    """The answer to that code is on screen (not the previous one's)."""
    qtbot.waitUntil(lambda: screen.answer is not None and screen.answer.code == code,
                    timeout=10_000)
    idle(qtbot)


def test_a_scanned_lot_shows_its_batch_and_dispatch_and_exports_them(
        qtbot, make_window, db_url, pin_hangar, kitchen_hangar, tmp_path):
    from openpyxl import load_workbook

    h = kitchen_hangar
    batch = _cooked_and_dispatched(h)
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.coord, "trace", "2468")
    screen.view.code.setFocus()
    scan(qtbot, window, "L2291")
    _answered(qtbot, screen, "L2291")
    page = screen.view.answer.toPlainText()
    assert "Lot L2291 · Vegetable stock [FOOD-STOCK]" in page
    assert "Kent collection drive" in page  # who gave it
    assert batch.lot.code in page and "Dal v1" in page  # the batch that used it
    assert h.site.name in page and "Samir" in page  # where its portions went
    assert "1 meal batch(es) · 0 kit(s) · 1 line(s) gone out · 2 line(s) still in" in page
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1280 and hint.height() <= 720  # a small laptop
    shelves = page[page.index("Still in the hangar"):page.index("Used in meal batches")]
    assert "34 pieces" in shelves  # 40 received, 6 cooked (120 portions x 0.05)
    assert "20 portions" in shelves  # of the batch: 120 cooked, 100 dispatched

    screen.view.folder.setText(str(tmp_path / "recalls"))
    tap(qtbot, window, "trace_export")
    idle(qtbot)
    assert screen.exported is not None and screen.exported.parent == tmp_path / "recalls"
    book = load_workbook(screen.exported, read_only=True)
    batches = list(book["Batches"].values)
    assert batches[1][:3] == ("L2291", batch.lot.code, "Dal")
    went = [row for row in book["Went to"].values][1:]
    assert [(r[0], r[6], r[7], r[10]) for r in went] == [("L2291", h.site.name, "Samir", 100)]

    # a partner NGO signs in: nothing of the coordinator's answer stays, and its own trace
    # of the lot shows none of the kitchen's stock
    screen = sign_in_and_open(qtbot, window, h.partner, "trace", "2468")
    assert screen.view.answer.toPlainText() == "" and not screen.view.export_button.isEnabled()
    screen.view.code.setFocus()
    scan(qtbot, window, "L2291")
    _answered(qtbot, screen, "L2291")
    page = screen.view.answer.toPlainText()
    assert "Lot L2291" in page and "Kent collection drive" not in page
    assert batch.lot.code not in page and "Samir" not in page


def test_a_batch_label_traces_back_to_its_donors_and_a_product_offers_its_lots(
        qtbot, make_window, db_url, pin_hangar, kitchen_hangar):
    h = kitchen_hangar
    batch = _cooked_and_dispatched(h)
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.coord, "trace", "2468")
    screen.view.code.setFocus()
    scan(qtbot, window, "L" + batch.lot.code)
    _answered(qtbot, screen, batch.lot.code)
    page = screen.view.answer.toPlainText()
    assert f"Meal batch {batch.lot.code} · Dal v1" in page
    assert "Ingredients and who gave them" in page and "LENT-A" in page
    assert page.count("Kent collection drive") == 5  # every ingredient lot, from that drive

    scan(qtbot, window, "FOOD-LENT")
    _answered(qtbot, screen, "FOOD-LENT")
    assert screen.view.choices_hint.isVisible()
    tap(qtbot, window, "lot_LENT-B")
    idle(qtbot)
    assert "Lot LENT-B · Red lentils" in screen.view.answer.toPlainText()

    scan(qtbot, window, "NOPE-404")
    assert screen.view.error.text() == "No lot “NOPE-404” was found."
