"""Fixtures of the UI tests: a workstation data folder per test, windows built the way
`warehouse-app` builds them (and taken apart after), operations inline on request."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def workstation(tmp_path, monkeypatch):
    """A fresh HANGAR_DATA_DIR (workstation.json lives there); English afterwards."""
    monkeypatch.setenv("HANGAR_DATA_DIR", str(tmp_path / "workstation"))
    monkeypatch.delenv("WAREHOUSE_DB_URL", raising=False)
    yield tmp_path / "workstation"
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from ui import translation

        _delete_doomed_widgets()
        translation.set_language("en")


def _delete_doomed_widgets() -> None:
    """Delete now what was deleteLater()'d: a language switch would otherwise send
    LanguageChange to windows half taken apart (a crash: free(): invalid pointer)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def inline_ops():
    """Operations run synchronously on the GUI thread (the real path has its own tests)."""
    from ui import operations

    operations.set_inline(True)
    yield
    operations.set_inline(False)


@pytest.fixture
def make_window(qapp, qtbot):
    """make_window(db_url) -> MainWindow, shown, its database being opened."""
    from ui import operations
    from ui.app import build, dispose

    built = []

    def make(db_url: str, *, open_db: bool = True):
        app, window = build(db_url, app=qapp, sound=False)
        # the automatic daily backup waits a minute in real use; a long test must not have
        # it start while its window is taken apart (tests/ui/test_daily_backup.py sets its own)
        window.backup_delay_ms = 2_000_000_000
        built.append(window)
        qtbot.addWidget(window)
        window.show()
        if open_db:
            window.open_database()
        return window

    yield make
    operations.wait_for_all(10_000)
    qapp.processEvents()
    for window in built:
        dispose(qapp, window)
    _delete_doomed_widgets()


@pytest.fixture
def pin_hangar(hangar):
    """The factories' small hangar, with PINs for the people whose role needs one."""
    from models import PIN_ROLES, User
    from warehouse_app.users import PIN_HASHER

    pin_hash = PIN_HASHER.hash("2468")
    User.update(pin_hash=pin_hash).where(User.role.in_(sorted(PIN_ROLES))).execute()
    return hangar


@pytest.fixture(scope="session")
def french_qm():
    """The compiled French file: the one `make translations` built, else built here."""
    import subprocess
    import sys
    from pathlib import Path

    from ui import translation

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in Path(translation.I18N_DIR).glob("*_fr.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return translation.qm_path("fr")
