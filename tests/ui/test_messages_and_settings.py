"""Refusals become sentences; the settings screen saves the workstation's file and
applies language and scanner options at once; the first run creates a hangar."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from PySide6.QtCore import Qt

from ui import messages
from warehouse_app import errors


def _codes() -> set[str]:
    found, todo = set(), [errors.HangarError]
    while todo:
        cls = todo.pop()
        found.add(cls.code)
        todo.extend(cls.__subclasses__())
    return found - {"error"}


def test_every_core_refusal_has_a_sentence(qapp):
    import importlib
    import pkgutil

    import warehouse_app

    for module in pkgutil.walk_packages(warehouse_app.__path__, "warehouse_app."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)  # every error class of the core is known
    missing = sorted(_codes() - set(messages.TEMPLATES))
    assert not missing, f"add templates to ui/messages.py for: {missing}"


def test_facts_are_written_for_people(qapp):
    text = messages.describe(errors.InsufficientStock(
        "Soap bar", "AID", Decimal("2.500"), Decimal("5"), "piece", where="LOC-A-01-1"))
    assert text == "Not enough Soap bar of AID LOC-A-01-1: 2.5 piece there, 5 piece asked."
    assert "October 2026" in messages.describe(errors.PeriodClosed("AID", dt.date(2026, 10, 1)))
    assert messages.describe(ValueError("x")) == "Something unexpected went wrong."


def test_settings_are_saved_and_applied(qtbot, inline_ops, workstation, tmp_path):
    from ui.context import AppContext
    from ui.scanner import ScannerFilter
    from ui.screens.settings import SettingsScreen
    from warehouse_app import config

    ctx = AppContext(db_url="sqlite:///" + str(tmp_path / "a.db"))
    ctx.scanner = ScannerFilter(ctx.scanner_settings())
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    changed = []
    screen.database_url_changed.connect(changed.append)
    v = screen.view
    v.sqlite_path.setText(str(tmp_path / "b.db"))
    v.gap.setValue(45)
    v.prefix.setText("#")
    v.language.setCurrentIndex(v.language.findData("fr"))
    v.label_size.setCurrentIndex(v.label_size.findData("50x25"))
    qtbot.mouseClick(v.save_button, Qt.MouseButton.LeftButton)
    saved = json.loads(config.settings_path().read_text())
    assert saved["database_url"].endswith("/b.db")
    assert saved["scanner"]["gap_ms"] == 45 and saved["scanner"]["prefix"] == "#"
    assert saved["language"] == "fr" and saved["label_size"] == "50x25"
    assert saved["printer"] == "pdf"
    assert ctx.scanner.settings.gap_ms == 45  # applied without a restart
    assert changed == [saved["database_url"]]
    assert config.resolve_db_url() == saved["database_url"]


def test_test_connection_says_what_is_there(qtbot, db_url):
    from ui.context import AppContext
    from ui.screens.settings import SettingsScreen

    screen = SettingsScreen(AppContext(db_url=db_url))
    qtbot.addWidget(screen)
    v = screen.view
    if db_url.startswith("postgresql"):
        v.postgres_radio.setChecked(True)
        v.postgres_url.setText(db_url)
    screen.test_database()
    qtbot.waitUntil(lambda: v.test_result.text().startswith(("✔", "✖")), timeout=10_000)
    assert v.test_result.text().startswith("✔ Connected: a Hangar database"), v.test_result.text()
    v.postgres_radio.setChecked(True)
    v.postgres_url.setText("mysql://nowhere/x")
    screen.test_database()
    qtbot.waitUntil(lambda: v.test_result.text().startswith("✖"), timeout=10_000)
    assert "unsupported database URL" in v.test_result.text()


def test_first_run_creates_an_empty_hangar_then_signs_in(qtbot, make_window, tmp_path):
    from models.db import sqlite_url

    window = make_window(sqlite_url(tmp_path / "new" / "hangar.db"))
    qtbot.waitUntil(lambda: window.first_run is not None
                    and window.pages.currentWidget() is window.first_run, timeout=10_000)
    screen = window.first_run
    qtbot.mouseClick(screen.empty_button, Qt.MouseButton.LeftButton)
    screen.code_field.setText("aid")
    screen.name_field.setText("Aid Without Borders")
    screen.admin_field.setText("Ada")
    screen.pin_field.setText("1234")
    screen.pin_again_field.setText("1235")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in screen.form_error.text()
    screen.pin_again_field.setText("1234")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.sign_in
    assert [org.code for org, _ in window.sign_in.choices] == ["AID"]


def test_a_refused_coordinator_is_sent_to_an_administrator(qapp):
    from ui.messages import describe
    from warehouse_app.errors import PermissionDenied

    assert describe(PermissionDenied("Colette", "coordinator", "manage_organisations")) == (
        "Colette (Coordinator) may not manage organisations. Ask an administrator.")
    assert describe(PermissionDenied("Vera", "volunteer", "adjust", "AID")).endswith(
        "Ask a coordinator.")
