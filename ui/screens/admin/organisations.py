"""Administration: the organisations sharing the hangar. An admin adds one, changes its
name or colour, deactivates it when it leaves; for anyone else the core refuses, and
the page says why before they try (the form stays greyed)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QStandardItemModel
from PySide6.QtWidgets import QColorDialog, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.messages import describe
from ui.operations import run_op
from ui.screens.admin.common import AdminPage, cell, fill
from ui.screens.admin.organisations_view import OrganisationsView
from warehouse_app.admin import desk as admin_desk
from warehouse_app.admin.desk import OrganisationRow, OrganisationsPage


class OrganisationsAdmin(AdminPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view = OrganisationsView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.rows: list[OrganisationRow] = []
        self.chosen: OrganisationRow | None = None
        self.colour = "#555555"
        self.model = QStandardItemModel(self)
        v = self.view
        v.table.setModel(self.model)
        v.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        v.colour_picked.connect(self.pick_colour)
        v.other_colour_asked.connect(self.other_colour)
        v.new_button.clicked.connect(self.new)
        v.add_button.clicked.connect(self.add)
        v.name.returnPressed.connect(lambda: (v.save_button if self.chosen else v.add_button)
                                     .click())
        v.save_button.clicked.connect(self.save)
        v.active_button.clicked.connect(self.toggle_active)
        ctx.events.people_changed.connect(self.load)
        self.new()

    def load(self) -> None:
        if self.in_use():
            run_op(self, admin_desk.organisations_page, self.actor, on_success=self._loaded)

    def _loaded(self, page: OrganisationsPage) -> None:
        self.rows = page.rows
        chosen = self.chosen.id if self.chosen else None
        fill(self.model, [self.tr("Code"), self.tr("Name"), self.tr("People"), self.tr("Active")],
             [self._cells(row) for row in page.rows], view=self.view.table, keep=chosen)
        v = self.view
        allowed = page.refusal is None
        for widget in (v.code, v.name, v.other_colour, *v.swatches):
            widget.setEnabled(allowed)
        v.actions.setVisible(allowed)  # nothing to tap that the core would refuse
        if not allowed:
            self.say(describe(page.refusal), "problem")

    def _cells(self, row: OrganisationRow) -> list:
        code = cell(row.code, row.id)
        code.setData(QColor(row.colour), Qt.ItemDataRole.DecorationRole)
        return [code, cell(row.name), cell(str(row.people)),
                cell(self.tr("yes") if row.active else self.tr("no"))]

    def _row_chosen(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        key = self.model.item(current.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.chosen = next((r for r in self.rows if r.id == key), None)
        if self.chosen is None:
            return
        v = self.view
        v.code.setText(self.chosen.code)
        v.name.setText(self.chosen.name)
        self.pick_colour(self.chosen.colour)
        v.set_editing(True, self.chosen.active)

    def new(self) -> None:
        self.chosen = None
        v = self.view
        v.table.setCurrentIndex(QModelIndex())  # a tap on it opens it again
        v.code.clear()
        v.name.clear()
        self.pick_colour("#555555")
        v.set_editing(False)

    def pick_colour(self, colour: str) -> None:
        self.colour = colour
        self.view.show_colour(colour)

    def other_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Colour on its labels"))
        if chosen.isValid():
            self.pick_colour(chosen.name())

    def add(self) -> None:
        v = self.view
        run_op(self, admin_desk.add_organisation, self.actor, v.code.text(), v.name.text(),
               self.colour, on_success=lambda _id: self._done(self.tr("{code} added.").format(
                   code=v.code.text().strip().upper())),
               on_failure=self.refused, changes=("people",))

    def save(self) -> None:
        if self.chosen is None:
            return
        run_op(self, admin_desk.edit_organisation, self.actor, self.chosen.id,
               self.view.name.text(), self.colour,
               on_success=lambda _: self._done(self.tr("{code} saved.").format(
                   code=self.chosen.code)),
               on_failure=self.refused, changes=("people",))

    def toggle_active(self) -> None:
        if self.chosen is None:
            return
        row = self.chosen
        text = (self.tr("{code} no longer works in the hangar: its people cannot sign in.")
                if row.active else self.tr("{code} is back: its people can sign in again."))
        run_op(self, admin_desk.set_organisation_active, self.actor, row.id, not row.active,
               on_success=lambda _: self._done(text.format(code=row.code)),
               on_failure=self.refused, changes=("people",))

    def _done(self, text: str) -> None:
        self.say(text, "ok")
        if self.chosen is None:
            self.new()
