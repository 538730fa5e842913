"""`warehouse-app label`: with no database at all, and with boxes, shelves and items
looked up in a real one (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from warehouse_app.cli import main


@pytest.fixture
def no_database(tmp_path, monkeypatch):
    monkeypatch.setenv("HANGAR_DATA_DIR", str(tmp_path / "empty-data"))
    monkeypatch.delenv("WAREHOUSE_DB_URL", raising=False)
    return tmp_path


def test_sizes_lists_every_size_by_name(capsys, no_database):
    assert main(["label", "sizes"]) == 0
    out = capsys.readouterr().out
    for name in ("62x100", "4x6in", "100x150", "50x25", "a6", "a4-21", "a4-24"):
        assert name in out
    assert "63.5 x 38.1 mm" in out


def test_render_png_with_no_database(capsys, no_database):
    out = no_database / "box.png"
    assert main(["label", "render", "--template", "box", "--code", "BOX-000123",
                 "--owner", "Médecins du Monde", "--title", "Couvertures", "--count", "12",
                 "--unit", "piece", "--out", str(out)]) == 0
    assert "no database" in capsys.readouterr().err
    image = Image.open(out)
    assert image.size == (732, 1181)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["BOX-000123"]


def test_render_sheet_pdf_of_several_codes(no_database):
    out = no_database / "shelves.pdf"
    assert main(["label", "render", "--template", "location", "--code", "LOC-A-01-1",
                 "--code", "LOC-A-01-2", "--size", "a4-21", "--start-at", "3", "--copies", "2",
                 "--out", str(out)]) == 0
    page = PdfReader(out).pages[0]
    assert len(page.images) == 2  # two labels, each stored once and placed twice
    assert page.get_contents().get_data().decode().count(" Do ") == 4


def test_render_zpl_defaults_to_203_dpi(no_database):
    out = no_database / "meal.zpl"
    assert main(["label", "render", "--template", "meal", "--code", "L20261121-03",
                 "--title", "Dal", "--ingredients", "rice,flatbread:gluten+sesame",
                 "--use-by", "2026-11-21T18:00", "--out", str(out)]) == 0
    text = out.read_text()
    assert text.startswith("^XA") and "^PW496" in text and "^PQ1" in text


def test_png_refuses_several_labels_and_bad_input_is_one_clear_line(capsys, no_database):
    png = str(no_database / "x.png")
    assert main(["label", "render", "--template", "box", "--code", "BOX-1", "--copies", "2",
                 "--out", png]) == 1
    assert "a PNG holds one label" in capsys.readouterr().err
    assert main(["label", "render", "--template", "location", "--code", "LOC-" + "X" * 40,
                 "--size", "50x25", "--out", png]) == 1
    assert "use a wider label or a shorter code" in capsys.readouterr().err
    assert main(["label", "render", "--template", "box", "--code", "BOX-1", "--size", "a5",
                 "--out", png]) == 1
    assert "no label size 'a5'" in capsys.readouterr().err


def test_box_label_fields_come_from_the_database(hangar, db_url, tmp_path, capsys):
    from models import Box, Lot
    from tests.factories import put_stock
    from warehouse_app.cli.label import label_from_database

    box = Box.create(code="BOX-000777", owner=hangar.aid, location=hangar.shelf_a1)
    lot = Lot.create(item=hangar.tomatoes, code="L2291", date=hangar.today,
                     date_kind="best_before")
    put_stock(hangar.admin, hangar.aid, hangar.tomatoes, 24, lot=lot, location=hangar.shelf_a1,
              box=box)
    label = label_from_database("box", "BOX-000777")
    assert label.owner == "Aid Without Borders" and label.owner_colour == "#1f77b4"
    assert label.content == "Tinned tomatoes 400 g" and label.count == Decimal(24)
    assert label.weight_g == 24 * 420 and label.lot == "L2291"
    assert label.location == "LOC-A-01-1" and label.donation == ""  # box not from a GRN
    shelf = label_from_database("location", "LOC-A-01-1")
    assert shelf.name == "A 01 1" and shelf.zone == "Zone A"
    item = label_from_database("item", "CLO-JKT-M-L")
    assert (item.name, item.item_size, item.gender, item.category) == ("Jacket", "L", "men",
                                                                      "Jackets")
    assert label_from_database("box", "BOX-999999") is None

    out = tmp_path / "from-db.pdf"
    assert main(["--db", db_url, "label", "render", "--template", "box",
                 "--code", "BOX-000777", "--out", str(out)]) == 0
    assert "note:" not in capsys.readouterr().err
    image = PdfReader(io.BytesIO(out.read_bytes())).pages[0].images[0].image
    assert [r.text for r in zxingcpp.read_barcodes(image)] == ["BOX-000777"]
