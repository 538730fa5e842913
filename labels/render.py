"""render(): one label's data, a label size and the printer's dpi in; a pure black and
white image of exactly that size out, with any shortening it had to do named."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PIL import Image

from labels.code128 import BarcodePlacement
from labels.data import (
    BoxLabel,
    ItemLabel,
    KitLabel,
    Label,
    LocationLabel,
    MealBatchLabel,
    PalletLabel,
)
from labels.layout import Block, Canvas, compose
from labels.meal import meal_blocks
from labels.sizes import LabelSize, get_size
from labels.templates import box_blocks, item_blocks, kit_blocks, location_blocks, pallet_blocks

DPIS = (203, 300, 600)  # thermal heads are 203 or 300 dpi; 600 for office lasers


@dataclass(frozen=True)
class Template:
    name: str
    data: type
    blocks: Callable[..., list[Block | None]]
    default_size: str


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template("box", BoxLabel, box_blocks, "62x100"),
        Template("location", LocationLabel, location_blocks, "50x25"),
        Template("item", ItemLabel, item_blocks, "50x25"),
        Template("meal", MealBatchLabel, meal_blocks, "62x100"),
        Template("kit", KitLabel, kit_blocks, "62x100"),
        Template("pallet", PalletLabel, pallet_blocks, "a6"),
    )
}
_BY_TYPE = {t.data: t for t in TEMPLATES.values()}


@dataclass(frozen=True)
class RenderedLabel:
    """The image (mode "1", exactly the label's size in dots) and what had to give."""

    image: Image.Image
    size: LabelSize
    dpi: int
    code: str
    warnings: tuple[str, ...]
    barcode: BarcodePlacement | None


def template_for(label: Label) -> Template:
    try:
        return _BY_TYPE[type(label)]
    except KeyError:
        raise TypeError(f"no label template for {type(label).__name__}") from None


def render(label: Label, size: LabelSize | str | None = None, dpi: int = 300) -> RenderedLabel:
    """Draw `label` on `size` (default: its template's usual size) at `dpi`."""
    if dpi < 100:
        raise ValueError(f"dpi {dpi} is not a label printer's resolution")
    template = template_for(label)
    label_size = get_size(size or template.default_size)
    canvas = Canvas(label_size, dpi)
    compose(canvas, template.blocks(label))
    return RenderedLabel(canvas.image, label_size, dpi, label.code, tuple(canvas.warnings),
                         canvas.barcode)


def render_many(labels: Iterable[Label], size: LabelSize | str | None = None,
                dpi: int = 300) -> list[RenderedLabel]:
    """A whole job (a GRN's forty boxes) on one size and dpi."""
    return [render(label, size, dpi) for label in labels]
