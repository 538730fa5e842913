"""A read-only table of short text rows for the kitchen and trace screens: the day's
batches, a proposal, a batch's checks, the recipes. The lists are small (a day, a
recipe) and come whole from an operation; a row may be tinted (a batch on hold)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.rows import RowsModel as BaseRowsModel

TINTS = {"problem": "#ffebee", "ok": "#e8f5e9", "info": "#e3f2fd"}
Index = QModelIndex | QPersistentModelIndex


class RowsModel(BaseRowsModel):
    """`headers` is called on every header paint, so a language switch shows at once.
    Its columns are numbered: column n shows the n-th text of a row."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent: QObject | None = None):
        super().__init__(parent)
        self._headers = headers
        # as many columns as titles, in every language: counted once, not on every cell
        self._columns = range(len(headers()))
        self.rows: list[tuple[str, ...]] = []
        self.keys: list[object] = []
        self.tints: list[str | None] = []

    def set_rows(self, rows: Sequence[tuple[object, tuple[str, ...], str | None]]) -> None:
        """Each row: (key the screen acts on, texts, tint or None)."""
        with self.resetting():
            self.keys = [key for key, _, _ in rows]
            self.rows = [texts for _, texts, _ in rows]
            self.tints = [tint for _, _, tint in rows]

    def column_keys(self) -> range:
        return self._columns

    def header(self, key: int) -> str | None:
        headers = self._headers()
        return headers[key] if key < len(headers) else None

    def cell(self, row: tuple[str, ...], key: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[key] if key < len(row) else ""
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # the tint goes by the row's number: it is kept beside the texts, not in them
        if role == Qt.ItemDataRole.BackgroundRole and self.row_at(index) is not None:
            tint = self.tints[index.row()]
            return QBrush(QColor(TINTS[tint])) if tint else None
        return super().data(index, role)
