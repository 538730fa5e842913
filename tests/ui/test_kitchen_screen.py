"""The Kitchen screen as a kitchen lead uses it (issue #6): she logs a batch from a recipe
and prints its labels, one per container, whose barcodes read back as the batch's code;
a failed cooling check holds the labels with the reason shown, and a corrective action
releases them. On both databases, through the real window."""

from __future__ import annotations

from PySide6.QtCore import QTime

from models import MealBatch, Movement
from tests.kitchen import conftest as kitchen_fixtures
from tests.ui.intake.driving import idle, open_window, sign_in_and_open, table_texts, tap
from warehouse_app import clock
from warehouse_app.kitchen import desk as kitchen_desk

kitchen_hangar = kitchen_fixtures.kitchen_hangar  # the kitchen of tests/kitchen, here too


def _print_to_pdf(qtbot, window, dialog, path) -> None:
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=10_000)
    assert dialog.select_target("pdf")
    dialog.view.path.setText(str(path))
    tap(qtbot, window, "print_go")
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)


def _log_batch(qtbot, window, screen, h, portions: int) -> MealBatch:
    tap(qtbot, window, "kitchen_log")
    tap(qtbot, window, f"recipe_{h.dal_recipe.id}")
    log = screen.log_page
    log.view.portions.setValue(portions)
    qtbot.waitUntil(lambda: log.proposal is not None and log.proposal.portions == portions,
                    timeout=5000)
    idle(qtbot)
    proposed = table_texts(log.view.proposal)
    assert proposed[0][:3] == ["Red lentils", f"{portions * 8 // 100} kg", "LENT-A"]
    assert "celery" in log.view.facts.text()
    log.view.cooks.setText("Kofi, Ama")
    assert not screen.view.banner.isVisible()  # no refusal left standing from before
    tap(qtbot, window, "batch_cook")
    idle(qtbot)
    batch = MealBatch.select().order_by(MealBatch.id.desc()).get()
    assert log.view.number.text() == batch.lot.code
    assert screen.view.banner.text().startswith(f"Batch {batch.lot.code} is logged")
    return batch


def _record(qtbot, window, page, kind: str, reading: str, at: QTime):
    v = page.view
    v.check_kind.setCurrentIndex(v.check_kind.findData(kind))
    v.check_temperature.setText(reading)
    v.check_time.setTime(at)
    tap(qtbot, window, "check_record")
    idle(qtbot)


def test_a_kitchen_lead_logs_a_batch_and_prints_its_labels(qtbot, make_window, db_url,
                                                          pin_hangar, kitchen_hangar, tmp_path):
    from tests.ui.intake.test_screen import decoded_pdf_codes

    h = kitchen_hangar
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.cook, "kitchen", "2468")
    assert table_texts(screen.view.today.cookable)[0][:3] == ["Dal v1", "600", "Rice"]

    tap(qtbot, window, "kitchen_log")  # more than the rice allows: said, and Cook stays off
    tap(qtbot, window, f"recipe_{h.dal_recipe.id}")
    screen.log_page.view.portions.setValue(700)
    qtbot.waitUntil(lambda: screen.view.banner.text().startswith("Not enough Rice"),
                    timeout=5000)
    idle(qtbot)
    assert not screen.log_page.view.cook_button.isEnabled()

    batch = _log_batch(qtbot, window, screen, h, 200)
    assert batch.cooks == "Kofi, Ama" and batch.portions == 200
    consumed = Movement.select().where((Movement.document == batch.document_id)
                                       & (Movement.kind == "consumed")).count()
    assert consumed == 5  # lentils (16 kg of lot LENT-A), rice, oil, stock cubes, mustard
    tap(qtbot, window, "batch_open")
    page = screen.batch_page
    qtbot.waitUntil(lambda: page.record is not None, timeout=5000)
    assert "no end of cooking (core) temperature" in page.view.status.text()
    cooked = _clock(batch)
    _record(qtbot, window, page, "core", "82,5", cooked)
    _record(qtbot, window, page, "cooling", "9", cooked.addSecs(60))
    assert page.view.status.text() == "Released: labels and dispatch are allowed."

    page.view.containers.setValue(8)
    tap(qtbot, window, "batch_labels")
    idle(qtbot)
    dialog = page.print_dialog
    assert dialog is not None and len(dialog.labels) == 8
    pdf = tmp_path / "dal.pdf"
    _print_to_pdf(qtbot, window, dialog, pdf)
    assert decoded_pdf_codes(pdf.read_bytes()) == ["L" + batch.lot.code] * 8
    assert sum(x.portions for x in dialog.labels) == 200

    for page in ("kitchen_today", "kitchen_log", "kitchen_recipes"):  # a 1280 x 720 laptop
        tap(qtbot, window, page)
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert hint.width() <= 1280 and hint.height() <= 720, f"{page}: {hint}"


def test_a_failed_cooling_check_holds_the_labels_until_a_corrective_action(
        qtbot, make_window, db_url, pin_hangar, kitchen_hangar, french_qm):
    from ui import translation

    h = kitchen_hangar
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.cook, "kitchen", "2468")
    batch = _log_batch(qtbot, window, screen, h, 100)
    tap(qtbot, window, "kitchen_today")
    idle(qtbot)
    [row] = table_texts(screen.view.today.batches)
    assert row[:3] == [batch.lot.code, "Dal v1", "100"]
    assert row[5].startswith("awaiting checks: no end of cooking (core) temperature")
    screen.view.today.batches_table.selectRow(0)
    index = screen.view.today.batches.index(0, 0)
    screen.view.today.batches_table.clicked.emit(index)  # a tap on the row
    page = screen.batch_page
    qtbot.waitUntil(lambda: page.record is not None and page.record.batch.id == batch.id,
                    timeout=5000)
    cooked = _clock(batch)
    _record(qtbot, window, page, "core", "80", cooked)
    _record(qtbot, window, page, "cooling", "14", cooked.addSecs(60))
    status = page.view.status.text()
    assert status.startswith("ON HOLD: cooling check failed at")
    assert "14 °C" in status and "with no corrective action" in status
    assert page.view.action_box.isVisible()

    tap(qtbot, window, "batch_labels")
    idle(qtbot)
    assert page.print_dialog is None  # refused by the core, and said why
    banner = screen.view.banner.text()
    assert banner.startswith(f"Meal batch {batch.lot.code} is on hold: ")
    assert "cooling check failed" in banner
    tap(qtbot, window, "dispatch_go")
    idle(qtbot)
    assert Movement.select().where(Movement.kind == "issue").count() == 0

    page.view.action_text.setText("Blast-chilled to 2 °C within 20 minutes")
    tap(qtbot, window, "corrective_record")
    idle(qtbot)
    assert MealBatch.get_by_id(batch.id).status == "ready"
    assert page.view.status.text() == "Released: labels and dispatch are allowed."
    assert not page.view.action_box.isVisible()
    assert table_texts(page.view.checks)[1][5] == "Blast-chilled to 2 °C within 20 minutes"
    tap(qtbot, window, "batch_labels")
    idle(qtbot)
    assert page.print_dialog is not None
    qtbot.waitUntil(lambda: len(page.print_dialog.labels) == 20, timeout=5000)
    page.print_dialog.reject()

    page.view.dispatch_portions.setValue(60)
    page.view.dispatch_receiver.setText("Samir")
    tap(qtbot, window, "dispatch_go")
    idle(qtbot)
    issue = Movement.get(Movement.kind == "issue")
    assert issue.quantity == -60 and issue.lot_id == batch.lot_id
    qtbot.waitUntil(lambda: page.record.batch.left == 40, timeout=5000)

    page.view.discard_portions.setValue(5)
    page.view.discard_reason.setCurrentIndex(page.view.discard_reason.findData("spoiled"))
    tap(qtbot, window, "discard_go")
    idle(qtbot)
    loss = Movement.get(Movement.kind == "loss")
    assert (loss.quantity, loss.reason, loss.lot_id) == (-5, "spoiled", batch.lot_id)
    qtbot.waitUntil(lambda: page.record.batch.left == 35, timeout=5000)

    translation.set_language("fr")  # what the screen wrote itself follows the language too
    qtbot.waitUntil(lambda: page.view.status.text().startswith("Libéré :"), timeout=2000)
    assert page.view.check_kind.itemText(0) == "fin de cuisson (à cœur)"
    assert table_texts(screen.view.today.batches)[0][5].startswith("Libéré")


def _clock(batch: MealBatch) -> QTime:
    """The batch's cooking time on the kitchen's (the hangar's) clock, as the lead reads it."""
    at = clock.local(MealBatch.get_by_id(batch.id).cooked_at)
    return QTime(at.hour, at.minute)


def test_recipes_are_written_on_the_form_and_a_batch_label_scan_opens_its_batch(
        qtbot, make_window, db_url, pin_hangar, kitchen_hangar):
    from models import Recipe
    from tests.ui.intake.driving import scan, type_slowly

    h = kitchen_hangar
    window = open_window(qtbot, make_window, db_url)
    screen = sign_in_and_open(qtbot, window, h.cook, "kitchen", "2468")
    tap(qtbot, window, "kitchen_recipes")
    page = screen.recipes_page
    v = page.view
    assert table_texts(v.recipes)[0][:2] == ["Dal", "1"]
    assert table_texts(v.recipes)[0][5] == "gluten, celery, mustard"  # derived, in Annex order

    tap(qtbot, window, "recipe_new")
    idle(qtbot)
    v.name.setText("Rice with mustard")
    v.dish.setCurrentIndex(v.dish.findData(h.dal.id))
    v.holding.setCurrentIndex(v.holding.findData("hot_held"))
    v.rule.setCurrentIndex(v.rule.findData("hours_after"))
    v.amount.setValue(4)
    for text, quantity, basis in (("rice", "0,12", "per_portion"),
                                  ("mustard", "0.2", "per_batch")):
        v.search.clear()
        type_slowly(qtbot, v.search, text, gap_ms=5)
        qtbot.waitUntil(lambda: v.found.count() > 0, timeout=5000)
        idle(qtbot)
        v.quantity.setText(quantity)
        v.basis.setCurrentIndex(v.basis.findData(basis))
        tap(qtbot, window, "ingredient_add")
    assert v.allergens.text() == "Allergens of the dish: mustard"
    tap(qtbot, window, "recipe_save")
    idle(qtbot)
    made = Recipe.get(Recipe.name == "Rice with mustard")
    assert (made.holding_mode, made.use_by_rule, made.use_by_amount) == ("hot_held",
                                                                        "hours_after", 4)
    qtbot.waitUntil(lambda: len(table_texts(v.recipes)) == 2, timeout=5000)
    assert screen.log_page.buttons.keys() == {h.dal_recipe.id, made.id}  # offered to cook

    v.recipes_table.selectRow([r[0] for r in table_texts(v.recipes)].index("Dal"))
    tap(qtbot, window, "recipe_revise")
    assert v.form_title.text().startswith("Dal: version 2")
    v.lines_table.selectRow(4)  # the mustard seeds
    tap(qtbot, window, "ingredient_remove")
    assert v.allergens.text() == "Allergens of the dish: gluten, celery"
    tap(qtbot, window, "recipe_save")
    idle(qtbot)
    dal = Recipe.get((Recipe.name == "Dal") & Recipe.current)
    assert dal.version == 2 and len(dal.ingredients) == 4
    assert not Recipe.get_by_id(h.dal_recipe.id).current

    batch = kitchen_desk.cook(h.cook, dal.id, 10, "", h.kit.id)
    window.activateWindow()
    screen.setFocus()
    scan(qtbot, window, "L" + batch.code)
    qtbot.waitUntil(lambda: screen.batch_page.record is not None
                    and screen.batch_page.record.batch.id == batch.id, timeout=5000)
    assert screen.batch_page.view.code.text() == batch.code
