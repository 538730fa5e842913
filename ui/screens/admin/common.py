"""What the Administration pages share: a page that knows who acts and answers in its
banner (a refusal in the core's words, translated), and read-only tables of rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from ui.context import AppContext
from ui.error_dialog import show_error
from ui.messages import describe
from ui.widgets import label, show_banner
from warehouse_app import permissions
from warehouse_app.errors import HangarError

SELECT_ROW = (QItemSelectionModel.SelectionFlag.ClearAndSelect
              | QItemSelectionModel.SelectionFlag.Rows)


def banner() -> QLabel:
    widget = label("hint")
    widget.setObjectName("admin_banner")
    widget.hide()  # no room taken until there is something to say
    return widget


def cell(text: str, key: object = None) -> QStandardItem:
    """A read-only cell; `key` (the row's id) rides along in UserRole."""
    item = QStandardItem(text)
    item.setEditable(False)
    if key is not None:
        item.setData(key, Qt.ItemDataRole.UserRole)
    return item


def fill(model: QStandardItemModel, headers: list[str], rows: list[list[QStandardItem]], *,
         view: QAbstractItemView | None = None, keep: object = None) -> None:
    """Replace the rows. With the `view` showing them, refilling is not taken for a
    choice: Qt moves the current row by itself while the rows go and come (to the first
    one), and a page that opens what is current would put another row under the one being
    edited. The view's selection says nothing meanwhile; then the row whose key is `keep`
    is chosen again (told as usual), or none when it is gone."""
    selection = view.selectionModel() if view is not None else None
    was_blocked = selection.blockSignals(True) if selection is not None else False
    try:
        model.clear()
        model.setHorizontalHeaderLabels(headers)
        for row in rows:
            model.appendRow(row)
        if view is not None:
            view.setCurrentIndex(QModelIndex())
    finally:
        if selection is not None:
            selection.blockSignals(was_blocked)
    if view is None:
        return
    view.viewport().update()  # the selection drawn as it now is
    shown = view.model()  # the rows as the view shows them (through a filter, maybe)
    for row in range(shown.rowCount()) if keep is not None else ():
        if shown.index(row, 0).data(Qt.ItemDataRole.UserRole) == keep:
            view.setCurrentIndex(shown.index(row, 0))
            view.selectionModel().select(shown.index(row, 0), SELECT_ROW)
            return


class AdminPage(QWidget):
    """A page of the Administration screen: `view` has a `banner`; `load()` reads the
    page's rows through an operation, and runs again whenever they may have changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    @property
    def actor(self):
        return self.ctx.session.user

    def in_use(self) -> bool:
        """Whether the person signed in may open Administration: the pages follow the
        bus's changes only then (a volunteer's intake changes the catalogue too)."""
        return self.actor is not None and permissions.allowed(self.actor, "manage_users")

    def say(self, text: str, kind: str = "ok") -> None:
        show_banner(self.view.banner, text, kind)
        self.view.banner.show()

    def refused(self, error: Exception) -> None:
        if isinstance(error, HangarError):
            self.say(describe(error), "problem")
        else:
            show_error(self, error)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange and self.in_use() and self.isVisible():
            self.load()  # the tables' words (roles, kinds) are in the language of their load
        super().changeEvent(event)
