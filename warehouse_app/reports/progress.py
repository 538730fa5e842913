"""Progress and cancel for long jobs (reports, imports), with the protocol the UI's
`ui.operations.ProgressState` offers: callable as `progress(done, total, label)` (or
`.step(...)`), with a `.cancelled` flag. No Qt here: the UI passes its object in."""

from __future__ import annotations

from typing import Any


class JobCancelled(Exception):
    """The person asked to stop; the job wrote nothing (its transaction rolled back)."""


def step(progress: Any, done: int, total: int, label: str) -> None:
    """Report how far the job is, then stop it if the person pressed Cancel.

    The UI's ProgressState raises its own `Cancelled` from the call itself, which the UI
    recognises; `.check()` does likewise; other objects get JobCancelled."""
    if progress is None:
        return
    report = getattr(progress, "step", None) or progress
    report(done, total, label)
    if getattr(progress, "cancelled", False):
        check = getattr(progress, "check", None)
        if check is not None:
            check()
        raise JobCancelled(label)
