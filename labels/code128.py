"""Code 128 drawn dot by dot: python-barcode encodes, we paint the bars ourselves.

Its own writer scales a 0.2 mm module (2.36 dots at 300 dpi: uneven bars) and reloads
its font on every call. Here the narrowest bar is a whole number of printer dots, every
bar is a whole number of modules, and the quiet zone (10 modules) is kept clear.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

import barcode
from PIL import ImageDraw

from labels.errors import BarcodeDoesNotFit, UnprintableCode
from labels.sizes import LabelSize, to_dots

QUIET_MODULES = 10
# 0.15 mm (6 mil) is read by every hand-held imager; a single dot is not used because a
# one-dot bar fades or spreads on a worn thermal head.
MIN_MODULE_MM = Fraction(15, 100)
MIN_MODULE_DOTS = 2
# Wider bars scan from further away, but past 0.5 mm a code only gets longer.
MAX_MODULE_MM = Fraction(1, 2)


@dataclass(frozen=True)
class BarcodePlacement:
    """Where the bars went, in image pixels: for tests, previews and sheet checks."""

    left: int
    top: int
    right: int
    bottom: int
    module_dots: int
    quiet_dots: int


@lru_cache(maxsize=4096)
def encode(code: str) -> str:
    """The symbol as a string of modules, "1" for a bar, start to stop character."""
    if not code:
        raise UnprintableCode(code, "the code is empty")
    bad = sorted({ch for ch in code if not 32 <= ord(ch) < 127})
    if bad:
        raise UnprintableCode(code, f"characters {''.join(bad)!r} are not printable ASCII")
    return barcode.get("code128", code).build()[0]


@lru_cache(maxsize=4096)
def bar_runs(pattern: str) -> tuple[tuple[int, int], ...]:
    """(first module, width in modules) of every bar."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, module in enumerate(pattern + "0"):
        if module == "1" and start is None:
            start = i
        elif module == "0" and start is not None:
            runs.append((start, i - start))
            start = None
    return tuple(runs)


def module_limits(dpi: int) -> tuple[int, int]:
    low = max(MIN_MODULE_DOTS, -(-MIN_MODULE_MM * dpi // Fraction(254, 10)))
    high = max(int(MAX_MODULE_MM * dpi / Fraction(254, 10)), low)
    return int(low), high


def choose_module(code: str, size: LabelSize, dpi: int) -> int:
    """The widest whole-dot module, within limits, at which the symbol and its quiet
    zones fit across the label (the quiet zone may use the label's side margins)."""
    modules = len(encode(code))
    width = size.width_dots(dpi)
    margin = to_dots(size.margin_x_mm, dpi)
    low, high = module_limits(dpi)
    for module in range(high, low - 1, -1):
        if modules * module + 2 * max(margin, QUIET_MODULES * module) <= width:
            return module
    needed = modules * low + 2 * max(margin, QUIET_MODULES * low)
    raise BarcodeDoesNotFit(code, size.name, dpi, needed * 25.4 / dpi, float(size.width_mm))


def draw_bars(draw: ImageDraw.ImageDraw, code: str, centre_x: int, top: int, height: int,
              module: int) -> BarcodePlacement:
    pattern = encode(code)
    left = centre_x - len(pattern) * module // 2
    for start, run in bar_runs(pattern):
        x = left + start * module
        draw.rectangle((x, top, x + run * module - 1, top + height - 1), fill=0)
    right = left + len(pattern) * module
    return BarcodePlacement(left, top, right, top + height, module, QUIET_MODULES * module)
