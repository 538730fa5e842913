"""The lines of a stock count for QTableViews: what counters counted (never a book
quantity: `CountedLine` carries none), how far each place is, the refused rows of a
count sheet, and what reviewers weigh (book, counted, difference in units and kg,
reason)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ui.messages import format_value
from ui.rows import RowsModel
from ui.screens.counts.view import reason_name
from ui.vocabulary import unit_name
from warehouse_app.counts.desk import PlaceProgress
from warehouse_app.counts.review import ReviewLine
from warehouse_app.counts.sessions import CountedLine

RECOUNT_BACKGROUND = QColor("#fff3cd")
VARIANCE_BACKGROUND = QColor("#ffebee")


def _place(line) -> str:
    return " / ".join(x for x in (line.location_code, line.box_code) if x) or "—"


def _item(line) -> str:
    lot = f" ({line.lot_code})" if line.lot_code else ""
    return f"{line.item_name} · {line.item_code}{lot}"


class _LinesModel(RowsModel):
    """Rows of count lines, numbered; a subclass names its COLUMNS and gives
    `header(column)`, the translated title of each (self.tr must run in the subclass for
    lupdate to see it), and `cell(line, column, role)`."""

    NUMBERED = True

    @property
    def lines(self) -> list:
        return self.rows

    def set_lines(self, lines: Sequence) -> None:
        self.set_rows(lines)


class CountedLinesModel(_LinesModel):
    """What counters see: place, item, what they counted, who."""

    COLUMNS = ("place", "item", "counted", "by")

    def header(self, column: str) -> str:
        return {"place": self.tr("Place"), "item": self.tr("Item"),
                "counted": self.tr("Counted"), "by": self.tr("Counted by")}[column]

    def cell(self, line: CountedLine, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "place":
                return _place(line)
            if column == "item":
                return _item(line)
            if column == "counted":
                return f"{format_value(line.counted)} {unit_name(line.unit, line.counted)}"
            text = line.counted_by
            if line.implied:
                text = self.tr("{name} (place done)").format(name=line.counted_by)
            return text
        if role == Qt.ItemDataRole.BackgroundRole and line.recount_asked:
            return QBrush(RECOUNT_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and line.recount_asked:
            return self.tr("A reviewer asked for this line to be counted again.")
        return None


class ReviewModel(_LinesModel):
    """What reviewers see; the reason column holds a combo per variance line."""

    # the reason before the kg: at 1280 pixels the reviewer chooses it without scrolling
    COLUMNS = ("place", "item", "book", "counted", "difference", "reason", "kg", "by")

    def header(self, column: str) -> str:
        return {"place": self.tr("Place"), "item": self.tr("Item"), "book": self.tr("Book"),
                "counted": self.tr("Counted"), "difference": self.tr("Difference"),
                "kg": self.tr("Difference (kg)"), "reason": self.tr("Reason"),
                "by": self.tr("Counted by")}[column]

    def cell(self, line: ReviewLine, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "place":
                return _place(line)
            if column == "item":
                return _item(line)
            if column == "book":
                return format_value(line.book)
            if column == "counted":
                return self.tr("not counted") if line.counted is None else format_value(
                    line.counted)
            if column == "difference":
                return "" if line.difference is None else f"{line.difference:+}"
            if column == "kg":
                return "" if line.difference_kg is None else f"{line.difference_kg:+.3f}"
            if column == "reason":
                return reason_name(line.reason) if line.reason else ""
            return line.counted_by or ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.recount_asked:
                return QBrush(RECOUNT_BACKGROUND)
            if line.is_variance:
                return QBrush(VARIANCE_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.recount_asked:
                return self.tr("Waiting for a recount.")
            if column == "item":
                return _item(line)  # the column may be too narrow for a long name
        return None


class PlacesModel(_LinesModel):
    """How far the counters are, place by place ("LOC-A-01-1: 12 of 30 lines")."""

    COLUMNS = ("place", "progress")

    def header(self, column: str) -> str:
        return {"place": self.tr("Place"), "progress": self.tr("Counted")}[column]

    def merge(self, places: Sequence[PlaceProgress]) -> None:
        """Put in the places counted again (a scan, a place done), keeping the others."""
        fresh = {x.place: x for x in places}
        kept = [x for x in self.lines if x.place not in fresh]
        self.set_lines(sorted([*kept, *fresh.values()],
                              key=lambda x: (x.place is not None, x.place or "")))

    def of(self, place: str | None) -> PlaceProgress | None:
        return next((x for x in self.lines if x.place == place), None)

    def totals(self) -> tuple[int, int]:
        return sum(x.counted for x in self.lines), sum(x.to_count for x in self.lines)

    def describe(self, x: PlaceProgress) -> str:
        return self.tr("{counted} of {total} lines").format(counted=x.counted, total=x.to_count)

    def cell(self, x: PlaceProgress, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "place":
                return x.place or self.tr("no place")
            return self.describe(x)
        if role == Qt.ItemDataRole.BackgroundRole and x.counted < x.to_count:
            return QBrush(RECOUNT_BACKGROUND)
        return None


class SheetProblemsModel(_LinesModel):
    """The refused rows of a count sheet: (row, column, problem), as the core names them."""

    COLUMNS = ("row", "column", "problem")

    def header(self, column: str) -> str:
        return {"row": self.tr("Row"), "column": self.tr("Column"),
                "problem": self.tr("Problem")}[column]

    def cell(self, problem: tuple, column: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(problem[self.COLUMNS.index(column)])
        return None
