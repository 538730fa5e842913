"""The signed-in layout: a header saying who works here, the jobs down the left, the
current job's screen on the right. Layout and texts only; ui.main_window drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, clear_layout, label


class Workspace(QWidget):
    screen_chosen = Signal(str)
    switch_person = Signal()
    sign_out = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.nav_buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        header = QFrame()
        header.setObjectName("header")
        top = QHBoxLayout(header)
        top.setContentsMargins(20, 10, 20, 10)
        self.organisation_chip = QLabel()
        self.organisation_chip.setMinimumWidth(16)
        self.who = label("title")
        self.switch_button = big_button(role="")
        self.sign_out_button = big_button(role="")
        self.switch_button.clicked.connect(self.switch_person)
        self.sign_out_button.clicked.connect(self.sign_out)
        top.addWidget(self.organisation_chip)
        top.addWidget(self.who, 1)
        top.addWidget(self.switch_button)
        top.addWidget(self.sign_out_button)

        nav = QFrame()
        nav.setObjectName("nav")
        nav.setFixedWidth(240)
        self.nav_layout = QVBoxLayout()
        self.nav_layout.setSpacing(2)
        nav_box = QVBoxLayout(nav)
        nav_box.setContentsMargins(0, 16, 0, 16)
        nav_box.addLayout(self.nav_layout)
        nav_box.addStretch(1)

        self.screens = QStackedWidget()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(nav)
        body.addWidget(self.screens, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        self.retranslate()

    def set_nav(self, entries: list[tuple[str, str]]) -> None:
        """entries: (key, translated title), in order."""
        clear_layout(self.nav_layout)
        for button in self._group.buttons():
            self._group.removeButton(button)
        self.nav_buttons = {}
        for key, title in entries:
            button = big_button(title, role="nav")
            button.setObjectName(f"nav_{key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=key: self.screen_chosen.emit(k))
            self._group.addButton(button)
            self.nav_layout.addWidget(button)
            self.nav_buttons[key] = button

    def mark_current(self, key: str) -> None:
        if key in self.nav_buttons:
            self.nav_buttons[key].setChecked(True)

    def show_person(self, name: str, role: str, organisation: str, colour: str,
                    shift_mode: bool) -> None:
        self.who.setText(self.tr("{name} · {role} · {organisation}").format(
            name=name, role=role, organisation=organisation))
        self.organisation_chip.setStyleSheet(f"background: {colour}; border-radius: 4px;")
        self.switch_button.setVisible(shift_mode)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.switch_button.setText(self.tr("Switch volunteer"))
        self.sign_out_button.setText(self.tr("Sign out"))
