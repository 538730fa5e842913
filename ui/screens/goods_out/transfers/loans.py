"""The outstanding loans between the hangar's NGOs for a QTableView: lender, borrower,
item, lent, repaid, outstanding and due date; an overdue loan stands out in red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ui.messages import format_value
from ui.rows import RowsModel
from ui.vocabulary import unit_name
from warehouse_app.goods_out.desk import LoanRow

OVERDUE_BACKGROUND = QColor("#ffebee")
OVERDUE_TEXT = QColor("#b71c1c")


class LoansModel(RowsModel):
    COLUMNS = ("loan", "lender", "borrower", "item", "lent", "repaid", "outstanding", "due")
    NUMBERS = ("lent", "repaid", "outstanding")

    @property
    def loans(self) -> list[LoanRow]:
        return self.rows

    def set_loans(self, loans: list[LoanRow]) -> None:
        self.set_rows(loans)

    def header(self, column: str) -> str:
        return {"loan": self.tr("Loan"), "lender": self.tr("Lender"),
                "borrower": self.tr("Borrower"), "item": self.tr("Item"),
                "lent": self.tr("Lent"), "repaid": self.tr("Repaid"),
                "outstanding": self.tr("Outstanding"),
                "due": self.tr("Due date")}[column]

    def cell(self, loan: LoanRow, column: str, role: int):
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
