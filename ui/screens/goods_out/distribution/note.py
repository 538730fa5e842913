"""The release note (waybill) of a distribution as a document: HTML built by a pure
function from the core's ReleaseNote, laid out by QTextDocument onto an A4 PDF
(QPdfWriter) or a printer (QPrinter). Paint devices only, no widgets, so the PDF and the
print job run on an operation's worker thread."""

from __future__ import annotations

import html
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ui.messages import format_value
from ui.printing import qt_printer
from ui.vocabulary import unit_name
from warehouse_app import config
from warehouse_app.goods_out.distribution import ReleaseNote

TEXTS = {
    "title": QT_TRANSLATE_NOOP("ReleaseNote", "Release note"),
    "date": QT_TRANSLATE_NOOP("ReleaseNote", "Date"),
    "owner": QT_TRANSLATE_NOOP("ReleaseNote", "Owner"),
    "destination": QT_TRANSLATE_NOOP("ReleaseNote", "Destination"),
    "reference": QT_TRANSLATE_NOOP("ReleaseNote", "Reference"),
    "item": QT_TRANSLATE_NOOP("ReleaseNote", "Item"),
    "lot": QT_TRANSLATE_NOOP("ReleaseNote", "Lot"),
    "use_by": QT_TRANSLATE_NOOP("ReleaseNote", "Use by"),
    "best_before": QT_TRANSLATE_NOOP("ReleaseNote", "Best before"),
    "box": QT_TRANSLATE_NOOP("ReleaseNote", "Box"),
    "quantity": QT_TRANSLATE_NOOP("ReleaseNote", "Quantity"),
    "expiry": QT_TRANSLATE_NOOP("ReleaseNote", "Use by / best before"),
    "weight": QT_TRANSLATE_NOOP("ReleaseNote", "Weight (kg)"),
    "released_by": QT_TRANSLATE_NOOP("ReleaseNote", "Released by"),
    "received_by": QT_TRANSLATE_NOOP("ReleaseNote", "Received by (name and signature)"),
    "note": QT_TRANSLATE_NOOP("ReleaseNote", "Note"),
}

# the lines' columns and their share of the page width
COLUMNS = (("item", 36), ("lot", 12), ("expiry", 16), ("box", 14), ("quantity", 12),
           ("weight", 10))


def note_texts() -> dict[str, str]:
    """The headings in the current language."""
    return {key: QCoreApplication.translate("ReleaseNote", text) for key, text in TEXTS.items()}


def release_note_html(note: ReleaseNote, texts: dict[str, str]) -> str:
    """The waybill as HTML: header facts, one table row per lot and place taken, the
    signatures. Pure: the same note and texts give the same page."""
    def cell(value) -> str:
        return f"<td>{html.escape(format_value(value))}</td>"

    facts = [(texts["date"], format_value(note.date)),
             (texts["owner"], f"{note.owner_name} ({note.owner_code})"),
             (texts["destination"], note.destination or "")]
    if note.reference:
        facts.append((texts["reference"], note.reference))
    header = "".join(f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
                     for k, v in facts)
    rows = []
    for x in note.lines:
        date = ""
        if x.date is not None:
            kind = texts["use_by"] if x.date_kind == "use_by" else texts["best_before"]
            date = f"{kind} {format_value(x.date)}"
        weight = format_value(Decimal(x.weight_g) / 1000) if x.weight_g is not None else ""
        rows.append(
            "<tr>" + cell(f"{x.item_name} [{x.item_code}]") + cell(x.lot_code or "")
            + cell(date) + cell(x.box_code or "")
            + f"<td align='right'>{html.escape(format_value(x.quantity))} "
            + f"{html.escape(unit_name(x.unit, x.quantity))}</td>"
            + f"<td align='right'>{html.escape(weight)}</td></tr>")
    headings = "".join(f"<th align='left' width='{width}%'>{html.escape(texts[k])}</th>"
                       for k, width in COLUMNS)
    note_text = (f"<p><b>{html.escape(texts['note'])}:</b> {html.escape(note.note)}</p>"
                 if note.note else "")
    received = html.escape(note.received_by or "")
    return (
        f"<h1>{html.escape(texts['title'])} {html.escape(note.number)}</h1>"
        f"<table cellspacing='0' cellpadding='3'>{header}</table><br/>"
        "<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
        f"<tr>{headings}</tr>{''.join(rows)}</table>{note_text}<br/>"
        "<table width='100%' cellpadding='4'><tr>"
        f"<td width='50%'><b>{html.escape(texts['released_by'])}</b><br/>"
        f"{html.escape(note.released_by)}<br/><br/>______________________</td>"
        f"<td width='50%'><b>{html.escape(texts['received_by'])}</b><br/>{received}"
        "<br/><br/>______________________</td></tr></table>"
    )


def default_folder() -> Path:
    """Release notes are kept on the workstation, one PDF per distribution."""
    return config.data_dir() / "release notes"


def _layout(page_html: str, device) -> None:
    document = QTextDocument()
    document.setDefaultStyleSheet("th { background: #eeeeee; }")
    document.setDefaultFont(QFont("Sans Serif", 10))
    document.setHtml(page_html)
    document.print_(device)


def write_pdf(page_html: str, path: str) -> Path:
    """The note as an A4 PDF at `path` (its folder made when missing)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(target))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(target.stem)
    _layout(page_html, writer)
    del writer  # the file is complete once the writer is gone
    return target


def print_note(page_html: str, printer_name: str) -> str:
    """The note on an installed printer, A4."""
    printer: QPrinter = qt_printer(printer_name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    _layout(page_html, printer)
    return printer_name
