"""Administration: the people who sign in. A volunteer is added in seconds (type the
name, Enter: no PIN, she signs in with two taps); leads, coordinators and partners get
a role and a PIN; a forgotten PIN is reset; someone who leaves is deactivated (their
history stays theirs), and reactivated when they come back. The core decides who may do which (`users`)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from models import PIN_ROLES
from ui.context import AppContext
from ui.operations import run_op
from ui.screens.admin.common import AdminPage, cell, fill
from ui.screens.admin.people_view import PeopleView
from ui.vocabulary import role_name
from warehouse_app.admin import desk as admin_desk
from warehouse_app.admin.desk import PeoplePage, PersonRow

CONFIRM_MS = 5000  # a second tap on Deactivate within this confirms it


class PeopleAdmin(AdminPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view = PeopleView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.people: dict[int, PersonRow] = {}
        self.chosen: PersonRow | None = None
        self.armed: int | None = None  # the person a first tap on Deactivate named
        self._disarm = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self._disarm.timeout.connect(self._show_chosen)
        self.model = QStandardItemModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.model)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filtered.setFilterKeyColumn(-1)
        v = self.view
        v.table.setModel(self.filtered)
        v.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        v.search.textChanged.connect(self.filtered.setFilterFixedString)
        v.volunteer_name.returnPressed.connect(self.add_volunteer)
        v.volunteer_add.clicked.connect(self.add_volunteer)
        v.person_add.clicked.connect(self.add_person)
        v.person_pin.returnPressed.connect(self.add_person)
        v.reset_pin_button.clicked.connect(self.reset_pin)
        v.reset_pin_value.returnPressed.connect(self.reset_pin)
        v.deactivate_button.clicked.connect(self.toggle_active)
        ctx.events.people_changed.connect(self.load)

    def load(self) -> None:
        if self.in_use():
            run_op(self, admin_desk.people_page, self.actor, on_success=self._loaded,
                   on_failure=self.refused)

    def _loaded(self, page: PeoplePage) -> None:
        v = self.view
        self.people = {p.id: p for p in page.people}
        own = self.actor.organisation_id if self.actor else None
        for combo in (v.volunteer_organisation, v.person_organisation):
            kept = combo.currentData()
            combo.clear()
            for org_id, code, name in page.organisations:
                combo.addItem(f"{code} · {name}", org_id)
            index = combo.findData(kept if kept is not None else own)
            combo.setCurrentIndex(max(index, 0))
        kept_role = v.person_role.currentData()
        v.person_role.clear()
        for role in page.roles:
            if role != "volunteer":
                v.person_role.addItem(role_name(role), role)
        v.person_role.setCurrentIndex(max(v.person_role.findData(kept_role), 0))
        chosen = self.chosen.id if self.chosen is not None else None
        fill(self.model, [self.tr("Name"), self.tr("Organisation"), self.tr("Role"),
                          self.tr("PIN"), self.tr("Active")],
             [[cell(p.name, p.id), cell(p.organisation_code), cell(role_name(p.role)),
               cell(self._pin_text(p)), cell(self.tr("yes") if p.active else self.tr("no"))]
              for p in page.people], view=self.view.table, keep=chosen)
        self.chosen = self.people.get(chosen) if chosen is not None else None
        self._show_chosen()

    def _pin_text(self, person: PersonRow) -> str:
        if person.role not in PIN_ROLES:
            return self.tr("none needed")
        return self.tr("set") if person.has_pin else self.tr("missing")

    def _row_chosen(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        source = self.filtered.mapToSource(current)
        key = self.model.item(source.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.chosen = self.people.get(key)
        self.armed = None
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.armed = None
        p = self.chosen
        self.view.deactivate_button.setText(
            self.tr("Reactivate") if p is not None and not p.active else self.tr("Deactivate"))
        if p is None:
            self.view.show_chosen(None)
            return
        self.view.show_chosen(
            self.tr("{name} · {role} · {organisation}").format(
                name=p.name, role=role_name(p.role), organisation=p.organisation_code),
            p.role in PIN_ROLES, p.active)

    # -- adding --------------------------------------------------------------------------------
    def add_volunteer(self) -> None:
        v = self.view
        name = v.volunteer_name.text()
        org = v.volunteer_organisation.currentData()
        if not name.strip() or org is None:
            return
        run_op(self, admin_desk.add_person, self.actor, name, org,
               on_success=self._volunteer_added, on_failure=self.refused, changes=("people",))

    def _volunteer_added(self, person: PersonRow) -> None:
        self.view.volunteer_name.clear()
        self.view.volunteer_name.setFocus()
        self.say(self.tr("{name} can sign in now: {organisation}, then their name.").format(
            name=person.name, organisation=person.organisation_code))

    def add_person(self) -> None:
        v = self.view
        org = v.person_organisation.currentData()
        role = v.person_role.currentData()
        if org is None or role is None:
            return
        run_op(self, admin_desk.add_person, self.actor, v.person_name.text(), org, role,
               v.person_pin.text(), on_success=self._person_added, on_failure=self.refused,
               changes=("people",))

    def _person_added(self, person: PersonRow) -> None:
        self.view.person_name.clear()
        self.view.person_pin.clear()
        self.say(self.tr("{name} ({role}) can sign in now with their PIN.").format(
            name=person.name, role=role_name(person.role)))

    # -- the chosen person ---------------------------------------------------------------------
    def reset_pin(self) -> None:
        p = self.chosen
        pin = self.view.reset_pin_value.text()
        if p is None or not pin:
            return
        run_op(self, admin_desk.reset_pin, self.actor, p.id, pin,
               on_success=lambda _: self._pin_reset(p), on_failure=self.refused,
               changes=("people",))

    def _pin_reset(self, person: PersonRow) -> None:
        self.view.reset_pin_value.clear()
        self.say(self.tr("{name}'s new PIN is set: tell them, not the room.").format(
            name=person.name))

    def toggle_active(self) -> None:
        """Deactivate (a second tap confirms: a slip of the finger changes nothing), or
        bring back someone who returns, under the same name and with their history."""
        p = self.chosen
        if p is None:
            return
        if not p.active:
            run_op(self, admin_desk.set_person_active, self.actor, p.id, True,
                   on_success=lambda _: self.say(self.tr(
                       "{name} is back: they can sign in again.").format(name=p.name)),
                   on_failure=self.refused, changes=("people",))
            return
        if self.armed != p.id:
            self.armed = p.id
            self.view.deactivate_button.setText(
                self.tr("Tap again to deactivate {name}").format(name=p.name))
            self._disarm.start()
            return
        self._disarm.stop()
        run_op(self, admin_desk.set_person_active, self.actor, p.id, False,
               on_success=lambda _: self.say(self.tr(
                   "{name} can no longer sign in; what they did stays theirs.").format(
                       name=p.name)),
               on_failure=self.refused, changes=("people",))
