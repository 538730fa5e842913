"""The lines of the receipt being made, for a QTableView: exactly what "Finish" posts.

The model reads the draft it is given (ui.screens.intake.screen owns it) and is told to refresh
after each change; a row the core refused is shown in red with the problem as tooltip.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.messages import format_value
from ui.rows import RowsModel
from ui.vocabulary import unit_name
from warehouse_app.intake.draft import Draft, DraftLine

COLUMNS = ("box", "item", "quantity", "weight", "lot", "date", "condition")
PROBLEM_BACKGROUND = QColor("#ffcdd2")
LAST_BACKGROUND = QColor("#e3f2e5")

Index = QModelIndex | QPersistentModelIndex


class LinesModel(RowsModel):
    """`rows` is the draft's own list of lines (read, never copied); `rowCount` is what the
    view was told, which the draft may be ahead of until `refresh`."""

    COLUMNS = COLUMNS
    NUMBERED = True

    def __init__(self, draft: Draft, parent=None):
        super().__init__(parent)
        self.draft = draft
        self.rows = draft.lines
        self._shown = len(draft.lines)  # what the view was told; the draft may be ahead
        self.problems: dict[int, str] = {}  # row -> what the core said is wrong there

    def set_draft(self, draft: Draft) -> None:
        with self.resetting():
            self.draft = draft
            self.rows = draft.lines
            self._shown = len(draft.lines)
            self.problems = {}

    def refresh(self) -> None:
        """The draft changed: a line added at the end is an insert (the view keeps its
        place and lays out one row, not fifty); anything else repaints the rows."""
        count = len(self.draft.lines)
        if count > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, count - 1)
            self._shown = count
            self.endInsertRows()
        elif count < self._shown:
            self.beginRemoveRows(QModelIndex(), count, self._shown - 1)
            self._shown = count
            self.endRemoveRows()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMNS) - 1))

    def set_problems(self, problems: dict[int, str]) -> None:
        self.problems = problems
        self.refresh()

    def row_at(self, index: Index) -> DraftLine | None:
        return super().row_at(index) if index.row() < self._shown else None

    # -- Qt overrides --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def header(self, column: str) -> str:
        return {
            "box": self.tr("Box"), "item": self.tr("Item"), "quantity": self.tr("Count"),
            "weight": self.tr("Weight"), "lot": self.tr("Lot"), "date": self.tr("Date"),
            "condition": self.tr("Condition"),
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # the colour and the tooltip go by the row's number: the core's problems, the
        # line scanned last
        if self.row_at(index) is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                if index.row() in self.problems:
                    return QBrush(PROBLEM_BACKGROUND)
                if index.row() == self.draft.last_row:
                    return QBrush(LAST_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole and index.row() in self.problems:
                return self.problems[index.row()]
        return super().data(index, role)

    # -- what a cell says ----------------------------------------------------------------
    def cell(self, line: DraftLine, column: str, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("quantity", "weight"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
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
