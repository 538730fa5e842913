"""A table over a long ordered list of keys whose rows are read a page at a time, off
the GUI thread (after Anki's browser table model, which holds ids and fetches rows).

The ledger view holds the 1,000,000 movement ids of the benchmark hangar (an
`array('q')`, 8 MB); `rowCount` is their number. A row not read yet shows "…" and asks
for its page; pages are read by an operation (`run_op`, never on the GUI thread), the
pages asked most recently first, at most two at a time, and kept in a small LRU cache, so
dragging the scrollbar from top to bottom reads only the pages it stops on.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QWidget

from ui.operations import run_op

Index = QModelIndex | QPersistentModelIndex
PAGE = 250  # rows read at once: one query of ~3 ms on the benchmark hangar
CACHED_PAGES = 40  # 10,000 rows kept, a few screens' worth of scrolling back
WANTED_PAGES = 6  # pages asked for and not read yet; older asks are dropped
IN_FLIGHT = 2  # page reads running at once
NOT_READ = "…"
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)


class PagedModel(QAbstractTableModel):
    """Rows of `keys` read by `fetch(actor, keys) -> rows`; `key_of(row)` names a row's
    key. A subclass names its COLUMNS and gives `header(column)` and `cell(row, column)`
    (its texts go through its own self.tr, which lupdate reads)."""

    COLUMNS: tuple[str, ...] = ()
    failed = Signal(object)  # an error reading a page: the screen says what went wrong
    page_read = Signal(int)  # a page arrived (tests and the bench wait on it)

    def __init__(self, widget: QWidget, fetch: Callable[[Any, Sequence[int]], list],
                 key_of: Callable[[Any], int]):
        super().__init__(widget)
        self._widget = widget  # the operation's parent: its busy cursor shows there
        self._fetch, self._key_of = fetch, key_of
        self._actor: Any = None
        self._keys: Sequence[int] = ()
        # page -> {key: [row, its cell texts once shown]}
        self._pages: OrderedDict[int, dict[int, list]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._scheduled = False
        self._alignments = [self.alignment(column) for column in self.COLUMNS]

    # -- keys ------------------------------------------------------------------------------
    def set_keys(self, actor: Any, keys: Sequence[int]) -> None:
        self.beginResetModel()
        self._actor, self._keys = actor, keys
        self._pages.clear()
        self._wanted.clear()
        self._pending.clear()
        self._generation += 1  # pages of the old keys still being read are dropped
        self.endResetModel()

    @property
    def keys(self) -> Sequence[int]:
        return self._keys

    def row(self, number: int) -> Any | None:
        """The row at `number`, or None while its page is being read (it is asked for)."""
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        entry = rows.get(self._keys[number])
        return None if entry is None else entry[0]

    def is_read(self, number: int) -> bool:
        return number // PAGE in self._pages

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if role != DISPLAY or orientation != Qt.Orientation.Horizontal:
            return None
        return self.header(self.COLUMNS[section])

    def data(self, index: Index, role: int = DISPLAY):
        # Called for every role of every cell painted: ints compared, texts made once a row.
        if role == DISPLAY:
            texts = self._texts(index.row())
            return NOT_READ if texts is None else texts[index.column()]
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        return None

    def _texts(self, number: int) -> list[str] | None:
        page = number // PAGE
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        entry = rows.get(self._keys[number])
        if entry is None:
            return [""] * len(self.COLUMNS)
        if entry[1] is None:
            entry[1] = [self.cell(entry[0], column) for column in self.COLUMNS]
        return entry[1]

    def retranslate(self) -> None:
        """Texts made in the old language are made again when next shown."""
        for rows in self._pages.values():
            for entry in rows.values():
                entry[1] = None
        if self._keys:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._keys) - 1, len(self.COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def header(self, column: str) -> str:
        return column

    def cell(self, row: Any, column: str) -> str:
        return str(getattr(row, column, ""))

    def alignment(self, column: str):
        return None

    # -- reading pages -----------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if page in self._pending:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > WANTED_PAGES:
            self._wanted.popitem(last=False)  # scrolled past: nobody looks there any more
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._read_next)  # never from inside data()

    def _read_next(self) -> None:
        self._scheduled = False
        while self._wanted and len(self._pending) < IN_FLIGHT:
            page, _ = self._wanted.popitem(last=True)  # the latest asked first
            if page in self._pages:
                continue
            self._pending.add(page)
            generation = self._generation
            keys = self._keys[page * PAGE:(page + 1) * PAGE]
            run_op(self._widget, self._fetch, self._actor, keys, serial=False,
                   on_success=lambda rows, p=page, g=generation: self._arrived(p, g, rows),
                   on_failure=lambda error, p=page, g=generation: self._not_read(p, g, error))

    def _arrived(self, page: int, generation: int, rows: list) -> None:
        if generation == self._generation:
            self._pending.discard(page)
            self._pages[page] = {self._key_of(r): [r, None] for r in rows}
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
            first = page * PAGE
            last = min(len(self._keys), first + PAGE) - 1
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.COLUMNS) - 1))
            self.page_read.emit(page)
        if self._wanted:
            self._read_next()

    def _not_read(self, page: int, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._pending.discard(page)
            self.failed.emit(error)
