"""One progress protocol for the long jobs of the core (reports, imports, counts, exports)
and for whoever runs them: the window (ui.operations gives each job a ProgressState on
its worker thread and polls it from the GUI thread), the CLI and the tests.

A job takes `progress=None` and calls `step(progress, done, total, label)` as it goes;
once the person has pressed Cancel that call raises `Cancelled`, inside the job's
transaction, so nothing it did is kept. No Qt here (after Orange's TaskState).
"""

from __future__ import annotations

import threading
from typing import Any


class Cancelled(Exception):
    """The person pressed Cancel and the job stopped (its transaction rolled back)."""


class ProgressState:
    """What a job reports and what it is asked: thread-safe.

    `progress(done, total, label)` (or `.update`) reports; it raises `Cancelled` once
    the person has asked to stop, so a job that reports progress can be cancelled
    without any code of its own. `check()` raises likewise; `cancelled` only tells.
    """

    def __init__(self, label: str = ""):
        self._lock = threading.Lock()
        self._done = 0
        self._total: int | None = None
        self._label = label
        self._cancel = threading.Event()

    def update(self, done: int, total: int | None = None, label: str | None = None) -> None:
        with self._lock:
            self._done = int(done)
            if total is not None:
                self._total = int(total)
            if label is not None:
                self._label = label
        self.check()

    __call__ = update

    def snapshot(self) -> tuple[int, int | None, str]:
        with self._lock:
            return self._done, self._total, self._label

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


def step(progress: Any, done: int, total: int, label: str) -> None:
    """Report how far the job is, then stop it if the person pressed Cancel.

    `progress` is a ProgressState, None (nobody is watching), or any callable taking
    (done, total, label), stopped by its `cancelled` flag when it has one."""
    if progress is None:
        return
    progress(done, total, label)
    if getattr(progress, "cancelled", False):
        raise Cancelled(label)
