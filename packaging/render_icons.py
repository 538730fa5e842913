"""Render Hangar's icon (packaging/icons/hangar.svg, drawn by hand) to the files the
installers want: PNGs for Linux (hicolor sizes), hangar.ico for Windows, hangar.icns for
macOS, and the window's own icon in ui/resources/. Run after changing the SVG:
`.venv/bin/python packaging/render_icons.py` (offscreen: no display needed)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "icons"
SVG = ICONS / "hangar.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_ICON = ROOT / "ui" / "resources" / "hangar.png"


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(ICONS / f"hangar-{size}.png", optimize=True)
    images[256].save(ICONS / "hangar.ico", sizes=[(s, s) for s in ICO_SIZES])
    images[512].save(ICONS / "hangar.icns")
    WINDOW_ICON.parent.mkdir(parents=True, exist_ok=True)
    images[256].save(WINDOW_ICON, optimize=True)
    print(f"wrote {len(images)} PNGs, hangar.ico, hangar.icns in {ICONS}, and {WINDOW_ICON}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
