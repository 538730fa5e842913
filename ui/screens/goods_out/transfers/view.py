"""The Transfers and loans screen's layout: a transfer or a loan being prepared (from,
to, due date, lines) above the outstanding loans with Repay. Layout and texts only;
ui.screens.goods_out.transfers.screen drives it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.screens.goods_out.distribution.entry import LineEntry
from ui.screens.goods_out.distribution.view import lines_table, touch_button
from ui.widgets import label, show_banner
from warehouse_app import clock

DEFAULT_LOAN_DAYS = 14
CHOSEN_STYLE = "QPushButton:checked { background: #1f5f99; color: white; }"
NAME_CHARS = 14  # an organisation's code and the start of its name, in the combos


class TransfersView(QWidget):
    kind_changed = Signal()
    from_changed = Signal()
    remove_asked = Signal()
    post_asked = Signal()
    repay_all_asked = Signal()
    repay_part_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.message = label("hint")
        self.message.setObjectName("tr_message")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_hand_over())
        splitter.addWidget(self._build_loans())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def _build_hand_over(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.transfer_button = touch_button("tr_kind_transfer")
        self.lend_button = touch_button("tr_kind_lend")
        self.kinds = QButtonGroup(self)
        for button in (self.transfer_button, self.lend_button):
            button.setCheckable(True)
            button.setStyleSheet(CHOSEN_STYLE)
            self.kinds.addButton(button)
        self.transfer_button.setChecked(True)
        self.kinds.buttonClicked.connect(lambda _b: self.kind_changed.emit())
        self.from_label, self.to_label, self.due_label = label(""), label(""), label("")
        self.giver = QComboBox()
        self.giver.setObjectName("tr_from")
        self.receiver = QComboBox()
        self.receiver.setObjectName("tr_to")
        for combo in (self.giver, self.receiver):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(NAME_CHARS)
        self.giver.currentIndexChanged.connect(lambda _i: self.from_changed.emit())
        self.due = QDateEdit()
        self.due.setObjectName("tr_due")
        self.due.setCalendarPopup(True)
        today = QDate(clock.today())
        self.due.setDate(today.addDays(DEFAULT_LOAN_DAYS))
        self.due.setMinimumDate(today)
        self.note = QLineEdit()
        self.note.setObjectName("tr_note")
        top = QHBoxLayout()
        for widget in (self.transfer_button, self.lend_button, self.from_label, self.giver,
                       self.to_label, self.receiver, self.due_label, self.due):
            top.addWidget(widget)
        top.addStretch(1)
        box.addLayout(top)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        self.hint = label("hint")
        self.lines = lines_table("tr_lines")
        left.addWidget(self.hint)
        left.addWidget(self.lines, 1)
        buttons = QHBoxLayout()
        self.remove_button = touch_button("tr_remove")
        self.remove_button.clicked.connect(self.remove_asked)
        self.post_button = touch_button("tr_post", "primary")
        self.post_button.clicked.connect(self.post_asked)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.post_button)
        left.addLayout(buttons)
        self.entry = LineEntry(keypad=False)  # the office desk has a keyboard
        self.entry.setFixedWidth(300)
        middle.addLayout(left, 1)
        middle.addWidget(self.entry)
        box.addLayout(middle, 1)
        return page

    def _build_loans(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.loans_title = label("hint")
        self.loans = lines_table("tr_loans")
        self.loans.horizontalHeader().setDefaultSectionSize(120)
        self.repay_quantity = QLineEdit()
        self.repay_quantity.setObjectName("tr_repay_quantity")
        self.repay_part_button = touch_button("tr_repay_part")
        self.repay_part_button.clicked.connect(self.repay_part_asked)
        self.repay_all_button = touch_button("tr_repay_all")
        self.repay_all_button.clicked.connect(self.repay_all_asked)
        repay = QHBoxLayout()
        repay.addWidget(self.repay_quantity)
        repay.addWidget(self.repay_part_button)
        repay.addWidget(self.repay_all_button)
        repay.addStretch(1)
        box.addWidget(self.loans_title)
        box.addWidget(self.loans, 1)
        box.addLayout(repay)
        return page

    def lending(self) -> bool:
        return self.lend_button.isChecked()

    def due_date(self) -> dt.date:
        return self.due.date().toPython()

    def show_message(self, text: str, kind: str = "info") -> None:
        show_banner(self.message, text, kind)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lending = self.lending()
        self.transfer_button.setText(self.tr("Transfer"))
        self.lend_button.setText(self.tr("Lend"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.due_label.setText(self.tr("Due"))
        self.due_label.setVisible(lending)
        self.due.setVisible(lending)
        self.hint.setText(
            self.tr("Lend: the goods are to be given back in kind by the due date. Scan or "
                    "choose what you lend.") if lending else
            self.tr("Transfer: the goods change owner for good, and stay on their shelf. "
                    "Scan or choose what you hand over."))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.remove_button.setText(self.tr("Remove line"))
        self.post_button.setText(self.tr("Lend") if lending else self.tr("Transfer"))
        self.loans_title.setText(self.tr("Outstanding loans"))
        self.repay_quantity.setPlaceholderText(self.tr("Quantity to repay"))
        self.repay_part_button.setText(self.tr("Repay this quantity"))
        self.repay_all_button.setText(self.tr("Repay all"))
