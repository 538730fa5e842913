"""The lines of the receipt being made, for a QTableView: exactly what "Finish" posts.

The model reads the draft it is given (ui.screens.intake.screen owns it) and is told to refresh
after each change; a row the core refused is shown in red with the problem as tooltip.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.messages import format_value
from ui.vocabulary import unit_name
from warehouse_app.intake.draft import Draft, DraftLine

COLUMNS = ("box", "item", "quantity", "weight", "lot", "date", "condition")
PROBLEM_BACKGROUND = QColor("#ffcdd2")
LAST_BACKGROUND = QColor("#e3f2e5")

Index = QModelIndex | QPersistentModelIndex


class LinesModel(QAbstractTableModel):
    def __init__(self, draft: Draft, parent=None):
        super().__init__(parent)
        self.draft = draft
        self._rows = len(draft.lines)  # what the view was told; the draft may be ahead
        self.problems: dict[int, str] = {}  # row -> what the core said is wrong there

    def set_draft(self, draft: Draft) -> None:
        self.beginResetModel()
        self.draft = draft
        self._rows = len(draft.lines)
        self.problems = {}
        self.endResetModel()

    def refresh(self) -> None:
        """The draft changed: a line added at the end is an insert (the view keeps its
        place and lays out one row, not fifty); anything else repaints the rows."""
        count = len(self.draft.lines)
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self.endInsertRows()
        elif count < self._rows:
            self.beginRemoveRows(QModelIndex(), count, self._rows - 1)
            self._rows = count
            self.endRemoveRows()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def set_problems(self, problems: dict[int, str]) -> None:
        self.problems = problems
        self.refresh()

    # -- Qt overrides --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return {
            "box": self.tr("Box"), "item": self.tr("Item"), "quantity": self.tr("Count"),
            "weight": self.tr("Weight"), "lot": self.tr("Lot"), "date": self.tr("Date"),
            "condition": self.tr("Condition"),
        }[COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= min(self._rows, len(self.draft.lines)):
            return None
        line = self.draft.lines[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(line, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() in self.problems:
                return QBrush(PROBLEM_BACKGROUND)
            if index.row() == self.draft.last_row:
                return QBrush(LAST_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self.problems:
            return self.problems[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("quantity", "weight"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- what a cell says ----------------------------------------------------------------
    def cell(self, line: DraftLine, column: str) -> str:
        if column == "box":
            if line.existing_box_code:
                return line.existing_box_code
            return self.tr("Box {number}").format(number=line.box_no)
        if column == "item":
            return item_title(line)
        if column == "quantity":
            return f"{format_value(line.quantity)} {unit_name(line.item.unit, line.quantity)}"
        if column == "weight":
            if line.weight_g is None:
                return ""
            return self.tr("{kg} kg").format(kg=format_value(Decimal(line.weight_g) / 1000))
        if column == "lot":
            return line.lot_code or ""
        if column == "date":
            if line.date is None:
                return ""
            kind = self.tr("use by") if line.date_kind == "use_by" else self.tr("best before")
            return f"{kind} {format_value(line.date)}"
        return {"good": self.tr("Good"), "quarantine": self.tr("Quarantine"),
                "rejected": self.tr("Rejected")}.get(line.condition, line.condition)


def item_title(line: DraftLine) -> str:
    item = line.item
    return f"{item.name} · {item.size}" if item.size else item.name
