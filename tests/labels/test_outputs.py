"""PNG, PDF at the label's size, A4 sheets with each label in its cell, and ZPL II."""

from __future__ import annotations

import dataclasses
import io
import re
from fractions import Fraction

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from labels import (
    LocationLabel,
    WrongSheet,
    get_size,
    render,
    render_many,
    sheet_pages,
    to_pdf,
    to_png,
    to_sheet_pdf,
    to_zpl,
)
from tests.labels.samples import BOX, MEAL


def decoded(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


def mm_to_pt(value: str) -> float:
    return float(Fraction(value) * 72 / Fraction("25.4"))


def test_png_round_trips_at_its_dpi():
    rendered = render(BOX, "62x100", 300)
    image = Image.open(io.BytesIO(to_png(rendered)))
    assert image.size == (732, 1181) and image.mode == "1"
    assert round(image.info["dpi"][0]) == 300
    assert decoded(image) == [BOX.code]


@pytest.mark.parametrize(("size", "width", "height"),
                         [("62x100", "62", "100"), ("4x6in", "101.6", "152.4"), ("a6", "105", "148")])
def test_pdf_pages_are_exactly_the_label_size_one_per_label_and_copy(size, width, height):
    boxes = [dataclasses.replace(BOX, code=f"BOX-{n:06d}") for n in range(3)]
    rendered = render_many(boxes, size, 203)
    reader = PdfReader(io.BytesIO(to_pdf(rendered, copies=2)))
    assert len(reader.pages) == 6
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(mm_to_pt(width), abs=1e-3)
        assert float(page.mediabox.height) == pytest.approx(mm_to_pt(height), abs=1e-3)
    codes = [decoded(page.images[0].image) for page in reader.pages]
    assert codes == [[b.code] for b in boxes for _ in range(2)]
    assert reader.pages[0].images[0].image.size == rendered[0].image.size  # not resampled


def cell_mm(size_name: str, index: int) -> tuple[Fraction, Fraction]:
    """The sheet templates as the label makers publish them, independent of labels.sizes."""
    if size_name == "a4-21":  # 3 x 7, 7.21 mm side, 15.15 mm top, pitch 66.04 x 38.1
        row, col = divmod(index, 3)
        return Fraction("7.21") + col * Fraction("66.04"), Fraction("15.15") + row * Fraction("38.1")
    row, col = divmod(index, 3)  # a4-24: 3 x 8 of 70 x 37, 0.5 mm top
    return col * Fraction(70), Fraction("0.5") + row * Fraction(37)


@pytest.mark.parametrize("size_name", ["a4-21", "a4-24"])
def test_a4_sheet_puts_each_label_in_its_cell_from_the_start_offset(size_name):
    size = get_size(size_name)
    per_sheet = size.sheet.per_sheet
    start = 4
    count = per_sheet - start + 3  # fills the first sheet and spills 3 onto a second
    places = [LocationLabel(f"LOC-S-{n:03d}", name=f"S {n}") for n in range(count)]
    dpi = 300
    pages = sheet_pages(render_many(places, size, dpi), start_at=start)
    assert len(pages) == 2
    assert pages[0].size == (2480, 3508)
    dots = lambda v: int(v * dpi / Fraction("25.4") + Fraction(1, 2))  # noqa: E731
    w, h = dots(size.width_mm), dots(size.height_mm)
    for n, place in enumerate(places):
        sheet, index = divmod(start + n, per_sheet)
        x, y = (dots(v) for v in cell_mm(size_name, index))
        assert decoded(pages[sheet].crop((x, y, x + w, y + h))) == [place.code], n
    # The positions before the offset stay blank on the first sheet.
    for index in range(start):
        x, y = (dots(v) for v in cell_mm(size_name, index))
        inside = (x, y, min(x + w, pages[0].width), y + h)  # 3 x 70 mm is 2481 dots of 2480
        assert pages[0].crop(inside).getextrema() == (1, 1)


def test_sheet_pdf_places_labels_at_the_template_positions():
    size = get_size("a4-21")
    rendered = render_many([LocationLabel(f"LOC-P-{n}") for n in range(5)], size, 300)
    reader = PdfReader(io.BytesIO(to_sheet_pdf(rendered, start_at=2)))
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(mm_to_pt("210"), abs=1e-3)
    assert float(page.mediabox.height) == pytest.approx(mm_to_pt("297"), abs=1e-3)
    content = page.get_contents().get_data().decode()
    placed = [tuple(map(float, m)) for m in re.findall(
        r"q ([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm", content)]
    assert len(placed) == 5
    for n, (w, h, x, y) in enumerate(placed):
        left, top = cell_mm("a4-21", n + 2)
        assert w == pytest.approx(mm_to_pt("63.5"), abs=0.2)  # within half a dot at 300 dpi
        assert x == pytest.approx(mm_to_pt(str(float(left))), abs=0.13)
        top_pt = float(page.mediabox.height) - y - h
        assert top_pt == pytest.approx(mm_to_pt(str(float(top))), abs=0.13)


def test_sheet_refuses_a_start_off_the_sheet_and_roll_sizes():
    rendered = [render(BOX, "a4-24", 300)]
    with pytest.raises(WrongSheet):
        to_sheet_pdf(rendered, start_at=24)
    with pytest.raises(WrongSheet):
        to_sheet_pdf([render(BOX, "62x100", 300)])
    with pytest.raises(WrongSheet):
        to_pdf([render(BOX, "62x100", 300), render(BOX, "62x100", 203)])


def test_zpl_is_one_graphic_field_per_label_sized_to_the_label():
    rendered = render_many([BOX, dataclasses.replace(BOX, code="BOX-000002")], "4x6in", 203)
    zpl = to_zpl(rendered, copies=3).decode("ascii")
    jobs = re.findall(r"\^XA(.*?)\^XZ", zpl, re.S)
    assert len(jobs) == 2
    for job, label in zip(jobs, rendered, strict=True):
        width, height = label.image.size
        assert f"^PW{width}" in job and f"^LL{height}" in job and "^PQ3" in job
        total, total2, row, data = re.search(r"\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS", job).groups()
        assert int(row) == (width + 7) // 8 == 102
        assert int(total) == int(total2) == int(row) * height == len(data) // 2
        # Black dots are 1 bits: decoding the field gives back the image.
        bits = bytes.fromhex(data)
        back = Image.frombytes("1", (width, height), bytes(255 - b for b in bits))
        assert back.crop((0, 0, width, height)).tobytes() == label.image.tobytes()


def test_zpl_padding_bits_print_nothing():
    label = render(MEAL, "62x29", 203)  # 496 dots: whole bytes
    odd = render(LocationLabel("LOC-A-1"), "a4-21", 203)  # 508 dots: 4 padding bits a row
    assert label.image.size[0] % 8 == 0 and odd.image.size[0] % 8 == 4
    data = re.search(r",([0-9A-F]+)\^FS", to_zpl([odd]).decode()).group(1)
    row = (odd.image.size[0] + 7) // 8
    assert all(int(data[2 * (i + 1) * row - 1], 16) & 0xF == 0 for i in range(odd.image.size[1]))
