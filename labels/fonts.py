"""The bundled DejaVu Sans faces, loaded once per pixel size.

Shipping the font inside the package makes a label identical on every machine and lets
French accents render everywhere; caching the loaded faces is what keeps rendering at
hundreds of labels a second (python-barcode's own writer reloads its font every time).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONT_DIR = Path(__file__).with_name("fonts")
REGULAR = FONT_DIR / "DejaVuSans.ttf"
BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"


@lru_cache(maxsize=512)
def face(px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """DejaVu Sans at an em size of `px` pixels."""
    return ImageFont.truetype(str(BOLD if bold else REGULAR), px)


@lru_cache(maxsize=512)
def line_metrics(px: int, bold: bool = False) -> tuple[int, int]:
    """(ascent, descent) in pixels: the room one line of text needs above and below its
    baseline, accents included."""
    return face(px, bold).getmetrics()


@lru_cache(maxsize=8192)
def space_width(px: int, bold: bool = False) -> float:
    return face(px, bold).getlength(" ")
