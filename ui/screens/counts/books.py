"""The books page of the count screen, for the coordinator before a month end: one NGO's
reconciliation (`reconciliation.reconciliation`): what its books hold, when each place
was last counted, the variances counted but not approved yet, its quarantine, and the
items no approved count has seen in six months. Read on the worker; a coordinator
chooses the NGO among those whose stock they may see (the core's rule)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.error_dialog import show_error
from ui.messages import describe, format_value
from ui.operations import run_op
from ui.rows import RowsModel as BaseRowsModel
from ui.screens.counts.books_view import BooksView
from ui.screens.counts.view import reason_name
from ui.vocabulary import unit_name
from warehouse_app.counts.books import Reconciliation
from warehouse_app.counts.desk import books_owners, load_books
from warehouse_app.errors import HangarError

Column = tuple[str, Callable[[object], str]]  # a translated title, and the cell's text

STATUS_NAMES = {
    "usable": QT_TRANSLATE_NOOP("CountVocabulary", "usable"),
    "quarantine": QT_TRANSLATE_NOOP("CountVocabulary", "quarantine"),
}


def status_name(status: str | None) -> str:
    source = STATUS_NAMES.get(status or "")
    return QCoreApplication.translate("CountVocabulary", source) if source else (status or "")


def _amount(quantity, unit: str | None) -> str:
    return f"{format_value(quantity)} {unit_name(unit or '', quantity)}"


def _place(row) -> str:
    return " / ".join(x for x in (row.location_code, row.box_code) if x) or "—"


class RowsModel(BaseRowsModel):
    """Rows of one section of the books, each column a title and a function of the row:
    the page builds the columns (with its translated titles) when it shows the rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[Column] = []

    def set_rows(self, rows: Sequence, columns: list[Column] | None = None) -> None:
        """The rows, and their columns (None: the columns shown)."""
        with self.resetting():
            self.rows = list(rows)
            if columns is not None:
                self.columns = columns

    def column_keys(self) -> range:
        return range(len(self.columns))

    def header(self, key: int) -> str:
        return self.columns[key][0]

    def cell(self, row, key: int, role: int):
        return self.columns[key][1](row) if role == Qt.ItemDataRole.DisplayRole else None


class BooksPage(QWidget):
    back_asked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = BooksView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.books: Reconciliation | None = None
        self.models = {key: RowsModel(self) for key in self.view.tables}
        for key, table in self.view.tables.items():
            table.setModel(self.models[key])
        self.view.back_button.clicked.connect(self.back_asked)
        self.view.owner_combo.activated.connect(lambda _i: self.show_owner())
        ctx.events.stock_changed.connect(self._stock_changed)
        self._show()

    def _stock_changed(self) -> None:
        """An approval, a receipt, a loss elsewhere: the books shown are read again."""
        if self.isVisible() and self.books is not None:
            self.show_owner()

    def load(self) -> None:
        """Offer the organisations, then show the first one's books (or the one shown)."""
        if self.ctx.session.user is not None:
            run_op(self, books_owners, self.ctx.session.user, on_success=self._owners_loaded)

    def _owners_loaded(self, owners: list[tuple[int, str, str]]) -> None:
        combo = self.view.owner_combo
        chosen = combo.currentData()
        combo.clear()
        for owner_id, code, name in owners:
            combo.addItem(f"{code} - {name}", owner_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.view.owner_combo.setVisible(len(owners) > 1)
        self.view.owner_label.setVisible(len(owners) > 1)
        self.show_owner()

    def show_owner(self) -> None:
        owner_id = self.view.owner_combo.currentData()
        if owner_id is None or self.ctx.session.user is None:
            return
        run_op(self, load_books, self.ctx.session.user, owner_id, on_success=self._loaded,
               on_failure=self._refused, progress_label=self.tr("Reading the books…"),
               cancellable=True)

    def _loaded(self, books: Reconciliation) -> None:
        self.books = books
        self._show()

    def _refused(self, error: Exception) -> None:
        self.view.summary.setText(describe(error))
        if not isinstance(error, HangarError):
            show_error(self, error)

    def _show(self) -> None:
        """Fill every tab from the books read last (again on a change of language)."""
        b = self.books
        sections = {
            "stock": (b.book if b else [], [
                (self.tr("Item"), lambda r: f"{r.item_name} · {r.item_code}"),
                (self.tr("Status"), lambda r: status_name(r.status)),
                (self.tr("On the books"), lambda r: _amount(r.quantity, r.unit)),
                (self.tr("Weight (kg)"), lambda r: format_value(Decimal(r.weight_g) / 1000))]),
            "places": (b.places if b else [], [
                (self.tr("Place"), lambda r: r.location_code or self.tr("no place")),
                (self.tr("On the books"), lambda r: format_value(r.on_hand)),
                (self.tr("Last counted"), lambda r: format_value(r.last_counted)
                 if r.last_counted else self.tr("never")),
                (self.tr("Count"), lambda r: r.session_code or "")]),
            "variances": (b.open_variances if b else [], [
                (self.tr("Count"), lambda r: r.session_code),
                (self.tr("Place"), _place),
                (self.tr("Item"), lambda r: f"{r.item_name} · {r.item_code}"),
                (self.tr("Book"), lambda r: format_value(r.book)),
                (self.tr("Counted"), lambda r: format_value(r.counted)),
                (self.tr("Difference"), lambda r: f"{r.difference:+}"),
                (self.tr("Reason"), lambda r: reason_name(r.reason) if r.reason else "")]),
            "quarantine": (b.quarantine if b else [], [
                (self.tr("Item"), lambda r: f"{r.item_name} · {r.item_code}"),
                (self.tr("Lot"), lambda r: r.lot_code or ""),
                (self.tr("Place"), _place),
                (self.tr("Quantity"), lambda r: _amount(r.quantity, r.unit))]),
            "not_counted": (b.not_counted if b else [], [
                (self.tr("Item"), lambda r: f"{r.item_name} · {r.item_code}"),
                (self.tr("On the books"), lambda r: _amount(r.on_hand, r.unit)),
                (self.tr("Last counted"), lambda r: format_value(r.last_counted)
                 if r.last_counted else self.tr("never"))]),
        }
        for key, (rows, columns) in sections.items():
            self.models[key].set_rows(rows, columns)
        size = {key: len(rows) for key, (rows, _) in sections.items()}
        self.view.set_tab_titles({
            "stock": self.tr("Book stock ({n})").format(n=size["stock"]),
            "places": self.tr("Places ({n})").format(n=size["places"]),
            "variances": self.tr("Open variances ({n})").format(n=size["variances"]),
            "quarantine": self.tr("Quarantine ({n})").format(n=size["quarantine"]),
            "not_counted": self.tr("Not counted ({n})").format(n=size["not_counted"]),
        })
        self.view.summary.setText(self.tr(
            "{owner}: the books on {on}. “Not counted”: items with stock that no approved "
            "count has seen since {since}. “Places”: when each was last counted.").format(
                owner=b.owner_name, on=format_value(b.on), since=format_value(b.since))
            if b else "")

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
