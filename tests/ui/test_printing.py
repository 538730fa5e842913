"""Printing labels: through Qt at the label's exact page size, one image pixel per printer
dot; and reprinting from the Scan screen (a box's label, a receipt's box labels)."""

from __future__ import annotations

import io
from decimal import Decimal
from fractions import Fraction

import pytest

from tests.ui.intake.driving import idle, open_window, sign_in, tap

POINTS_PER_MM = Fraction(72) / Fraction(254, 10)


def _pages(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data)).pages


@pytest.mark.parametrize("size, template", [("62x100", "box"), ("50x25", "location")])
def test_the_qt_printer_gets_the_label_page_size_and_the_image_unscaled(qapp, tmp_path, size,
                                                                       template):
    import zxingcpp
    from PIL import Image
    from PySide6.QtPrintSupport import QPrinter

    import labels
    from ui import printing

    data = (labels.BoxLabel("BOX-004217", owner="Aid Without Borders", content="Jacket",
                            count=Decimal(12), unit="piece") if template == "box"
            else labels.LocationLabel("LOC-A-03-2", name="A 03 2", zone="Zone A"))
    rendered = labels.render_many([data], size, 300)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "qt.pdf"
    printer.setOutputFileName(str(out))
    printing.to_qt_printer(rendered, printer, copies=2)

    pages = _pages(out.read_bytes())
    assert len(pages) == 2
    label_size = labels.get_size(size)
    for page in pages:
        box = page.mediabox
        assert abs(float(box.width) - float(label_size.width_mm * POINTS_PER_MM)) < 0.5
        assert abs(float(box.height) - float(label_size.height_mm * POINTS_PER_MM)) < 0.5
        [image] = page.images
        picture = Image.open(io.BytesIO(image.data))
        assert picture.size == rendered[0].image.size  # dot for dot: nothing rescaled
        assert [r.text for r in zxingcpp.read_barcodes(picture.convert("L"))] == [data.code]


def test_a_pil_label_becomes_the_same_qimage(qapp):
    import labels
    from ui.printing import pil_to_qimage

    rendered = labels.render(labels.LocationLabel("LOC-A-01-1", name="A 01 1"), "50x25", 203)
    image = pil_to_qimage(rendered.image)
    assert (image.width(), image.height()) == rendered.image.size
    grey = rendered.image.convert("L")
    for x, y in ((0, 0), (image.width() // 2, image.height() // 2), (10, image.height() - 5)):
        assert image.pixelColor(x, y).value() == grey.getpixel((x, y))


def test_reprint_a_box_and_a_receipts_labels_from_the_scan_screen(qtbot, make_window, db_url,
                                                                 pin_hangar, tmp_path):
    from tests.ui.intake.test_screen import decoded_pdf_codes
    from warehouse_app.intake import desk as intake_desk
    from warehouse_app.intake.draft import Draft

    h = pin_hangar
    draft = Draft(owner_id=h.aid.id)
    draft.add(intake_desk.item_info(h.soap), 12)
    draft.new_box()
    draft.add(intake_desk.item_info(h.jacket_m), 3)
    posted = intake_desk.post_draft(h.vol, draft)

    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, h.vol)
    lookup = window.screens["scan"]
    lookup.look_up(posted.box_codes[1])
    idle(qtbot)
    tap(qtbot, window, "reprint_label")
    dialog = lookup.print_dialog
    qtbot.waitUntil(lambda: len(dialog.labels) == 1, timeout=5000)
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=5000)
    assert not dialog.view.preview.pixmap().isNull()
    assert dialog.select_target("zpl_file")
    assert dialog.view.dpi.currentData() == 203  # Zebras are 203 dpi unless told
    zpl = tmp_path / "not-made-yet" / "box.zpl"  # the folder is made when missing
    dialog.view.path.setText(str(zpl))
    dialog.view.copies.setValue(2)
    tap(qtbot, window, "print_go")
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    text = zpl.read_text()
    assert text.count("^XA") == 1 and "^PQ2" in text

    lookup.look_up(posted.code)  # the receipt: all its box labels
    idle(qtbot)
    assert lookup.reprint_button.isVisible()
    tap(qtbot, window, "reprint_label")
    dialog = lookup.print_dialog
    qtbot.waitUntil(lambda: len(dialog.labels) == 2, timeout=5000)
    assert dialog.select_target("pdf")
    pdf = tmp_path / "receipt.pdf"
    dialog.view.path.setText(str(pdf))
    tap(qtbot, window, "print_go")
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=10_000)
    assert decoded_pdf_codes(pdf.read_bytes()) == list(posted.box_codes)
