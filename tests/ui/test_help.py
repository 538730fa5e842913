"""The in-app help: every screen of the navigation has its help in English and French;
F1 and the Help button open the help of the screen in front of the person, in the
language of the window. And a database from a newer Hangar is refused in a sentence,
in both languages, not a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models.migrations import LATEST
from tests.ui.intake.driving import sign_in_and_open_intake, tap
from ui import help, nav
from ui.i18n_catalogues import finished, ts_path


def test_every_screen_and_the_sign_in_have_help_in_english_and_french(qapp, french_qm):
    assert set(help.HELP) == {spec.key for spec in nav.SCREENS} | {help.SIGN_IN, help.FIRST_RUN}
    french = finished(ts_path("help"))
    sources = [text for entry in help.HELP.values() for text in entry.texts()]
    sources += [help.SIGN_IN_TITLE, help.FIRST_RUN_TITLE, *help.HEADINGS]
    untranslated = [s for s in sources if not french.get(("Help", s), "").strip()]
    assert not untranslated
    for entry in help.HELP.values():
        assert 2 <= len(entry.steps) <= 5  # a few steps a first-day volunteer can follow


def test_f1_on_receive_opens_its_help(qtbot, make_window, db_url, pin_hangar):
    window, _intake = sign_in_and_open_intake(qtbot, make_window, db_url, pin_hangar)
    QTest.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    assert dialog.title.text() == "Receive"
    text = dialog.text.toPlainText()
    assert "Record a donation as it arrives" in text
    assert "Tap Finish: the receipt is saved" in text
    tap(qtbot, window, "help_close")
    assert not dialog.isVisible()
    # another screen, the Help button: that screen's help
    tap(qtbot, window, "nav_scan")
    tap(qtbot, window, "help_button")
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.title.text() == "Scan"
    assert "Scan any label to see what it is" in dialog.text.toPlainText()


def test_help_in_french(qtbot, make_window, db_url, pin_hangar, french_qm):
    from ui import translation

    window, _intake = sign_in_and_open_intake(qtbot, make_window, db_url, pin_hangar)
    translation.set_language("fr")
    qtbot.waitUntil(lambda: window.workspace.help_button.text() == "? Aide", timeout=2000)
    tap(qtbot, window, "help_button")
    dialog = window.help_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.title.text() == "Réception"
    text = dialog.text.toPlainText()
    assert "Enregistrer un don à son arrivée" in text and "Pas à pas" in text
    assert "Record a donation" not in text
    assert dialog.close_button.text() == "Fermer"
    # switching back while it is open re-reads it
    translation.set_language("en")
    qtbot.waitUntil(lambda: "Record a donation as it arrives" in dialog.text.toPlainText(),
                    timeout=2000)


def test_f1_on_the_sign_in_page(qtbot, make_window, db_url, pin_hangar):
    window = make_window(db_url)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible(),
                    timeout=3000)
    assert window.help_dialog.title.text() == "Signing in"


def test_a_database_from_a_newer_hangar_is_refused_in_a_sentence(
        qtbot, make_window, db_url, pin_hangar, french_qm):
    from models.db import database
    from ui import translation
    from warehouse_app.database import close_database

    database.execute_sql(f"UPDATE schema_version SET version = {LATEST + 7}")
    close_database()
    window = make_window(db_url)
    start = window.start_page
    qtbot.waitUntil(lambda: start.problem.isVisible(), timeout=10_000)
    assert window.pages.currentWidget() is start
    assert start.problem.text() == (
        f"This database was written by a newer version of Hangar (schema {LATEST + 7}; this "
        f"one knows up to {LATEST}). Nothing was changed in it. Install the newer Hangar on "
        "this computer, or choose another database in Settings.")
    translation.set_language("fr")
    qtbot.mouseClick(start.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version plus récente de Hangar" in start.problem.text(),
                    timeout=10_000)
    assert f"schéma {LATEST + 7}" in start.problem.text()
    QTest.keyClick(window, Qt.Key.Key_F1)  # the help of this page says what to do
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible(),
                    timeout=3000)
    assert window.help_dialog.title.text() == "Démarrer Hangar"
    assert "Réessayer" in window.help_dialog.text.toPlainText()
