"""Signing in at a shared workstation: organisation, name, and a PIN for roles above
volunteer. The choices are read and the PIN checked by warehouse_app.users, off the
GUI thread; every later action is done as the person signed in here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from models import PIN_ROLES, Organisation, User
from ui.context import AppContext
from ui.error_dialog import show_error
from ui.messages import describe
from ui.operations import run_op
from ui.screens.sign_in_view import SignInView
from warehouse_app import clock, users
from warehouse_app.errors import HangarError


class SignInScreen(QWidget):
    signed_in = Signal()
    choices_shown = Signal()  # the organisations are on screen: someone can sign in
    settings_asked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = SignInView()
        # On a small laptop screen the PIN pad scrolls rather than pushing the window
        # taller than the screen: its keys stay big enough for cold fingers.
        scroll = QScrollArea(self)
        scroll.setWidget(self.view)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.choices: list[tuple[Organisation, list[User]]] = []
        self.organisation: Organisation | None = None
        self.person: User | None = None
        self.view.organisation_picked.connect(self.pick_organisation)
        self.view.person_picked.connect(self.pick_person)
        self.view.pin_entered.connect(self.enter_pin)
        self.view.back.connect(self.go_back)
        self.view.settings_asked.connect(self.settings_asked)
        ctx.events.people_changed.connect(self.load)
        ctx.events.database_changed.connect(self.load)

    def load(self) -> None:
        """Read who may sign in (after the database opened, or people changed)."""
        self.view.show_loading()
        run_op(self, users.sign_in_choices, on_success=self._loaded)
        # on PostgreSQL a workstation whose own clock is far off is told so (the hangar
        # goes by the server's time; asking it is a round trip, so not on this thread)
        run_op(self, clock.skew_to_tell, on_success=self.view.show_clock_warning)

    def _loaded(self, choices: list[tuple[Organisation, list[User]]]) -> None:
        self.choices = choices
        self.organisation = self.person = None
        recent = [(u.id, u.name, u.organisation.colour) for u in self.ctx.session.recent]
        self.view.show_organisations(
            [(org.id, org.name, org.colour) for org, _ in choices], recent
        )
        self.choices_shown.emit()

    def pick_organisation(self, organisation_id: int) -> None:
        for org, people in self.choices:
            if org.id == organisation_id:
                self.organisation = org
                self.view.show_people(org.name, org.colour, [(u.id, u.name) for u in people])
                self.view.shift_box.setChecked(self.ctx.session.shift_mode)
                return

    def pick_person(self, user_id: int) -> None:
        person = self._person(user_id)
        if person is None:
            return
        self.person = person
        if person.role in PIN_ROLES:
            self.view.show_pin(person.name)
        else:
            self._sign_in(None)

    def enter_pin(self, pin: str) -> None:
        if self.person is not None and pin:
            self._sign_in(pin)

    def go_back(self) -> None:
        if self.view.pages.currentIndex() == 2 and self.organisation is not None:
            self.pick_organisation(self.organisation.id)
        else:
            self._loaded(self.choices)

    def _person(self, user_id: int) -> User | None:
        for user in [*self.ctx.session.recent, *(u for _, ps in self.choices for u in ps)]:
            if user.id == user_id:
                return user
        return None

    def _sign_in(self, pin: str | None) -> None:
        run_op(self, users.sign_in, self.person.id, pin,
               on_success=self._signed_in, on_failure=self._refused)

    def _signed_in(self, user: User) -> None:
        shift = self.view.shift_box.isChecked() if self.view.pages.currentIndex() else None
        self.ctx.session.sign_in(user, shift_mode=shift)
        self.signed_in.emit()
        self._loaded(self.choices)  # ready for the next person

    def _refused(self, error: Exception) -> None:
        if isinstance(error, HangarError):
            if self.view.pages.currentIndex() == 2:
                self.view.show_pin_error(describe(error))
                return
        show_error(self, error)
