"""`warehouse-app` with no subcommand: the desktop window.

The window is shown before the database is opened (that runs on a worker thread), so
it appears at once whatever the database's size or the server's distance; it is
usable as soon as the sign-in screen shows its organisations (`MainWindow.ready`).
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtWidgets import QApplication

from ui import operations, style, translation
from ui.collector import GuiThreadCollector
from ui.context import AppContext
from ui.main_window import ActivityWatcher, MainWindow
from ui.scanner import ScannerFilter
from warehouse_app import config

log = logging.getLogger("hangar.ui")


def build(db_url: str | None, *, app: QApplication | None = None,
          sound: bool = True) -> tuple[QApplication, MainWindow]:
    """The application and its window, not yet shown (tests and screenshots use this)."""
    app = app or QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Hangar")
    app.setOrganizationName("Hangar")
    settings = config.load_workstation_settings()  # one small JSON file
    translation.set_language(settings.get("language"))
    style.apply(app)
    ctx = AppContext(db_url=config.resolve_db_url(db_url), settings=settings)
    ctx.scanner = ScannerFilter(ctx.scanner_settings(), parent=app)
    app.installEventFilter(ctx.scanner)
    watcher = ActivityWatcher(ctx, parent=app)
    app.installEventFilter(watcher)
    if not any(isinstance(c, GuiThreadCollector) for c in app.children()):
        GuiThreadCollector(parent=app).start()
    window = MainWindow(ctx, sound=sound)
    return app, window


def dispose(app: QApplication, window: MainWindow) -> None:
    """Take the window's application-wide filters out again (tests build many windows)."""
    for obj in app.children():
        if isinstance(obj, (ScannerFilter, ActivityWatcher)):
            app.removeEventFilter(obj)
            obj.deleteLater()
        elif isinstance(obj, GuiThreadCollector):
            obj.stop()
            obj.setParent(None)
    window.close()
    window.deleteLater()


def run(db_url: str | None) -> int:
    started = time.perf_counter()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app, window = build(db_url)
    window.ready.connect(
        lambda: log.info("window usable after %.0f ms", (time.perf_counter() - started) * 1000)
    )
    window.showMaximized()
    window.open_database()
    code = app.exec()
    window.ctx.session.sign_out()
    operations.wait_for_all()
    return code
