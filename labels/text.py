"""Fitting text into a box: wrap at spaces, shrink until it fits, and only when even the
smallest legible size cannot hold it, shorten with "…" and say so (`complete=False`).

Text is a sequence of runs so that a word can be bold (allergens in an ingredient list).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw

from labels.fonts import face, line_metrics, space_width

ELLIPSIS = "…"
# Kerning and rounding can make drawn text a pixel wider than the sum of its measures;
# keep that much clear so that nothing touches the box edge.
SLACK_PX = 3

Word = tuple[str, bool]  # (text, bold)


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class FittedText:
    px: int
    lines: tuple[tuple[Word, ...], ...]
    line_height: int
    ascent: int
    complete: bool

    @property
    def height(self) -> int:
        return self.line_height * len(self.lines)


def as_runs(text: str | Run | Sequence[Run], bold: bool = False) -> tuple[Run, ...]:
    if isinstance(text, str):
        return (Run(text, bold),)
    if isinstance(text, Run):
        return (text,)
    return tuple(text)


# Wrap only at ordinary spaces: a no-break space (U+00A0) holds "75 °C" or "24 pieces"
# together on one line.
_BREAKS = re.compile(r"[ \t\r\n]+")
NBSP = "\u00a0"


def words_of(runs: Sequence[Run]) -> list[Word]:
    return [(word, run.bold) for run in runs for word in _BREAKS.split(run.text) if word]


def _line_height(px: int) -> tuple[int, int]:
    ascent, descent = line_metrics(px, True)
    return ascent + descent, ascent


@lru_cache(maxsize=16384)
def _word_width(word: Word, px: int) -> float:
    return face(px, word[1]).getlength(word[0])


_REFERENCE_PX = 100


def _estimated_width(word: Word, px: int) -> float:
    """Advance widths scale with the type size to within hinting; searching for the size
    on estimates and checking the winner exactly measures each word a few times, not
    once per size tried (measuring is most of the cost of a label)."""
    return _word_width(word, _REFERENCE_PX) * px / _REFERENCE_PX


def _split_long_word(word: Word, px: int, width: float) -> list[Word]:
    """A word wider than the box (a long code, a German compound) breaks between letters."""
    text, bold = word
    font = face(px, bold)
    pieces: list[Word] = []
    start = 0
    while start < len(text):
        end = len(text)
        while end > start + 1 and font.getlength(text[start:end]) > width:
            end -= 1
        pieces.append((text[start:end], bold))
        start = end
    return pieces


def wrap(words: Sequence[Word], px: int, width: float,
         measure: Callable[[Word, int], float] = _word_width) -> list[list[Word]]:
    """Greedy wrapping at `px`; every returned line is at most `width` wide."""
    lines: list[list[Word]] = []
    line: list[Word] = []
    used = 0.0
    for word in words:
        word_w = measure(word, px)
        if word_w > width:
            pieces = _split_long_word(word, px, width)
        else:
            pieces = [word]
        for piece in pieces:
            piece_w = word_w if len(pieces) == 1 else measure(piece, px)
            gap = space_width(px) if line else 0.0
            if line and used + gap + piece_w > width:
                lines.append(line)
                line, used, gap = [], 0.0, 0.0
            line.append(piece)
            used += gap + piece_w
    if line:
        lines.append(line)
    return lines


def line_width(line: Sequence[Word], px: int) -> float:
    return sum(_word_width(w, px) for w in line) + space_width(px) * max(len(line) - 1, 0)


def _ellipsize(line: list[Word], px: int, width: float) -> list[Word]:
    """The line with "…" appended, dropping letters from its end until it fits."""
    line = list(line)
    while line:
        text, bold = line[-1]
        candidate = [*line[:-1], (text + ELLIPSIS, bold)]
        if line_width(candidate, px) <= width:
            return candidate
        if len(text) > 1:
            line[-1] = (text[:-1], bold)
        elif len(line) > 1:
            line.pop()
        else:
            return [(ELLIPSIS, bold)]
    return [(ELLIPSIS, False)]


def fit_text(runs: Sequence[Run], width: int, height: int, *, max_px: int, min_px: int,
             max_lines: int = 3) -> FittedText:
    """The largest size from `min_px` to `max_px` at which the runs fit the box in at most
    `max_lines` lines; failing that, as much as fits at `min_px`, marked incomplete."""
    words = words_of(runs)
    if not words:
        line_h, ascent = _line_height(min_px)
        return FittedText(min_px, (), line_h, ascent, True)

    def fits(px: int, measure=_word_width) -> list[list[Word]] | None:
        lines = wrap(words, px, _limit(width, px), measure)
        line_h, _ = _line_height(px)
        if len(lines) <= max_lines and len(lines) * line_h <= height:
            return lines
        return None

    # A box lower than one line of the minimum size still gets one line, smaller.
    while min_px > 4 and _line_height(min_px)[0] > height:
        min_px -= 1
    max_px = max(min(max_px, height), min_px)
    best = fits(min_px)
    if best is None:
        return _shortened(words, min_px, _limit(width, min_px), height, max_lines)
    best_px, lo, hi = min_px, min_px + 1, max_px
    while lo <= hi:  # wrapping only gets shorter as the type gets smaller
        mid = (lo + hi) // 2
        if fits(mid, _estimated_width) is None:
            hi = mid - 1
        else:
            best_px, lo = mid, mid + 1
    for px in range(best_px, min_px, -1):  # the estimate's winner, checked exactly
        lines = fits(px)
        if lines is not None:
            best, best_px = lines, px
            break
    else:
        best_px = min_px
    line_h, ascent = _line_height(best_px)
    return FittedText(best_px, tuple(tuple(line) for line in best), line_h, ascent, True)


def _limit(width: int, px: int) -> int:
    """Room for advances: glyphs such as "j" or "y" reach past their advance box by up to
    ~1/12 em at either end of a line, and that ink must stay inside the box too."""
    return max(width - SLACK_PX - px // 12, 1)


def _shortened(words: list[Word], px: int, limit: float, height: int,
               max_lines: int) -> FittedText:
    line_h, ascent = _line_height(px)
    lines = wrap(words, px, limit)
    keep = max(1, min(max_lines, height // line_h))
    kept = lines[:keep]
    kept[-1] = _ellipsize(kept[-1], px, limit)
    return FittedText(px, tuple(tuple(line) for line in kept), line_h, ascent, False)


def draw_text(image: Image.Image, fitted: FittedText, box: tuple[int, int, int, int],
              *, align: str = "left", fill: int = 0) -> None:
    """Draw fitted text centred vertically in `box`, aligned left or centre."""
    left, top, right, bottom = box
    y = top + max((bottom - top - fitted.height) // 2, 0)
    px = fitted.px
    for line in fitted.lines:
        x = float(left + 1)  # hinting can push a small glyph's ink a dot past its box
        if line:  # a first glyph that reaches left of its origin ("j") starts further right
            first, bold = line[0]
            x -= min(face(px, bold).getbbox(first, anchor="ls")[0], 0)
        if align == "center":
            x += max((right - left - line_width(line, px)) / 2, 0)
        baseline = y + fitted.ascent
        # Consecutive words of one weight are drawn as one string: fewer calls.
        chunk: list[str] = []
        chunk_bold = line[0][1] if line else False
        for text, bold in [*line, ("", not chunk_bold)]:
            if bold != chunk_bold or not text:
                if chunk:
                    joined = " ".join(chunk)
                    ink, left_px, top_px = _inked(joined, px, chunk_bold)
                    if ink is not None:
                        image.paste(fill, (round(x) + left_px, baseline + top_px), ink)
                    x += face(px, chunk_bold).getlength(joined) + space_width(px)
                chunk, chunk_bold = [], bold
            if text:
                chunk.append(text)
        y += fitted.line_height


@lru_cache(maxsize=2048)
def _inked(text: str, px: int, bold: bool) -> tuple[Image.Image | None, int, int]:
    """The 1-bit ink of a run of text and its offset from the baseline origin, rasterised
    once: a GRN's forty box labels repeat the owner, the donation and most contents, and
    rasterising glyphs is most of a label's cost. Pasting the same bits at an integer
    position is exactly what drawing the text there would produce."""
    font = face(px, bold)
    left, top, right, bottom = font.getbbox(text, anchor="ls")
    if right <= left or bottom <= top:
        return None, 0, 0
    ink = Image.new("1", (right - left, bottom - top), 0)
    ImageDraw.Draw(ink).text((-left, -top), text, font=font, fill=1, anchor="ls")
    return ink, left, top
