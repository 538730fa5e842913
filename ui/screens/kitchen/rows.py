"""A read-only table of short text rows for the kitchen and trace screens: the day's
batches, a proposal, a batch's checks, the recipes. The lists are small (a day, a
recipe) and come whole from an operation; a row may be tinted (a batch on hold)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

TINTS = {"problem": "#ffebee", "ok": "#e8f5e9", "info": "#e3f2fd"}
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """`headers` is called on every header paint, so a language switch shows at once."""

    def __init__(self, headers: Callable[[], Sequence[str]], parent: QObject | None = None):
        super().__init__(parent)
        self._headers = headers
        self.rows: list[tuple[str, ...]] = []
        self.keys: list[object] = []
        self.tints: list[str | None] = []

    def set_rows(self, rows: Sequence[tuple[object, tuple[str, ...], str | None]]) -> None:
        """Each row: (key the screen acts on, texts, tint or None)."""
        self.beginResetModel()
        self.keys = [key for key, _, _ in rows]
        self.rows = [texts for _, texts, _ in rows]
        self.tints = [tint for _, _, tint in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and self.tints[index.row()]:
            return QBrush(QColor(TINTS[self.tints[index.row()]]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if section < len(headers) else None
        return None

    def refresh_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
