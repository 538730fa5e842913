"""Python's cyclic garbage collector, run on the GUI thread only (after Anki's aqt).

Left automatic, the collector runs in whichever thread happens to allocate when a
threshold is crossed, often an operation's worker: a Qt object caught in a reference
cycle (a dialog, a timer, an operation) is then destroyed on that thread, which Qt
refuses ("Timers cannot be stopped from another thread") and which can crash. So the
automatic collector is off while the window lives, and a timer on the GUI thread
collects: the young generations often (a millisecond or two), everything now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 2_000
FULL_EVERY = 30  # one full collection every 30 young ones (a minute)


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(YOUNG_EVERY_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()

    def collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_EVERY == 0 else 1)
