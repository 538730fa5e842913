"""The Who did what screen's layout: person, kind, organisation and dates, then the list.
Layout and texts only; ui.screens.audit.screen fills the lists and reads the trail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.screens.stock.view import data_table, filter_combo
from ui.widgets import label
from warehouse_app import clock


class AuditView(QWidget):
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.title = label("title")
        self.hint = label("hint")
        self.banner = QLabel()
        self.banner.setObjectName("audit_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.person = filter_combo("audit_person", 12, self.filters_changed)
        self.kind = filter_combo("audit_kind", 12, self.filters_changed)
        self.owner = filter_combo("audit_owner", 12, self.filters_changed)
        self.between = QCheckBox()
        self.between.setObjectName("audit_between")
        self.between.toggled.connect(self._between_toggled)
        today = QDate(clock.today())
        self.date_from = self._date("audit_from", today.addDays(-7))
        self.date_to = self._date("audit_to", today)
        self.and_label = QLabel()

        filters = QGridLayout()
        filters.addWidget(self.person, 0, 0)
        filters.addWidget(self.kind, 0, 1)
        filters.addWidget(self.owner, 0, 2)
        dates = QHBoxLayout()
        dates.addWidget(self.between)
        dates.addWidget(self.date_from)
        dates.addWidget(self.and_label)
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 0, 1, 3)
        for column in range(3):
            filters.setColumnStretch(column, 1)

        self.table = data_table("audit_table")
        self.count = label("hint")
        self.count.setObjectName("audit_count")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.hint, 1)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._between_toggled(False)
        self.retranslate()

    def _date(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.dateChanged.connect(self._date_changed)
        return edit

    def _between_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.filters_changed.emit()

    def _date_changed(self) -> None:
        if self.between.isChecked():
            self.filters_changed.emit()

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.between.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who did what"))
        self.hint.setText(self.tr(
            "Every document posted and every change to people, catalogue and closed months, "
            "newest first."))
        self.between.setText(self.tr("Between"))
        self.and_label.setText(self.tr("and"))
