"""Small building blocks shared by the screens: big buttons, grids of them, titles."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QPushButton, QWidget


def big_button(text: str = "", role: str = "big", parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("role", role)
    return button


def two_lines(name: str, longer_than: int = 20) -> str:
    """A long name on a button breaks at the space nearest its middle: a QPushButton does
    not wrap, and one long NGO name would otherwise widen the whole window."""
    if len(name) <= longer_than or " " not in name:
        return name
    middle = len(name) / 2
    cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1:]


def label(role: str, text: str = "", parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setProperty("role", role)
    widget.setWordWrap(True)
    return widget


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget()
        if widget is not None:
            widget.hide()
            # Until the deferred delete runs it is still a child: nameless, nobody finds it.
            widget.setObjectName("")
            widget.deleteLater()


def fill_grid(grid: QGridLayout, buttons: list[QPushButton], columns: int) -> None:
    clear_layout(grid)
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // columns, index % columns)
