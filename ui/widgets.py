"""Small building blocks shared by the screens: big buttons, grids of them, titles, lists."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QWidget,
)


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


BANNER_COLOURS = {"ok": ("#e8f5e9", "#1b5e20"), "problem": ("#ffebee", "#b71c1c"),
                  "info": ("#e3f2fd", "#0d47a1")}


def show_banner(banner: QLabel, text: str, kind: str = "info") -> None:
    """A screen's one-line answer to what just happened: green, red or blue."""
    background, colour = BANNER_COLOURS[kind]
    banner.setText(text)
    if banner.property("kind") == kind:
        return  # a style sheet set again costs a re-polish on every scan
    banner.setProperty("kind", kind)
    banner.setStyleSheet(
        f"background: {background}; color: {colour}; font-size: 16pt; font-weight: 600;"
        " padding: 6px 12px; border-radius: 6px;")


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


def list_table(name: str, *, stretch_last: bool = True) -> QTableView:
    """A read-only list: one row chosen at a time, columns as wide as their contents, no
    row numbers; the last column takes the room left unless `stretch_last` is False."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table
