"""The workshop's tables: a bill of materials (read-only on the Build page, editable in
the design editor: quantity per kit, used up, optional), the shortage for a target, a
scanned kit's contents, and the table view they are shown in. The rows are the core's
plain values (warehouse_app.workshop.desk)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.messages import format_value
from ui.rows import RowsModel
from ui.vocabulary import unit_name
from warehouse_app import quantities
from warehouse_app.errors import BadQuantity
from warehouse_app.workshop.desk import BomLine, PartChoice, ShortRow

Index = QModelIndex | QPersistentModelIndex
DISPLAY, CHECK, EDIT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole,
                        Qt.ItemDataRole.EditRole)


def part_text(part: PartChoice) -> str:
    return f"{part.name} · {part.code}"


def quantity_text(quantity: Decimal, unit: str) -> str:
    return f"{format_value(quantity)} {unit_name(unit, quantity)}"


def attach(view: QTableView, model: QAbstractTableModel) -> None:
    """Show `model` in `view`, the part's name (the first column) taking the room left."""
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class BillModel(RowsModel):
    """A design's lines. Editable (the design editor): the quantity per kit is typed, used
    up and optional are ticked; `edited` says the lines changed."""

    COLUMNS = ("part", "per_kit", "consumable", "optional", "substitutes")
    NUMBERED = True
    edited = Signal()

    def __init__(self, parent=None, *, editable: bool = False):
        super().__init__(parent)
        self.editable = editable

    def header(self, column: str) -> str:
        return {"part": self.tr("Part"), "per_kit": self.tr("Per kit"),
                "consumable": self.tr("Used up"), "optional": self.tr("Optional"),
                "substitutes": self.tr("Or instead")}[column]

    def cell(self, line: BomLine, column: str, role: int):
        if role == DISPLAY:
            if column == "part":
                return part_text(line.part)
            if column == "per_kit":
                return quantity_text(line.quantity, line.part.unit)
            if column == "substitutes":
                return "; ".join(f"{part.name} × {format_value(q)}"
                                 for part, q in line.substitutes)
            return None
        if role == CHECK and column in ("consumable", "optional"):
            ticked = getattr(line, column)
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == EDIT and column == "per_kit":
            return format_value(line.quantity)
        if role == Qt.ItemDataRole.ToolTipRole and column == "consumable":
            return self.tr("Used up by building (nails, tape): not returned when a kit is "
                           "taken apart.")
        if role == Qt.ItemDataRole.ToolTipRole and column == "optional":
            return self.tr("Goes in when there is some; never stops a build.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.editable or not index.isValid():
            return flags
        column = self.COLUMNS[index.column()]
        if column == "per_kit":
            return flags | Qt.ItemFlag.ItemIsEditable
        if column in ("consumable", "optional"):
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if not self.editable or not index.isValid():
            return False
        line: BomLine = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == EDIT and column == "per_kit":
            try:
                quantity = quantities.parse(str(value))
            except BadQuantity:
                return False  # the cell keeps its number (Qt's editor closes on it)
            line = dataclasses.replace(line, quantity=quantity)
        elif role == CHECK and column in ("consumable", "optional"):
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            line = dataclasses.replace(line, **{column: ticked})
        else:
            return False
        self.rows[index.row()] = line
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class ShortageModel(RowsModel):
    COLUMNS = ("part", "needed", "have", "missing")
    NUMBERED = True

    def header(self, column: str) -> str:
        return {"part": self.tr("Part"), "needed": self.tr("Needed"),
                "have": self.tr("In stock"), "missing": self.tr("Missing")}[column]

    def cell(self, row: ShortRow, column: str, role: int) -> str | None:
        if role != DISPLAY:
            return None
        if column == "part":
            return part_text(row.part)
        return quantity_text(getattr(row, column), row.part.unit)


class ContentsModel(RowsModel):
    """A kit's parts: (part, quantity, used up)."""

    COLUMNS = ("part", "quantity", "back")
    NUMBERED = True

    def header(self, column: str) -> str:
        return {"part": self.tr("Part"), "quantity": self.tr("In the kit"),
                "back": self.tr("When taken apart")}[column]

    def cell(self, row: tuple[PartChoice, Decimal, bool], column: str,
             role: int) -> str | None:
        if role != DISPLAY:
            return None
        part, quantity, consumable = row
        if column == "part":
            return part_text(part)
        if column == "quantity":
            return quantity_text(quantity, part.unit)
        return self.tr("used up") if consumable else self.tr("back on the shelf")
