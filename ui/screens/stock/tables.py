"""The stock screen's tables: stock on hand (a `StockListing` the worker read, rows built
as they are shown), the ledger (ids, rows read by page: stock_paging), an item's card and
a box's contents and history (short lists)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.messages import format_value
from ui.rows import RowsModel
from ui.screens.stock.paging import PagedModel
from ui.screens.stock.words import document_kind_name, movement_kind_name, status_name
from ui.vocabulary import unit_name
from warehouse_app.stock.movements import LedgerLine, ledger_page

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NUMBERS = ("quantity", "kg", "in", "out", "balance")


def _place(location: str | None, box: str | None) -> str:
    return " / ".join(x for x in (location, box) if x)


def _item(code: str | None, name: str | None, size: str | None = None) -> str:
    sized = f"{name} {size}" if size else (name or "")
    return f"{sized} · {code}" if code else sized


def _kg(weight_g: int | None) -> str:
    if not weight_g:
        return ""
    return format_value(Decimal(weight_g).scaleb(-3))


def _movement_cell(m: LedgerLine, column: str) -> str:
    """A movement's text in a column of the ledger or of a box's history."""
    if column == "date":
        return format_value(m.date)
    if column == "document":
        return m.document_code
    if column == "kind":
        return movement_kind_name(m.kind)
    if column == "owner":
        return m.owner_code
    if column == "item":
        return _item(m.item_code, m.item_name)
    if column == "quantity":
        sign = "+" if m.quantity > 0 else ""
        return f"{sign}{format_value(m.quantity)} {unit_name(m.unit, abs(m.quantity))}"
    if column == "place":
        lot = f" ({m.lot_code})" if m.lot_code else ""
        return _place(m.location_code, m.box_code) + lot
    return m.who


class _ListModel(RowsModel):
    """Rows held in a sequence; a subclass names COLUMNS, `header` and `text`, the text
    of a cell (numbers stand to the right)."""

    rows: Sequence[Any]

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Kept as given, not copied: a StockListing makes a row only when it is shown."""
        with self.resetting():
            self.rows = rows

    def cell(self, row: Any, column: str, role: int):
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in NUMBERS else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.text(row, column)

    def header(self, column: str) -> str:
        return column

    def text(self, row: Any, column: str) -> str:
        return ""


class StockModel(_ListModel):
    """Stock on hand: one row per owner, item, lot and status."""

    COLUMNS = ("owner", "item", "category", "lot", "date", "status", "quantity", "kg")
    SORTS = {"owner": "owner", "item": "item", "category": "category", "lot": "lot",
             "date": "date", "status": "status", "quantity": "quantity", "kg": "weight"}

    def header(self, column: str) -> str:
        return {"owner": self.tr("Owner"), "item": self.tr("Item"),
                "category": self.tr("Category"), "lot": self.tr("Lot"),
                "date": self.tr("Date"), "status": self.tr("Status"),
                "quantity": self.tr("Quantity"), "kg": self.tr("kg")}[column]

    def text(self, r, column: str) -> str:
        if column == "owner":
            return r.owner_code or ""
        if column == "item":
            return _item(r.item_code, r.item_name, r.size)
        if column == "category":
            return r.category or ""
        if column == "lot":
            return r.lot_code or ""
        if column == "date":
            return format_value(r.lot_date)
        if column == "status":
            return status_name(r.status)
        if column == "quantity":
            return f"{format_value(r.quantity)} {unit_name(r.unit or '', r.quantity)}"
        return _kg(r.weight_g)


class LedgerModel(PagedModel):
    """Every movement the person may see, read a page at a time."""

    COLUMNS = ("date", "document", "kind", "owner", "item", "quantity", "place", "who")
    SORTS = {"date": "date", "document": "document", "kind": "kind", "owner": "owner",
             "item": "item", "quantity": "quantity", "who": "who"}

    def __init__(self, widget: QWidget):
        super().__init__(widget, ledger_page, lambda line: line.id)

    def header(self, column: str) -> str:
        return {"date": self.tr("Date"), "document": self.tr("Document"),
                "kind": self.tr("Movement"), "owner": self.tr("Owner"), "item": self.tr("Item"),
                "quantity": self.tr("Quantity"), "place": self.tr("Place / box"),
                "who": self.tr("Who")}[column]

    def alignment(self, column: str):
        return RIGHT if column in NUMBERS else None

    def cell(self, m: LedgerLine, column: str) -> str:
        return _movement_cell(m, column)


class CardModel(_ListModel):
    """An item's stock card: each movement with its document and the balance after it."""

    COLUMNS = ("date", "document", "kind", "in", "out", "balance", "lot", "place", "who")

    def header(self, column: str) -> str:
        return {"date": self.tr("Date"), "document": self.tr("Document"),
                "kind": self.tr("Movement"), "in": self.tr("In"), "out": self.tr("Out"),
                "balance": self.tr("Balance"), "lot": self.tr("Lot"),
                "place": self.tr("Place / box"), "who": self.tr("Who")}[column]

    def text(self, line, column: str) -> str:
        if column == "date":
            return format_value(line.date)
        if column == "document":
            return f"{line.document_code} · {document_kind_name(line.document_kind)}"
        if column == "kind":
            return movement_kind_name(line.kind)
        if column == "in":
            return format_value(line.quantity_in)
        if column == "out":
            return format_value(line.quantity_out)
        if column == "balance":
            return format_value(line.balance)
        if column == "lot":
            return line.lot_code or ""
        if column == "place":
            return _place(line.location_code, line.box_code)
        return line.who


class BoxContentsModel(_ListModel):
    COLUMNS = ("item", "lot", "date", "status", "quantity")

    def header(self, column: str) -> str:
        return {"item": self.tr("Item"), "lot": self.tr("Lot"), "date": self.tr("Date"),
                "status": self.tr("Status"), "quantity": self.tr("Quantity")}[column]

    def text(self, r, column: str) -> str:
        if column == "item":
            return _item(r.item_code, r.item_name, r.size)
        if column == "lot":
            return r.lot_code or ""
        if column == "date":
            return format_value(r.lot_date)
        if column == "status":
            return status_name(r.status)
        return f"{format_value(r.quantity)} {unit_name(r.unit or '', r.quantity)}"


class BoxHistoryModel(_ListModel):
    COLUMNS = ("date", "document", "kind", "item", "quantity", "who")

    def header(self, column: str) -> str:
        return {"date": self.tr("Date"), "document": self.tr("Document"),
                "kind": self.tr("Movement"), "item": self.tr("Item"),
                "quantity": self.tr("Quantity"), "who": self.tr("Who")}[column]

    def text(self, m: LedgerLine, column: str) -> str:
        if column == "quantity":  # without the unit, unlike the ledger
            sign = "+" if m.quantity > 0 else ""
            return f"{sign}{format_value(m.quantity)}"
        return _movement_cell(m, column)
