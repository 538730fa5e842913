"""The workshop screen's layout: three pages (build kits, kit designs, take a kit apart)
under one message banner. Layout and texts only; ui.screens.workshop.screen drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screens.workshop.designs_view import DesignsPage
from ui.widgets import big_button, label, list_table, show_banner

BUILD_PAGE, DESIGNS_PAGE, UNKIT_PAGE = range(3)
MOST_KITS = 999  # one build; a hangar builds tens at a time
TAB_STYLE = ("QPushButton { min-height: 36px; }"
             " QPushButton:checked { background: #1b5e9a; color: white; border-color: #1b5e9a; }")


class NumberPad(QWidget):
    """Digits for gloved fingers, typing into `entry` (which a keyboard may also use)."""

    def __init__(self, entry: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.setStyleSheet("QPushButton { min-height: 44px; padding: 2px; font-size: 17pt; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        keys = ["7", "8", "9", "clear", "4", "5", "6", "back", "1", "2", "3", "0"]
        for index, key in enumerate(keys):
            button = QPushButton({"clear": "C", "back": "⌫"}.get(key, key))
            button.setObjectName(f"kit_key_{key}")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 4, index % 4)

    def press(self, key: str) -> None:
        text = self.entry.text()
        if key == "clear":
            text = ""
        elif key == "back":
            text = text[:-1]
        elif len(text) < len(str(MOST_KITS)):
            text = (text + key).lstrip("0")
        self.entry.setText(text)


class BuildPage(QWidget):
    """Design and owner; the bill of materials; how many kits now, what limits them; how
    many to build (the shortage when more than can be built); Build."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.design = QComboBox()
        self.design.setObjectName("kit_design")
        self.owner = QComboBox()
        self.owner.setObjectName("kit_owner")
        self.design_label, self.owner_label = label(""), label("")
        choose = QHBoxLayout()
        for caption, combo in ((self.design_label, self.design), (self.owner_label, self.owner)):
            choose.addWidget(caption)
            choose.addWidget(combo, 1)
        self.bill = list_table("kit_bill", stretch_last=False)
        self.shortage_title = label("hint")
        self.shortage_title.setObjectName("kit_shortage_title")
        self.shortage = list_table("kit_shortage", stretch_last=False)
        self.place = QComboBox()
        self.place.setObjectName("kit_place")
        self.place_label = label("")
        put = QHBoxLayout()
        put.addWidget(self.place_label)
        put.addWidget(self.place, 1)
        left = QVBoxLayout()
        left.addLayout(choose)
        left.addWidget(self.bill, 3)
        left.addWidget(self.shortage_title)
        left.addWidget(self.shortage, 2)
        left.addLayout(put)

        self.can_title = label("hint")
        self.count = label("big", "–")
        self.count.setObjectName("buildable_count")
        self.count.setStyleSheet("font-size: 40pt; font-weight: 800;")
        self.limits = label("hint")
        self.limits.setObjectName("kit_limits")
        self.number_label = label("hint")
        self.number = QLineEdit()
        self.number.setObjectName("kit_number")
        self.number.setValidator(QIntValidator(1, MOST_KITS, self.number))
        self.number.setStyleSheet("font-size: 20pt;")
        self.pad = NumberPad(self.number)
        self.build_button = big_button(role="primary")
        self.build_button.setObjectName("build_kits")
        self.build_button.setStyleSheet(
            "QPushButton { min-height: 56px; font-size: 17pt; }"
            " QPushButton:disabled { background: #cfd6dd; border-color: #cfd6dd; color: #59616a; }")
        right = QVBoxLayout()
        right.addWidget(self.can_title)
        right.addWidget(self.count)
        right.addWidget(self.limits)
        right.addStretch(1)
        right.addWidget(self.number_label)
        right.addWidget(self.number)
        right.addWidget(self.pad)
        right.addWidget(self.build_button)
        side = QWidget()
        side.setLayout(right)
        side.setFixedWidth(330)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(side)

    def retranslate(self) -> None:
        self.design_label.setText(self.tr("Kit"))
        self.owner_label.setText(self.tr("From the stock of"))
        self.can_title.setText(self.tr("We can build now"))
        self.number_label.setText(self.tr("How many kits?"))
        self.place_label.setText(self.tr("Put the new kits on"))
        self.number.setPlaceholderText(self.tr("Number of kits"))


class UnkitPage(QWidget):
    """A scanned kit: what is in it, and Take apart."""

    look_up_asked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hint = label("hint")
        self.code = QLineEdit()
        self.code.setObjectName("kit_code")
        self.look_up_button = QPushButton()
        self.look_up_button.setObjectName("kit_look_up")
        self.look_up_button.clicked.connect(lambda: self.look_up_asked.emit(self.code.text()))
        self.code.returnPressed.connect(self.look_up_button.click)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.look_up_button)
        self.found = label("title")
        self.found.setObjectName("kit_found")
        self.facts = label("hint")
        self.contents = list_table("kit_contents", stretch_last=False)
        self.unkit_button = big_button(role="primary")
        self.unkit_button.setObjectName("unkit_confirm")
        self.unkit_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.found)
        layout.addWidget(self.facts)
        layout.addWidget(self.contents, 1)
        layout.addWidget(self.unkit_button)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Scan a kit's label (KIT-…) to see what is in it, or type "
                                  "its code."))
        self.code.setPlaceholderText(self.tr("KIT-000001"))
        self.look_up_button.setText(self.tr("Show"))
        self.unkit_button.setText(self.tr("Take this kit apart"))


class WorkshopView(QWidget):
    page_asked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.tabs: list[QPushButton] = []
        tabs = QHBoxLayout()
        for index, name in enumerate(("workshop_build", "workshop_designs", "workshop_unkit")):
            button = QPushButton()
            button.setObjectName(name)
            button.setCheckable(True)
            button.setStyleSheet(TAB_STYLE)
            button.clicked.connect(lambda _=False, i=index: self.page_asked.emit(i))
            tabs.addWidget(button)
            self.tabs.append(button)
        tabs.addStretch(1)
        self.message = label("hint")
        self.message.setObjectName("workshop_message")
        self.build = BuildPage()
        self.designs = DesignsPage()
        self.unkit = UnkitPage()
        self.pages = QStackedWidget()
        for page in (self.build, self.designs, self.unkit):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.addLayout(tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.show_page(BUILD_PAGE)
        self.retranslate()

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        for i, button in enumerate(self.tabs):
            button.setChecked(i == index)

    def show_message(self, text: str, kind: str = "info") -> None:
        show_banner(self.message, text, kind)
        self.message.show()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.message.hide()  # said in the language before: gone until the next message
        for button, text in zip(self.tabs, (self.tr("Build kits"), self.tr("Kit designs"),
                                            self.tr("Take a kit apart")), strict=True):
            button.setText(text)
        self.build.retranslate()
        self.designs.retranslate()
        self.unkit.retranslate()

