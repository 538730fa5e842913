"""Labels as pure functions: label data in; a black and white image, PDF or printer
bytes out. No database and no Qt: the UI previews the PIL image and prints the bytes.

    rendered = render(BoxLabel("BOX-004217", owner="Aid Without Borders"), "62x100", 300)
    pdf = to_pdf([rendered]); zpl = to_zpl([rendered], copies=2)
"""

from labels.code128 import BarcodePlacement, choose_module, encode
from labels.data import (
    BoxLabel,
    ItemLabel,
    KitLabel,
    Label,
    LocationLabel,
    MealBatchLabel,
    MealIngredient,
    PalletLabel,
)
from labels.errors import (
    BarcodeDoesNotFit,
    LabelError,
    UnknownLabelSize,
    UnprintableCode,
    WrongSheet,
)
from labels.output import sheet_pages, sheet_slots, to_pdf, to_png, to_sheet_pdf, to_zpl
from labels.render import DPIS, TEMPLATES, RenderedLabel, render, render_many
from labels.sizes import SIZES, LabelSize, SheetTemplate, get_size

__all__ = [
    "DPIS", "SIZES", "TEMPLATES", "BarcodeDoesNotFit", "BarcodePlacement", "BoxLabel",
    "ItemLabel", "KitLabel", "Label", "LabelError", "LabelSize", "LocationLabel",
    "MealBatchLabel", "MealIngredient", "PalletLabel", "RenderedLabel", "SheetTemplate",
    "UnknownLabelSize", "UnprintableCode", "WrongSheet", "choose_module", "encode", "get_size",
    "render", "render_many", "sheet_pages", "sheet_slots", "to_pdf", "to_png", "to_sheet_pdf",
    "to_zpl",
]
