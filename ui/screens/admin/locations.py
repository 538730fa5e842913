"""Administration: the places of the hangar. Choose a zone or aisle in the tree and add
what is under it (the next free code and a name are offered, so a row of shelves takes
a tap each); rename or retire a place; print the labels of a place and everything under
it in one print run, through the usual print dialog."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.operations import run_op
from ui.screens.admin.common import AdminPage, cell
from ui.screens.admin.locations_view import LocationsView, kind_name
from warehouse_app.admin import desk as admin_desk
from warehouse_app.admin import locations
from warehouse_app.admin.desk import LocationRow

# What one usually adds under a place of each kind.
CHILD_KIND = {None: "zone", "zone": "aisle", "aisle": "shelf", "shelf": "bin", "area": "shelf",
              "bin": "bin"}


class LocationsAdmin(AdminPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view = LocationsView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.rows: dict[int, LocationRow] = {}
        self.chosen: LocationRow | None = None
        self.print_dialog = None
        self.model = QStandardItemModel(self)
        v = self.view
        v.tree.setModel(self.model)
        v.tree.selectionModel().currentRowChanged.connect(self._row_chosen)
        v.top_button.clicked.connect(self.choose_top)
        v.kind.currentIndexChanged.connect(self._suggest)
        v.add_button.clicked.connect(self.add)
        v.name.returnPressed.connect(self.add)
        v.rename_button.clicked.connect(self.rename)
        v.new_name.returnPressed.connect(self.rename)
        v.retire_button.clicked.connect(self.retire)
        v.print_button.clicked.connect(self.print_labels)
        ctx.events.catalogue_changed.connect(self.load)

    def load(self) -> None:
        if self.in_use():
            run_op(self, admin_desk.location_rows, on_success=self._loaded)

    def _loaded(self, rows: list[LocationRow]) -> None:
        self.rows = {r.id: r for r in rows}
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Kind")])
        parents = {}
        for row in rows:  # parents come before their children
            items = [cell(row.code, row.id), cell(row.name), cell(kind_name(row.kind))]
            parents.get(row.parent_id, self.model.invisibleRootItem()).appendRow(items)
            parents[row.id] = items[0]
        self.view.tree.expandAll()
        self.view.tree.resizeColumnToContents(0)
        chosen = self.chosen.id if self.chosen else None
        self.chosen = None
        if chosen in parents:
            self.view.tree.setCurrentIndex(parents[chosen].index())
        else:
            self._show_chosen()

    def _row_chosen(self, current, _previous=None) -> None:
        key = current.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if current.isValid() \
            else None
        self.chosen = self.rows.get(key)
        self._show_chosen()

    def choose_top(self) -> None:
        self.view.tree.setCurrentIndex(QModelIndex())
        self.chosen = None
        self._show_chosen()

    def _show_chosen(self) -> None:
        v = self.view
        c = self.chosen
        v.add_box.setTitle(self.tr("Add under {code} · {name}").format(code=c.code, name=c.name)
                           if c else self.tr("Add at the top level"))
        v.change_box.setEnabled(c is not None)
        v.new_name.setText(c.name if c else "")
        v.kind.blockSignals(True)
        v.kind.setCurrentIndex(v.kind.findData(CHILD_KIND[c.kind if c else None]))
        v.kind.blockSignals(False)
        self._suggest()

    def _suggest(self) -> None:
        if not self.in_use():
            return
        run_op(self, admin_desk.suggest_location, self.chosen.id if self.chosen else None,
               self.view.kind.currentData(), on_success=self._suggested,
               on_failure=self.refused)

    def _suggested(self, suggestion: tuple[str, str]) -> None:
        code, name = suggestion
        self.view.code.setText(code)
        self.view.name.setText(name)

    def add(self) -> None:
        v = self.view
        code = v.code.text().strip().upper()
        run_op(self, admin_desk.add_location, self.actor, self.chosen.id if self.chosen else None,
               v.kind.currentData(), code, v.name.text(),
               on_success=lambda _id: self.say(self.tr("{code} added.").format(code=code)),
               on_failure=self.refused, changes=("catalogue",))

    def rename(self) -> None:
        c = self.chosen
        if c is None:
            return
        run_op(self, admin_desk.rename_location, self.actor, c.id, self.view.new_name.text(),
               on_success=lambda _: self.say(self.tr("{code} renamed.").format(code=c.code)),
               on_failure=self.refused, changes=("catalogue",))

    def retire(self) -> None:
        c = self.chosen
        if c is None:
            return
        self.chosen = self.rows.get(c.parent_id)  # the tree comes back without it
        run_op(self, admin_desk.retire_location, self.actor, c.id,
               on_success=lambda _: self.say(self.tr("{code} is no longer used.").format(
                   code=c.code)),
               on_failure=self._not_retired(c), changes=("catalogue",))

    def _not_retired(self, place: LocationRow):
        def refused(error: Exception) -> None:
            self.chosen = place
            self.refused(error)
        return refused

    def print_labels(self) -> None:
        from ui.screens.print_dialog import PrintDialog  # the print system loads on demand

        c = self.chosen
        if c is None:
            return
        self.print_dialog = PrintDialog(
            self.ctx, self.tr("Labels of {code} and all under it").format(code=c.code),
            locations.subtree_labels, c.id, parent=self)
        self.print_dialog.open()
