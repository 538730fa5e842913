"""The stock browser: what the hangar holds (On hand) and every movement (Movements),
under one set of filters, sorted by clicking a header, exported to Excel as shown; an
item's stock card and a box's contents and history, opened by double-click or by
scanning an item, a lot or a box (a shelf's label filters by that place).

Every read is an operation; the core decides what a person may see (a partner only its
own NGO's stock) and sorts and filters. The Movements table holds only the ids of the
movements and reads the rows of the pages shown (ui.screens.stock.paging).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.messages import format_value
from ui.operations import Operation, run_op
from ui.screens.base import Screen
from ui.screens.stock.export import StockExport
from ui.screens.stock.reading import ReadingForThePerson
from ui.screens.stock.tables import (
    BoxContentsModel,
    BoxHistoryModel,
    CardModel,
    LedgerModel,
    StockModel,
)
from ui.screens.stock.view import (
    BOX_PAGE,
    BROWSE_PAGE,
    CARD_PAGE,
    MOVEMENTS_TAB,
    ON_HAND_TAB,
    StockView,
    fill_combo,
)
from ui.screens.stock.words import box_status_name
from ui.vocabulary import unit_name
from ui.widgets import show_banner
from warehouse_app.stock.browser import (
    BrowserChoices,
    StockFilter,
    StockListing,
    browser_choices,
    stock_listing,
)
from warehouse_app.stock.movements import (
    BoxDetail,
    ItemCard,
    StockScan,
    box_detail,
    item_card,
    ledger_ids,
    stock_scan,
)

TYPING_PAUSE_MS = 350  # the search runs once the person stops typing
STATUSES = ("usable", "quarantine")


class StockScreen(ReadingForThePerson, Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, StockView, parent)
        v = self.view
        self.stock_model = StockModel(self)
        v.stock_table.setModel(self.stock_model)
        self.ledger_model = LedgerModel(v.ledger_table)
        v.ledger_table.setModel(self.ledger_model)
        self.card_model = CardModel(self)
        v.card.table.setModel(self.card_model)
        self.contents_model = BoxContentsModel(self)
        v.box.contents.setModel(self.contents_model)
        self.history_model = BoxHistoryModel(self)
        v.box.history.setModel(self.history_model)
        _widths(v.stock_table, (60, 300, 130, 110, 90, 100, 110))
        _widths(v.ledger_table, (90, 165, 115, 60, 230, 110, 150))
        _widths(v.card.table, (90, 300, 120, 70, 70, 90, 110, 170))
        _widths(v.box.contents, (420, 150, 100, 120))
        _widths(v.box.history, (90, 170, 150, 300, 100))

        self.choices: BrowserChoices | None = None
        self.listing: StockListing = StockListing([], None)
        self.card: ItemCard | None = None
        self.box: BoxDetail | None = None
        self.stock_sort: str | None = None  # None: owner, item, lot, as the core lists it
        self.stock_descending = False
        self.ledger_sort = "date"
        self.ledger_descending = True  # newest first
        self._stale = {ON_HAND_TAB: True, MOVEMENTS_TAB: True}
        self._generation = {ON_HAND_TAB: 0, MOVEMENTS_TAB: 0}
        self._reading_ids: Operation | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        self.export = StockExport(self)

        v.filters_changed.connect(self._filters_changed)
        v.search_edited.connect(self._typing.start)
        v.tabs.currentChanged.connect(self._tab_shown)
        v.export_asked.connect(self.export.start)
        v.cancel_asked.connect(self.export.cancel)
        v.stock_table.horizontalHeader().sectionClicked.connect(self._sort_stock)
        v.ledger_table.horizontalHeader().sectionClicked.connect(self._sort_ledger)
        v.stock_table.doubleClicked.connect(self._stock_double_clicked)
        v.ledger_table.doubleClicked.connect(self._ledger_double_clicked)
        v.card.back_asked.connect(self.show_browser)
        v.box.back_asked.connect(self.show_browser)
        v.card.owner_changed.connect(
            lambda: self.card and self.open_card(self.card.item_id, v.card.owner.currentData()))
        self.ledger_model.failed.connect(self.show_refusal)
        v.ledger_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        ctx.events.stock_changed.connect(self._stock_changed)
        self._person = 0  # bumped when someone else signs in: older answers are dropped
        ctx.session.changed.connect(self.start_over)  # the lists are read when shown

    def start_over(self) -> None:
        """Another person (the window keeps its screens): nothing of the last one's stock,
        card, box or filters stays on screen."""
        self._person += 1
        if self._reading_ids is not None:
            self._reading_ids.cancel()
            self._reading_ids = None
        self.choices = None
        self.listing = StockListing([], None)
        self.card = self.box = None
        for model in (self.stock_model, self.card_model, self.contents_model,
                      self.history_model):
            model.set_rows([])
        self.ledger_model.set_keys(None, ())
        v = self.view
        v.pages.setCurrentIndex(BROWSE_PAGE)
        v.banner.hide()
        v.count.clear()
        for combo in (v.owner, v.category, v.location, v.status):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        for widget in (v.search, v.expiring, v.below_minimum):
            widget.blockSignals(True)
        v.search.clear()
        v.expiring.setChecked(False)
        v.below_minimum.setChecked(False)
        for widget in (v.search, v.expiring, v.below_minimum):
            widget.blockSignals(False)
        self._typing.stop()
        if self.isVisible():
            self.load_choices()

    # -- filters ---------------------------------------------------------------------------
    def load_choices(self) -> None:
        if self.actor is None:
            return
        run_op(self, browser_choices, self.actor, serial=False,
               on_success=self._theirs(self._choices_read))

    def _choices_read(self, choices: BrowserChoices) -> None:
        self.choices = choices
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        v, c = self.view, self.choices
        if c is None:
            return
        owners = [(o_id, f"{code} - {name}") for o_id, code, name in c.owners]
        # a partner sees one organisation: its own, named, not "every organisation"
        fill_combo(v.owner, self.tr("Every organisation") if len(owners) > 1 else None, owners)
        fill_combo(v.category, self.tr("Every category"), c.categories)
        fill_combo(v.location, self.tr("Everywhere"), c.locations)
        fill_combo(v.status, self.tr("Usable and quarantine"),
              [("usable", self.tr("Usable only")), ("quarantine", self.tr("Quarantine only"))])

    def current_filter(self) -> StockFilter:
        v = self.view
        return StockFilter(
            owner_id=v.owner.currentData(), category_id=v.category.currentData(),
            location_id=v.location.currentData(), text=v.search.text().strip(),
            expiring_days=v.expiring_days.value() if v.expiring.isChecked() else None,
            below_minimum=v.below_minimum.isChecked(), status=v.status.currentData())

    def _filters_changed(self) -> None:
        if self.choices is not None:
            self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the tab shown again; the other tab when it is next shown."""
        self._typing.stop()
        self._stale = {ON_HAND_TAB: True, MOVEMENTS_TAB: True}
        self._tab_shown(self.view.tabs.currentIndex())

    def _tab_shown(self, tab: int) -> None:
        if self.actor is None or self.choices is None or not self._stale.get(tab):
            return
        self._stale[tab] = False
        self._generation[tab] += 1
        generation = self._generation[tab]
        if tab == ON_HAND_TAB:
            run_op(self, stock_listing, self.actor, self.current_filter(), self.stock_sort,
                   self.stock_descending, serial=False,
                   on_success=self._theirs(lambda rows: self._listing_read(generation, rows)),
                   on_failure=self.show_refusal)
            return
        if self._reading_ids is not None:
            self._reading_ids.cancel()  # a newer question replaces it
        self._reading_ids = run_op(
            self, ledger_ids, self.actor, self.current_filter(), self.ledger_sort,
            self.ledger_descending, serial=False, cancellable=True,
            progress_label=self.tr("Reading the movements…"),
            on_success=self._theirs(lambda ids: self._ids_read(generation, ids)),
            on_failure=self.show_refusal, on_cancel=lambda: None)

    def _listing_read(self, generation: int, listing: StockListing) -> None:
        if generation != self._generation[ON_HAND_TAB]:
            return  # a newer question is on its way
        self.listing = listing
        self.stock_model.set_rows(listing)
        self.view.banner.hide()
        self._show_count()

    def _ids_read(self, generation: int, ids) -> None:
        if generation != self._generation[MOVEMENTS_TAB]:
            return
        self._reading_ids = None
        self.ledger_model.set_keys(self.actor, ids)
        self.view.banner.hide()
        self._show_count()

    def _show_count(self) -> None:
        f = self.current_filter()
        if self.view.tabs.currentIndex() == ON_HAND_TAB:
            text = self.tr("{count} lines of stock").format(count=f"{len(self.listing):,}")
        else:
            text = self.tr("{count} movements").format(count=f"{self.ledger_model.rowCount():,}")
            if f.expiring_days is not None or f.below_minimum:
                text += " · " + self.tr("the date and minimum filters apply to stock on hand only")
        self.view.count.setText(text)

    def _stock_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = {ON_HAND_TAB: True, MOVEMENTS_TAB: True}

    def showEvent(self, event) -> None:  # Qt override: camelCase
        super().showEvent(event)
        if self.choices is None:
            self.load_choices()
        else:
            self._tab_shown(self.view.tabs.currentIndex())

    # -- sorting ---------------------------------------------------------------------------
    def _sort_stock(self, section: int) -> None:
        sort = StockModel.SORTS[StockModel.COLUMNS[section]]
        self.stock_descending = not self.stock_descending if sort == self.stock_sort else False
        self.stock_sort = sort
        self._indicator(self.view.stock_table, section, self.stock_descending)
        self._stale[ON_HAND_TAB] = True
        self._tab_shown(ON_HAND_TAB)

    def _sort_ledger(self, section: int) -> None:
        sort = LedgerModel.SORTS.get(LedgerModel.COLUMNS[section])
        if sort is None:  # a place is not an order anyone reads a ledger in
            self._indicator(self.view.ledger_table,
                            LedgerModel.COLUMNS.index(self.ledger_sort), self.ledger_descending)
            return
        same = sort == self.ledger_sort
        self.ledger_descending = not self.ledger_descending if same else sort == "date"
        self.ledger_sort = sort
        self._indicator(self.view.ledger_table, section, self.ledger_descending)
        self._stale[MOVEMENTS_TAB] = True
        self._tab_shown(MOVEMENTS_TAB)

    @staticmethod
    def _indicator(table, section: int, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        table.horizontalHeader().setSortIndicator(section, order)

    # -- card and box ------------------------------------------------------------------------
    def _stock_double_clicked(self, index: QModelIndex) -> None:
        row = self.listing[index.row()]
        self.open_card(row.item_id, row.owner_id)

    def _ledger_double_clicked(self, index: QModelIndex) -> None:
        line = self.ledger_model.row(index.row())
        if line is None:
            return
        if LedgerModel.COLUMNS[index.column()] == "place" and line.box_code:
            self.on_scan(line.box_code)
        else:
            self.open_card(line.item_id, line.owner_id)

    def open_card(self, item_id: int, owner_id: int | None = None) -> None:
        run_op(self, item_card, self.actor, item_id, owner_id, serial=False,
               on_success=self._theirs(self._show_card), on_failure=self.show_refusal)

    def _show_card(self, card: ItemCard) -> None:
        self.card = card
        v = self.view.card
        v.title.setText(f"{card.item_name} · {card.item_code}")
        v.fill_owners(card.owners, card.owner_id)
        facts = self.tr("{owner} holds {balance} {unit}. {count} movements.").format(
            owner=card.owner_code, balance=format_value(card.balance),
            unit=unit_name(card.unit, card.balance), count=f"{card.total_lines:,}")
        if card.total_lines > len(card.lines):
            facts += " " + self.tr("The newest {shown} are shown.").format(
                shown=f"{len(card.lines):,}")
        v.facts.setText(facts)
        self.card_model.set_rows(card.lines)
        v.table.scrollToBottom()
        self.view.pages.setCurrentIndex(CARD_PAGE)

    def open_box(self, box_id: int) -> None:
        run_op(self, box_detail, self.actor, box_id, serial=False,
               on_success=self._theirs(self._show_box), on_failure=self.show_refusal)

    def _show_box(self, box: BoxDetail) -> None:
        self.box = box
        v = self.view.box
        v.title.setText(box.code)
        v.facts.setText(self.tr("{owner} · {place} · {status} · {count} movements").format(
            owner=f"{box.owner_code} - {box.owner_name}",
            place=box.location_code or self.tr("no place"), status=box_status_name(box.status),
            count=f"{box.movements:,}"))
        self.contents_model.set_rows(box.contents)
        self.history_model.set_rows(box.history)
        self.view.pages.setCurrentIndex(BOX_PAGE)

    def show_browser(self) -> None:
        self.view.pages.setCurrentIndex(BROWSE_PAGE)

    # -- scans -----------------------------------------------------------------------------
    def on_scan(self, code: str) -> bool:
        if self.actor is None:
            return False
        run_op(self, stock_scan, self.actor, code, serial=False,
               on_success=self._theirs(self._scanned), on_failure=self.show_refusal)
        return True

    def _scanned(self, found: StockScan) -> None:
        if found.kind == "box":
            self.open_box(found.id)
        elif found.kind == "item":
            self.open_card(found.item_id)
        elif found.kind == "location":
            self.show_browser()
            index = self.view.location.findData(found.id)
            if index >= 0:
                self.view.location.setCurrentIndex(index)
        else:
            self.show_browser()
            show_banner(self.view.banner, self.tr(
                "{code} is not an item, a box or a shelf of this hangar.").format(
                code=found.code), "problem")
            self.view.banner.show()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange and self.choices is not None:
            self._fill_choices()
            self._show_count()
            self.ledger_model.retranslate()
            for model in (self.stock_model, self.card_model, self.contents_model,
                          self.history_model):
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                             model.columnCount() - 1)
        super().changeEvent(event)


def _widths(table, widths: tuple[int, ...]) -> None:
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
