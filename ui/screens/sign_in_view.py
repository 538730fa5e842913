"""The sign-in screen's layout: organisations, then people, then (for roles above
volunteer) a PIN pad. Layout and texts only; ui.screens.sign_in drives it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.style import organisation_button_style
from ui.widgets import big_button, fill_grid, label, two_lines

ORGANISATION_COLUMNS = 3
PEOPLE_COLUMNS = 4


class SignInView(QWidget):
    organisation_picked = Signal(int)
    person_picked = Signal(int)
    pin_entered = Signal(str)
    back = Signal()
    settings_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self._organisation_name = ""
        self._person_name = ""
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._build_organisations())
        self.pages.addWidget(self._build_people())
        self.pages.addWidget(self._build_pin())
        self.retranslate()

    # -- pages ---------------------------------------------------------------------------
    def _build_organisations(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.welcome = label("title")
        self.organisations_hint = label("hint")
        self.recent_title = label("hint")
        self.recent_grid = QGridLayout()
        self.organisations_grid = QGridLayout()
        self.organisations_grid.setSpacing(16)
        self.loading = label("hint")
        self.clock_warning = label("error")  # this computer's clock is far from the hangar's
        self.clock_warning.setWordWrap(True)
        self.clock_warning.hide()
        self._clock_skew: dt.timedelta | None = None
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.settings_asked)
        box.addWidget(self.welcome)
        box.addWidget(self.organisations_hint)
        box.addSpacing(16)
        box.addWidget(self.recent_title)
        box.addLayout(self.recent_grid)
        box.addLayout(self.organisations_grid)
        box.addWidget(self.loading)
        box.addStretch(1)
        box.addWidget(self.clock_warning)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.settings_button)
        box.addLayout(bottom)
        return page

    def _build_people(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.people_title = label("title")
        self.people_hint = label("hint")
        self.people_grid = QGridLayout()
        self.people_grid.setSpacing(16)
        self.shift_box = QCheckBox()
        self.shift_box.setStyleSheet("QCheckBox { font-size: 15pt; } "
                                     "QCheckBox::indicator { width: 32px; height: 32px; }")
        self.people_back = big_button(role="")
        self.people_back.clicked.connect(self.back)
        box.addWidget(self.people_title)
        box.addWidget(self.people_hint)
        box.addSpacing(16)
        box.addLayout(self.people_grid)
        box.addStretch(1)
        box.addWidget(self.shift_box)
        row = QHBoxLayout()
        row.addWidget(self.people_back)
        row.addStretch(1)
        box.addLayout(row)
        return page

    def _build_pin(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.pin_title = label("title")
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(8)
        self.pin_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_field.setStyleSheet("font-size: 28pt; min-height: 64px; max-width: 360px;")
        self.pin_field.returnPressed.connect(self._submit_pin)
        self.pin_error = label("error")
        pad = QGridLayout()
        pad.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]):
            button = big_button(key if key.isdigit() else "", role="key")
            button.clicked.connect(lambda _=False, k=key: self._key(k))
            self.keys[key] = button
            pad.addWidget(button, index // 3, index % 3)
        self.keys["ok"].setProperty("role", "key")
        self.keys["ok"].setStyleSheet("background: #1b5e9a; color: white;")
        self.pin_back = big_button(role="")
        self.pin_back.clicked.connect(self.back)
        outer.addWidget(self.pin_title)
        outer.addSpacing(12)
        outer.addWidget(self.pin_field, alignment=Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.pin_error, alignment=Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget()
        holder.setLayout(pad)
        holder.setMaximumWidth(420)
        outer.addWidget(holder, alignment=Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.pin_back)
        row.addStretch(1)
        outer.addLayout(row)
        return page

    def _key(self, key: str) -> None:
        if key == "del":
            self.pin_field.backspace()
        elif key == "ok":
            self._submit_pin()
        else:
            self.pin_field.insert(key)

    def _submit_pin(self) -> None:
        self.pin_entered.emit(self.pin_field.text())

    # -- what the controller shows -------------------------------------------------------
    def show_organisations(self, organisations: list[tuple[int, str, str]],
                           recent: list[tuple[int, str, str]]) -> None:
        """organisations: (id, name, colour); recent: (user id, name, colour)."""
        buttons = []
        for org_id, name, colour in organisations:
            button = big_button(two_lines(name))
            button.setObjectName(f"organisation_{org_id}")
            button.setStyleSheet(organisation_button_style(colour))
            button.clicked.connect(lambda _=False, i=org_id: self.organisation_picked.emit(i))
            buttons.append(button)
        fill_grid(self.organisations_grid, buttons, ORGANISATION_COLUMNS)
        quick = []
        for user_id, name, colour in recent:
            button = big_button(name)
            button.setStyleSheet(organisation_button_style(colour))
            button.clicked.connect(lambda _=False, i=user_id: self.person_picked.emit(i))
            quick.append(button)
        fill_grid(self.recent_grid, quick, PEOPLE_COLUMNS)
        self.recent_title.setVisible(bool(recent))
        self.loading.setVisible(False)
        self.pages.setCurrentIndex(0)

    def show_people(self, organisation_name: str, colour: str,
                    people: list[tuple[int, str]]) -> None:
        self._organisation_name = organisation_name
        buttons = []
        for user_id, name in people:
            button = big_button(name)
            button.setObjectName(f"person_{user_id}")
            button.setStyleSheet(organisation_button_style(colour))
            button.clicked.connect(lambda _=False, i=user_id: self.person_picked.emit(i))
            buttons.append(button)
        fill_grid(self.people_grid, buttons, PEOPLE_COLUMNS)
        self.retranslate()
        self.pages.setCurrentIndex(1)

    def show_pin(self, person_name: str) -> None:
        self._person_name = person_name
        self.pin_field.clear()
        self.pin_error.clear()
        self.retranslate()
        self.pages.setCurrentIndex(2)
        self.pin_field.setFocus()

    def show_pin_error(self, text: str) -> None:
        self.pin_field.clear()
        self.pin_error.setText(text)
        self.pin_field.setFocus()

    def show_loading(self) -> None:
        self.loading.setVisible(True)
        self.pages.setCurrentIndex(0)

    # -- texts -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_clock_warning(self, skew: dt.timedelta | None) -> None:
        """Tell the person that this computer's clock is `skew` off the hangar's (None: it
        is not, and nothing is shown)."""
        self._clock_skew = skew
        self.clock_warning.setVisible(skew is not None)
        self._clock_warning_text()

    def _clock_warning_text(self) -> None:
        skew = self._clock_skew
        if skew is None:
            return
        minutes = round(abs(skew).total_seconds() / 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        parts = ([self.tr("1 day") if days == 1 else self.tr("{n} days").format(n=days)]
                 if days else []) + (
            [self.tr("1 hour") if hours == 1 else self.tr("{n} hours").format(n=hours)]
            if hours else []) + (
            [self.tr("1 minute") if minutes == 1 else self.tr("{n} minutes").format(n=minutes)]
            if minutes and not days else [])
        text = (self.tr("This computer's clock is {amount} ahead of the hangar's.")
                if skew > dt.timedelta(0)
                else self.tr("This computer's clock is {amount} behind the hangar's."))
        self.clock_warning.setText(text.format(amount=" ".join(parts)) + " " + self.tr(
            "Hangar dates everything by the hangar's clock, so the books stay right; ask "
            "whoever looks after the computers to set this one."))

    def retranslate(self) -> None:
        self._clock_warning_text()
        self.welcome.setText(self.tr("Welcome to the hangar"))
        self.organisations_hint.setText(self.tr("Tap your organisation to sign in."))
        self.recent_title.setText(self.tr("Signed in earlier this shift:"))
        self.loading.setText(self.tr("Loading…"))
        self.settings_button.setText(self.tr("Settings"))
        self.people_title.setText(self.tr("{organisation}: who are you?").format(
            organisation=self._organisation_name))
        self.people_hint.setText(self.tr("Tap your name."))
        self.shift_box.setText(self.tr("Stay signed in for the whole shift (intake desk)"))
        self.people_back.setText(self.tr("‹ Back"))
        self.pin_title.setText(self.tr("PIN for {name}").format(name=self._person_name))
        self.pin_back.setText(self.tr("‹ Back"))
        self.keys["del"].setText(self.tr("⌫"))
        self.keys["ok"].setText(self.tr("OK"))
