"""Screenshot of the in-app help (`make screenshots`, ui.screenshots.SHOT_MODULES): a
volunteer on the Receive screen pressed F1; the help window drawn over the window as it
appears on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter


def shoot(window, out: Path, sign_in_as) -> None:
    from ui.screenshots import settle, wait_until

    sign_in_as("volunteer")
    window.show_screen("intake")
    intake = window.screens["intake"]
    wait_until(lambda: intake.owners)
    window.show_help()
    dialog = window.help_dialog
    wait_until(dialog.isVisible)
    settle(300)
    picture = window.grab()
    over = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))  # the window dimmed behind it
    painter.drawPixmap(QPoint((picture.width() - over.width()) // 2,
                              (picture.height() - over.height()) // 2), over)
    painter.end()
    picture.save(str(out / "90-help.png"))
    print(f"wrote {out / '90-help'}.png")
    dialog.accept()
