"""One base for the window's hand-written table models: rows a screen gives whole (a
count's lines, a design's parts, a day's batches), shown a row per entry and a column
per key. A subclass says only what is its own: its columns (`COLUMNS`, or
`column_keys()` when they vary), their titles (`header(key)`) and what a cell holds for
a role (`cell(row, key, role)`).

The titles are translated in the subclass (its own `self.tr` in `header`): lupdate keys
a text by the class it is written in, so a `self.tr` here would look the subclass's
texts up under the wrong context. This module translates nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class RowsModel(QAbstractTableModel):
    """`rows` as the screen gave them (`set_rows` resets the view); one column per key.

    `NUMBERED`: the vertical header numbers the rows 1..n (else it says nothing)."""

    COLUMNS: tuple[str, ...] = ()
    NUMBERED = False

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    # -- rows --------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any]) -> None:
        with self.resetting():
            self.rows = list(rows)

    @contextmanager
    def resetting(self) -> Iterator[None]:
        """Change the rows (and what a subclass keeps beside them) inside one reset."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def row_at(self, index: Index) -> Any | None:
        """The row `index` is on, or None outside the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def column_keys(self) -> Sequence[Any]:
        """The key of each column, in order; a model whose columns vary overrides it."""
        return self.COLUMNS

    # -- what a subclass says -----------------------------------------------------------
    def header(self, key: Any) -> str | None:
        """The title of the column `key`, translated by the subclass."""
        return None

    def cell(self, row: Any, key: Any, role: int) -> Any:
        """What the cell of `row` in the column `key` holds for `role` (None: nothing)."""
        return None

    def refresh_headers(self) -> None:
        """The language changed: the view asks for the titles again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                    max(0, self.columnCount() - 1))

    # -- Qt overrides --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.column_keys())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if self.NUMBERED else None
        keys = self.column_keys()
        return self.header(keys[section]) if 0 <= section < len(keys) else None

    def data(self, index: Index, role: int = DISPLAY):
        row = self.row_at(index)
        if row is None:
            return None
        keys = self.column_keys()
        if not 0 <= index.column() < len(keys):
            return None
        return self.cell(row, keys[index.column()], role)
