"""The lines of a distribution, transfer or loan for a QTableView: the item (with the
lot and place it is held to), the quantity, the first-expired-first-out picks the core
suggests, and the refusal of a line that cannot be given, in red."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.messages import describe, format_value
from warehouse_app.goods_out.desk import LineCheck, PickRow, StockLine

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor("#ffebee")
PROBLEM_TEXT = QColor("#b71c1c")


class StockLinesModel(QAbstractTableModel):
    COLUMNS = ("item", "quantity", "picks")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[StockLine] = []
        self.checks: list[LineCheck | None] = []

    def set_lines(self, lines: list[StockLine]) -> None:
        """New lines: their checks are unknown until the core has looked."""
        self.beginResetModel()
        self.lines = list(lines)
        self.checks = [None] * len(self.lines)
        self.endResetModel()

    def set_checks(self, checks: list[LineCheck]) -> None:
        if len(checks) != len(self.lines):
            return  # the lines changed while the core looked: a newer check follows
        self.checks = list(checks)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1,
                                                           len(self.COLUMNS) - 1))

    def problems(self) -> list[int]:
        return [row for row, c in enumerate(self.checks) if c is not None and c.problem]

    def checked(self) -> bool:
        return all(c is not None for c in self.checks)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return {"item": self.tr("Item"), "quantity": self.tr("Quantity"),
                "picks": self.tr("Taken from (oldest date first)")}[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line, check = self.lines[index.row()], self.checks[index.row()]
        column = self.COLUMNS[index.column()]
        problem = check is not None and check.problem is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "item":
                return self.line_text(line)
            if column == "quantity":
                return format_value(line.quantity)
            if check is None:
                return self.tr("checking…")
            return describe(check.problem) if problem else self.picks_text(check.picks)
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QBrush(PROBLEM_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and problem and column == "picks":
            return QBrush(PROBLEM_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "quantity":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def line_text(self, line: StockLine) -> str:
        """The item, and the lot and the box or shelf the line is held to, if any."""
        lot = self.tr("lot {lot}").format(lot=line.lot_code) if line.lot_code else None
        return " · ".join(x for x in (line.item_label, lot, line.place_code) if x)

    def picks_text(self, picks: tuple[PickRow, ...]) -> str:
        parts = []
        for p in picks:
            lot = self.tr("lot {lot}").format(lot=p.lot_code) if p.lot_code else self.tr("no lot")
            if p.date is not None:
                date = (self.tr("use by {date}") if p.date_kind == "use_by"
                        else self.tr("best before {date}")).format(date=format_value(p.date))
                lot = f"{lot} ({date})"
            place = p.place or self.tr("no place")
            parts.append(self.tr("{quantity} × {lot} at {place}").format(
                quantity=format_value(p.quantity), lot=lot, place=place))
        return "; ".join(parts)
