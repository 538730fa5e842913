"""The dashboard's layout: headline numbers (today's receipts and kg, the week's, meals,
kits, open loans), then the charts (ui.screens.dashboard.charts) and two short lists,
the emptiest items below their minimum and the open loans, overdue ones in red.
Layout and texts only; ui.screens.dashboard.screen fetches the figures and hands them to `show`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.screens.dashboard.charts import DashboardCharts, number
from ui.vocabulary import unit_name
from ui.widgets import label
from warehouse_app.dashboard import Dashboard

TILES = ("receipts_today", "receipts_week", "meals_today", "meals_month", "kits_month", "loans")
OVERDUE_COLOUR = "#b71c1c"
PANEL_STYLE = "background: white; border-radius: 8px;"


def kg_text(kg: Decimal) -> str:
    """Whole kg from 100 up, one decimal under it."""
    return number(kg.quantize(Decimal(1) if kg >= 100 else Decimal("0.1")))


class Tile(QFrame):
    """One headline: a big number, what it counts, and a detail line under it."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setStyleSheet(f"#tile_{key} {{ {PANEL_STYLE} }}")
        self.number = QLabel("–")
        self.number.setObjectName(f"{key}_number")
        self.number.setStyleSheet("font-size: 24pt; font-weight: 700;")
        self.caption = QLabel()
        self.caption.setStyleSheet("font-size: 11pt; color: #3c4650;")
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName(f"{key}_detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 11pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)

    def set_figure(self, figure: str, detail: str, alarm: bool = False) -> None:
        self.number.setText(figure)
        self.detail.setText(detail)
        colour = OVERDUE_COLOUR if alarm else "#3c4650"
        self.detail.setStyleSheet(f"font-size: 11pt; font-weight: 600; color: {colour};")


def _chart_view(name: str) -> QChartView:
    view = QChartView()
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(150)
    view.setStyleSheet("background: transparent;")
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)  # rows share
    return view


def _panel(*widgets: QWidget) -> QFrame:
    """A white card; charts in it draw no background of their own."""
    panel = QFrame()
    panel.setObjectName("dashboard_panel")
    panel.setStyleSheet(f"#dashboard_panel {{ {PANEL_STYLE} }}")
    box = QVBoxLayout(panel)
    box.setContentsMargins(4, 4, 4, 4)
    box.setSpacing(2)
    for widget in widgets:
        box.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
    return panel


def _short_list(name: str) -> QListWidget:
    found = QListWidget()
    found.setObjectName(name)
    found.setStyleSheet("QListWidget { font-size: 11pt; border: none; background: white; }")
    found.setSelectionMode(QListWidget.SelectionMode.NoSelection)
    found.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    found.setWordWrap(True)
    # it scrolls: the charts beside it set the height, not its own size hint
    found.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    found.setMinimumHeight(60)
    return found


class DashboardView(QWidget):
    refresh_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("page")
        self.figures: Dashboard | None = None
        self.updated: dt.datetime | None = None
        self.builder = DashboardCharts(self)
        self.title = label("title")
        self.updated_label = label("hint")
        self.updated_label.setObjectName("dashboard_updated")
        self.updated_label.setWordWrap(False)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("dashboard_refresh")
        self.refresh_button.clicked.connect(self.refresh_asked)
        self.error = label("error")
        self.error.setObjectName("dashboard_error")
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.updated_label)
        top.addWidget(self.refresh_button)

        self.tiles = {key: Tile(key) for key in TILES}
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.charts = {key: _chart_view(f"chart_{key}")
                       for key in ("receipts", "stock", "expiring", "below_minimum")}
        self.worst = _short_list("dashboard_worst")
        self.worst_heading = QLabel()
        self.worst_heading.setObjectName("dashboard_worst_heading")
        self.worst_heading.setWordWrap(True)
        self.worst_heading.setStyleSheet("font-size: 11pt; font-weight: 700;")
        self.short_owner: int | None = None  # the NGO whose bar was tapped, else every NGO
        self.loans_heading = QLabel()
        self.loans_heading.setStyleSheet("font-size: 12pt; font-weight: 700;")
        self.loans = _short_list("dashboard_loans")
        worst_side = QWidget()
        side = QVBoxLayout(worst_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.worst_heading)
        side.addWidget(self.worst, 1)
        short_panel = _panel(self.charts["below_minimum"], worst_side)
        short_panel.layout().setDirection(QBoxLayout.Direction.LeftToRight)
        # Wide charts for what has a bar per day or per NGO; the short ones below.
        grid = QGridLayout()
        grid.setSpacing(8)
        grid.addWidget(_panel(self.charts["receipts"]), 0, 0, 1, 2)
        grid.addWidget(_panel(self.charts["stock"]), 0, 2, 1, 2)
        grid.addWidget(_panel(self.charts["expiring"]), 1, 0)
        grid.addWidget(short_panel, 1, 1, 1, 2)
        grid.addWidget(_panel(self.loans_heading, self.loans), 1, 3)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        for row in range(2):
            grid.setRowStretch(row, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)
        self.retranslate()

    # -- the figures ------------------------------------------------------------------------
    def show_figures(self, figures: Dashboard, updated: dt.datetime) -> None:
        """Everything drawn again from `figures` (a few ms: plain values, no database)."""
        self.figures, self.updated = figures, updated
        self.error.hide()
        self._show_tiles(figures)
        self._set_chart("receipts", self.builder.receipts(figures))
        self._set_chart("stock", self.builder.stock(figures))
        self._set_chart("expiring", self.builder.expiring(figures))
        self._set_chart("below_minimum", self._tappable(self.builder.below_minimum(figures)))
        if self.short_owner not in figures.worst_by_owner:
            self.short_owner = None
        self._show_worst(figures)
        self._show_loans(figures)
        self.updated_label.setText(self.tr("Updated at {time}").format(
            time=QLocale().toString(updated.time(), QLocale.FormatType.ShortFormat)))

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_chart(self, key: str, chart: QChart) -> None:
        view = self.charts[key]
        old = view.chart()
        view.setChart(chart)  # the view owns the new chart; the old one is ours to drop
        if old is not None:
            old.deleteLater()

    def _show_tiles(self, d: Dashboard) -> None:
        count, kg = d.receipts_on(d.today)
        self.tiles["receipts_today"].set_figure(
            number(count), self.tr("{kg} kg").format(kg=kg_text(kg)))
        count, kg = d.receipts_on()
        self.tiles["receipts_week"].set_figure(
            number(count), self.tr("{kg} kg").format(kg=kg_text(kg)))
        p = d.production
        self.tiles["meals_today"].set_figure(
            number(p.portions_today),
            self.tr("{count} batches").format(count=number(p.batches_today)))
        self.tiles["meals_month"].set_figure(
            number(p.portions_month),
            self.tr("{count} batches").format(count=number(p.batches_month)))
        self.tiles["kits_month"].set_figure(
            number(p.kits_month),
            self.tr("{count} today").format(count=number(p.kits_today)))
        overdue = d.overdue_loans
        self.tiles["loans"].set_figure(
            number(len(d.loans)), self.tr("{count} overdue").format(count=number(overdue)),
            alarm=overdue > 0)

    def _tappable(self, chart: QChart) -> QChart:
        """A tap on an NGO's bar lists that NGO's emptiest items; a second tap, everyone's."""
        ids = {o.code: o.id for o in self.figures.owners}
        for series in chart.series():
            for bar_set in series.barSets():
                owner_id = ids[bar_set.label()]
                bar_set.clicked.connect(lambda _index, o=owner_id: self.pick_short_owner(o))
        return chart

    def pick_short_owner(self, owner_id: int) -> None:
        self.short_owner = None if owner_id == self.short_owner else owner_id
        if self.figures is not None:
            self._show_worst(self.figures)

    def _show_worst(self, d: Dashboard) -> None:
        self.worst.clear()
        if self.short_owner is None:
            shown = d.worst_short
            self.worst_heading.setText(self.tr("Emptiest, every NGO (tap a bar for one)"))
        else:
            shown = d.worst_by_owner[self.short_owner]
            self.worst_heading.setText(self.tr("Emptiest at {owner} (tap again for all)").format(
                owner=d.owner(self.short_owner).code))
        for s in shown:
            self.worst.addItem(self.tr("{owner} · {item}: {held} of {minimum} {unit}").format(
                owner=d.owner(s.owner_id).code, item=s.item_name, held=number(s.usable),
                minimum=number(s.min_level), unit=unit_name(s.unit, s.min_level)))
        if not d.worst_short:
            self.worst.addItem(self.tr("Every item is at or above its minimum."))

    def _show_loans(self, d: Dashboard) -> None:
        self.loans.clear()
        locale = QLocale()
        for loan in d.loans:
            due = locale.toString(loan.due_date, QLocale.FormatType.ShortFormat)
            text = self.tr("{lender} → {borrower}: {quantity} {unit} {item}").format(
                lender=d.owner(loan.lender_id).code, borrower=d.owner(loan.borrower_id).code,
                quantity=number(loan.outstanding), unit=unit_name(loan.unit, loan.outstanding),
                item=loan.item_name)
            when = (self.tr("overdue since {date}") if loan.overdue
                    else self.tr("due {date}")).format(date=due)
            entry = QListWidgetItem(f"{text}\n    {when}")
            if loan.overdue:
                entry.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.loans.addItem(entry)
        if not d.loans:
            self.loans.addItem(self.tr("No open loans."))

    # -- texts --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today at the hangar"))
        self.refresh_button.setText(self.tr("Refresh"))
        captions = {
            "receipts_today": self.tr("Donations today"),
            "receipts_week": self.tr("Donations, 7 days"),
            "meals_today": self.tr("Meals today"),
            "meals_month": self.tr("Meals this month"),
            "kits_month": self.tr("Kits this month"),
            "loans": self.tr("Open loans"),
        }
        for key, caption in captions.items():
            self.tiles[key].caption.setText(caption)
        self.loans_heading.setText(self.tr("Open loans between NGOs"))
        if self.figures is not None and self.updated is not None:
            self.show_figures(self.figures, self.updated)  # chart texts and number formats
