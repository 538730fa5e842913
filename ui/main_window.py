"""The main window: opens the database, then sign-in, then the hangar's jobs.

Pages: start (opening, or why it cannot open), first run, sign-in, standalone
settings, and the workspace of a signed-in person. Scans from anywhere arrive in
`on_scanned` and go to the current screen, else to the Scan screen. F1 or the Help
button shows the help of the screen in front of the person (ui.help).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from ui import nav
from ui.context import AppContext, display_url
from ui.feedback import ScanFeedback
from ui.help import FIRST_RUN, SIGN_IN
from ui.help_dialog import HelpDialog
from ui.messages import describe
from ui.operations import run_op
from ui.screens.first_run import FirstRunScreen
from ui.screens.settings import SettingsScreen
from ui.screens.sign_in import SignInScreen
from ui.screens.start import StartPage
from ui.vocabulary import role_name
from ui.workspace import Workspace
from warehouse_app import backup
from warehouse_app.database import NotInitialised, SchemaTooNew, open_database

log = logging.getLogger(__name__)

ICON = Path(__file__).parent / "resources" / "hangar.png"  # packaging/render_icons.py


class MainWindow(QMainWindow):
    ready = Signal()  # the sign-in screen shows its choices: the window is usable
    backup_delay_ms = 60_000  # the automatic daily backup, this long after the database opens

    def __init__(self, ctx: AppContext, *, sound: bool = True):
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowIcon(QIcon(str(ICON)))
        self.resize(1280, 800)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage()
        self.first_run: FirstRunScreen | None = None
        self.sign_in = SignInScreen(ctx)
        self.workspace = Workspace()
        self.standalone_settings: SettingsScreen | None = None
        self.screens: dict[str, QWidget] = {}
        self.current_key: str | None = None
        self.help_dialog: HelpDialog | None = None
        for page in (self.start_page, self.sign_in, self.workspace):
            self.pages.addWidget(page)
        self.feedback = ScanFeedback(self, sound=sound)
        self._build_status_bar()

        self.start_page.retry.connect(self.open_database)
        self.start_page.settings_asked.connect(self.show_standalone_settings)
        self.sign_in.signed_in.connect(self.enter_workspace)
        self.sign_in.settings_asked.connect(self.show_standalone_settings)
        self.sign_in.choices_shown.connect(self.ready)
        self.workspace.screen_chosen.connect(self.show_screen)
        self.workspace.switch_person.connect(self.switch_person)
        self.workspace.sign_out.connect(self.ctx.session.end_shift)
        self.workspace.help_asked.connect(self.show_help)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_help)
        ctx.session.changed.connect(self._session_changed)
        if ctx.scanner is not None:
            ctx.scanner.scanned.connect(self.on_scanned)
        self.retranslate()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.person_label = QLabel()
        self.person_label.setObjectName("status_person")
        self.organisation_label = QLabel()
        self.organisation_label.setObjectName("status_organisation")
        self.database_label = QLabel()
        self.database_label.setObjectName("status_database")
        bar.addWidget(self.person_label)
        bar.addWidget(self.organisation_label)
        bar.addPermanentWidget(self.database_label)

    # -- opening the database ------------------------------------------------------------
    def open_database(self) -> None:
        self.pages.setCurrentWidget(self.start_page)
        self.start_page.show_opening(display_url(self.ctx.db_url))
        self._update_status()
        run_op(self, open_database, self.ctx.db_url,
               on_success=self._database_open, on_failure=self._database_failed)

    def _database_open(self, _db: object) -> None:
        self.show_sign_in()
        # the day's backup of a file database, a little after start: copying a large file
        # at once would slow the start itself (a second window launch on 1M movements)
        QTimer.singleShot(self.backup_delay_ms, self._daily_backup)

    def _daily_backup(self) -> None:
        run_op(self, backup.automatic_daily_backup, serial=False, quiet=True,
               on_failure=self._backup_failed)

    def _backup_failed(self, error: Exception) -> None:
        log.warning("the daily backup failed: %s", error)
        self.statusBar().showMessage(self.tr("The daily backup failed: {problem}").format(
            problem=describe(error)))

    def _database_failed(self, error: Exception) -> None:
        if isinstance(error, NotInitialised):
            self.show_first_run()
            return
        if isinstance(error, SchemaTooNew):
            problem = self.tr(
                "This database was written by a newer version of Hangar (schema {found}; this "
                "one knows up to {supported}). Nothing was changed in it. Install the newer "
                "Hangar on this computer, or choose another database in Settings."
            ).format(found=error.found, supported=error.supported)
        else:
            problem = describe(error) if hasattr(error, "code") else str(error).strip()
        self.start_page.show_problem(display_url(self.ctx.db_url), problem or repr(error))

    def reopen(self, url: str) -> None:
        """Another database was chosen in the settings: sign out and open it."""
        self.ctx.db_url = url
        self.ctx.session.end_shift()
        self.screens_reset()
        self.open_database()

    # -- pages ---------------------------------------------------------------------------
    def show_first_run(self) -> None:
        if self.first_run is None:
            self.first_run = FirstRunScreen(self.ctx)
            self.first_run.created.connect(self.show_sign_in)
            self.first_run.settings_asked.connect(self.show_standalone_settings)
            self.pages.addWidget(self.first_run)
        self.pages.setCurrentWidget(self.first_run)

    def show_sign_in(self) -> None:
        self.pages.setCurrentWidget(self.sign_in)
        self.sign_in.load()

    def show_standalone_settings(self) -> None:
        if self.standalone_settings is None:
            self.standalone_settings = SettingsScreen(self.ctx, standalone=True)
            self.standalone_settings.done.connect(self._leave_standalone_settings)
            self.standalone_settings.database_url_changed.connect(self.reopen)
            self.pages.addWidget(self.standalone_settings)
        self.standalone_settings.populate()
        self.pages.setCurrentWidget(self.standalone_settings)

    def _leave_standalone_settings(self) -> None:
        self.open_database()

    def enter_workspace(self) -> None:
        user = self.ctx.session.user
        entries = [(s.key, s.title_text()) for s in nav.available_screens(user)]
        self.workspace.set_nav(entries)
        self.pages.setCurrentWidget(self.workspace)
        if entries:
            # the next volunteer of a shift carries on at the same desk; anyone else starts
            # on their own first job (a coordinator on Today), not on the last person's
            keep = self.ctx.session.shift_mode and self.current_key in dict(entries)
            self.show_screen(self.current_key if keep else entries[0][0])

    def _app_filters(self) -> list[QObject]:
        """This window's application-wide filters, in the order they were installed (the
        scanner's, then the activity watcher; ui.app.build)."""
        app = QCoreApplication.instance()
        watchers = [o for o in app.children()
                    if isinstance(o, ActivityWatcher) and o.ctx is self.ctx]
        return [f for f in (self.ctx.scanner, *watchers) if f is not None]

    def show_screen(self, key: str) -> None:
        spec = next(s for s in nav.SCREENS if s.key == key)
        screen = self.screens.get(key)
        if screen is None:
            with app_filters_asleep(self._app_filters()):
                screen = spec.build(self.ctx)
                if isinstance(screen, SettingsScreen):
                    screen.database_url_changed.connect(self.reopen)
                self.screens[key] = screen
                self.workspace.screens.addWidget(screen)
                self.workspace.screens.setCurrentWidget(screen)
        self.workspace.screens.setCurrentWidget(screen)
        self.workspace.mark_current(key)
        self.current_key = key

    def screens_reset(self) -> None:
        for screen in self.screens.values():
            self.workspace.screens.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        self.current_key = None

    def switch_person(self) -> None:
        self.ctx.session.sign_out()

    def _session_changed(self) -> None:
        self._update_status()
        if not self.ctx.session.signed_in and self.pages.currentWidget() is self.workspace:
            self.show_sign_in()
        elif self.ctx.session.signed_in:
            self._show_person()

    # -- help ----------------------------------------------------------------------------
    def help_key(self) -> str:
        """The screen in front of the person, as ui.help knows it."""
        page = self.pages.currentWidget()
        if page is self.workspace and self.current_key:
            return self.current_key
        if page is self.standalone_settings and page is not None:
            return "settings"
        if page is self.start_page or (page is self.first_run and page is not None):
            return FIRST_RUN
        return SIGN_IN

    def show_help(self) -> None:
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show_help(self.help_key())

    # -- scans ---------------------------------------------------------------------------
    def on_scanned(self, code: str) -> None:
        page = self.pages.currentWidget()
        if page is self.standalone_settings and page is not None:
            page.on_scan(code)
            return
        if page is not self.workspace:
            return  # nothing to do with a scan before someone signs in
        screen = self.screens.get(self.current_key or "")
        handler = getattr(screen, "on_scan", None)
        if handler is not None and handler(code):
            return
        if "scan" in self.workspace.nav_buttons:
            self.show_screen("scan")
            self.screens["scan"].on_scan(code)

    # -- texts ---------------------------------------------------------------------------
    def _show_person(self) -> None:
        user = self.ctx.session.user
        if user is None:
            return
        org = user.organisation
        self.workspace.show_person(user.name, role_name(user.role), org.name, org.colour,
                                   self.ctx.session.shift_mode)

    def _update_status(self) -> None:
        user = self.ctx.session.user
        if user is None:
            self.person_label.setText(self.tr("Nobody signed in"))
            self.organisation_label.clear()
        else:
            self.person_label.setText(self.tr("Signed in: {name} ({role})").format(
                name=user.name, role=role_name(user.role)))
            self.organisation_label.setText(self.tr("Organisation: {name}").format(
                name=user.organisation.name))
        self.database_label.setText(self.tr("Database: {url}").format(
            url=display_url(self.ctx.db_url)))

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hangar"))
        self._update_status()
        self._show_person()
        for spec in nav.SCREENS:
            if spec.key in self.workspace.nav_buttons:
                self.workspace.nav_buttons[spec.key].setText(spec.title_text())


@contextmanager
def app_filters_asleep(filters: list[QObject]) -> Iterator[None]:
    """Take the application-wide filters (the scanner's, the activity watcher) out while
    a screen is built and first shown. Building sends its widgets tens of thousands of
    internal events (polish, child added, layout), each of which crossed both Python
    filters: they made a first open 2-3 times slower (the Kitchen 300 ms instead of
    115). They only look at key presses and clicks, and none can be delivered while the
    GUI thread is busy building; what the person types meanwhile waits in the queue and
    meets the filters as usual. Only the filters given are touched: a filter taken out
    for good (a closed window's, in tests) must not come back."""
    app = QCoreApplication.instance()
    for f in filters:
        app.removeEventFilter(f)
    try:
        yield
    finally:
        for f in filters:  # in creation order again: the same order of precedence
            app.installEventFilter(f)


class ActivityWatcher(QObject):
    """Any key or click pushes the idle sign-out back (an application event filter)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt override: camelCase
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.ctx.session.touch()
        return False
