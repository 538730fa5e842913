"""The dashboard's charts, drawn on the GUI thread from the core's plain `Dashboard` in a
few milliseconds (no database here): donations of the week, stock per NGO and category,
lots near their date, items below minimum. NGOs keep their own colours; numbers follow
the language's locale (QChart.setLocalizeNumbers); texts are read again on each build,
so a language switch only asks for the charts to be built again."""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPen
from PySide6.QtWidgets import QToolTip

from warehouse_app.dashboard import EXPIRY_WINDOWS, Dashboard

WINDOW_COLOURS = {0: "#b71c1c", 7: "#ef6c00", 14: "#f9a825", 30: "#9ccc65"}
# top categories in turn, then the grey of "Other"
CATEGORY_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948")
OTHER_COLOUR = "#a0a4a8"
COUNT_LINE_COLOUR = "#1a1a1a"


def number(value: Decimal | int) -> str:
    """A figure in the language's own way (1 234,5 in French), with the decimals it has:
    2.5 kg reads 2.5, not 2.500."""
    locale = QLocale()
    if isinstance(value, int) or value == value.to_integral_value():
        return locale.toString(int(value))
    places = -value.normalize().as_tuple().exponent
    return locale.toString(float(value), "f", places)  # display only: the figure is exact


def nice_scale(top: float) -> tuple[float, float]:
    """(upper end, tick step) of a value axis from 0: steps of 1, 2 or 5 x 10^n, at most
    six ticks, whole numbers from 1 up (counts never read 0.5)."""
    if top <= 0:
        return 1.0, 1.0
    step = 10 ** math.floor(math.log10(top / 5))
    for factor in (1, 2, 5, 10):
        if top / (step * factor) <= 5:
            step *= factor
            break
    step = max(step, 1)
    return math.ceil(top / step) * step, step


class DashboardCharts(QObject):
    """Builds one new QChart per figure; the view swaps it in and drops the old one."""

    def receipts(self, d: Dashboard) -> QChart:
        """kg received per day of the week, stacked by NGO, and the number of receipts as
        a line on its own axis."""
        chart = self._chart(self.tr("Donations received, last 7 days"))
        days = d.days
        senders = [o for o in d.owners if any(r.owner_id == o.id for r in d.receipts)]
        sets = []
        for owner in senders:
            kg = {r.day: r.kg for r in d.receipts if r.owner_id == owner.id}
            sets.append((owner.code, owner.colour, [kg.get(day, Decimal(0)) for day in days]))
        locale = QLocale()
        labels = [locale.toString(day, "ddd") for day in days]  # a week: the weekday is enough
        labels[-1] = self.tr("Today")
        self._stacked(chart, labels, sets, self.tr("kg received"))
        counts = QLineSeries()
        counts.setColor(QColor(COUNT_LINE_COLOUR))
        counts.setPen(QPen(QColor(COUNT_LINE_COLOUR), 2))
        counts.setPointsVisible(True)
        counts.setPointLabelsVisible(True)
        counts.setPointLabelsFormat("@yPoint")
        counts.setPointLabelsClipping(False)
        per_day = [d.receipts_on(day)[0] for day in days]
        for index, count in enumerate(per_day):
            counts.append(index, count)
        chart.addSeries(counts)
        counts.attachAxis(chart.axes(Qt.Orientation.Horizontal)[0])
        count_axis = self._value_axis(self.tr("receipts"), max(per_day, default=0))
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignRight)
        counts.attachAxis(count_axis)
        # the line's labels and its axis say what it counts: the legend keeps to the NGOs
        chart.legend().markers(counts)[0].setVisible(False)
        return chart

    def stock(self, d: Dashboard) -> QChart:
        chart = self._chart(self.tr("Stock on hand by category"))
        holders = [o for o in d.owners if any(s.owner_id == o.id for s in d.stock)]
        names = [*d.top_categories]
        if any(s.category is None for s in d.stock):
            names.append(None)
        sets = []
        for index, name in enumerate(names):
            kg = {s.owner_id: s.kg for s in d.stock if s.category == name}
            colour = OTHER_COLOUR if name is None else CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]
            sets.append((self.tr("Other") if name is None else name, colour,
                         [kg.get(o.id, Decimal(0)) for o in holders]))
        self._stacked(chart, [o.code for o in holders], sets, self.tr("kg on hand"))
        return chart

    def expiring(self, d: Dashboard) -> QChart:
        chart = self._chart(self.tr("Lots near their date"))
        owners = [o for o in d.owners if any(e.owner_id == o.id for e in d.expiring)]
        names = {0: self.tr("past"), 7: "0–7", 14: "8–14", 30: "15–30"}
        sets = []
        for window in EXPIRY_WINDOWS:
            lots = {e.owner_id: e.lots for e in d.expiring if e.window == window}
            if lots or window:
                sets.append((names[window], WINDOW_COLOURS[window],
                             [lots.get(o.id, 0) for o in owners]))
        self._stacked(chart, [o.code for o in owners], sets, self.tr("lots, by days left"),
                      horizontal=True)
        return chart

    def below_minimum(self, d: Dashboard) -> QChart:
        """One bar per NGO in its colour (a set per NGO, zero at the others' places)."""
        chart = self._chart(self.tr("Below minimum"))
        short = [o for o in d.owners if d.short_counts.get(o.id)]
        sets = [(o.code, o.colour, [d.short_counts[o.id] if x is o else 0 for x in short])
                for o in short]
        self._stacked(chart, [o.code for o in short], sets, self.tr("items"), horizontal=True)
        chart.legend().hide()
        return chart

    # -- the parts every chart shares ---------------------------------------------------
    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setPointSize(12)
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setLocalizeNumbers(True)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundVisible(False)  # the view's white card is its background
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(self._small(legend.font()))
        return chart

    def _stacked(self, chart: QChart, categories: list[str],
                 sets: list[tuple[str, str, list]], title: str, *,
                 horizontal: bool = False) -> None:
        """Stacked bars over `categories`; lying down (NGOs read across) in narrow cards,
        where nine codes under the bars would not fit."""
        series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
        if horizontal:  # the first NGO on top: a lying axis counts upwards
            categories = categories[::-1]
            sets = [(name, colour, values[::-1]) for name, colour, values in sets]
        series.setBarWidth(0.6)
        exact = {(name, i): v for name, _, values in sets for i, v in enumerate(values)}
        series.hovered.connect(lambda inside, index, bar_set: self._tell(
            inside, categories[index], bar_set.label(), exact[(bar_set.label(), index)], title))
        for name, colour, values in sets:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.append([float(v) for v in values])  # drawing only: the figures stay Decimal
            series.append(bar_set)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories or [""])
        x_axis.setLabelsFont(self._small(x_axis.labelsFont()))
        totals = [sum(values[i] for _, _, values in sets) for i in range(len(categories))]
        y_axis = self._value_axis(title, max(totals, default=0))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    def _tell(self, inside: bool, category: str, series: str, value, unit: str) -> None:
        """The exact figure of the bar under the mouse (an office PC's coordinator)."""
        if not inside:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.tr("{category} · {series}: {value} ({unit})").format(
            category=category, series=series, value=number(value), unit=unit))

    def _value_axis(self, title: str, top) -> QValueAxis:
        axis = QValueAxis()
        upper, step = nice_scale(float(top))
        axis.setRange(0, upper)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%.0f")
        axis.setTitleText(title)
        axis.setTitleFont(self._small(axis.titleFont()))
        axis.setLabelsFont(self._small(axis.labelsFont()))
        return axis

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSize(9)
        small.setBold(False)
        return small
