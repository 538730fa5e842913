"""Print labels: a true-size preview from labels/, then a printer (through Qt, at the
label's exact size), a PDF file, or ZPL for a Zebra. Used after "Finish" at intake
and for reprints from the Scan screen. Label data, printers and previews are read by
operations; the dialog never waits on the print system or the database."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

import labels
from labels.render import template_for
from ui import printing
from ui.context import AppContext
from ui.messages import describe
from ui.operations import run_op
from ui.screens.print_dialog_view import PrintDialogView
from warehouse_app import config
from warehouse_app.errors import HangarError

PDF_SETTING = "pdf"  # ui.screens.settings.PDF_PRINTER: "labels to PDF files"
ZPL_DPI = 203


def _key(kind: str, name: str = "") -> str:
    """A print target as the combo box keeps it: "printer\tBrother_QL", "pdf\t"."""
    return f"{kind}\t{name}"


class PrintDialog(QDialog):
    printed = Signal(object)  # PrintResult

    def __init__(self, ctx: AppContext, title: str, load: Callable[..., list], *args,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("print_dialog")
        self.setWindowTitle(title)
        self.resize(1100, 720)
        self.labels: list[labels.Label] = []
        self.index = 0
        self.last_result: printing.PrintResult | None = None
        self.rendered: labels.RenderedLabel | None = None
        self.view = PrintDialogView(self)
        self.view.title.setText(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        v = self.view
        for key, size in labels.SIZES.items():
            v.size.addItem(size.label, key)
        for dpi in labels.DPIS:
            v.dpi.addItem(str(dpi), dpi)
        v.dpi.setCurrentIndex(v.dpi.findData(int(ctx.settings.get("label_dpi", 300))))
        self._add_targets([])
        v.size.currentIndexChanged.connect(self.refresh_preview)
        v.dpi.currentIndexChanged.connect(self.refresh_preview)
        v.target.currentIndexChanged.connect(self._target_changed)
        v.previous_button.clicked.connect(lambda: self.show_label(self.index - 1))
        v.next_button.clicked.connect(lambda: self.show_label(self.index + 1))
        v.browse_button.clicked.connect(self.browse)
        v.print_button.clicked.connect(self.print_now)
        v.close_button.clicked.connect(self.reject)
        v.print_button.setEnabled(False)
        run_op(self, load, *args, on_success=self._loaded)
        run_op(self, printing.printer_names, on_success=self._add_targets, serial=False)

    # -- what there is to print, and where -------------------------------------------------
    def _loaded(self, found: list[labels.Label]) -> None:
        self.labels = list(found)
        v = self.view
        if not self.labels:
            v.result.setText(self.tr("There is no label to print for this."))
            return
        template = template_for(self.labels[0])
        wanted = self.ctx.settings.get("label_size") if template.name == "box" else None
        index = v.size.findData(wanted or template.default_size)
        v.size.blockSignals(True)
        v.size.setCurrentIndex(max(index, 0))
        v.size.blockSignals(False)
        slug = re.sub(r"[^A-Za-z0-9-]+", "-", self.labels[0].code)
        v.path.setText(str(config.data_dir() / "labels" / f"{slug}.pdf"))
        v.print_button.setEnabled(True)
        self._target_changed()
        self.show_label(0)

    def _add_targets(self, printers: list[str]) -> None:
        combo = self.view.target
        combo.blockSignals(True)
        combo.clear()
        for name in printers:
            combo.addItem(self.tr("Printer: {name}").format(name=name), _key("printer", name))
        combo.addItem(self.tr("PDF file"), _key("pdf"))
        if printing.lp_available():
            for name in printers:
                combo.addItem(self.tr("Zebra (ZPL) on queue {name}").format(name=name),
                              _key("zpl_queue", name))
        combo.addItem(self.tr("ZPL file for a Zebra"), _key("zpl_file"))
        wanted = self.ctx.settings.get("printer", PDF_SETTING)
        if wanted == PDF_SETTING or not self.select_target("printer", wanted):
            self.select_target("pdf")
        combo.blockSignals(False)
        self._target_changed()

    def select_target(self, kind: str, name: str = "") -> bool:
        index = self.view.target.findData(_key(kind, name))
        if index >= 0:
            self.view.target.setCurrentIndex(index)
        return index >= 0

    def target(self) -> tuple[str, str]:
        kind, _, name = (self.view.target.currentData() or _key("pdf")).partition("\t")
        return kind, name

    def _target_changed(self) -> None:
        kind, name = self.target()
        v = self.view
        v.show_path_row(kind in ("pdf", "zpl_file"))
        if v.path.text():
            suffix = ".zpl" if kind == "zpl_file" else ".pdf"
            v.path.setText(str(Path(v.path.text()).with_suffix(suffix)))
        if kind.startswith("zpl") and v.dpi.currentData() != ZPL_DPI:
            v.dpi.setCurrentIndex(v.dpi.findData(ZPL_DPI))
        notes = {
            "printer": self.tr("Printed at the label's exact size, without scaling. Load "
                               "labels of the size chosen below."),
            "pdf": self.tr("Saves a PDF with one page per label, at the label's exact size."),
            "zpl_queue": self.tr("Sends ZPL straight to the Zebra through its queue "
                                 "(lp -o raw): set the queue up as a raw printer."),
            "zpl_file": self.tr("Saves ZPL for a Zebra printer, to send later.")
            if printing.lp_available() else self.tr(
                "Saves ZPL for a Zebra printer. There is no ‘lp’ command (CUPS) on this "
                "computer, so ZPL cannot be sent to a queue directly."),
        }
        v.target_note.setText(notes[kind])

    # -- preview ---------------------------------------------------------------------------
    def show_label(self, index: int) -> None:
        if not self.labels:
            return
        self.index = max(0, min(index, len(self.labels) - 1))
        v = self.view
        v.position.setText(self.tr("Label {n} of {total}: {code}").format(
            n=self.index + 1, total=len(self.labels), code=self.labels[self.index].code))
        v.previous_button.setEnabled(self.index > 0)
        v.next_button.setEnabled(self.index < len(self.labels) - 1)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        if not self.labels:
            return
        run_op(self, printing.render_preview, self.labels[self.index],
               self.view.size.currentData(), self.view.dpi.currentData(),
               self.physicalDpiX() or 96, on_success=self._show_preview,
               on_failure=self._failed)

    def _show_preview(self, preview: printing.Preview) -> None:
        self.rendered = preview.rendered
        self.view.preview.setPixmap(QPixmap.fromImage(preview.image))
        self.view.warnings.setText("\n".join(preview.rendered.warnings))

    # -- printing --------------------------------------------------------------------------
    def browse(self) -> None:
        kind, _ = self.target()
        pattern = self.tr("ZPL file (*.zpl)") if kind == "zpl_file" else self.tr("PDF file (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save labels as"),
                                              self.view.path.text(), pattern)
        if path:
            self.view.path.setText(path)

    def print_now(self) -> None:
        kind, name = self.target()
        v = self.view
        job = printing.PrintJob(
            tuple(self.labels), v.size.currentData(), v.dpi.currentData(), v.copies.value(),
            kind, v.path.text() if kind in ("pdf", "zpl_file") else name)
        v.print_button.setEnabled(False)
        v.result.setText(self.tr("Printing…"))
        run_op(self, printing.print_labels, job, on_success=self._printed,
               on_failure=self._failed, progress_label=self.tr("Printing labels…"))

    def _printed(self, result: printing.PrintResult) -> None:
        self.last_result = result
        self.view.print_button.setEnabled(True)
        self.view.result.setText(self.tr("{count} label(s) sent to {where}.").format(
            count=result.count, where=result.destination))
        self.printed.emit(result)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.view.print_button.setEnabled(bool(self.labels))
        if isinstance(error, HangarError):
            text = describe(error)
        elif isinstance(error, labels.LabelError):
            text = error.message
        else:
            text = str(error).strip() or type(error).__name__
        self.view.result.setText("✖ " + self.tr("Not printed: {reason}").format(reason=text))
