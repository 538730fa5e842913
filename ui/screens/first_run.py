"""The first start on a new database: try the demo hangar, or start the real one with
its first NGO and administrator. Both run as operations with progress."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.messages import describe
from ui.operations import run_op
from ui.widgets import big_button, label
from warehouse_app import users
from warehouse_app.database import close_database, open_database

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
           "#17becf")


def demo_available() -> bool:
    return importlib.util.find_spec("warehouse_app.demo") is not None


def create_demo_hangar(url: str, *, progress) -> None:
    """A worker job: a new database filled with the demo hangar."""
    from warehouse_app import demo  # imported late: present only in some builds so far

    open_database(url, create=True)
    demo.fill_demo_hangar(progress=progress)
    close_database()


def create_empty_hangar(url: str, code: str, name: str, colour: str, admin: str, pin: str,
                        *, progress) -> None:
    """A worker job: a new database with its first organisation and administrator."""
    progress.update(0, 2)
    open_database(url, create=True)
    progress.update(1, 2)
    users.create_first_admin(code, name, colour, admin, pin)
    close_database()


class FirstRunScreen(QWidget):
    created = Signal()
    settings_asked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.ctx = ctx
        self.colour = PALETTE[0]
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_choice())
        self.pages.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.pages)
        self.retranslate()

    def _build_choice(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.title = label("title")
        self.hint = label("hint")
        self.demo_button = big_button()
        self.demo_button.setProperty("role", "big")
        self.demo_hint = label("hint")
        self.empty_button = big_button()
        self.empty_hint = label("hint")
        self.settings_button = QPushButton()
        self.demo_button.clicked.connect(self.create_demo)
        self.empty_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.settings_button.clicked.connect(self.settings_asked)
        self.demo_button.setVisible(demo_available())
        self.demo_hint.setVisible(demo_available())
        for widget in (self.title, self.hint):
            box.addWidget(widget)
        box.addSpacing(24)
        for widget in (self.demo_button, self.demo_hint, self.empty_button, self.empty_hint):
            box.addWidget(widget)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.settings_button)
        box.addLayout(row)
        return page

    def _build_form(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.form_title = label("title")
        form = QFormLayout()
        form.setVerticalSpacing(14)
        self.code_field = QLineEdit()
        self.code_field.setMaxLength(16)
        self.name_field = QLineEdit()
        self.admin_field = QLineEdit()
        self.pin_field = QLineEdit()
        self.pin_again_field = QLineEdit()
        for field in (self.pin_field, self.pin_again_field):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(8)
        colours = QHBoxLayout()
        self.colour_buttons: list[QPushButton] = []
        for colour in PALETTE:
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setFixedSize(48, 48)
            button.setStyleSheet(f"QPushButton {{ background: {colour}; border-radius: 24px; }}"
                                 "QPushButton:checked { border: 4px solid #1a1a1a; }")
            button.clicked.connect(lambda _=False, c=colour: self._pick_colour(c))
            colours.addWidget(button)
            self.colour_buttons.append(button)
        self.colour_buttons[0].setChecked(True)
        colours.addStretch(1)
        self.labels = [label("", "") for _ in range(6)]
        for text_label, field in zip(self.labels, (
            self.code_field, self.name_field, colours, self.admin_field, self.pin_field,
            self.pin_again_field,
        ), strict=True):
            form.addRow(text_label, field)
        self.form_error = label("error")
        self.create_button = big_button()
        self.create_button.setProperty("role", "primary")
        self.back_button = big_button(role="")
        self.create_button.clicked.connect(self.create_empty)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        box.addWidget(self.form_title)
        box.addLayout(form)
        box.addWidget(self.form_error)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.create_button)
        box.addLayout(row)
        return page

    def _pick_colour(self, colour: str) -> None:
        self.colour = colour

    # -- actions -------------------------------------------------------------------------
    def create_demo(self) -> None:
        run_op(self, create_demo_hangar, self.ctx.db_url, on_success=self._done,
               progress_label=self.tr("Filling the demo hangar…"), changes=("database",))

    def create_empty(self) -> None:
        if self.pin_field.text() != self.pin_again_field.text():
            self.form_error.setText(self.tr("The two PINs are not the same."))
            return
        self.form_error.clear()
        run_op(self, create_empty_hangar, self.ctx.db_url, self.code_field.text(),
               self.name_field.text(), self.colour, self.admin_field.text(),
               self.pin_field.text(), on_success=self._done, on_failure=self._refused,
               progress_label=self.tr("Creating the hangar…"), changes=("database",))

    def _done(self, _result: object) -> None:
        self.created.emit()

    def _refused(self, error: Exception) -> None:
        self.form_error.setText(describe(error))

    # -- texts ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Hangar"))
        self.hint.setText(self.tr("This database is empty. How do you want to start?"))
        self.demo_button.setText(self.tr("Try the demo hangar"))
        self.demo_hint.setText(self.tr(
            "Made-up NGOs, their people, a catalogue and some stock: "
            "to learn and to train volunteers. Nothing in it is real."))
        self.empty_button.setText(self.tr("Start our hangar"))
        self.empty_hint.setText(self.tr(
            "Create your organisation and its first administrator; "
            "add the other NGOs and people after signing in."))
        self.settings_button.setText(self.tr("Use another database…"))
        self.form_title.setText(self.tr("Your organisation and its administrator"))
        for text_label, text in zip(self.labels, (
            self.tr("Short code (e.g. AID)"), self.tr("Organisation name"),
            self.tr("Colour on labels"), self.tr("Administrator's name"),
            self.tr("PIN (4 to 8 digits)"), self.tr("PIN again"),
        ), strict=True):
            text_label.setText(text)
        self.create_button.setText(self.tr("Create the hangar"))
        self.back_button.setText(self.tr("‹ Back"))
        self.code_field.setAlignment(Qt.AlignmentFlag.AlignLeft)
