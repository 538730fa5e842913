"""The lines of a distribution, transfer or loan for a QTableView: the item (with the
lot and place it is held to), the quantity, the first-expired-first-out picks the core
suggests, and the refusal of a line that cannot be given, in red."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ui.messages import describe, format_value
from ui.rows import RowsModel
from warehouse_app.goods_out.desk import LineCheck, PickRow, StockLine

PROBLEM_BACKGROUND = QColor("#ffebee")
PROBLEM_TEXT = QColor("#b71c1c")


class StockLinesModel(RowsModel):
    """A row is a line and the core's check of it (None until the core has looked): the
    screen gives the lines (`set_lines`), then the checks (`set_checks`)."""

    COLUMNS = ("item", "quantity", "picks")
    NUMBERED = True

    @property
    def lines(self) -> list[StockLine]:
        return [line for line, _ in self.rows]

    @property
    def checks(self) -> list[LineCheck | None]:
        return [check for _, check in self.rows]

    def set_rows(self, rows: Iterable[StockLine]) -> None:
        """New lines: their checks are unknown until the core has looked."""
        super().set_rows((line, None) for line in rows)

    def set_lines(self, lines: list[StockLine]) -> None:
        self.set_rows(lines)

    def set_checks(self, checks: list[LineCheck]) -> None:
        if len(checks) != len(self.rows):
            return  # the lines changed while the core looked: a newer check follows
        self.rows = [(line, check) for (line, _), check in zip(self.rows, checks, strict=True)]
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1,
                                                           len(self.COLUMNS) - 1))

    def problems(self) -> list[int]:
        return [row for row, (_, c) in enumerate(self.rows) if c is not None and c.problem]

    def checked(self) -> bool:
        return all(c is not None for _, c in self.rows)

    def header(self, column: str) -> str:
        return {"item": self.tr("Item"), "quantity": self.tr("Quantity"),
                "picks": self.tr("Taken from (oldest date first)")}[column]

    def cell(self, row: tuple[StockLine, LineCheck | None], column: str, role: int):
        line, check = row
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
