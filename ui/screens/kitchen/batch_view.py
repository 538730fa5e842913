"""One batch's page, laid out: what it is and whether it is released (the reasons when not),
its temperature checks with a form for the next one and for a corrective action, then
labels per container, dispatch and discard. Layout and texts only; ui.screens.kitchen.batch
drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.screens.kitchen.log_view import MAX_PORTIONS
from ui.screens.kitchen.rows import RowsModel
from ui.widgets import big_button, label, list_table


def _spin(name: str, maximum: int = MAX_PORTIONS) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(1, maximum)
    return spin


def _line(name: str) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    return line


def _button(name: str) -> object:
    button = big_button(role="")
    button.setObjectName(name)
    return button


class BatchView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = label("big")
        self.code.setObjectName("batch_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about = label("hint")
        self.status = QLabel()
        self.status.setObjectName("batch_status")
        self.status.setWordWrap(True)
        self.checks = RowsModel(self._check_headers, self)
        self.checks_table = list_table("batch_checks")
        self.checks_table.setModel(self.checks)
        self.checks_table.setMinimumHeight(130)

        self.check_box = QGroupBox()
        self.check_kind = QComboBox()
        self.check_kind.setObjectName("check_kind")
        self.check_temperature = _line("check_temperature")
        self.check_time = QTimeEdit()
        self.check_time.setObjectName("check_time")
        self.check_started = QTimeEdit()
        self.check_started.setObjectName("check_started")
        self.check_button = _button("check_record")
        self.kind_label, self.temperature_label = QLabel(), QLabel()
        self.time_label, self.started_label = QLabel(), QLabel()
        form = QFormLayout(self.check_box)
        form.addRow(self.kind_label, self.check_kind)
        form.addRow(self.temperature_label, self.check_temperature)
        form.addRow(self.time_label, self.check_time)
        form.addRow(self.started_label, self.check_started)
        form.addRow(self.check_button)

        self.action_box = QGroupBox()
        self.action_check = QComboBox()
        self.action_check.setObjectName("corrective_check")
        self.action_text = _line("corrective_text")
        self.action_button = _button("corrective_record")
        self.action_hint = label("hint")
        action_form = QFormLayout(self.action_box)
        action_form.addRow(self.action_hint)
        action_form.addRow(self.action_check)
        action_form.addRow(self.action_text)
        action_form.addRow(self.action_button)

        self.labels_box = QGroupBox()
        self.containers = _spin("label_containers")
        self.labels_button = _button("batch_labels")
        self.containers_label = QLabel()
        labels_row = QHBoxLayout(self.labels_box)
        labels_row.addWidget(self.containers_label)
        labels_row.addWidget(self.containers)
        labels_row.addWidget(self.labels_button, 1)

        self.dispatch_box = QGroupBox()
        self.dispatch_portions = _spin("dispatch_portions")
        self.dispatch_to = QComboBox()
        self.dispatch_to.setObjectName("dispatch_to")
        self.dispatch_receiver = _line("dispatch_receiver")
        self.dispatch_time = QTimeEdit()
        self.dispatch_time.setObjectName("dispatch_time")
        self.dispatch_button = _button("dispatch_go")
        self.d_portions_label, self.d_to_label = QLabel(), QLabel()
        self.d_receiver_label, self.d_time_label = QLabel(), QLabel()
        dispatch_form = QFormLayout(self.dispatch_box)
        dispatch_form.addRow(self.d_portions_label, self.dispatch_portions)
        dispatch_form.addRow(self.d_to_label, self.dispatch_to)
        dispatch_form.addRow(self.d_receiver_label, self.dispatch_receiver)
        dispatch_form.addRow(self.d_time_label, self.dispatch_time)
        dispatch_form.addRow(self.dispatch_button)

        self.discard_box = QGroupBox()
        self.discard_portions = _spin("discard_portions")
        self.discard_reason = QComboBox()
        self.discard_reason.setObjectName("discard_reason")
        self.discard_note = _line("discard_note")
        self.discard_button = _button("discard_go")
        self.x_portions_label, self.x_reason_label, self.x_note_label = QLabel(), QLabel(), QLabel()
        discard_form = QFormLayout(self.discard_box)
        discard_form.addRow(self.x_portions_label, self.discard_portions)
        discard_form.addRow(self.x_reason_label, self.discard_reason)
        discard_form.addRow(self.x_note_label, self.discard_note)
        discard_form.addRow(self.discard_button)

        left = QVBoxLayout()
        for widget in (self.code, self.about, self.status, self.action_box, self.checks_table,
                       self.check_box):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        for widget in (self.labels_box, self.dispatch_box, self.discard_box):
            right.addWidget(widget)
        right.addStretch(1)
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.retranslate()

    def _check_headers(self) -> list[str]:
        return [self.tr("Check"), self.tr("°C"), self.tr("Taken at"), self.tr("Result"),
                self.tr("Rule"), self.tr("Corrective action")]

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.check_box.setTitle(self.tr("Record a temperature"))
        self.kind_label.setText(self.tr("Check"))
        self.temperature_label.setText(self.tr("Temperature (°C)"))
        self.time_label.setText(self.tr("Taken at"))
        self.started_label.setText(self.tr("Cooling started at (food at 63 °C)"))
        self.check_button.setText(self.tr("Record temperature"))
        self.action_box.setTitle(self.tr("Corrective action"))
        self.action_hint.setText(self.tr("A failed check holds the batch until you say what "
                                         "was done (reheated to 75 °C, cooking extended, "
                                         "discarded…)."))
        self.action_text.setPlaceholderText(self.tr("What was done"))
        self.action_button.setText(self.tr("Record corrective action"))
        self.labels_box.setTitle(self.tr("Labels"))
        self.containers_label.setText(self.tr("Containers"))
        self.labels_button.setText(self.tr("Print labels"))
        self.dispatch_box.setTitle(self.tr("Dispatch portions"))
        self.d_portions_label.setText(self.tr("Portions"))
        self.d_to_label.setText(self.tr("To"))
        self.d_receiver_label.setText(self.tr("Received by"))
        self.d_time_label.setText(self.tr("Time"))
        self.dispatch_button.setText(self.tr("Dispatch"))
        self.discard_box.setTitle(self.tr("Discard portions"))
        self.x_portions_label.setText(self.tr("Portions"))
        self.x_reason_label.setText(self.tr("Reason"))
        self.x_note_label.setText(self.tr("Note"))
        self.discard_button.setText(self.tr("Discard"))
        self.checks.refresh_headers()
