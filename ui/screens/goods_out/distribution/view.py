"""The Give out screen's layout: who gives and where to, the lines (scanned or chosen,
with the first-expired-first-out picks or the refusal of each), then the release note.
Layout and texts only; ui.screens.goods_out.distribution.screen drives it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.screens.goods_out.distribution.entry import LineEntry
from ui.widgets import big_button, label, show_banner

LINES_PAGE, NOTE_PAGE = range(2)
DESTINATION_KINDS = {  # models.DESTINATION_KINDS, as a person reads them
    "site": QT_TRANSLATE_NOOP("DistributionView", "Distribution site"),
    "partner": QT_TRANSLATE_NOOP("DistributionView", "Partner organisation"),
    "other": QT_TRANSLATE_NOOP("DistributionView", "Other"),
}
BUTTON_HEIGHT = 52  # touch-friendly, yet the lines keep the screen at 1280 x 720


def touch_button(name: str, role: str = "") -> QPushButton:
    widget = big_button(role=role)
    widget.setObjectName(name)
    widget.setMinimumHeight(BUTTON_HEIGHT)
    return widget


def fit_columns(table: QTableView, widths: dict[int, int]) -> None:
    """Starting widths of the first columns; the last one takes the rest."""
    for column, width in widths.items():
        table.setColumnWidth(column, width)


def lines_table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(260)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class DistributionView(QWidget):
    owner_changed = Signal()
    add_destination_asked = Signal(str, str)  # name, kind
    remove_asked = Signal()
    accept_asked = Signal()
    finish_asked = Signal()
    save_pdf_asked = Signal()
    print_asked = Signal()
    open_folder_asked = Signal()
    new_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.message = label("hint")
        self.message.setObjectName("dist_message")
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self._build_lines()
        self._build_note()
        self.retranslate()

    def _build_lines(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.owner_label, self.destination_label = label(""), label("")
        self.owner = QComboBox()
        self.owner.setObjectName("dist_owner")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner.currentIndexChanged.connect(lambda _i: self.owner_changed.emit())
        self.destination = QComboBox()
        self.destination.setObjectName("dist_destination")
        self.destination.setMinimumWidth(260)
        self.new_destination = QLineEdit()
        self.new_destination.setObjectName("dist_new_destination")
        self.add_destination_button = touch_button("dist_add_destination")
        self.add_destination_button.clicked.connect(
            lambda: self.add_destination_asked.emit(self.new_destination.text().strip(),
                                                    self.new_destination_kind.currentData()))
        self.new_destination_kind = QComboBox()
        self.new_destination_kind.setObjectName("dist_new_destination_kind")
        for kind in DESTINATION_KINDS:
            self.new_destination_kind.addItem("", kind)
        self.destination_adder = QWidget()
        adder = QHBoxLayout(self.destination_adder)
        adder.setContentsMargins(0, 0, 0, 0)
        adder.addWidget(self.new_destination)
        adder.addWidget(self.new_destination_kind)
        adder.addWidget(self.add_destination_button)
        who = QHBoxLayout()
        for widget in (self.owner_label, self.owner, self.destination_label, self.destination):
            who.addWidget(widget)
        who.addWidget(self.destination_adder)
        who.addStretch(1)
        box.addLayout(who)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        self.scan_hint = label("hint")
        self.lines = lines_table("dist_lines")
        left.addWidget(self.scan_hint)
        left.addWidget(self.lines, 1)
        buttons = QHBoxLayout()
        self.remove_button = touch_button("dist_remove")
        self.remove_button.clicked.connect(self.remove_asked)
        self.accept_button = touch_button("dist_accept")
        self.accept_button.clicked.connect(self.accept_asked)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addLayout(self._build_finish())
        self.entry = LineEntry()
        self.entry.setFixedWidth(300)
        middle.addLayout(left, 1)
        middle.addWidget(self.entry)
        box.addLayout(middle, 1)

        self.pages.addWidget(page)

    def _build_finish(self) -> QHBoxLayout:
        """Who receives, a reference, Finish: under the lines, so the keypad beside them
        sets the screen's height."""
        row = QHBoxLayout()
        self.received_by = QLineEdit()
        self.received_by.setObjectName("dist_received_by")
        self.reference = QLineEdit()
        self.reference.setObjectName("dist_reference")
        self.finish_button = touch_button("dist_finish", "primary")
        self.finish_button.clicked.connect(self.finish_asked)
        row.addWidget(self.received_by, 1)
        row.addWidget(self.reference, 1)
        row.addWidget(self.finish_button)
        return row

    def _build_note(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.note = QTextBrowser()
        self.note.setObjectName("dist_note")
        self.pdf_path = label("hint")
        self.pdf_path.setObjectName("dist_pdf_path")
        buttons = QHBoxLayout()
        self.save_pdf_button = touch_button("dist_save_pdf")
        self.save_pdf_button.clicked.connect(self.save_pdf_asked)
        self.print_button = touch_button("dist_print")
        self.print_button.clicked.connect(self.print_asked)
        self.open_folder_button = touch_button("dist_open_folder")
        self.open_folder_button.clicked.connect(self.open_folder_asked)
        self.new_button = touch_button("dist_new", "primary")
        self.new_button.clicked.connect(self.new_asked)
        for button in (self.save_pdf_button, self.print_button, self.open_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        box.addWidget(self.note, 1)
        box.addWidget(self.pdf_path)
        box.addLayout(buttons)
        self.pages.addWidget(page)

    def show_message(self, text: str, kind: str = "info") -> None:
        show_banner(self.message, text, kind)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.owner_label.setText(self.tr("Stock of"))
        self.destination_label.setText(self.tr("To"))
        self.new_destination.setPlaceholderText(self.tr("New destination"))
        self.add_destination_button.setText(self.tr("Add destination"))
        for index, source in enumerate(DESTINATION_KINDS.values()):
            self.new_destination_kind.setItemText(index, self.tr(source))
        self.scan_hint.setText(self.tr(
            "Scan products, lots or whole boxes; the oldest dates go first."))
        self.remove_button.setText(self.tr("Remove line"))
        self.accept_button.setText(self.tr("Take these lots"))
        self.received_by.setPlaceholderText(self.tr("Received by (name)"))
        self.reference.setPlaceholderText(self.tr("Reference (optional)"))
        self.finish_button.setText(self.tr("Finish"))
        self.save_pdf_button.setText(self.tr("Save PDF as…"))
        self.print_button.setText(self.tr("Print…"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.new_button.setText(self.tr("New distribution"))
