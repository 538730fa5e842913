"""The dashboard's figures, each against a small hangar whose week is known to the gram,
on SQLite and PostgreSQL; only coordinators and admins may read them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.dashboard_hangar import busy_week
from warehouse_app import dashboard
from warehouse_app.dashboard import CategoryStock, DayReceipts, ExpiringLots, OpenLoan, Production
from warehouse_app.errors import PermissionDenied
from warehouse_app.stock import queries

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


@pytest.fixture
def week(hangar):
    return busy_week(hangar)


def test_receipts_of_the_week_per_day_and_ngo(week):
    h = week
    got = dashboard.dashboard(h.coord)
    assert got.today == h.today
    assert got.days[0] == h.today - dt.timedelta(days=6) and got.days[-1] == h.today
    # the undone receipt and the one of forty days ago count nowhere
    assert sorted(got.receipts, key=lambda r: (r.day, r.owner_id)) == sorted([
        DayReceipts(h.today, h.aid.id, 1, Decimal("7.2")),
        DayReceipts(h.today, h.ref.id, 1, Decimal(5)),
        DayReceipts(h.today - dt.timedelta(days=3), h.kit.id, 1, Decimal(40)),
    ], key=lambda r: (r.day, r.owner_id))
    assert got.receipts_on(h.today) == (2, Decimal("12.2"))
    assert got.receipts_on() == (3, Decimal("52.2"))
    assert [o.code for o in got.owners] == ["AID", "KIT", "REF"]
    assert got.owner(h.kit.id).colour == "#d62728"


def test_stock_in_kg_per_ngo_and_top_category(week):
    h = week
    got = dashboard.dashboard(h.coord)
    assert got.top_categories == ("Meals", "Food", "Hygiene", "Clothing")
    # weightless stock (AID's jackets, REF's planks and kits) weighs nothing on this chart
    assert set(got.stock) == {
        CategoryStock(h.aid.id, "Food", Decimal("4.2")),
        CategoryStock(h.aid.id, "Hygiene", Decimal(2)),  # 30 soap, 10 of them lent
        CategoryStock(h.kit.id, "Food", Decimal(23)),  # 40 kg of lentils, 17 cooked
        CategoryStock(h.kit.id, "Meals", Decimal("59.5")),  # 170 portions of 350 g
        CategoryStock(h.ref.id, "Hygiene", Decimal(3)),
        CategoryStock(h.ref.id, "Clothing", Decimal(3)),
    }


def test_lighter_categories_are_summed_as_other(week, monkeypatch):
    h = week
    monkeypatch.setattr(dashboard, "TOP_CATEGORIES", 2)
    got = dashboard.dashboard(h.coord)
    assert got.top_categories == ("Meals", "Food")
    others = {s.owner_id: s.kg for s in got.stock if s.category is None}
    assert others == {h.aid.id: Decimal(2), h.ref.id: Decimal(6)}


def test_lots_near_their_date_per_ngo_and_window(week):
    h = week
    got = dashboard.dashboard(h.coord)
    # last month's batch: use-by three days after it was cooked, past unless today is one
    # of the first three days of the month
    old_window = 0 if h.last_month_day + dt.timedelta(days=3) < h.today else 7
    expected = {(h.aid.id, 7): 1, (h.kit.id, 7): 2}  # tomatoes; today's two batches
    expected[(h.kit.id, old_window)] = expected.get((h.kit.id, old_window), 0) + 1
    assert {(e.owner_id, e.window): e.lots for e in got.expiring} == expected
    # three weeks on: the tomatoes and today's batches are past; the lentils come within 30
    later = dashboard.dashboard(h.coord, today=h.today + dt.timedelta(days=40))
    assert set(later.expiring) == {ExpiringLots(h.aid.id, 0, 1), ExpiringLots(h.kit.id, 0, 3),
                                   ExpiringLots(h.kit.id, 30, 1)}


@pytest.mark.parametrize(("days_left", "window"),
                         [(-1, 0), (0, 7), (7, 7), (8, 14), (14, 14), (15, 30), (30, 30)])
def test_expiry_windows(days_left, window):
    assert dashboard.expiry_window(days_left) == window


def test_items_below_their_minimum_emptiest_first(week):
    h = week
    got = dashboard.dashboard(h.coord)
    assert got.short_counts == {h.aid.id: 2}  # REF holds 30 soap: above its 25
    assert [(s.owner_id, s.item_code, s.usable, s.min_level) for s in got.worst_short] == [
        (h.aid.id, "FOOD-TOM-400", Decimal(10), Decimal(24)),
        (h.aid.id, "HYG-SOAP", Decimal(20), Decimal(25)),
    ]
    assert got.worst_by_owner == {h.aid.id: got.worst_short}
    # the same rule as the stock queries' below-minimum list, which it reads more leanly
    listed = [(r.owner_code, r.item_code) for r in queries.below_minimum(h.coord)]
    assert sorted(listed) == sorted((got.owner(s.owner_id).code, s.item_code)
                                    for s in got.worst_short)


def test_open_loans_and_overdue(week):
    h = week
    due = h.today + dt.timedelta(days=7)
    loan = OpenLoan(h.loan.code, h.aid.id, h.ref.id, "Soap bar", "piece", Decimal(10), due,
                    False)
    assert dashboard.dashboard(h.coord).loans == (loan,)
    late = dashboard.dashboard(h.coord, today=due + dt.timedelta(days=1))
    assert [(x.loan_code, x.overdue) for x in late.loans] == [(h.loan.code, True)]
    assert late.overdue_loans == 1


def test_meals_and_kits_today_and_this_month(week):
    h = week
    assert dashboard.dashboard(h.coord).production == Production(
        batches_today=2, portions_today=150, batches_month=2, portions_month=150,
        kits_today=3, kits_month=3)
    # on the last day of last month: only that day's batch; the kits were not built yet
    assert dashboard.dashboard(h.coord, today=h.last_month_day).production == Production(
        batches_today=1, portions_today=20, batches_month=1, portions_month=20)


def test_an_admin_may_read_it_a_volunteer_or_partner_may_not(week):
    h = week
    assert dashboard.dashboard(h.admin).receipts_on()[0] == 3
    for person in (h.vol, h.partner, h.cook):
        with pytest.raises(PermissionDenied):
            dashboard.dashboard(person)


def test_a_quiet_hangar_shows_nothing_but_its_organisations(hangar):
    h = hangar
    h.ref.active = False  # an organisation that left still has its place on the charts
    h.ref.save()
    got = dashboard.dashboard(h.coord)
    assert [o.code for o in got.owners] == ["AID", "KIT", "REF"]
    assert got.receipts == () and got.stock == () and got.top_categories == ()
    assert got.expiring == () and got.short_counts == {} and got.worst_short == ()
    assert got.worst_by_owner == {}
    assert got.loans == () and got.production == Production()
    assert got.receipts_on() == (0, Decimal(0)) and got.overdue_loans == 0


def test_the_emptiest_of_the_hangar_and_of_each_ngo(week, monkeypatch):
    h = week
    h.lentils.min_level = Decimal(30)  # KIT holds 23 kg
    h.lentils.save()
    monkeypatch.setattr(dashboard, "WORST_SHORT", 2)
    got = dashboard.dashboard(h.coord)
    assert got.short_counts == {h.aid.id: 2, h.kit.id: 1}
    # 10 of 24 tomatoes, then 23 of 30 kg of lentils; AID's 20 of 25 soap is third
    assert [s.item_code for s in got.worst_short] == ["FOOD-TOM-400", "FOOD-LENT"]
    assert {o: [s.item_code for s in rows] for o, rows in got.worst_by_owner.items()} == {
        h.aid.id: ["FOOD-TOM-400", "HYG-SOAP"], h.kit.id: ["FOOD-LENT"]}
