"""Labels out of the workstation: to any installed printer through Qt at the label's
exact page size with no scaling, to a PDF file, or as ZPL to a Zebra (a raw CUPS queue
through `lp -o raw`, or a .zpl file). The jobs run as operations, off the GUI thread:
QPainter may paint on a QPrinter or a QImage from a worker thread (not on widgets).

The PIL image of `labels.render` becomes a QImage only here (labels/ knows no Qt).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMarginsF, QPoint, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

import labels

TARGETS = ("printer", "pdf", "zpl_queue", "zpl_file")
LP_TIMEOUT_S = 30


@dataclass(frozen=True)
class PrintJob:
    labels: tuple[labels.Label, ...]
    size: str  # a labels.SIZES key
    dpi: int
    copies: int
    target: str  # one of TARGETS
    destination: str  # a printer or queue name, or a file path


@dataclass(frozen=True)
class PrintResult:
    count: int  # label pages sent (labels x copies)
    target: str
    destination: str
    warnings: tuple[str, ...]


def pil_to_qimage(image: Image.Image) -> QImage:
    """A label image as a QImage of the same pixels (8-bit grey: 1-bit PIL rows are
    packed the other way round from Qt's mono format)."""
    grey = image.convert("L")
    width, height = grey.size
    data = grey.tobytes()
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def printer_names() -> list[str]:
    """The installed printers (the print system may take a while: call it on a worker)."""
    return list(QPrinterInfo.availablePrinterNames())


def lp_available() -> bool:
    return shutil.which("lp") is not None


@dataclass(frozen=True)
class Preview:
    rendered: labels.RenderedLabel
    image: QImage  # at the screen's dots per inch: the label's real size on the screen


def render_preview(label: labels.Label, size: str, dpi: int, screen_dpi: float) -> Preview:
    """The label and its true-size picture, made on a worker (a QImage may be; a pixmap
    may not)."""
    from PySide6.QtCore import Qt

    rendered = labels.render(label, size, dpi)
    width = round(rendered.image.width * screen_dpi / dpi)
    height = round(rendered.image.height * screen_dpi / dpi)
    image = pil_to_qimage(rendered.image).scaled(
        width, height, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation)
    return Preview(rendered, image)


def print_labels(job: PrintJob) -> PrintResult:
    if job.copies < 1:
        raise ValueError("copies must be at least 1")
    rendered = labels.render_many(job.labels, job.size, job.dpi)
    warnings = tuple(f"{r.code}: {w}" for r in rendered for w in r.warnings)
    if job.target in ("pdf", "zpl_file"):
        Path(job.destination).parent.mkdir(parents=True, exist_ok=True)
    if job.target == "pdf":
        Path(job.destination).write_bytes(pdf_bytes(rendered, job.copies))
    elif job.target == "zpl_file":
        Path(job.destination).write_bytes(labels.to_zpl(rendered, copies=job.copies))
    elif job.target == "zpl_queue":
        send_raw(job.destination, labels.to_zpl(rendered, copies=job.copies))
    elif job.target == "printer":
        to_qt_printer(rendered, qt_printer(job.destination), job.copies)
    else:
        raise ValueError(f"unknown print target {job.target!r}")
    return PrintResult(len(rendered) * job.copies, job.target, job.destination, warnings)


def pdf_bytes(rendered: list[labels.RenderedLabel], copies: int) -> bytes:
    if rendered[0].size.sheet is not None:
        return labels.to_sheet_pdf(rendered, copies=copies)
    return labels.to_pdf(rendered, copies=copies)


def send_raw(queue: str, data: bytes) -> None:
    """ZPL bytes to a CUPS queue untouched (`lp -o raw`): the Zebra prints the ^GFA
    graphic exactly as previewed."""
    if not lp_available():
        raise FileNotFoundError("the 'lp' command (CUPS) is not installed on this computer")
    subprocess.run(["lp", "-d", queue, "-o", "raw"], input=data, check=True,
                   capture_output=True, timeout=LP_TIMEOUT_S)


def qt_printer(name: str) -> QPrinter:
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise FileNotFoundError(f"no printer called {name!r} on this computer")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def to_qt_printer(rendered: list[labels.RenderedLabel], printer: QPrinter, copies: int) -> None:
    """One page per label, the page exactly the label's size in millimetres, printed
    full-page at the label's dpi so that one image pixel is one printer dot: no scaling,
    whole-dot barcode bars stay whole. A4 sheet sizes print whole sheets."""
    first = rendered[0]
    size, dpi = first.size, first.dpi
    if size.sheet is not None:
        pages = [pil_to_qimage(p) for p in labels.sheet_pages(rendered, copies=copies)]
        width_mm, height_mm = size.sheet.page_mm
    else:
        pages = [pil_to_qimage(r.image) for r in rendered for _ in range(copies)]
        width_mm, height_mm = size.width_mm, size.height_mm
    page_size = QPageSize(QSizeF(float(width_mm), float(height_mm)),
                          QPageSize.Unit.Millimeter, size.name,
                          QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setFullPage(True)
    printer.setResolution(dpi)
    # "Portrait" keeps the size as given (a 50 x 25 label stays 50 wide); Landscape
    # would swap its sides.
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    printer.setDocName(f"Hangar labels {first.code}")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"the printer {printer.printerName()!r} did not start the job")
    try:
        for index, page in enumerate(pages):
            if index:
                printer.newPage()
            painter.drawImage(QPoint(0, 0), page)
    finally:
        painter.end()
