"""The reports screen: a coordinator exports a month for one NGO or the whole hangar, the
workbook read back by a second reader; a partner is offered its own organisation only."""

from __future__ import annotations

from python_calamine import CalamineWorkbook

from tests.factories import put_stock
from tests.ui.intake.driving import choose, idle, screen_alone, tap
from warehouse_app import clock


def _screen(qtbot, user):
    from ui.screens.reports import ReportsScreen

    return screen_alone(qtbot, ReportsScreen, user)


def _header(path) -> dict[str, str]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Stock report").to_python()
    return {str(r[0]): str(r[1]) for r in rows[1:10] if r and r[0]}


def test_a_coordinator_exports_one_ngo_through_the_screen(qtbot, inline_ops, hangar, tmp_path):
    h = hangar
    put_stock(h.coord, h.ref, h.soap, "12")
    put_stock(h.coord, h.aid, h.lentils, "3.5")
    screen = _screen(qtbot, h.coord)
    v = screen.view
    month = f"{clock.today():%Y-%m}"
    assert v.month.itemData(0) == month  # the month under way comes first, none after it
    choose(v.month, month)
    choose(v.organisation, h.ref.id)
    v.folder.setText(str(tmp_path / "out"))
    tap(qtbot, screen, "report_export")
    idle(qtbot)
    assert not v.error.text()
    assert len(screen.written) == 1
    path = screen.written[0]
    assert path.exists() and path.parent == tmp_path / "out"
    assert str(path) in v.result.text()
    assert v.open_folder_button.isVisible()
    header = _header(path)
    assert header["Owner"] == "REF - Refugee Shelter Network"
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Stock report").to_python()
    codes = [r[0] for r in rows[12:]]
    assert "HYG-SOAP" in codes and "FOOD-LENT" not in codes


def test_a_coordinator_exports_the_whole_hangar(qtbot, inline_ops, hangar, tmp_path):
    from ui.screens.reports import ALL

    h = hangar
    put_stock(h.coord, h.kit, h.tomatoes, "24")
    screen = _screen(qtbot, h.coord)
    choose(screen.view.organisation, ALL)
    screen.view.folder.setText(str(tmp_path / "all"))
    tap(qtbot, screen, "report_export")
    idle(qtbot)
    names = sorted(p.name for p in screen.written)
    month = f"{clock.today():%Y-%m}"
    assert names == sorted([f"hangar-summary-{month}.xlsx", *(
        f"stock-report-{code}-{month}.xlsx" for code in ("AID", "KIT", "REF"))])
    assert _header(tmp_path / "all" / f"stock-report-KIT-{month}.xlsx")["Owner"].startswith("KIT")


def test_a_partner_sees_only_its_own_organisation(qtbot, hangar, tmp_path):
    """Operations on their worker thread here, as in the app."""
    from ui.screens.reports import ALL

    h = hangar
    screen = _screen(qtbot, h.partner)
    combo = screen.view.organisation
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [h.ref.id]
    assert combo.findData(ALL) < 0
    screen.view.folder.setText(str(tmp_path / "mine"))
    tap(qtbot, screen, "report_export")
    idle(qtbot)
    assert _header(screen.written[0])["Owner"].startswith("REF")


def test_the_reports_screen_is_listed_for_people_who_may_export(hangar):
    from ui import nav

    h = hangar
    keys = {s.key for s in nav.available_screens(h.partner)}
    assert "reports" in keys
    assert "reports" in {s.key for s in nav.available_screens(h.coord)}
