"""Administration (coordinators and admins): the organisations, the people who sign in,
the hangar's places and the catalogue, one page each behind big page buttons. Each page
reads and changes through warehouse_app.admin.desk; the core refuses what the person may
not do, and the page says why in their language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.screens.admin.catalogue import CatalogueAdmin
from ui.screens.admin.common import AdminPage
from ui.screens.admin.locations import LocationsAdmin
from ui.screens.admin.organisations import OrganisationsAdmin
from ui.screens.admin.people import PeopleAdmin
from ui.style import ACCENT
from ui.widgets import big_button
from warehouse_app import permissions

PAGES = ("people", "organisations", "locations", "catalogue")


class AdminScreen(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page")
        self.people = PeopleAdmin(ctx)
        self.organisations = OrganisationsAdmin(ctx)
        self.locations = LocationsAdmin(ctx)
        self.catalogue = CatalogueAdmin(ctx)
        self.pages: dict[str, AdminPage] = {
            "people": self.people, "organisations": self.organisations,
            "locations": self.locations, "catalogue": self.catalogue}
        self.stack = QStackedWidget()
        self.buttons = {}
        self.scrolls: dict[str, QScrollArea] = {}
        self.holders: dict[str, QWidget] = {}
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for key in PAGES:
            button = big_button(role="")
            button.setObjectName(f"admin_page_{key}")
            button.setCheckable(True)
            button.setStyleSheet(f"QPushButton:checked {{ background: {ACCENT}; color: white;"
                                 f" border-color: {ACCENT}; }}")
            button.clicked.connect(lambda _=False, k=key: self.show_page(k))
            group.addButton(button)
            row.addWidget(button)
            self.buttons[key] = button
            # On a small screen a page scrolls rather than making the window taller.
            scroll = QScrollArea()
            self.pages[key].setObjectName("page")  # the screens' background, not the frame's
            self.pages[key].setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
            scroll.setWidget(self.pages[key])
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.scrolls[key] = scroll
            # The page's message stays above its scroll area: a message on two lines
            # would otherwise make the page taller than the room and scroll it.
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.pages[key].view.banner)
            column.addWidget(scroll, 1)
            self.holders[key] = holder
            self.stack.addWidget(holder)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.loaded: set[str] = set()
        ctx.session.changed.connect(self._session_changed)
        self.retranslate()
        self.show_page("people")

    def show_page(self, key: str) -> None:
        """The page, read on first showing (an unopened page costs no query)."""
        page = self.pages[key]
        self.buttons[key].setChecked(True)
        self.stack.setCurrentWidget(self.holders[key])
        if key not in self.loaded and self.ctx.session.user is not None:
            self.loaded.add(key)
            page.load()
        if key == "people":
            self.people.view.volunteer_name.setFocus()

    def current_page(self) -> str:
        return next(k for k, h in self.holders.items() if h is self.stack.currentWidget())

    def _session_changed(self) -> None:
        """Someone else signed in: the pages are read again when next shown, as theirs
        (the window keeps its screens across sign-ins)."""
        self.loaded.clear()
        user = self.ctx.session.user
        if user is not None and permissions.allowed(user, "manage_users"):
            self.show_page(self.current_page())

    def on_scan(self, code: str) -> bool:
        """A scan belongs to the catalogue page (a product's barcode to link); elsewhere
        it goes on to the Scan screen."""
        if self.current_page() == "catalogue":
            return self.catalogue.on_scan(code)
        return False

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # the page in view reads itself again (AdminPage); the others when next shown
            self.loaded &= {self.current_page()} if self.isVisible() else set()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # Qt override: camelCase
        self.show_page(self.current_page())  # read again if the language changed meanwhile
        super().showEvent(event)

    def retranslate(self) -> None:
        titles = {"people": self.tr("People"), "organisations": self.tr("Organisations"),
                  "locations": self.tr("Locations"), "catalogue": self.tr("Catalogue")}
        for key, button in self.buttons.items():
            button.setText(titles[key])
