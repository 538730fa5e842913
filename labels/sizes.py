"""The label stocks a hangar buys, and how millimetres become printer dots.

Every size is exact in millimetres (Fractions, so 4x6 in is exactly 101.6 x 152.4 mm);
an image is `dots(width)` x `dots(height)` at the printer's dpi and is never rescaled.
A4 sheets also carry their sheet template: where each label sits on the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from labels.errors import UnknownLabelSize

MM_PER_INCH = Fraction(254, 10)
POINTS_PER_INCH = 72
A4_MM = (Fraction(210), Fraction(297))


def mm(value: str | int) -> Fraction:
    """Millimetres from a decimal string, exactly ("63.5" is 127/2, not a float)."""
    return Fraction(value)


@lru_cache(maxsize=4096)
def to_dots(length_mm: Fraction, dpi: int) -> int:
    """A length in whole printer dots, rounding half up (deterministic on every machine)."""
    return int(length_mm * dpi / MM_PER_INCH + Fraction(1, 2))


def to_points(length_mm: Fraction) -> Fraction:
    return length_mm * POINTS_PER_INCH / MM_PER_INCH


@dataclass(frozen=True)
class SheetTemplate:
    """Where labels sit on an A4 sheet: first label's corner, pitches, columns, rows."""

    columns: int
    rows: int
    left_mm: Fraction
    top_mm: Fraction
    pitch_x_mm: Fraction
    pitch_y_mm: Fraction
    page_mm: tuple[Fraction, Fraction] = A4_MM

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def cell_mm(self, index: int) -> tuple[Fraction, Fraction]:
        """Top-left corner of label `index` (0-based, row by row) on its sheet, in mm."""
        row, column = divmod(index % self.per_sheet, self.columns)
        return self.left_mm + column * self.pitch_x_mm, self.top_mm + row * self.pitch_y_mm


@dataclass(frozen=True)
class LabelSize:
    """One label stock. Margins keep print off the die-cut edge and the printer's dead
    zone; templates draw only inside them (the barcode's quiet zone may use them)."""

    name: str
    width_mm: Fraction
    height_mm: Fraction
    description: str
    margin_x_mm: Fraction
    margin_y_mm: Fraction
    sheet: SheetTemplate | None = None

    def width_dots(self, dpi: int) -> int:
        return to_dots(self.width_mm, dpi)

    def height_dots(self, dpi: int) -> int:
        return to_dots(self.height_mm, dpi)

    def pixel_size(self, dpi: int) -> tuple[int, int]:
        return self.width_dots(dpi), self.height_dots(dpi)

    @property
    def label(self) -> str:
        """How a person names it: "62 x 100 mm"."""
        return f"{_mm_text(self.width_mm)} x {_mm_text(self.height_mm)} mm"


def _mm_text(value: Fraction) -> str:
    return f"{float(value):g}"


def _size(name: str, width: str, height: str, margin_x: str, margin_y: str, description: str,
          sheet: SheetTemplate | None = None) -> LabelSize:
    return LabelSize(name, mm(width), mm(height), description, mm(margin_x), mm(margin_y), sheet)


# Avery L7160 and compatibles: 63.5 x 38.1 mm, 3 x 7, 2.54 mm gutter between columns,
# no gutter between rows; the block is centred on the page (top margin 15.15 mm).
SHEET_21 = SheetTemplate(
    columns=3, rows=7, left_mm=mm("7.21"), top_mm=mm("15.15"),
    pitch_x_mm=mm("66.04"), pitch_y_mm=mm("38.1"),
)
# Avery 3474 and compatibles: 70 x 37 mm, 3 x 8, edge to edge across the page and
# 0.5 mm top and bottom, so the labels themselves keep wide margins (office printers
# cannot print the outer 4-5 mm of a page).
SHEET_24 = SheetTemplate(
    columns=3, rows=8, left_mm=mm(0), top_mm=mm("0.5"), pitch_x_mm=mm(70), pitch_y_mm=mm(37),
)

SIZES: dict[str, LabelSize] = {
    size.name: size
    for size in (
        _size("62x100", "62", "100", "3", "3",
              "Brother QL 62 mm continuous roll, cut at 100 mm (box labels)"),
        _size("62x29", "62", "29", "3", "2",
              "Brother QL 62 x 29 mm die-cut (DK-11209): small shelf labels"),
        _size("4x6in", "101.6", "152.4", "4", "4", "Zebra 4 x 6 in shipping label"),
        _size("100x150", "100", "150", "4", "4", "Zebra 100 x 150 mm"),
        _size("50x25", "50", "25", "2", "1.5", "50 x 25 mm: small items and shelf edges"),
        _size("a6", "105", "148", "5", "5", "A6 (105 x 148 mm): pallets"),
        _size("a4-21", "63.5", "38.1", "4", "3",
              "A4 sheet of 21 (63.5 x 38.1 mm, 3 x 7, Avery L7160) for office printers",
              SHEET_21),
        _size("a4-24", "70", "37", "5", "4",
              "A4 sheet of 24 (70 x 37 mm, 3 x 8, Avery 3474) for office printers", SHEET_24),
    )
}


def get_size(name: str | LabelSize) -> LabelSize:
    if isinstance(name, LabelSize):
        return name
    try:
        return SIZES[name.lower()]
    except KeyError:
        raise UnknownLabelSize(name, tuple(SIZES)) from None
