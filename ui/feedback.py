"""What a volunteer sees and hears on every scan: a green flash and a short tone for a
good one, a red flash and the system beep for a problem. Both are optional at run time:
no sound device (or no QtMultimedia) means a silent flash, never an error."""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QFrame, QWidget

OK_COLOUR = "#2e7d32"
PROBLEM_COLOUR = "#c62828"
FLASH_MS = 350
FLASH_WIDTH = 10


def _tone_file(freq: int, ms: int) -> Path:
    """A short sine tone as a WAV file (made once per run, in a temp folder)."""
    path = Path(tempfile.gettempdir()) / f"hangar-tone-{freq}-{ms}.wav"
    if not path.exists():
        rate = 22050
        frames = b"".join(
            struct.pack("<h", int(9000 * math.sin(2 * math.pi * freq * i / rate)))
            for i in range(rate * ms // 1000)
        )
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(frames)
    return path


class ScanFeedback(QObject):
    def __init__(self, window: QWidget, *, sound: bool = True):
        super().__init__(window)
        self._window = window
        # Four strips along the window's edges rather than one frame over all of it: a
        # frame the size of the window makes every widget under it repaint twice a scan.
        self._edges = []
        for _ in range(4):
            edge = QFrame(window)
            edge.setObjectName("scan_flash")
            edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            edge.hide()
            self._edges.append(edge)
        self._colour: str | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._hide)
        self._ok_sound = self._load_sound(880, 90) if sound else None
        self.last: str | None = None  # "ok" / "problem": what was shown last (for tests)

    @staticmethod
    def _load_sound(freq: int, ms: int):
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no QtMultimedia or no audio libraries on this machine
            return None
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(_tone_file(freq, ms))))
        effect.setVolume(0.6)
        return effect

    def ok(self) -> None:
        self._flash(OK_COLOUR)
        self.last = "ok"
        if self._ok_sound is not None:
            self._ok_sound.play()

    def problem(self) -> None:
        self._flash(PROBLEM_COLOUR)
        self.last = "problem"
        QApplication.beep()

    def _flash(self, colour: str) -> None:
        # A thick border around the whole window: seen from the corner of the eye while
        # the hands hold the scanner and the box.
        rect = self._window.rect()
        w, h, t = rect.width(), rect.height(), FLASH_WIDTH
        geometries = ((0, 0, w, t), (0, h - t, w, t), (0, 0, t, h), (w - t, 0, t, h))
        for edge, geometry in zip(self._edges, geometries, strict=True):
            if colour != self._colour:
                edge.setStyleSheet(f"#scan_flash {{ background: {colour}; border: none; }}")
            edge.setGeometry(*geometry)
            edge.raise_()
            edge.show()
        self._colour = colour
        self._hide_timer.start(FLASH_MS)

    def _hide(self) -> None:
        for edge in self._edges:
            edge.hide()


def signal(widget: QWidget, kind: str) -> None:
    """Flash and sound for the outcome of what a volunteer just did ("ok" or "problem";
    "info" stays quiet), on the window that holds `widget`. A screen shown on its own (in a
    test, in a dialog) has no window feedback: then nothing happens."""
    feedback = getattr(widget.window(), "feedback", None)
    if feedback is not None and kind in ("ok", "problem"):
        (feedback.ok if kind == "ok" else feedback.problem)()

