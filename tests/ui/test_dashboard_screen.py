"""The dashboard in the real window: a coordinator signs in with her PIN and lands on it;
its headline numbers and chart bars are the database's; a donation received elsewhere
shows after the stock_changed event; it reads French with French numbers; a volunteer
has no dashboard. The figures come from real worker threads, as in the app."""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QLineSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QToolTip

from tests.dashboard_hangar import busy_week
from tests.ui.intake.driving import idle, open_window, sign_in, tap
from ui import operations


def _sign_in(qtbot, make_window, db_url, person, pin=None):
    """A new window, `person` signed in, on the page they land on."""
    window = open_window(qtbot, make_window, db_url)
    sign_in(qtbot, window, person, pin)
    idle(qtbot)
    return window


def _bars(view) -> dict[str, list[float]]:
    """Each bar set of a chart by its name, its values in the category axis's order
    (lying charts list their categories bottom up: read back top down)."""
    chart = view.chart()
    series = next(s for s in chart.series() if isinstance(s, QAbstractBarSeries))
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    flip = axis.alignment() == Qt.AlignmentFlag.AlignLeft
    found = {}
    for bar_set in series.barSets():
        values = [bar_set.at(i) for i in range(bar_set.count())]
        found[bar_set.label()] = values[::-1] if flip else values
    return found


def _categories(view) -> list[str]:
    chart = view.chart()
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    names = list(axis.categories())
    return names[::-1] if axis.alignment() == Qt.AlignmentFlag.AlignLeft else names


def _tap_bar(qtbot, view, name: str) -> None:
    """A finger on the middle of the bar set `name` of a lying chart (its first bar)."""
    chart = view.chart()
    series = next(s for s in chart.series() if isinstance(s, QAbstractBarSeries))
    bar_set = next(b for b in series.barSets() if b.label() == name)
    index = next(i for i in range(bar_set.count()) if bar_set.at(i))
    middle = chart.mapToPosition(QPointF(bar_set.at(index) / 2, index), series)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(middle))


def _shown(qtbot, screen, receipts_today: str) -> None:
    qtbot.waitUntil(lambda: screen.view.tiles["receipts_today"].number.text() == receipts_today,
                    timeout=10_000)
    idle(qtbot)


def test_a_coordinator_lands_on_the_figures_of_the_database(qtbot, make_window, db_url,
                                                            pin_hangar, french_qm):
    from ui import translation
    from warehouse_app.intake import receipts as intake

    h = busy_week(pin_hangar)
    window = _sign_in(qtbot, make_window, db_url, h.coord, pin="2468")
    assert list(window.workspace.nav_buttons)[0] == "dashboard"
    assert window.current_key == "dashboard"
    screen = window.screens["dashboard"]
    _shown(qtbot, screen, "2")
    tiles = screen.view.tiles
    assert [(tiles[k].number.text(), tiles[k].detail.text()) for k in tiles] == [
        ("2", "12.2 kg"), ("3", "52.2 kg"), ("150", "2 batches"), ("150", "2 batches"),
        ("3", "3 today"), ("1", "0 overdue")]

    charts = screen.view.charts
    week = _bars(charts["receipts"])
    assert set(week) == {"AID", "KIT", "REF"}  # only the NGOs that received this week
    assert week["AID"] == [0, 0, 0, 0, 0, 0, 7.2] and week["KIT"][3] == 40
    line = next(s for s in charts["receipts"].chart().series() if isinstance(s, QLineSeries))
    assert [p.y() for p in line.points()] == [0, 0, 0, 1, 0, 0, 2]

    assert _categories(charts["stock"]) == ["AID", "KIT", "REF"]
    stock = _bars(charts["stock"])
    assert list(stock) == ["Meals", "Food", "Hygiene", "Clothing"]
    assert stock["Food"] == [4.2, 23, 0] and stock["Meals"] == [0, 59.5, 0]
    # the mouse over KIT's Food tells the exact figure
    series = next(s for s in charts["stock"].chart().series()
                  if isinstance(s, QAbstractBarSeries))
    food = next(b for b in series.barSets() if b.label() == "Food")
    series.hovered.emit(True, 1, food)
    assert QToolTip.text() == "KIT · Food: 23 (kg on hand)"
    series.hovered.emit(False, 1, food)

    assert _categories(charts["expiring"]) == ["AID", "KIT"]
    assert _bars(charts["expiring"])["0–7"][0] == 1  # the tomatoes, three days left
    assert _categories(charts["below_minimum"]) == ["AID"]
    assert _bars(charts["below_minimum"]) == {"AID": [2]}
    assert "Tinned tomatoes 400 g: 10 of 24" in screen.view.worst.item(0).text()
    assert "AID → REF: 10 pieces Soap bar" in screen.view.loans.item(0).text()

    # a tap on AID's bar lists AID's emptiest items; a second tap, every NGO's again
    heading = screen.view.worst_heading
    assert heading.text().startswith("Emptiest, every NGO")
    _tap_bar(qtbot, charts["below_minimum"], "AID")
    assert heading.text().startswith("Emptiest at AID")
    assert screen.view.worst.count() == 2
    _tap_bar(qtbot, charts["below_minimum"], "AID")
    assert heading.text().startswith("Emptiest, every NGO")

    # A donation received at the intake desk: the bus says stock changed, twice in a row;
    # one computation runs, and one more after it, never two at once.
    intake.receive_donation(h.vol, h.ref, [intake.ReceiptLine(h.soap, 10)])
    window.ctx.events.stock_changed.emit()
    window.ctx.events.stock_changed.emit()
    assert operations.running_count() <= 1
    _shown(qtbot, screen, "3")
    assert tiles["receipts_today"].detail.text() == "13.2 kg"
    assert _bars(charts["receipts"])["REF"][-1] == 6

    translation.set_language("fr")
    qtbot.waitUntil(lambda: tiles["receipts_today"].detail.text() == "13,2 kg", timeout=5000)
    assert charts["receipts"].chart().title() == "Dons reçus, 7 derniers jours"
    assert screen.view.title.text() == "Aujourd'hui au hangar"

    # it fits a 1280 x 720 laptop: the window may be made that small with it shown
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1280, 720), timeout=2000)

    # the five-minute refresh runs only while the dashboard is on screen
    assert screen.timer.isActive()
    tap(qtbot, window, "nav_scan")
    assert not screen.timer.isActive()
    tap(qtbot, window, "nav_dashboard")
    assert screen.timer.isActive()
    idle(qtbot)


def test_a_quiet_hangar_shows_zeros_and_says_so(qtbot, make_window, db_url, pin_hangar):
    h = pin_hangar
    window = _sign_in(qtbot, make_window, db_url, h.coord, pin="2468")
    screen = window.screens["dashboard"]
    qtbot.waitUntil(lambda: screen.view.figures is not None, timeout=10_000)
    idle(qtbot)
    tiles = screen.view.tiles
    assert [tiles[k].number.text() for k in tiles] == ["0"] * 6
    assert _bars(screen.view.charts["receipts"]) == {}
    assert screen.view.loans.item(0).text() == "No open loans."
    assert screen.view.worst.item(0).text() == "Every item is at or above its minimum."


def test_a_volunteer_has_no_dashboard(qtbot, make_window, db_url, pin_hangar):
    h = pin_hangar
    window = _sign_in(qtbot, make_window, db_url, h.vol)
    assert "dashboard" not in window.workspace.nav_buttons
    assert window.current_key != "dashboard" and "dashboard" not in window.screens
