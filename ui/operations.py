"""Operations: how a screen asks the core to do something (after Anki's CollectionOp).

A slot stays short: it calls `run_op(self, service_fn, args..., on_success=...)`.
The function runs on a worker thread, given a `ProgressState` when it takes one
(warehouse_app.progress: the core's protocol, Qt-free, after Orange's TaskState), so long
jobs are ordinary functions testable without any widget. The GUI thread gets a busy cursor after 300 ms and a progress dialog after
600 ms; errors are shown in one place (ui.error_dialog); on success the event bus
tells every screen what changed.

Operations run one at a time, in the order asked (a volunteer's scans must commit in
the order scanned), on one worker thread that opens its own database connection and
closes it when the job ends. Tests may run them inline with `set_inline(True)`.
"""

from __future__ import annotations

import inspect
import logging
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from models.db import database
from ui import error_dialog
from ui.events import bus
from ui.progress import DelayedProgress
from warehouse_app.progress import Cancelled, ProgressState

log = logging.getLogger(__name__)

_inline = False
_serial_pool: QThreadPool | None = None
_running: set[Operation] = set()


def set_inline(inline: bool) -> None:
    """Run every operation synchronously on the calling thread (tests only)."""
    global _inline
    _inline = inline


def close_thread_connection() -> None:
    """Close this thread's database connection (peewee keeps one per thread)."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def serial_pool() -> QThreadPool:
    global _serial_pool
    if _serial_pool is None:
        _serial_pool = QThreadPool()
        _serial_pool.setMaxThreadCount(1)
    return _serial_pool


def wait_for_all(msecs: int = 30_000) -> bool:
    """Let running jobs finish (at exit): True when none is left."""
    done = serial_pool().waitForDone(msecs)
    return QThreadPool.globalInstance().waitForDone(msecs) and done


def running_count() -> int:
    return len(_running)


class _JobSignals(QObject):
    """One long-lived object, made on the GUI thread, that carries every job's end back
    to it. A QObject per job was released by the worker thread when the pool deleted
    the job, sometimes as the GUI thread was releasing its Operation: Qt objects then
    died on the wrong thread, and the suite crashed now and then (free(): invalid
    pointer, segmentation faults in the event loop)."""

    succeeded = Signal(int, object)
    failed = Signal(int, object, str)

    def __init__(self) -> None:
        super().__init__(None)
        self.succeeded.connect(self._on_succeeded)  # queued: emitted on a worker
        self.failed.connect(self._on_failed)

    @Slot(int, object)
    def _on_succeeded(self, job_id: int, result: Any) -> None:
        op = _waiting.pop(job_id, None)
        if op is not None:
            op._succeeded(result)

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, exc: Exception, details: str) -> None:
        op = _waiting.pop(job_id, None)
        if op is not None:
            op._failed(exc, details)


_hub: _JobSignals | None = None
_waiting: dict[int, Operation] = {}  # job id -> its operation (GUI thread only)
_job_ids = iter(range(1, 2**62))


def _signals_hub() -> _JobSignals:
    global _hub
    if _hub is None:
        _hub = _JobSignals()
    return _hub


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[..., Any], args: tuple, kwargs: dict,
                 state: ProgressState, signals: _JobSignals):
        super().__init__()
        self.setAutoDelete(True)
        self._id = job_id
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._state, self._signals = state, signals

    def run(self) -> None:
        failure: tuple[Exception, str] | None = None
        result: Any = None
        try:
            result = _call(self._fn, self._args, self._kwargs, self._state)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, shown and logged there
            failure = (exc, traceback.format_exc())
        try:
            close_thread_connection()  # before the GUI hears of the end: the work is done
        except Exception:  # logged; the job's own outcome matters more
            log.exception("closing a worker's database connection failed")
        if failure is not None:
            self._signals.failed.emit(self._id, *failure)
        else:
            self._signals.succeeded.emit(self._id, result)


class Operation(QObject):
    """One call of a core function on the worker, and what happens when it ends."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, fn: Callable[..., Any], args: tuple,
                 kwargs: dict, *, on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[Exception], None] | None,
                 on_cancel: Callable[[], None] | None, progress_label: str | None,
                 cancellable: bool, changes: Iterable[str], serial: bool,
                 quiet: bool = False):
        super().__init__(None)  # lives in the GUI thread; not owned by a widget that may close
        self._parent = parent
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        self._changes = tuple(changes)
        self._serial = serial
        self.state = ProgressState(progress_label or "")
        self._feedback = DelayedProgress(parent, self.state, progress_label or "", cancellable)
        self._quiet = quiet
        self.done = False
        self.result: Any = None
        self.error: Exception | None = None

    def start(self) -> Operation:
        _running.add(self)
        if _inline:
            try:
                result = _call(self._fn, self._args, self._kwargs, self.state)
            except Exception as exc:  # noqa: BLE001 - shown and logged in _failed
                self._failed(exc, traceback.format_exc())
            else:
                self._succeeded(result)
            return self
        job_id = next(_job_ids)
        _waiting[job_id] = self
        job = _Job(job_id, self._fn, self._args, self._kwargs, self.state, _signals_hub())
        if not self._quiet:
            self._feedback.start()
        pool = serial_pool() if self._serial else QThreadPool.globalInstance()
        pool.start(job)
        return self

    def cancel(self) -> None:
        self.state.cancel()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self._end()
        self.result = result
        try:
            bus().emit_changes(self._changes)
            if self._on_success is not None:
                self._on_success(result)
        except Exception as exc:  # noqa: BLE001 - a bug in a screen: say so, do not crash the shift
            error_dialog.show_error(self._parent, exc, traceback.format_exc())
        self.finished.emit()

    @Slot(object, str)
    def _failed(self, exc: Exception, details: str) -> None:
        self._end()
        self.error = exc
        try:
            if isinstance(exc, Cancelled):
                if self._on_cancel is not None:
                    self._on_cancel()
            elif self._on_failure is not None:
                self._on_failure(exc)
            else:
                error_dialog.show_error(self._parent, exc, details)
        except Exception as inner:  # noqa: BLE001 - a bug in a failure handler
            error_dialog.show_error(self._parent, inner, traceback.format_exc())
        self.finished.emit()

    def _end(self) -> None:
        self.done = True
        self._feedback.stop()
        _running.discard(self)


def run_op(parent: QWidget | None, fn: Callable[..., Any], *args: Any,
           on_success: Callable[[Any], None] | None = None,
           on_failure: Callable[[Exception], None] | None = None,
           on_cancel: Callable[[], None] | None = None,
           progress_label: str | None = None, cancellable: bool = False,
           changes: Iterable[str] = (), serial: bool = True, quiet: bool = False,
           **kwargs: Any) -> Operation:
    """Run `fn(*args, **kwargs)` off the GUI thread; fn also gets `progress=ProgressState`
    when its signature takes `progress` (or **kwargs).

    on_success(result) runs on the GUI thread after `changes` were announced on the bus.
    on_failure(exc) replaces the standard error message (a screen that shows the problem
    inline); Cancel ends quietly in on_cancel(). `serial=False` is for read-only jobs that
    may overlap the queue (testing a connection to another server). `quiet=True` shows no
    busy cursor and no progress window: background work the person did not ask for (the
    daily backup, a dashboard's refresh), which must not interrupt them.
    """
    op = Operation(parent, fn, args, kwargs, on_success=on_success, on_failure=on_failure,
                   on_cancel=on_cancel, progress_label=progress_label,
                   cancellable=cancellable, changes=changes, serial=serial, quiet=quiet)
    return op.start()


def _call(fn: Callable[..., Any], args: tuple, kwargs: dict, state: ProgressState) -> Any:
    """Call fn, giving it the progress state when it takes one (a core service that is
    one quick transaction usually does not)."""
    state.check()
    if _takes_progress(fn):
        return fn(*args, progress=state, **kwargs)
    return fn(*args, **kwargs)


def _takes_progress(fn: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "progress" in params or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()
    )
