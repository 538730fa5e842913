"""Rendered labels out as files and printer bytes: PNG, PDF at the label's size, PDF of
A4 sheets, and ZPL II for Zebra printers. A job is many labels in one call."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from PIL import Image

from labels.errors import WrongSheet
from labels.pdf import Page, Placed, write_pdf
from labels.render import RenderedLabel
from labels.sizes import LabelSize, to_dots, to_points


def to_png(label: RenderedLabel | Image.Image) -> bytes:
    """One label as PNG (1-bit, with its dpi recorded so viewers show its real size)."""
    image = label.image if isinstance(label, RenderedLabel) else label
    dpi = label.dpi if isinstance(label, RenderedLabel) else 300
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi), optimize=False)
    return buffer.getvalue()


def _job(labels: Sequence[RenderedLabel]) -> tuple[LabelSize, int]:
    """The size and dpi shared by every label of a job: a printer takes one at a time."""
    if not labels:
        raise ValueError("no labels to print")
    size, dpi = labels[0].size, labels[0].dpi
    for label in labels:
        if (label.size, label.dpi) != (size, dpi):
            raise WrongSheet(size.name, f"{label.code} was rendered for {label.size.name} at "
                             f"{label.dpi} dpi, the job is {size.name} at {dpi} dpi")
    return size, dpi


def _repeated(labels: Sequence[RenderedLabel], copies: int) -> list[RenderedLabel]:
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    return [label for label in labels for _ in range(copies)]  # each label's copies together


def to_pdf(labels: Sequence[RenderedLabel], copies: int = 1) -> bytes:
    """One page per label, each page exactly the label's size (for roll printers)."""
    size, dpi = _job(labels)
    width, height = to_points(size.width_mm), to_points(size.height_mm)
    pages = [Page(width, height, (Placed(label.image, Fraction(0), Fraction(0)),))
             for label in _repeated(labels, copies)]
    return write_pdf(pages, dpi)


@dataclass(frozen=True)
class SheetSlot:
    sheet: int  # 0-based page
    index: int  # 0-based position on its sheet, row by row
    x_dots: int  # label's top-left corner on the page, in dots at the job's dpi
    y_dots: int


def sheet_slots(count: int, size: LabelSize, dpi: int, start_at: int = 0) -> list[SheetSlot]:
    """Where `count` labels go, starting at position `start_at` of the first sheet (the
    first labels of a partly used sheet are already gone). Corners are snapped to whole
    dots so each label image lands dot for dot."""
    sheet = size.sheet
    if sheet is None:
        raise WrongSheet(size.name, "this size is a roll label, not an A4 sheet")
    if not 0 <= start_at < sheet.per_sheet:
        raise WrongSheet(size.name, f"start position {start_at + 1} is not on a sheet of "
                         f"{sheet.per_sheet} (positions 1 to {sheet.per_sheet})")
    slots = []
    for n in range(count):
        page, index = divmod(start_at + n, sheet.per_sheet)
        x_mm, y_mm = sheet.cell_mm(index)
        slots.append(SheetSlot(page, index, to_dots(x_mm, dpi), to_dots(y_mm, dpi)))
    return slots


def to_sheet_pdf(labels: Sequence[RenderedLabel], start_at: int = 0, copies: int = 1) -> bytes:
    """A4 pages with every label at its place on the sheet template."""
    size, dpi = _job(labels)
    job = _repeated(labels, copies)
    slots = sheet_slots(len(job), size, dpi, start_at)
    page_w, page_h = (to_points(side) for side in size.sheet.page_mm)
    per_page: dict[int, list[Placed]] = {}
    for label, slot in zip(job, slots, strict=True):
        per_page.setdefault(slot.sheet, []).append(Placed(
            label.image, Fraction(slot.x_dots * 72, dpi), Fraction(slot.y_dots * 72, dpi)))
    pages = [Page(page_w, page_h, tuple(per_page[n])) for n in sorted(per_page)]
    return write_pdf(pages, dpi)


def sheet_pages(labels: Sequence[RenderedLabel], start_at: int = 0,
                copies: int = 1) -> list[Image.Image]:
    """The same sheets as images (previews, and proof that positions are right)."""
    size, dpi = _job(labels)
    job = _repeated(labels, copies)
    slots = sheet_slots(len(job), size, dpi, start_at)
    page_size = tuple(to_dots(side, dpi) for side in size.sheet.page_mm)
    pages = [Image.new("1", page_size, 1) for _ in range(slots[-1].sheet + 1)]
    for label, slot in zip(job, slots, strict=True):
        pages[slot.sheet].paste(label.image, (slot.x_dots, slot.y_dots))
    return pages


_INVERT = bytes(255 - b for b in range(256))


def zpl_bits(image: Image.Image) -> bytes:
    """The image's rows as ZPL wants them: bit 1 is a black dot (in PIL it is white), and
    the padding bits that round a row up to whole bytes are 0, so they print nothing."""
    data = bytearray(image.tobytes().translate(_INVERT))
    width, height = image.size
    spare = (-width) % 8
    if spare:
        row_bytes, keep = (width + 7) // 8, (0xFF << spare) & 0xFF
        for end in range(row_bytes - 1, row_bytes * height, row_bytes):
            data[end] &= keep
    return bytes(data)


def to_zpl(labels: Sequence[RenderedLabel], copies: int = 1) -> bytes:
    """ZPL II: each label is one ^GFA graphic field, so the printer prints exactly the
    preview; ^PW and ^LL set the label's width and length in dots, ^PQ the copies."""
    if copies < 1:
        raise ValueError(f"copies must be at least 1, not {copies}")
    _job(labels)
    out = []
    for label in labels:
        width, height = label.image.size
        row_bytes = (width + 7) // 8
        data = zpl_bits(label.image)
        total = row_bytes * height
        out.append(
            f"^XA\n^PW{width}\n^LL{height}\n^LH0,0\n"
            f"^FO0,0^GFA,{total},{total},{row_bytes},{data.hex().upper()}^FS\n"
            f"^PQ{copies}\n^XZ\n"
        )
    return "".join(out).encode("ascii")
