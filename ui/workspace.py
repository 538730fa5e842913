"""The signed-in layout: a header saying who works here (and the Help button), the jobs
down the left, the current job's screen on the right. Layout and texts only;
ui.main_window drives it.

A coordinator has some sixteen jobs: the list scrolls (by finger too) rather than
pushing the window past a 1280 x 720 laptop screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, clear_layout, label

# The jobs' column scrolls in its colours: a thin handle, no arrows. Set on the scroll bar
# alone: a style sheet on an ancestor of the nav buttons would override the app's.
NAV_SCROLLBAR_WIDTH = 12
NAV_SCROLLBAR_STYLE = f"""
QScrollBar:vertical {{ background: #1f3550; width: {NAV_SCROLLBAR_WIDTH}px; margin: 0; }}
QScrollBar::handle:vertical {{ background: #5a7a9e; border-radius: 6px; min-height: 48px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


class Workspace(QWidget):
    screen_chosen = Signal(str)
    switch_person = Signal()
    sign_out = Signal()
    help_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.nav_buttons: dict[str, QPushButton] = {}
        self._current = ""
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
        self.help_button = big_button(role="")
        self.help_button.setObjectName("help_button")
        self.switch_button.clicked.connect(self.switch_person)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.help_button.clicked.connect(self.help_asked)
        top.addWidget(self.organisation_chip)
        top.addWidget(self.who, 1)
        top.addWidget(self.help_button)
        top.addWidget(self.switch_button)
        top.addWidget(self.sign_out_button)

        nav = QFrame()
        nav.setObjectName("nav")
        self.nav_layout = QVBoxLayout()
        self.nav_layout.setSpacing(2)
        nav_box = QVBoxLayout(nav)
        nav_box.setContentsMargins(0, 16, 0, 16)
        nav_box.addLayout(self.nav_layout)
        nav_box.addStretch(1)
        self.nav_scroll = QScrollArea()
        self.nav_scroll.setObjectName("nav_scroll")
        self.nav_scroll.setWidget(nav)
        self.nav_scroll.setWidgetResizable(True)
        self.nav_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_scroll.setFixedWidth(240 + NAV_SCROLLBAR_WIDTH)  # no title under the bar
        self.nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_scroll.verticalScrollBar().setStyleSheet(NAV_SCROLLBAR_STYLE)
        QScroller.grabGesture(self.nav_scroll.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)

        self.screens = QStackedWidget()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav_scroll)
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
            # the column's width is fixed: a long title must not make it scroll sideways
            button.setSizePolicy(QSizePolicy.Policy.Ignored, button.sizePolicy().verticalPolicy())
            button.clicked.connect(lambda _=False, k=key: self.screen_chosen.emit(k))
            self._group.addButton(button)
            self.nav_layout.addWidget(button)
            self.nav_buttons[key] = button

    def mark_current(self, key: str) -> None:
        if key in self.nav_buttons:
            self.nav_buttons[key].setChecked(True)
            self._current = key
            QTimer.singleShot(0, self._reveal_current)  # once the column is laid out

    def _reveal_current(self) -> None:
        """The current job's button scrolled into view (a scan may switch screens)."""
        button = self.nav_buttons.get(self._current)
        if button is not None:
            self.nav_scroll.widget().layout().activate()  # new buttons get their places now
            self.nav_scroll.ensureWidgetVisible(button, 0, 0)

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
        self.help_button.setText(self.tr("? Help"))
        self.help_button.setToolTip(self.tr("What this screen is for, and how (F1)"))
