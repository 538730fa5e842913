"""Keyboard-wedge barcode scanners, anywhere in the app.

A USB scanner "types" its code as key presses a few milliseconds apart, then Enter
(or Tab). An application-wide event filter tells that apart from a person typing by
speed and ending: it holds each printable key back for at most `gap_ms`; keys that keep
coming faster than that and end in Enter/Tab with at least `min_length` characters are
a scan, swallowed and emitted as `scanned(code)`, so a scan never lands as stray text
in whatever field has the focus. Anything else (a pause, a slow key, another key) is
human typing: the held keys are replayed, in order, to the widget they were meant for.
A person never notices a 30 ms hold.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

ENDINGS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
MODIFIER_KEYS = (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock,
)


@dataclass
class ScannerSettings:
    """The workstation's scanner options (workstation.json, key "scanner")."""

    enabled: bool = True
    gap_ms: int = 30  # longest pause between two keys of one scan
    min_length: int = 4  # shorter bursts are typing (a fast "ok" + Enter)
    prefix: str = ""  # characters the scanner is set to send first; required when set
    suffix: str = ""  # characters it sends last, before Enter

    @classmethod
    def from_dict(cls, data: dict | None) -> ScannerSettings:
        data = data or {}
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    target: QWidget


class ScannerFilter(QObject):
    """Install with `QApplication.instance().installEventFilter(filter)`."""

    scanned = Signal(str)

    def __init__(self, settings: ScannerSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings or ScannerSettings()
        self._held: list[_HeldKey] = []
        self._last_key_at = 0.0
        self._replaying = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._timed_out)

    def configure(self, settings: ScannerSettings) -> None:
        self.flush()
        self.settings = settings

    # -- the filter ---------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt override: camelCase
        if event.type() != QEvent.Type.KeyPress or self._replaying or not self.settings.enabled:
            return False
        if not isinstance(obj, QWidget) or not self._is_first_delivery(obj):
            return False
        return self._key_pressed(obj, event)

    @staticmethod
    def _is_first_delivery(widget: QWidget) -> bool:
        """A key press not taken by a widget travels on to its parents, and an application
        filter sees it again at each: look at it once, where it first lands."""
        focus = QApplication.focusWidget()
        return widget is focus if focus is not None else widget.isWindow()

    def _key_pressed(self, widget: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in MODIFIER_KEYS:
            return False  # scanners press Shift for capitals: neither a key nor a pause
        now = time.monotonic()
        in_burst = bool(self._held) and (now - self._last_key_at) * 1000 <= self.settings.gap_ms
        if key in ENDINGS:
            if in_burst and self._is_scan():
                code = self._code()
                self._held.clear()
                self._flush_timer.stop()
                self.scanned.emit(code)
                return True
            self.flush()
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.flush()  # Backspace, arrows, shortcuts: a person at the keyboard
            return False
        if self._held and not in_burst:
            self.flush()
        self._held.append(_HeldKey(key, event.modifiers(), text, widget))
        self._last_key_at = now
        self._flush_timer.start(self.settings.gap_ms + 5)
        return True

    def _is_scan(self) -> bool:
        text = "".join(k.text for k in self._held)
        s = self.settings
        if s.prefix and not text.startswith(s.prefix):
            return False
        return len(self._strip(text)) >= s.min_length

    def _strip(self, text: str) -> str:
        s = self.settings
        if s.prefix and text.startswith(s.prefix):
            text = text[len(s.prefix):]
        if s.suffix and text.endswith(s.suffix):
            text = text[: -len(s.suffix)]
        return text

    def _code(self) -> str:
        return self._strip("".join(k.text for k in self._held))

    # -- giving held keys back ----------------------------------------------------------
    def _timed_out(self) -> None:
        # The timer can fire late when the event loop was busy: the keys queued meanwhile
        # are still in the burst if they came fast. Only a real pause makes it typing.
        if (time.monotonic() - self._last_key_at) * 1000 > self.settings.gap_ms:
            self.flush()
        else:
            self._flush_timer.start(self.settings.gap_ms + 5)

    def flush(self) -> None:
        """Replay held keys to the widgets they were meant for: they were typing."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for k in held:
                if not shiboken6.isValid(k.target):
                    continue
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(k.target, QKeyEvent(kind, k.key, k.modifiers, k.text))
        finally:
            self._replaying = False

    @property
    def holding(self) -> int:
        return len(self._held)
