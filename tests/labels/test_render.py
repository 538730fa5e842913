"""Every template scans back to exactly its code, at exactly the label's pixel size, with
bars a whole number of dots wide, and long text kept inside the label or reported."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
import zxingcpp
from PIL import Image

from labels import (
    SIZES,
    BarcodeDoesNotFit,
    ItemLabel,
    LocationLabel,
    UnknownLabelSize,
    UnprintableCode,
    encode,
    get_size,
    render,
)
from labels.text import ELLIPSIS, Run, fit_text
from tests.labels.samples import BOX, EVERY_TEMPLATE, MEAL


def decoded(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("template", sorted(EVERY_TEMPLATE))
def test_every_template_scans_back_to_its_code(template, dpi):
    label = EVERY_TEMPLATE[template]
    rendered = render(label, None, dpi)
    assert decoded(rendered.image) == [label.code]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_box_label_scans_on_every_size(size, dpi):
    rendered = render(BOX, size, dpi)
    assert decoded(rendered.image) == [BOX.code]


@pytest.mark.parametrize("dpi", [203, 300, 600])
@pytest.mark.parametrize("size", sorted(SIZES))
def test_image_is_exactly_the_label_size_in_dots_and_pure_black_and_white(size, dpi):
    label_size = get_size(size)
    image = render(BOX, size, dpi).image
    # Exact arithmetic, half a dot rounds up: 38.1 mm at 203 dpi is 304.5 -> 305 dots.
    expected = tuple(math.floor(Fraction(side) * dpi / Fraction("25.4") + Fraction(1, 2))
                     for side in (label_size.width_mm, label_size.height_mm))
    assert image.size == expected
    assert image.mode == "1"


def test_known_sizes_in_dots():
    assert get_size("62x100").pixel_size(300) == (732, 1181)
    assert get_size("4x6in").pixel_size(203) == (812, 1218)
    assert get_size("50x25").pixel_size(203) == (400, 200)


def scanline(image: Image.Image, y: int, left: int, right: int) -> str:
    return "".join("0" if image.getpixel((x, y)) else "1" for x in range(left, right))


@pytest.mark.parametrize("dpi", [203, 300, 600])
@pytest.mark.parametrize("size", ["62x100", "50x25", "a4-21", "4x6in"])
def test_bars_are_whole_modules_of_whole_dots_with_quiet_zones(size, dpi):
    rendered = render(BOX, size, dpi)
    bars = rendered.barcode
    module = bars.module_dots
    assert isinstance(module, int) and module >= 2
    middle = (bars.top + bars.bottom) // 2
    line = scanline(rendered.image, middle, bars.left, bars.right)
    # Dot for dot, the scanline is python-barcode's module pattern, each module `module` dots.
    assert line == "".join(m * module for m in encode(BOX.code))
    runs = [len(r) for r in line.replace("10", "1 0").replace("01", "0 1").split()]
    assert min(runs) == module
    quiet = 10 * module
    width = rendered.image.size[0]
    assert bars.left >= quiet and width - bars.right >= quiet
    assert "1" not in scanline(rendered.image, middle, 0, bars.left)
    assert "1" not in scanline(rendered.image, middle, bars.right, width)


def no_ink_outside_margins(rendered) -> bool:
    image, size, dpi = rendered.image, rendered.size, rendered.dpi
    mx = round(float(size.margin_x_mm) * dpi / 25.4)
    my = round(float(size.margin_y_mm) * dpi / 25.4)
    width, height = image.size
    strips = [(0, 0, width, my), (0, height - my, width, height),
              (0, 0, mx, height), (width - mx, 0, width, height)]
    return all(image.crop(strip).getextrema() == (1, 1) for strip in strips)


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("dpi", [203, 300])
def test_a_60_character_item_name_stays_inside_the_label(size, dpi):
    name = "Veste d'hiver imperméable à capuche, doublure polaire chaude"
    assert len(name) == 60
    rendered = render(ItemLabel("CLO-JKT-W-L", name=name, item_size="L", gender="women",
                                unit="piece", category="Vêtements"), size, dpi)
    assert no_ink_outside_margins(rendered)
    assert decoded(rendered.image) == ["CLO-JKT-W-L"]
    name_warnings = [w for w in rendered.warnings if w.startswith("name:")]
    # Either all of it is printed, or the shortening is reported with the full name.
    assert not name_warnings or name in name_warnings[0]


@pytest.mark.parametrize("template", sorted(EVERY_TEMPLATE))
def test_templates_keep_ink_inside_the_margins(template):
    for size in SIZES:
        assert no_ink_outside_margins(render(EVERY_TEMPLATE[template], size, 300)), size


def test_fitting_shrinks_wraps_then_shortens_and_says_so():
    text = "Veste d'hiver imperméable à capuche, doublure polaire chaude"
    roomy = fit_text((Run(text),), 600, 200, max_px=80, min_px=20, max_lines=3)
    assert roomy.complete
    assert " ".join(w for line in roomy.lines for w, _ in line) == text
    assert 20 <= roomy.px <= 80 and len(roomy.lines) <= 3
    cramped = fit_text((Run(text),), 200, 30, max_px=30, min_px=20, max_lines=1)
    assert not cramped.complete
    assert len(cramped.lines) == 1 and cramped.lines[0][-1][0].endswith(ELLIPSIS)


def test_a_full_meal_label_on_a_small_sticker_reports_what_it_left_off():
    rendered = render(MEAL, "50x25", 300)
    assert decoded(rendered.image) == [MEAL.code]
    assert any(w.startswith("storage: left off") for w in rendered.warnings)
    assert all(MEAL.storage.split()[0] in w for w in rendered.warnings if "storage" in w)


def test_a_roomy_label_has_no_warnings():
    assert render(BOX, "62x100", 300).warnings == ()
    assert render(MEAL, "100x150", 300).warnings == ()


def test_meal_code_is_L_and_the_batch_number():
    assert MEAL.code == "L20261121-03"


def test_a_code_too_long_for_the_label_is_refused_with_the_facts():
    with pytest.raises(BarcodeDoesNotFit) as refused:
        render(LocationLabel("LOC-" + "X" * 40), "50x25", 203)
    assert refused.value.facts["needed_mm"] > refused.value.facts["available_mm"] == 50


def test_accented_codes_and_unknown_sizes_are_refused():
    with pytest.raises(UnprintableCode):
        render(LocationLabel("LOC-É"), "50x25", 300)
    with pytest.raises(UnknownLabelSize):
        render(BOX, "a5", 300)


def test_rendering_is_deterministic():
    assert render(MEAL, "62x100", 300).image.tobytes() == render(MEAL, "62x100", 300).image.tobytes()
