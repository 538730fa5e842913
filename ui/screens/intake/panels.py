"""The right-hand side of the intake screen: picking by category tiles, a garment's size
grid, and the selected line (count keypad, weight, lot and date, condition). Layout and
texts only; ui.screens.intake.screen drives them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import big_button, clear_layout, fill_grid, label
from warehouse_app import clock

TILE_COLUMNS = 2  # the side panel is 470 px wide
QUICK_REPEATS = (6, 12, 24)
CONDITIONS = ("good", "quarantine", "rejected")
DATE_KINDS = ("", "use_by", "best_before")


class PickerPanel(QWidget):
    """Category tiles, then an item's tile; a garment opens its size grid."""

    tile_picked = Signal(int)  # index into the tiles shown
    back_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = label("hint")
        self.back_button = big_button(role="")
        self.back_button.setObjectName("picker_back")
        self.back_button.clicked.connect(self.back_asked)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addLayout(self.grid)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def show_tiles(self, path: str, tiles: list[tuple[str, str]], can_go_back: bool) -> None:
        """tiles: (kind, text); kind "category" tiles look like folders."""
        self.title.setText(path)
        self.back_button.setVisible(can_go_back)
        buttons = []
        for index, (kind, text) in enumerate(tiles):
            button = big_button(text, role="tile" if kind == "category" else "big")
            button.setObjectName(f"tile_{index}")
            button.clicked.connect(lambda _=False, i=index: self.tile_picked.emit(i))
            buttons.append(button)
        fill_grid(self.grid, buttons, TILE_COLUMNS)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("‹ Back"))


class SizeGridPanel(QWidget):
    """One button per size: each tap counts one more; "−" takes one back; Add puts every
    size with a count on its own line."""

    add_asked = Signal()
    cancel_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = label("title")
        self.hint = label("hint")
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self.size_buttons: list[QPushButton] = []
        self.minus_buttons: list[QPushButton] = []
        self.counts: list[int] = []
        self._sizes: list[str] = []
        self.add_button = big_button(role="primary")
        self.add_button.setObjectName("sizes_add")
        self.add_button.clicked.connect(self.add_asked)
        self.cancel_button = big_button(role="")
        self.cancel_button.clicked.connect(self.cancel_asked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addWidget(self.add_button, 1)
        layout.addLayout(row)
        self.retranslate()

    def show_sizes(self, name: str, sizes: list[str]) -> None:
        self.title.setText(name)
        self._sizes = sizes
        self.counts = [0] * len(sizes)
        clear_layout(self.grid)
        self.size_buttons, self.minus_buttons = [], []
        for index in range(len(sizes)):
            plus = big_button(role="key")
            plus.setObjectName(f"size_{index}")
            plus.clicked.connect(lambda _=False, i=index: self.bump(i, 1))
            minus = QPushButton("−")
            minus.setObjectName(f"size_minus_{index}")
            minus.clicked.connect(lambda _=False, i=index: self.bump(i, -1))
            row, column = divmod(index, 4)
            self.grid.addWidget(plus, row * 2, column)
            self.grid.addWidget(minus, row * 2 + 1, column)
            self.size_buttons.append(plus)
            self.minus_buttons.append(minus)
        self._show_counts()

    def bump(self, index: int, step: int) -> None:
        self.counts[index] = max(0, self.counts[index] + step)
        self._show_counts()

    def _show_counts(self) -> None:
        for index, button in enumerate(self.size_buttons):
            count = self.counts[index]
            button.setText(f"{self._sizes[index]}\n{count}" if count else self._sizes[index])
            button.setStyleSheet("background: #c8e6c9;" if count else "")
        total = sum(self.counts)
        self.add_button.setEnabled(total > 0)
        self.add_button.setText(self.tr("Add {count} item(s)").format(count=total))

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Tap a size once for each piece."))
        self.cancel_button.setText(self.tr("‹ Back"))
        if self._sizes:
            self._show_counts()


class LinePanel(QWidget):
    """The selected line: its count by keypad, +/- or "x24"; weight, lot and date; condition."""

    count_set = Signal(str)  # the keypad's digits
    step_asked = Signal(int)  # +1 / -1
    repeat_asked = Signal(int)  # the last scan, n times
    weight_entered = Signal(str)
    lot_entered = Signal(str)
    date_changed = Signal(str, QDate)  # kind ("" none), date
    condition_picked = Signal(str)
    remove_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = label("title")
        self.title.setObjectName("line_title")
        self.display = QLineEdit()
        self.display.setObjectName("count_display")
        self.display.setReadOnly(True)
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.display.setStyleSheet("font-size: 24pt; min-height: 48px;")
        self.keys: dict[str, QPushButton] = {}
        pad = QGridLayout()
        pad.setSpacing(6)
        for index, key in enumerate(["7", "8", "9", "4", "5", "6", "1", "2", "3", "del", "0", "ok"]):
            button = big_button(key if key.isdigit() else "", role="key")
            button.setObjectName(f"key_{key}")
            button.setStyleSheet("min-width: 64px; min-height: 52px; font-size: 18pt;")
            button.clicked.connect(lambda _=False, k=key: self._key(k))
            self.keys[key] = button
            pad.addWidget(button, index // 3, index % 3)
        self.keys["ok"].setProperty("role", "primary")
        self.minus_button = big_button("−1", role="key")
        self.minus_button.setStyleSheet("min-width: 64px; min-height: 52px; font-size: 18pt;")
        self.minus_button.setObjectName("count_minus")
        self.plus_button = big_button("+1", role="key")
        self.plus_button.setStyleSheet("min-width: 64px; min-height: 52px; font-size: 18pt;")
        self.plus_button.setObjectName("count_plus")
        self.minus_button.clicked.connect(lambda: self.step_asked.emit(-1))
        self.plus_button.clicked.connect(lambda: self.step_asked.emit(1))
        pad.addWidget(self.minus_button, 0, 3)
        pad.addWidget(self.plus_button, 1, 3)
        self.repeat_buttons = {}
        for times in QUICK_REPEATS:
            button = QPushButton(f"×{times}")
            button.setObjectName(f"repeat_{times}")
            button.clicked.connect(lambda _=False, n=times: self.repeat_asked.emit(n))
            self.repeat_buttons[times] = button
        self.repeat_row = QHBoxLayout()
        self.repeat_hint = label("hint")
        self.repeat_row.addWidget(self.repeat_hint, 1)
        for button in self.repeat_buttons.values():
            self.repeat_row.addWidget(button)

        self.weight = QLineEdit()
        self.weight.setObjectName("line_weight")
        self.weight.editingFinished.connect(lambda: self.weight_entered.emit(self.weight.text()))
        self.lot = QLineEdit()
        self.lot.setObjectName("line_lot")
        self.lot.setMaxLength(40)
        self.lot.editingFinished.connect(lambda: self.lot_entered.emit(self.lot.text()))
        self.date = QDateEdit()
        self.date.setObjectName("line_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(clock.today()))
        self.date.dateChanged.connect(self._date_edited)
        self.date_kinds = self._choices(DATE_KINDS, "date_kind", self._date_edited)
        self.conditions = self._choices(CONDITIONS, "condition",
                                        lambda: self.condition_picked.emit(self._checked(
                                            self.conditions, CONDITIONS)))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("line_remove")
        self.remove_button.clicked.connect(self.remove_asked)

        self.weight_label, self.lot_label = label("hint"), label("hint")
        self.date_label, self.condition_label = label("hint"), label("hint")
        # Each field's name above it: the panel stays narrow enough for the side column.
        form = QGridLayout()
        form.setVerticalSpacing(4)
        form.addWidget(self.weight_label, 0, 0)
        form.addWidget(self.lot_label, 0, 1)
        form.addWidget(self.weight, 1, 0)
        form.addWidget(self.lot, 1, 1)
        form.addWidget(self.date_label, 2, 0, 1, 2)
        dates = QHBoxLayout()
        for button in self.date_kinds.buttons():
            dates.addWidget(button)
        form.addLayout(dates, 3, 0, 1, 2)
        form.addWidget(self.date, 4, 0, 1, 2)
        form.addWidget(self.condition_label, 5, 0, 1, 2)
        conditions = QHBoxLayout()
        for button in self.conditions.buttons():
            conditions.addWidget(button)
        form.addLayout(conditions, 6, 0, 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addLayout(pad)
        layout.addLayout(self.repeat_row)
        layout.addSpacing(8)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self._typed = ""
        self._filling = False
        self.retranslate()

    def _choices(self, keys: tuple[str, ...], name: str, slot) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setExclusive(True)
        for key in keys:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"{name}_{key or 'none'}")
            group.addButton(button)
        group.buttonClicked.connect(lambda _b: slot())
        return group

    @staticmethod
    def _checked(group: QButtonGroup, keys: tuple[str, ...]) -> str:
        for button, key in zip(group.buttons(), keys, strict=True):
            if button.isChecked():
                return key
        return keys[0]

    def _key(self, key: str) -> None:
        if key == "del":
            self._typed = self._typed[:-1]
        elif key == "ok":
            if self._typed:
                self.count_set.emit(self._typed)
            self._typed = ""
            return
        elif len(self._typed) < 6:
            self._typed += key
        self.display.setText(self._typed)

    def _date_edited(self) -> None:
        if self._filling:
            return
        kind = self._checked(self.date_kinds, DATE_KINDS)
        self.date.setEnabled(bool(kind))
        self.date_changed.emit(kind, self.date.date())

    def show_line(self, title: str, count: str, weight: str, lot: str, date_kind: str,
                  date: QDate | None, condition: str) -> None:
        self._filling = True
        self._typed = ""
        self.title.setText(title)
        self.display.setText(count)
        self.weight.setText(weight)
        self.lot.setText(lot)
        self.date_kinds.buttons()[DATE_KINDS.index(date_kind or "")].setChecked(True)
        self.date.setEnabled(bool(date_kind))
        if date is not None:
            self.date.setDate(date)
        self.conditions.buttons()[CONDITIONS.index(condition)].setChecked(True)
        self._filling = False

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.keys["del"].setText(self.tr("⌫"))
        self.keys["ok"].setText(self.tr("Set"))
        self.repeat_hint.setText(self.tr("Same again:"))
        self.weight_label.setText(self.tr("Weight (kg)"))
        self.weight.setPlaceholderText(self.tr("e.g. 2.5"))
        self.lot_label.setText(self.tr("Lot"))
        self.date_label.setText(self.tr("Date"))
        self.condition_label.setText(self.tr("Condition"))
        texts = (self.tr("No date"), self.tr("Use by"), self.tr("Best before"))
        for button, text in zip(self.date_kinds.buttons(), texts, strict=True):
            button.setText(text)
        texts = (self.tr("Good"), self.tr("Quarantine"), self.tr("Rejected"))
        for button, text in zip(self.conditions.buttons(), texts, strict=True):
            button.setText(text)
        self.remove_button.setText(self.tr("Remove this line"))
