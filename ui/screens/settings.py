"""Settings of this workstation (workstation.json): database, printer and label size,
language, scanner. Saving is an operation; the language and scanner options apply at
once, a new database is opened by the main window when `database_url_changed` fires."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from models.db import sqlite_path, sqlite_url
from ui import translation
from ui.context import AppContext, save_settings
from ui.messages import describe
from ui.operations import run_op
from ui.scanner import ScannerSettings
from ui.screens.base import Screen
from ui.screens.settings_view import SettingsView
from warehouse_app import config
from warehouse_app.errors import HangarError
from warehouse_app.ui_queries import ConnectionReport, test_connection

PDF_PRINTER = "pdf"  # the settings value for "save labels as PDF files"


def label_sizes() -> list[tuple[str, str]]:
    """(key, how a person names it) of every label stock labels/ can print."""
    from labels.sizes import SIZES  # imported late: imported when the screen opens

    return [(key, size.label) for key, size in SIZES.items()]


def installed_printers() -> list[str]:
    """Runs on a worker: asking the print system can take seconds (a network printer)."""
    from ui.printing import printer_names  # imported late: loads the print system

    return printer_names()


class SettingsScreen(Screen):
    database_url_changed = Signal(str)
    done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 standalone: bool = False):
        super().__init__(ctx, SettingsView, parent)
        self.view.back_button.setVisible(standalone)
        self.view.save_asked.connect(self.save)
        self.view.back_asked.connect(self.done)
        self.view.test_asked.connect(self.test_database)
        self.view.browse_asked.connect(self.browse)
        self.view.test_field.returnPressed.connect(self._typed_in_test_field)
        self.populate()

    # -- reading the settings into the form ----------------------------------------------
    def populate(self) -> None:
        s = self.ctx.settings
        v = self.view
        url = s.get("database_url") or self.ctx.db_url
        if url.startswith("sqlite:"):
            v.sqlite_radio.setChecked(True)
            v.sqlite_path.setText(sqlite_path(url))
        else:
            v.postgres_radio.setChecked(True)
            v.postgres_url.setText(url)
        if not v.sqlite_path.text():
            v.sqlite_path.setText(str(config.default_sqlite_path()))
        v.printer.clear()
        v.printer.addItem(self.tr("PDF file (no printer)"), PDF_PRINTER)
        saved = s.get("printer", PDF_PRINTER)
        if saved != PDF_PRINTER:  # shown at once; the installed ones join it when listed
            v.printer.addItem(saved, saved)
        self._select(v.printer, saved)
        run_op(self, installed_printers, on_success=self._add_printers, serial=False)
        v.label_size.clear()
        for key, text in label_sizes():
            v.label_size.addItem(text, key)
        self._select(v.label_size, s.get("label_size", "62x100"))
        self._select(v.language, translation.current_language())
        scanner = ScannerSettings.from_dict(s.get("scanner"))
        v.gap.setValue(scanner.gap_ms)
        v.min_length.setValue(scanner.min_length)
        v.prefix.setText(scanner.prefix)
        v.suffix.setText(scanner.suffix)
        v.test_result.clear()
        v.saved_note.clear()

    def _add_printers(self, names: list[str]) -> None:
        combo = self.view.printer
        for name in names:
            if combo.findData(name) < 0:
                combo.addItem(name, name)

    @staticmethod
    def _select(combo, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def chosen_url(self) -> str:
        v = self.view
        if v.sqlite_radio.isChecked():
            return sqlite_url(Path(v.sqlite_path.text().strip()).expanduser())
        return v.postgres_url.text().strip()

    def form_settings(self) -> dict:
        v = self.view
        settings = self.ctx.settings_copy()
        settings["database_url"] = self.chosen_url()
        settings["printer"] = v.printer.currentData()
        settings["label_size"] = v.label_size.currentData()
        settings["language"] = v.language.currentData()
        settings["scanner"] = ScannerSettings(
            enabled=True, gap_ms=v.gap.value(), min_length=v.min_length.value(),
            prefix=v.prefix.text(), suffix=v.suffix.text(),
        ).to_dict()
        return settings

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> None:
        run_op(self, save_settings, self.form_settings(), on_success=self._saved,
               changes=("settings",))

    def _saved(self, settings: dict) -> None:
        old_url = self.ctx.db_url
        self.ctx.settings = settings
        if self.ctx.scanner is not None:
            self.ctx.scanner.configure(self.ctx.scanner_settings())
        translation.set_language(settings["language"])  # LanguageChange re-reads every text
        self.view.saved_note.setText(self.tr("Saved."))
        if settings["database_url"] != old_url:
            self.database_url_changed.emit(settings["database_url"])

    def test_database(self) -> None:
        self.view.test_result.setText(self.tr("Connecting…"))
        run_op(self, test_connection, self.chosen_url(), on_success=self._tested,
               on_failure=self._test_failed, serial=False)

    def _tested(self, report: ConnectionReport) -> None:
        if not report.exists:
            text = self.tr("No database there yet: Hangar will offer to create it.")
        elif report.schema_version == 0:
            text = self.tr("Connected. The database is empty: Hangar will set it up.")
        elif report.schema_version > report.latest:
            text = self.tr("Connected, but this database is newer than this program: update Hangar.")
        else:
            text = self.tr("Connected: a Hangar database (version {version}).").format(
                version=report.schema_version)
        self.view.test_result.setText("✔ " + text)

    def _test_failed(self, error: Exception) -> None:
        reason = describe(error) if isinstance(error, HangarError) else str(error).strip()
        self.view.test_result.setText("✖ " + QCoreApplication.translate(
            "SettingsScreen", QT_TRANSLATE_NOOP("SettingsScreen", "Cannot connect: {reason}")
        ).format(reason=reason.splitlines()[0] if reason else type(error).__name__))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Hangar database file"), self.view.sqlite_path.text(),
            self.tr("Hangar database (*.db)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.view.sqlite_path.setText(path)
            self.view.sqlite_radio.setChecked(True)

    # -- scanning ------------------------------------------------------------------------
    def on_scan(self, code: str) -> bool:
        self.view.scan_result.setText(self.tr("Scanned: {code}").format(code=code))
        return True

    def _typed_in_test_field(self) -> None:
        self.view.scan_result.setText(self.tr("Typed, not scanned: {text}").format(
            text=self.view.test_field.text()))
