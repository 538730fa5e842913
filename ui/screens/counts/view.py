"""The count screen's layout: the sessions (and, for coordinators, starting one), counting
at a place by scanning with how far each place is and the count sheet, and the review of
variances. Layout and texts only; ui.screens.counts.screen drives it (the books page is
ui.screens.counts.books)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, clear_layout, label, show_banner

LIST_PAGE, COUNT_PAGE, REVIEW_PAGE, BOOKS_PAGE = range(4)

REASON_NAMES = {
    "found": QT_TRANSLATE_NOOP("CountVocabulary", "found"),
    "lost": QT_TRANSLATE_NOOP("CountVocabulary", "lost"),
    "damaged": QT_TRANSLATE_NOOP("CountVocabulary", "damaged"),
    "expired": QT_TRANSLATE_NOOP("CountVocabulary", "expired"),
    "theft": QT_TRANSLATE_NOOP("CountVocabulary", "theft"),
    "data_error": QT_TRANSLATE_NOOP("CountVocabulary", "data error"),
}


def reason_name(reason: str) -> str:
    source = REASON_NAMES.get(reason)
    return QCoreApplication.translate("CountVocabulary", source) if source else reason


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CountView(QWidget):
    start_asked = Signal()
    back_asked = Signal()
    books_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        self.message = label("hint")
        self.message.setObjectName("count_message")
        layout.addWidget(self.message)
        layout.addWidget(self.pages)
        self._build_list()
        self._build_count()
        self._build_review()
        self.retranslate()

    # -- sessions ----------------------------------------------------------------------------
    def _build_list(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.list_title = label("title")
        self.sessions_grid = QGridLayout()
        self.no_sessions = label("hint")
        self.books_button = big_button()
        self.books_button.setObjectName("count_books")
        self.books_button.clicked.connect(self.books_asked)
        title_row = QHBoxLayout()
        title_row.addWidget(self.list_title, 1)
        title_row.addWidget(self.books_button)
        box.addLayout(title_row)
        box.addLayout(self.sessions_grid)
        box.addWidget(self.no_sessions)
        self.start_panel = QWidget()
        form = QFormLayout(self.start_panel)
        self.start_title = label("title")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("start_owner")
        self.location_combo = QComboBox()
        self.location_combo.setObjectName("start_location")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("start_category")
        self.blind_check = QCheckBox()
        self.blind_check.setObjectName("start_blind")
        self.blind_check.setChecked(True)
        self.start_button = big_button(role="primary")
        self.start_button.setObjectName("start_count")
        self.start_button.clicked.connect(self.start_asked)
        self.owner_label, self.location_label, self.category_label = label(""), label(""), label("")
        form.addRow(self.start_title)
        form.addRow(self.owner_label, self.owner_combo)
        form.addRow(self.location_label, self.location_combo)
        form.addRow(self.category_label, self.category_combo)
        form.addRow(self.blind_check)
        form.addRow(self.start_button)
        box.addWidget(self.start_panel)
        box.addStretch(1)
        # A hangar may have many counts live at once: the list scrolls rather than pushing
        # the window past a 1280 x 720 screen.
        scroller = QScrollArea()
        scroller.setObjectName("sessions_scroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(page)
        self.pages.addWidget(scroller)

    def show_sessions(self, rows: list[tuple[QWidget, ...]]) -> None:
        clear_layout(self.sessions_grid)
        for r, widgets in enumerate(rows):
            for c, widget in enumerate(widgets):
                self.sessions_grid.addWidget(widget, r, c)
        self.no_sessions.setVisible(not rows)

    # -- counting ----------------------------------------------------------------------------
    def _build_count(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.count_title = label("title")
        self.place_label = label("big")
        self.place_label.setObjectName("count_place")
        box.addWidget(self.count_title)
        box.addWidget(self.place_label)
        self.counted_table = _table()
        self.counted_table.setObjectName("counted_lines")
        self.counted_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.places_table = _table()
        self.places_table.setObjectName("count_places")
        self.overall_label = label("hint")
        self.overall_label.setObjectName("count_overall")
        self.overall_bar = QProgressBar()
        self.overall_bar.setObjectName("count_progress")
        self.overall_bar.setTextVisible(False)
        places = QVBoxLayout()
        places.addWidget(self.overall_label)
        places.addWidget(self.overall_bar)
        places.addWidget(self.places_table, 1)
        tables = QHBoxLayout()
        tables.addWidget(self.counted_table, 2)
        tables.addLayout(places, 1)
        box.addLayout(tables, 1)
        self.problems_title = label("error")
        self.problems_table = _table()
        self.problems_table.setObjectName("sheet_problems")
        self.problems_table.setMaximumHeight(160)
        self.problems_title.hide()
        self.problems_table.hide()
        problems = QHBoxLayout()  # side by side: the page must still fit 720 pixels high
        problems.addWidget(self.problems_title, 1)
        problems.addWidget(self.problems_table, 3)
        box.addLayout(problems)
        keypad = QHBoxLayout()
        self.count_entry = QLineEdit()
        self.count_entry.setObjectName("count_entry")
        self.set_count_button = big_button()
        self.set_count_button.setObjectName("set_count")
        self.export_button = big_button()
        self.export_button.setObjectName("export_sheet")
        self.import_button = big_button()
        self.import_button.setObjectName("import_sheet")
        keypad.addWidget(self.count_entry, 1)
        # the sheet's buttons here, not below: five big buttons in French pass 1280 pixels
        for button in (self.set_count_button, self.export_button, self.import_button):
            keypad.addWidget(button)
        box.addLayout(keypad)
        buttons = QHBoxLayout()
        self.count_back = big_button()
        self.count_back.setObjectName("count_back")
        self.count_back.clicked.connect(self.back_asked)
        self.place_done_button = big_button()
        self.place_done_button.setObjectName("place_done")
        self.submit_button = big_button(role="primary")
        self.submit_button.setObjectName("submit_count")
        for button in (self.count_back, self.place_done_button, self.submit_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.pages.addWidget(page)

    # -- review ------------------------------------------------------------------------------
    def _build_review(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        self.review_title = label("title")
        box.addWidget(self.review_title)
        self.review_table = _table()
        self.review_table.setObjectName("review_lines")
        self.review_table.setWordWrap(False)  # long names are elided, whole in the tooltip
        self.review_table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        box.addWidget(self.review_table, 1)
        self.approve_note = label("error")
        self.approve_note.setObjectName("approve_note")
        box.addWidget(self.approve_note)
        buttons = QHBoxLayout()
        self.review_back = big_button()
        self.review_back.setObjectName("review_back")
        self.review_back.clicked.connect(self.back_asked)
        self.recount_button = big_button()
        self.recount_button.setObjectName("ask_recount")
        self.approve_button = big_button(role="primary")
        self.approve_button.setObjectName("approve_count")
        for button in (self.review_back, self.recount_button, self.approve_button):
            buttons.addWidget(button)
        box.addLayout(buttons)
        self.pages.addWidget(page)

    def narrow_review_column(self, column: int, width: int = 280) -> None:
        """Keep one column of the review (the item) from pushing the reasons off screen;
        its text is elided, the rest is in its tooltip."""
        header = self.review_table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)

    # -- texts -------------------------------------------------------------------------------
    def show_message(self, text: str, kind: str = "info") -> None:
        show_banner(self.message, text, kind)

    def show_sheet_problems(self, title: str) -> None:
        """The refused rows of a count sheet below the lines; an empty title hides them."""
        self.problems_title.setText(title)
        self.problems_title.setVisible(bool(title))
        self.problems_table.setVisible(bool(title))

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list_title.setText(self.tr("Stock counts"))
        self.no_sessions.setText(self.tr("No count is open."))
        self.start_title.setText(self.tr("Start a count"))
        self.owner_label.setText(self.tr("Organisation"))
        self.location_label.setText(self.tr("Place"))
        self.category_label.setText(self.tr("Category"))
        self.blind_check.setText(self.tr("Blind (counters do not see the book quantities)"))
        self.start_button.setText(self.tr("Start the count"))
        self.set_count_button.setText(self.tr("Set count"))
        self.count_entry.setPlaceholderText(self.tr("Count of the chosen line"))
        self.count_back.setText(self.tr("Back"))
        self.place_done_button.setText(self.tr("Place done"))
        self.export_button.setText(self.tr("Export sheet"))
        self.import_button.setText(self.tr("Import sheet"))
        self.books_button.setText(self.tr("Books"))
        self.submit_button.setText(self.tr("Submit"))
        self.review_back.setText(self.tr("Back"))
        self.recount_button.setText(self.tr("Ask recount"))
        self.approve_button.setText(self.tr("Approve"))
