"""Give out: stock of one organisation (one the person may give out for) to a site or
partner. Lines come from scans (a product, a lot, a whole box) or from the item search
with a quantity; the core checks each line as it would pick it, first expired first
out, and says which cannot be given and why (expired, not enough, another NGO's box);
nothing is posted until Finish, and the core refuses again there if need be. Then the
release note: shown, saved as a PDF and printable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ui.context import AppContext
from ui.operations import run_op
from ui.printing import printer_names
from ui.screens.base import ScanningScreen
from ui.screens.goods_out.distribution.building import BuildingLines
from ui.screens.goods_out.distribution.note import (
    default_folder,
    note_texts,
    print_note,
    release_note_html,
    write_pdf,
)
from ui.screens.goods_out.distribution.view import LINES_PAGE, NOTE_PAGE, DistributionView
from ui.widgets import two_lines
from warehouse_app.goods_out.desk import (
    GiveOutChoices,
    StockLine,
    accept_picks,
    add_destination,
    give_out,
    give_out_choices,
)
from warehouse_app.goods_out.distribution import ReleaseNote


class DistributionScreen(BuildingLines, ScanningScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, DistributionView, parent)
        self._set_up_lines()
        self.choices: GiveOutChoices | None = None
        self.note: ReleaseNote | None = None
        self.pdf_path: Path | None = None
        v = self.view
        v.owner_changed.connect(self.recheck)
        v.add_destination_asked.connect(self.add_destination)
        v.accept_asked.connect(self.accept)
        v.finish_asked.connect(self.finish)
        v.save_pdf_asked.connect(self.save_pdf_as)
        v.print_asked.connect(self.print_note)
        v.open_folder_asked.connect(self.open_folder)
        v.new_asked.connect(self.new_distribution)
        ctx.session.changed.connect(self.start_over)
        self.start_over()

    def start_over(self) -> None:
        """Another person (the screen outlives a sign-in): their choices, no lines."""
        self.choices = None
        self.new_distribution()
        if self.actor is not None:
            run_op(self, give_out_choices, self.actor, on_success=self._choices_loaded)

    def lines_owner(self) -> int | None:
        return self.view.owner.currentData()

    def lines_action(self) -> str:
        return "distribute"

    def _choices_loaded(self, choices: GiveOutChoices) -> None:
        self.choices = choices
        v = self.view
        v.owner.blockSignals(True)
        v.owner.clear()
        for owner_id, code, name in choices.owners:
            v.owner.addItem(f"{code} · {two_lines(name, 40)}", owner_id)
        v.owner.blockSignals(False)
        self._fill_destinations(choices.destinations)
        v.destination_adder.setVisible(choices.may_add_destination)
        if choices.owners:
            self.say(self.tr("Scan what you give out, or choose an item on the right."), "info")
        else:
            self.say(self.tr("You may not give out any organisation's stock."), "problem")

    def _fill_destinations(self, destinations, chosen: int | None = None) -> None:
        combo = self.view.destination
        combo.clear()
        for place_id, name, _kind in destinations:
            combo.addItem(name, place_id)
        if chosen is not None:
            combo.setCurrentIndex(combo.findData(chosen))

    def add_destination(self, name: str, kind: str) -> None:
        if name:
            run_op(self, add_destination, self.actor, name, kind,
                   on_success=self._destination_added,
                   on_failure=self.refused, changes=("catalogue",))

    def _destination_added(self, place: tuple[int, str, str]) -> None:
        self.choices.destinations.append(place)
        self.choices.destinations.sort(key=lambda d: d[1].casefold())
        self._fill_destinations(self.choices.destinations, place[0])
        self.view.new_destination.clear()
        self.say(self.tr("{name} added to the destinations.").format(name=place[1]), "ok")

    # -- lines ---------------------------------------------------------------------------------
    def on_scan(self, code: str) -> bool:
        """A product, lot or box scanned becomes a line (a new distribution after a note)."""
        if self.actor is None or self.lines_owner() is None:
            return False
        if self.view.pages.currentIndex() == NOTE_PAGE:
            self.new_distribution()
        self._scan_lines(code)
        return True

    def accept(self) -> None:
        if self.model.lines and self.model.checked():
            self.model.set_lines(accept_picks(self.model.lines, self.model.checks))
            self.recheck()

    def _checked(self, lines: list[StockLine], checks) -> None:
        problems = self._show_checks(lines, checks)
        if problems is None:
            return
        self._update_buttons()
        if problems:
            self.say(self.tr("{count} line(s) cannot be given out as they are: see the red "
                              "lines.").format(count=len(problems)), "problem")
        else:
            self.say(self.tr("{count} line(s) ready. Finish when everything is there.").format(
                count=len(lines)), "ok")

    def _update_buttons(self) -> None:
        v, has_lines = self.view, bool(self.model.lines)
        v.remove_button.setEnabled(has_lines)
        v.accept_button.setEnabled(has_lines and self.model.checked())
        v.finish_button.setEnabled(has_lines)

    # -- finishing -----------------------------------------------------------------------------
    def finish(self) -> None:
        v = self.view
        if not self.model.lines or self.lines_owner() is None:
            return
        if v.destination.currentData() is None:
            self.say(self.tr("Choose where the goods go."), "problem")
            return
        v.finish_button.setEnabled(False)
        run_op(self, give_out, self.actor, self.lines_owner(), v.destination.currentData(),
               list(self.model.lines), received_by=v.received_by.text().strip(),
               reference=v.reference.text().strip(), on_success=self._given,
               on_failure=self._not_given, changes=("stock",))

    def _not_given(self, error: Exception) -> None:
        self._update_buttons()
        self.refused(error)

    def _given(self, note: ReleaseNote) -> None:
        self.note = note
        self.pdf_path = None
        self.model.set_lines([])
        v = self.view
        v.received_by.clear()
        v.reference.clear()
        self._show_note()
        v.pages.setCurrentIndex(NOTE_PAGE)
        self.say(self.tr("{number} is posted: {count} line(s) given out to {place}.").format(
            number=note.number, count=len(note.lines), place=note.destination or ""), "ok")
        self._write_pdf(default_folder() / f"{note.number}.pdf")

    def _show_note(self) -> None:
        if self.note is not None:
            self.view.note.setHtml(self._html())

    def _html(self) -> str:
        return release_note_html(self.note, note_texts())

    def _write_pdf(self, path: Path) -> None:
        run_op(self, write_pdf, self._html(), str(path), on_success=self._pdf_written)

    def _pdf_written(self, path: Path) -> None:
        self.pdf_path = Path(path)
        self.view.pdf_path.setText(self.tr("Saved as {path}").format(path=str(path)))

    def save_pdf_as(self) -> None:
        if self.note is None:
            return
        start = str(self.pdf_path or default_folder() / f"{self.note.number}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the release note"),
                                                    start, self.tr("PDF files (*.pdf)"))
        if path:
            self._write_pdf(Path(path))

    def print_note(self) -> None:
        if self.note is not None:
            run_op(self, printer_names, on_success=self._choose_printer, serial=False)

    def _choose_printer(self, names: list[str]) -> None:
        if not names:
            self.say(self.tr("No printer is installed on this workstation: print the saved "
                              "PDF from another computer."), "problem")
            return
        name, chosen = QInputDialog.getItem(self, self.tr("Print the release note"),
                                            self.tr("Printer"), names, 0, False)
        if chosen:
            run_op(self, print_note, self._html(), name, on_failure=self.refused,
                   on_success=lambda printer: self.say(
                       self.tr("The release note went to {printer}.").format(printer=printer),
                       "ok"))

    def open_folder(self) -> None:
        folder = self.pdf_path.parent if self.pdf_path else default_folder()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def new_distribution(self) -> None:
        self.note = None
        self.model.set_lines([])
        self._update_buttons()
        self.view.pages.setCurrentIndex(LINES_PAGE)
        self.say(self.tr("Scan what you give out, or choose an item on the right."), "info")

    # -- feedback ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self._show_note()
        super().changeEvent(event)

