"""The People page's layout: add a volunteer in seconds (name, organisation, Enter), add
someone with a role and a PIN, and the list of everyone with PIN reset and deactivation.
Layout and texts only; ui.screens.admin.people drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.screens.admin.common import banner
from ui.widgets import label, list_table


def _pin_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,8}")))
    return field


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class PeopleView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.banner = banner()  # the screen shows it above the page (ui.screens.admin.screen)

        self.volunteer_box = QGroupBox()
        self.volunteer_name = _named(QLineEdit(), "volunteer_name")
        self.volunteer_organisation = _named(QComboBox(), "volunteer_organisation")
        self.volunteer_add = _named(QPushButton(), "volunteer_add")
        self.volunteer_add.setProperty("role", "primary")
        quick = QHBoxLayout(self.volunteer_box)
        quick.addWidget(self.volunteer_name, 2)
        quick.addWidget(self.volunteer_organisation, 2)
        quick.addWidget(self.volunteer_add, 1)

        self.person_box = QGroupBox()
        self.person_name = _named(QLineEdit(), "person_name")
        self.person_organisation = _named(QComboBox(), "person_organisation")
        self.person_role = _named(QComboBox(), "person_role")
        self.person_pin = _pin_field("person_pin")
        self.person_add = _named(QPushButton(), "person_add")
        self.name_label, self.organisation_label = QLabel(), QLabel()
        self.role_label, self.pin_label = QLabel(), QLabel()
        form = QFormLayout(self.person_box)
        form.addRow(self.name_label, self.person_name)
        form.addRow(self.organisation_label, self.person_organisation)
        form.addRow(self.role_label, self.person_role)
        form.addRow(self.pin_label, self.person_pin)
        form.addRow("", self.person_add)

        self.search = _named(QLineEdit(), "people_search")
        self.table = list_table("people_table")
        self.chosen = label("hint")
        self.reset_pin_value = _pin_field("reset_pin_value")
        self.reset_pin_button = _named(QPushButton(), "reset_pin")
        self.deactivate_button = _named(QPushButton(), "deactivate_person")
        actions = QHBoxLayout()
        actions.addWidget(self.reset_pin_value)
        actions.addWidget(self.reset_pin_button)
        actions.addStretch(1)
        actions.addWidget(self.deactivate_button)

        left = QVBoxLayout()
        left.addWidget(self.person_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.search)
        right.addWidget(self.table, 1)
        right.addWidget(self.chosen)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.volunteer_box)
        layout.addLayout(body, 1)
        self.show_chosen(None)
        self.retranslate()

    def show_chosen(self, text: str | None, has_pin_role: bool = False,
                    active: bool = False) -> None:
        self.chosen.setText(text or "")
        self.reset_pin_value.setEnabled(has_pin_role and active)
        self.reset_pin_button.setEnabled(has_pin_role and active)
        self.deactivate_button.setEnabled(text is not None)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.volunteer_box.setTitle(self.tr("Add a volunteer"))
        self.volunteer_name.setPlaceholderText(self.tr("Name, then Enter"))
        self.volunteer_add.setText(self.tr("Add volunteer"))
        self.person_box.setTitle(self.tr("Add a lead, coordinator or partner"))
        self.name_label.setText(self.tr("Name"))
        self.organisation_label.setText(self.tr("Organisation"))
        self.role_label.setText(self.tr("Role"))
        self.pin_label.setText(self.tr("PIN"))
        self.person_pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.person_add.setText(self.tr("Add"))
        self.search.setPlaceholderText(self.tr("Find a person or an organisation"))
        self.reset_pin_value.setPlaceholderText(self.tr("New PIN"))
        self.reset_pin_button.setText(self.tr("Reset PIN"))
        self.deactivate_button.setText(self.tr("Deactivate"))
