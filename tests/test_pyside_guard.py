"""Guard against PySide6 6.12.0's none_dealloc abort on CPython 3.11 (shared/PERFORMANCE.md).

Every Qt call returning nothing dropped one reference to None; after ~4,000 of them the
interpreter aborted mid-shift. 20,000 such calls must leave None's refcount where it was.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_none_references(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText("scan")  # returns None: the call that leaked
        if i % 1000 == 0:
            qapp.processEvents()
    after = sys.getrefcount(None)
    # A few references may come and go with the interpreter's own work; the bug lost 20,000.
    assert abs(after - before) < 100, f"None refcount moved by {after - before}"


def test_pin_keeps_pyside_below_6_12():
    import tomllib
    from pathlib import Path

    meta = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    pins = [d for d in meta["project"]["dependencies"] if d.lower().startswith("pyside6")]
    assert pins and "<6.12" in pins[0], pins
