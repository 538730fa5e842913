"""The outstanding loans between the hangar's NGOs for a QTableView: lender, borrower,
item, lent, repaid, outstanding and due date; an overdue loan stands out in red."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.messages import format_value
from ui.vocabulary import unit_name
from warehouse_app.goods_out.desk import LoanRow

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BACKGROUND = QColor("#ffebee")
OVERDUE_TEXT = QColor("#b71c1c")


class LoansModel(QAbstractTableModel):
    COLUMNS = ("loan", "lender", "borrower", "item", "lent", "repaid", "outstanding", "due")
    NUMBERS = ("lent", "repaid", "outstanding")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loans: list[LoanRow] = []

    def set_loans(self, loans: list[LoanRow]) -> None:
        self.beginResetModel()
        self.loans = list(loans)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.loans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {"loan": self.tr("Loan"), "lender": self.tr("Lender"),
                "borrower": self.tr("Borrower"), "item": self.tr("Item"),
                "lent": self.tr("Lent"), "repaid": self.tr("Repaid"),
                "outstanding": self.tr("Outstanding"),
                "due": self.tr("Due date")}[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.loans):
            return None
        loan, column = self.loans[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in self.NUMBERS:
                value = getattr(loan, column)
                return f"{format_value(value)} {unit_name(loan.unit, value)}"
            if column == "due":
                due = format_value(loan.due_date)
                return self.tr("{date} (overdue)").format(date=due) if loan.overdue else due
            return {"loan": loan.loan_code, "lender": loan.lender_code,
                    "borrower": loan.borrower_code, "item": loan.item}[column]
        if role == Qt.ItemDataRole.BackgroundRole and loan.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and loan.overdue and column == "due":
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
