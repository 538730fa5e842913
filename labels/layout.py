"""Stacking a label: bands of text and one barcode, shared out over the label's height.

A template lists its blocks top to bottom with a share of the height and a cap in mm;
the same template then suits a 50 x 25 mm sticker and a 4 x 6 in shipping label. Each
text block takes the largest type that fits its box; a block that cannot be made to
fit is shortened and named in the render's warnings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from PIL import Image, ImageDraw

from labels.code128 import BarcodePlacement, choose_module, draw_bars
from labels.sizes import LabelSize, to_dots
from labels.text import Run, as_runs, draw_text, fit_text, words_of

MIN_TEXT_MM = Fraction(2)  # em of ~5.7 pt: the smallest type a volunteer reads at arm's length
BAR_MIN_MM = Fraction(6)
BAR_GAP_MM = Fraction(1, 2)  # between the bars and their text
REFERENCE_HEIGHT_MM = 94  # the room inside a 62 x 100 mm label's margins


@dataclass(frozen=True)
class Text:
    """A box of text. `reverse` prints white on a solid black band (the owner)."""

    what: str
    content: str | Run | tuple[Run, ...]
    share: float
    cap_mm: float
    bold: bool = False
    max_lines: int = 1
    align: str = "left"
    reverse: bool = False
    min_mm: Fraction = MIN_TEXT_MM
    keep: int = 1  # when the label is too small, lower numbers are left off first


@dataclass(frozen=True)
class Bars:
    """The code as Code 128 with its text underneath."""

    code: str
    share: float
    cap_mm: float


Block = Text | Bars


@dataclass
class Canvas:
    size: LabelSize
    dpi: int
    image: Image.Image = field(init=False)
    draw: ImageDraw.ImageDraw = field(init=False)
    warnings: list[str] = field(default_factory=list)
    barcode: BarcodePlacement | None = None

    def __post_init__(self) -> None:
        self.image = Image.new("1", self.size.pixel_size(self.dpi), 1)
        self.draw = ImageDraw.Draw(self.image)

    def dots(self, length_mm: float | Fraction) -> int:
        return to_dots(Fraction(length_mm), self.dpi)

    @property
    def content_box(self) -> tuple[int, int, int, int]:
        width, height = self.image.size
        mx, my = self.dots(self.size.margin_x_mm), self.dots(self.size.margin_y_mm)
        return mx, my, width - mx, height - my


def _minimum(block: Block, canvas: Canvas) -> int:
    if isinstance(block, Bars):
        return canvas.dots(BAR_MIN_MM) + _code_text_height(canvas, 0) + canvas.dots(BAR_GAP_MM)
    pad = 2 * _band_pad(canvas) if block.reverse else 0
    return canvas.dots(block.min_mm * Fraction(117, 100)) + pad  # one line with its leading


def allot_heights(blocks: list[Block], canvas: Canvas, available: int) -> list[int]:
    """Share `available` pixels by `share`, never above a block's cap nor under its
    minimum; each pass settles at least one block, so this ends."""
    heights: dict[int, int] = {}
    # Caps are set for a label about 100 mm tall; bigger stock gets proportionally more.
    scale = max(1.0, available * 25.4 / canvas.dpi / REFERENCE_HEIGHT_MM)
    while len(heights) < len(blocks):
        free = [i for i in range(len(blocks)) if i not in heights]
        left = available - sum(heights.values())
        total_share = sum(blocks[i].share for i in free)
        settled = False
        for i in free:
            want = left * blocks[i].share / total_share
            cap = canvas.dots(Fraction(blocks[i].cap_mm * scale))
            low = _minimum(blocks[i], canvas)
            if want > cap:
                heights[i], settled = cap, True
            elif want < low:
                heights[i], settled = low, True
        if not settled:
            for i in free:
                heights[i] = int(left * blocks[i].share / total_share)
    return [heights[i] for i in range(len(blocks))]


def _code_text_height(canvas: Canvas, block_height: int) -> int:
    """Room for the code's text under the bars: a fifth of the block, within limits."""
    smallest = canvas.dots(MIN_TEXT_MM) * 117 // 100
    return max(smallest, min(block_height * 22 // 100, canvas.dots(Fraction(9, 2))))


def _band_pad(canvas: Canvas) -> int:
    return canvas.dots(Fraction(1))


def compose(canvas: Canvas, blocks: list[Block | None]) -> None:
    """Lay the blocks out top to bottom inside the margins and draw them."""
    present = [b for b in blocks if b is not None and _has_content(b)]
    left, top, right, bottom = canvas.content_box
    gap = min(canvas.dots(Fraction(3, 2)), (bottom - top) // 40)
    present = _leave_off(canvas, present, bottom - top, gap)
    room = bottom - top - gap * (len(present) - 1)
    heights = allot_heights(present, canvas, room)
    spare = room - sum(heights)
    if spare > 0 and len(present) > 1:  # everything capped: spread the rest between blocks
        gap += spare // (len(present) - 1)
    y = top
    for block, height in zip(present, heights, strict=True):
        box = (left, y, right, min(y + height, bottom))
        if isinstance(block, Bars):
            _draw_bars(canvas, block, box)
        else:
            _draw_text(canvas, block, box)
        y += height + gap


def _leave_off(canvas: Canvas, blocks: list[Block], room: int, gap: int) -> list[Block]:
    """On a label too small for every line at a legible size, leave off the least needed
    lines (never the barcode), and say which."""
    blocks = list(blocks)
    while len(blocks) > 1:
        needed = sum(_minimum(b, canvas) for b in blocks) + gap * (len(blocks) - 1)
        if needed <= room:
            break
        texts = [b for b in blocks if isinstance(b, Text)]
        if not texts:
            break
        dropped = min(reversed(texts), key=lambda b: b.keep)  # lowest rank, lowest line
        blocks.remove(dropped)
        full = " ".join(w for w, _ in words_of(as_runs(dropped.content)))
        canvas.warnings.append(
            f"{dropped.what}: left off the {canvas.size.label} label for lack of room: {full!r}"
        )
    return blocks


def _has_content(block: Block) -> bool:
    if isinstance(block, Bars):
        return True
    return bool(words_of(as_runs(block.content)))


def _draw_text(canvas: Canvas, block: Text, box: tuple[int, int, int, int]) -> None:
    left, top, right, bottom = box
    if block.reverse:
        canvas.draw.rectangle((left, top, right - 1, bottom - 1), fill=0)
        pad = _band_pad(canvas)
        left, top, right, bottom = left + pad, top + pad // 2, right - pad, bottom - pad // 2
    runs = as_runs(block.content, block.bold)
    fitted = fit_text(runs, right - left, bottom - top, max_px=bottom - top,
                      min_px=canvas.dots(block.min_mm), max_lines=block.max_lines)
    if not fitted.complete:
        full = " ".join(w for w, _ in words_of(runs))
        canvas.warnings.append(
            f"{block.what}: shortened to fit the {canvas.size.label} label: {full!r}"
        )
    draw_text(canvas.image, fitted, (left, top, right, bottom), align=block.align,
              fill=1 if block.reverse else 0)


def _draw_bars(canvas: Canvas, block: Bars, box: tuple[int, int, int, int]) -> None:
    left, top, right, bottom = box
    module = choose_module(block.code, canvas.size, canvas.dpi)
    height = bottom - top
    text_h = _code_text_height(canvas, height)
    bar_h = max(height - text_h - canvas.dots(BAR_GAP_MM), 1)
    width = canvas.image.size[0]
    canvas.barcode = draw_bars(canvas.draw, block.code, width // 2, top, bar_h, module)
    if bar_h < canvas.dots(BAR_MIN_MM) - 1:
        canvas.warnings.append(f"barcode bars only {bar_h * 25.4 / canvas.dpi:.1f} mm tall")
    text = fit_text((Run(block.code),), right - left, text_h, max_px=text_h,
                    min_px=canvas.dots(MIN_TEXT_MM), max_lines=1)
    if not text.complete:
        canvas.warnings.append(f"code text under the bars shortened: {block.code!r}")
    draw_text(canvas.image, text, (left, bottom - text_h, right, bottom), align="center")
