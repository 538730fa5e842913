"""Operations: the real worker thread, errors shown in one place, cancel, delayed
progress, the change bus; and the inline mode tests may use."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ui import operations
from ui.events import bus
from ui.operations import run_op
from warehouse_app.errors import InsufficientStock, PermissionDenied
from warehouse_app.progress import Cancelled, ProgressState


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() + _children()
            if isinstance(w, QMessageBox) and w.isVisible()]


def _children() -> list[QWidget]:
    return [c for w in QApplication.topLevelWidgets() for c in w.findChildren(QMessageBox)]


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    for box in _boxes():
        box.close()


def test_progress_state_is_plain_and_cancellable():
    state = ProgressState()
    state(3, 10, "boxes")
    assert state.snapshot() == (3, 10, "boxes")
    state.cancel()
    with pytest.raises(Cancelled):
        state.update(4)
    with pytest.raises(Cancelled):
        state.check()


def test_runs_on_a_worker_thread_and_returns_on_the_gui_thread(qtbot, parent):
    seen = {}

    def job(a, b, *, progress):
        seen["job_thread"] = threading.get_ident()
        progress(1, 1)
        return a + b

    def done(result):
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    op = run_op(parent, job, 2, 3, on_success=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 5
    assert seen["job_thread"] != threading.get_ident()
    assert seen["done_thread"] == threading.get_ident()
    assert op.done and operations.running_count() == 0


def test_a_function_without_progress_is_called_plainly(qtbot, parent):
    results = []
    run_op(parent, sorted, [3, 1, 2], on_success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [[1, 2, 3]]


def test_operations_run_in_the_order_asked(qtbot, parent):
    order = []

    def slow(tag):
        time.sleep(0.05)
        return tag

    for tag in range(5):
        run_op(parent, slow, tag, on_success=order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_a_refusal_of_the_core_is_a_translated_message(qtbot, parent):
    def refuse():
        raise PermissionDenied("Vera", "volunteer", "close_month", "AID")

    op = run_op(parent, refuse, on_success=lambda _: pytest.fail("no success"))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    box = next(b for b in _boxes())
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Vera (Volunteer) may not close a month for AID. Ask a coordinator."


def test_on_failure_replaces_the_standard_message(qtbot, parent):
    errors = []

    def refuse():
        raise InsufficientStock("Soap bar", "AID", 2, 5, "piece")

    op = run_op(parent, refuse, on_failure=errors.append)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert isinstance(errors[0], InsufficientStock)
    assert not _boxes()


def test_a_bug_is_an_unexpected_error_with_details(qtbot, parent, caplog):
    def crash():
        return {}["missing"]

    op = run_op(parent, crash)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    box = next(b for b in _boxes())
    assert box.icon() == QMessageBox.Icon.Critical
    assert "unexpected" in box.text()
    assert "KeyError" in box.detailedText()
    assert any("unexpected error" in r.message for r in caplog.records)


def test_cancel_stops_a_long_job_quietly(qtbot, parent):
    cancelled, started = [], threading.Event()

    def long_job(*, progress):
        started.set()
        for i in range(500):
            progress(i, 500, "working")
            time.sleep(0.01)
        return "finished"

    op = run_op(parent, long_job, on_success=lambda _: pytest.fail("not cancelled"),
                on_cancel=lambda: cancelled.append(True), cancellable=True)
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert cancelled == [True] and isinstance(op.error, Cancelled)
    assert not _boxes()


def test_slow_job_gets_a_progress_dialog_after_600_ms_then_none(qtbot, parent):
    release = threading.Event()

    def slow(*, progress):
        progress(1, 4, "counting boxes")
        release.wait(5)
        return "ok"

    op = run_op(parent, slow, progress_label="Please hold on", cancellable=True)
    dialogs = lambda: [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]  # noqa: E731
    qtbot.wait(200)
    assert not dialogs() and QApplication.overrideCursor() is None  # quick: no feedback yet
    qtbot.waitUntil(lambda: bool(dialogs()), timeout=3000)
    assert QApplication.overrideCursor() is not None
    qtbot.waitUntil(lambda: dialogs()[0].labelText() == "counting boxes", timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert not dialogs() and QApplication.overrideCursor() is None


def test_success_announces_changes_before_on_success(qtbot, parent):
    heard = []
    bus().stock_changed.connect(lambda: heard.append("stock"))
    op = run_op(parent, lambda: 1, on_success=lambda _: heard.append("success"),
                changes=("stock",))
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert heard == ["stock", "success"]
    with pytest.raises(KeyError):
        bus().emit_changes(["stok"])


def test_the_worker_uses_and_closes_its_own_connection(qtbot, parent, db, monkeypatch):
    from models import Organisation, database

    seen = {}
    real_close = operations.close_thread_connection

    def close_and_check():
        real_close()
        seen["closed_in_worker"] = database.obj.is_closed()  # this thread's connection

    monkeypatch.setattr(operations, "close_thread_connection", close_and_check)

    def count():
        seen["conn"] = id(database.connection())
        return Organisation.select().count()

    main_conn = id(database.connection())
    results = []
    run_op(parent, count, on_success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [0]
    assert seen["conn"] != main_conn
    qtbot.waitUntil(lambda: "closed_in_worker" in seen, timeout=5000)
    assert seen["closed_in_worker"] is True
    assert not database.obj.is_closed()  # the test's own connection is another one


def test_inline_mode_runs_synchronously(inline_ops, parent):
    results = []
    op = run_op(parent, lambda x: x * 2, 21, on_success=results.append)
    assert op.done and results == [42]
