"""The intake screen's layout: who the donation is for (big coloured buttons), who gave
it, then the lines with the picker and the line panel beside them. Layout and texts only;
ui.screens.intake.screen drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.screens.intake.panels import LinePanel, PickerPanel, SizeGridPanel
from ui.style import organisation_button_style, text_colour_on
from ui.vocabulary import donor_type_name
from ui.widgets import big_button, fill_grid, label, show_banner
from warehouse_app.intake.desk import OwnerChoice

OWNER_COLUMNS = 3
DONOR_COLUMNS = 3
DONOR_TYPES = ("individual", "company", "collection", "ngo", "other")
OWNER_PAGE, DONOR_PAGE, LINES_PAGE = range(3)
PICKER, SIZES, LINE = range(3)


class IntakeView(QWidget):
    owner_picked = Signal(int)
    donor_picked = Signal(int)
    donor_typed = Signal(str)
    new_donor_asked = Signal(str, str)  # name, type
    no_donor_asked = Signal()
    back_asked = Signal()
    resume_asked = Signal()
    discard_asked = Signal()
    priority_picked = Signal(int)
    new_box_asked = Signal()
    undo_asked = Signal()
    finish_asked = Signal()
    cancel_asked = Signal()
    pick_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._build_owner_page())
        self.pages.addWidget(self._build_donor_page())
        self.pages.addWidget(self._build_lines_page())
        self._donor_type = "individual"
        self.retranslate()

    # -- pages -----------------------------------------------------------------------------
    def _build_owner_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.owner_title = label("title")
        self.owner_hint = label("hint")
        self.done_note = label("hint")
        self.done_note.setObjectName("intake_done")
        self.resume_frame = QFrame()
        self.resume_frame.setStyleSheet("QFrame { background: #fff8e1; border-radius: 8px; }")
        resume = QHBoxLayout(self.resume_frame)
        self.resume_text = label("hint")
        self.resume_button = big_button(role="primary")
        self.resume_button.setObjectName("draft_resume")
        self.discard_button = big_button(role="")
        self.discard_button.setObjectName("draft_discard")
        self.resume_button.clicked.connect(self.resume_asked)
        self.discard_button.clicked.connect(self.discard_asked)
        resume.addWidget(self.resume_text, 1)
        resume.addWidget(self.discard_button)
        resume.addWidget(self.resume_button)
        self.resume_frame.hide()
        self.owners_grid = QGridLayout()
        self.owners_grid.setSpacing(16)
        owners_holder = QWidget()
        owners_box = QVBoxLayout(owners_holder)
        owners_box.setContentsMargins(0, 0, 0, 0)
        owners_box.addLayout(self.owners_grid)
        owners_box.addStretch(1)
        owners_scroll = QScrollArea()
        owners_scroll.setWidgetResizable(True)
        owners_scroll.setFrameShape(QFrame.Shape.NoFrame)
        owners_scroll.setWidget(owners_holder)
        box.addWidget(self.owner_title)
        box.addWidget(self.owner_hint)
        box.addWidget(self.done_note)
        box.addWidget(self.resume_frame)
        box.addSpacing(12)
        box.addWidget(owners_scroll, 1)
        return page

    def _build_donor_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.donor_title = label("title")
        self.donor_search = QLineEdit()
        self.donor_search.setObjectName("donor_search")
        self.donor_search.setStyleSheet("font-size: 16pt; min-height: 52px;")
        self.donor_search.textChanged.connect(self.donor_typed)
        self.donor_note = label("error")
        self.donor_note.setObjectName("donor_note")
        self.donors_grid = QGridLayout()
        self.donors_grid.setSpacing(10)
        self.new_donor_title = label("hint")
        self.new_donor_button = big_button(role="primary")
        self.new_donor_button.setObjectName("donor_add")
        self.new_donor_button.clicked.connect(
            lambda: self.new_donor_asked.emit(self.donor_search.text(), self._donor_type))
        self.donor_types = QButtonGroup(self)
        types = QHBoxLayout()
        for key in DONOR_TYPES:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"donor_type_{key}")
            button.setChecked(key == "individual")
            button.clicked.connect(lambda _=False, k=key: self._set_donor_type(k))
            self.donor_types.addButton(button)
            types.addWidget(button)
        types.addWidget(self.new_donor_button)
        self.no_donor_button = big_button(role="")
        self.no_donor_button.setObjectName("donor_none")
        self.no_donor_button.clicked.connect(self.no_donor_asked)
        self.donor_back = big_button(role="")
        self.donor_back.clicked.connect(self.back_asked)
        box.addWidget(self.donor_title)
        box.addWidget(self.donor_search)
        box.addWidget(self.donor_note)
        box.addLayout(self.donors_grid)
        box.addSpacing(12)
        box.addWidget(self.new_donor_title)
        box.addLayout(types)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.donor_back)
        row.addStretch(1)
        row.addWidget(self.no_donor_button)
        box.addLayout(row)
        return page

    def _set_donor_type(self, key: str) -> None:
        self._donor_type = key

    def _build_lines_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.owner_chip = OwnerChip()
        self.donor_label = label("hint")
        self.priority = QButtonGroup(self)
        top.addWidget(self.owner_chip)
        top.addWidget(self.donor_label, 1)
        self.priority_label = label("hint")
        self.priority_label.setWordWrap(False)
        top.addWidget(self.priority_label)
        for value in (1, 2, 3):
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"priority_{value}")
            button.clicked.connect(lambda _=False, v=value: self.priority_picked.emit(v))
            self.priority.addButton(button, value)
            top.addWidget(button)
        outer.addLayout(top)

        self.message = label("hint")
        self.message.setObjectName("intake_message")
        self.message.setMinimumHeight(48)
        outer.addWidget(self.message)

        body = QHBoxLayout()
        left = QVBoxLayout()
        boxes = QHBoxLayout()
        self.box_label = label("title")
        self.box_label.setObjectName("current_box")
        self.box_label.setWordWrap(False)
        self.new_box_button = big_button(role="")
        self.new_box_button.setObjectName("new_box")
        self.new_box_button.clicked.connect(self.new_box_asked)
        boxes.addWidget(self.box_label, 1)
        boxes.addWidget(self.new_box_button)
        left.addLayout(boxes)
        self.table = QTableView()
        self.table.setObjectName("intake_lines")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setStyleSheet("QTableView { font-size: 14pt; }")
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the item's name
        header.setMinimumSectionSize(60)
        self.empty_hint = label("hint")
        left.addWidget(self.table, 1)
        left.addWidget(self.empty_hint)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        switch = QHBoxLayout()
        self.pick_button = big_button(role="")
        self.pick_button.setObjectName("show_picker")
        self.pick_button.clicked.connect(self.pick_asked)
        switch.addWidget(self.pick_button)
        right.addLayout(switch)
        self.side = QStackedWidget()
        self.picker = PickerPanel()
        self.sizes = SizeGridPanel()
        self.line = LinePanel()
        for panel in (self.picker, self.sizes, self.line):
            self.side.addWidget(panel)
        # Scrolls rather than pushing the window past a 1366 x 768 laptop's screen.
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(self.side)
        side_scroll.setFixedWidth(470)  # the lines list gets the rest of the width
        right.addWidget(side_scroll, 1)
        body.addLayout(right, 0)
        outer.addLayout(body, 1)

        bottom = QHBoxLayout()
        self.undo_button = big_button(role="big")
        self.undo_button.setObjectName("undo_scan")
        self.cancel_button = big_button(role="")
        self.cancel_button.setObjectName("cancel_receipt")
        self.finish_button = big_button(role="primary")
        self.finish_button.setObjectName("finish")
        self.finish_button.setMinimumWidth(280)
        self.finish_button.setStyleSheet("font-size: 17pt; min-height: 84px;")
        self.undo_button.clicked.connect(self.undo_asked)
        self.cancel_button.clicked.connect(self.cancel_asked)
        self.finish_button.clicked.connect(self.finish_asked)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)
        outer.addLayout(bottom)
        return page

    # -- what the controller shows ---------------------------------------------------------
    def show_owners(self, owners: list[OwnerChoice]) -> None:
        buttons = []
        for owner in owners:
            button = big_button(owner.name)
            button.setObjectName(f"owner_{owner.id}")
            button.setStyleSheet(organisation_button_style(owner.colour))
            button.setMinimumHeight(110)
            button.clicked.connect(lambda _=False, i=owner.id: self.owner_picked.emit(i))
            buttons.append(button)
        fill_grid(self.owners_grid, buttons, OWNER_COLUMNS)

    def show_donors(self, donors: list[tuple[int, str, str]]) -> None:
        """donors: (id, name, type)."""
        buttons = []
        for donor_id, name, donor_type in donors:
            button = big_button(f"{name}\n{donor_type_name(donor_type)}", role="")
            button.setObjectName(f"donor_{donor_id}")
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, i=donor_id: self.donor_picked.emit(i))
            buttons.append(button)
        fill_grid(self.donors_grid, buttons, DONOR_COLUMNS)

    def show_header(self, owner: str, colour: str, donor: str, priority: int) -> None:
        self.owner_chip.show_owner(owner, colour)
        self.donor_label.setText(self.tr("From: {donor}").format(donor=donor) if donor
                                 else self.tr("Donor not given"))
        self.priority.button(priority).setChecked(True)

    def show_message(self, text: str, kind: str = "info") -> None:
        show_banner(self.message, text, kind)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.owner_title.setText(self.tr("Receive a donation"))
        self.owner_hint.setText(self.tr("Who is this donation for? Tap the organisation."))
        self.resume_button.setText(self.tr("Continue it"))
        self.discard_button.setText(self.tr("Throw it away"))
        self.donor_title.setText(self.tr("Who gave it?"))
        self.donor_search.setPlaceholderText(self.tr("Type a few letters of the donor's name"))
        self.new_donor_title.setText(self.tr("Not in the list? Type the name above, "
                                             "tap what they are, then “Add donor”."))
        texts = [donor_type_name(k) for k in DONOR_TYPES]
        for button, text in zip(self.donor_types.buttons(), texts, strict=True):
            button.setText(text)
        self.new_donor_button.setText(self.tr("Add donor"))
        self.no_donor_button.setText(self.tr("Donor not known: go on ›"))
        self.donor_back.setText(self.tr("‹ Back"))
        self.priority_label.setText(self.tr("Priority:"))
        for value, text in ((1, self.tr("1 Urgent")), (2, self.tr("2 Normal")),
                            (3, self.tr("3 Not urgent"))):
            self.priority.button(value).setText(text)
        self.new_box_button.setText(self.tr("Start a new box"))
        self.empty_hint.setText(self.tr("Scan a product, or tap “Pick an item” to choose one."))
        self.pick_button.setText(self.tr("Pick an item"))
        self.undo_button.setText(self.tr("↶ Undo last scan"))
        self.cancel_button.setText(self.tr("Cancel receipt"))
        self.finish_button.setText(self.tr("Finish ✓"))


class OwnerChip(QWidget):
    """The owner's name on its colour: whose stock is being received, always in sight."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = label("hint")
        self.text.setWordWrap(False)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def show_owner(self, name: str, colour: str) -> None:
        self.text.setText(name)
        if self.text.property("colour") == colour:
            return
        self.text.setProperty("colour", colour)
        self.text.setStyleSheet(
            f"background: {colour}; color: {text_colour_on(colour)}; font-weight: 700;"
            " padding: 8px 16px; border-radius: 8px;")
