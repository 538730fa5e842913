"""A small PDF writer for 1-bit label images.

Pillow's PDF writer sizes the page from the pixels (62 mm becomes 61.98 mm at 300 dpi)
and cannot place an image on a larger page. Here the page is exactly the label or the
sheet in points, and each image is placed at its true size (pixels x 72 / dpi), so a
printer at the same dpi prints one dot per pixel: nothing is rescaled.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from PIL import Image


@dataclass(frozen=True)
class Placed:
    image: Image.Image
    x_pt: Fraction  # from the page's left edge
    top_pt: Fraction  # from the page's top edge (PDF counts from the bottom; we convert)


@dataclass(frozen=True)
class Page:
    width_pt: Fraction
    height_pt: Fraction
    images: tuple[Placed, ...]


def _num(value: Fraction | int) -> str:
    text = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return text or "0"


def _image_object(image: Image.Image) -> bytes:
    if image.mode != "1":
        raise ValueError(f"label images are mode '1', not {image.mode!r}")
    # Mode "1" packs 8 pixels a byte, rows padded to a byte, bit 1 = white: exactly what a
    # 1-bit DeviceGray image is in PDF.
    data = zlib.compress(image.tobytes(), 6)
    width, height = image.size
    head = (
        f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} "
        f"/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode "
        f"/Length {len(data)} >>\nstream\n"
    ).encode()
    return head + data + b"\nendstream"


def _stream(content: bytes) -> bytes:
    return f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"


def write_pdf(pages: Sequence[Page], dpi: int) -> bytes:
    """The pages as one PDF; an image placed several times is stored once."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in at the end
    image_ids: dict[int, int] = {}
    page_ids: list[int] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    for page in pages:
        names, drawing = [], []
        for placed in page.images:
            key = id(placed.image)
            if key not in image_ids:
                image_ids[key] = add(_image_object(placed.image))
            name = f"/Im{image_ids[key]}"
            names.append(f"{name} {image_ids[key]} 0 R")
            width = Fraction(placed.image.size[0] * 72, dpi)
            height = Fraction(placed.image.size[1] * 72, dpi)
            bottom = page.height_pt - placed.top_pt - height
            drawing.append(
                f"q {_num(width)} 0 0 {_num(height)} {_num(placed.x_pt)} {_num(bottom)} cm "
                f"{name} Do Q"
            )
        contents = add(_stream("\n".join(drawing).encode()))
        page_ids.append(add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_num(page.width_pt)} "
            f"{_num(page.height_pt)}] /Resources << /XObject << {' '.join(dict.fromkeys(names))} "
            f">> >> /Contents {contents} 0 R >>".encode()
        ))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
