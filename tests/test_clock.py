"""The one clock (issue 13): nothing else reads the wall clock; the server's time on
PostgreSQL; moments stored in UTC and days in the hangar's zone; the edges of a day."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models import AuditEntry, Document, HangarSetting, Movement
from models.fields import NaiveMoment
from warehouse_app import clock, periods
from warehouse_app.errors import PermissionDenied, ValidationError
from warehouse_app.goods_out import transfers
from warehouse_app.goods_out.transfers import lend
from warehouse_app.intake import desk as intake_desk
from warehouse_app.intake.draft import Draft
from warehouse_app.intake.receipts import receive_scan
from warehouse_app.picking import StockLine

ROOT = Path(__file__).resolve().parent.parent
UTC = dt.UTC
PARIS = clock.DEFAULT_ZONE

# Reading the wall clock: the date and time of this machine, by Python or by Qt.
WALL_CLOCK = re.compile(
    r"\b(?:date|datetime)\.(?:today|now|utcnow)\(|(?<![\w.])time\.(?:time|localtime|gmtime|ctime)\("
    r"|\bQ(?:Date|Time|DateTime)\.current\w*\("
    r"|\.current(?:Date|DateTime|Time|MSecsSinceEpoch|SecsSinceEpoch)\w*\("  # on an instance
)


def test_nothing_but_the_clock_reads_the_wall_clock():
    """The core, the schema, the labels and the window ask warehouse_app.clock; a new
    `date.today()` or `datetime.now()` anywhere else fails here."""
    assert all(WALL_CLOCK.search(x) for x in (
        "dt.date.today()", "datetime.now(UTC)", "time.time()", "QDate.currentDate()",
        "edit.date().currentDate()"))
    assert not WALL_CLOCK.search("at = v.time.time()")
    found = []
    for package in ("warehouse_app", "models", "labels", "ui", "tests"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path in (ROOT / "warehouse_app" / "clock.py", Path(__file__).resolve()):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if WALL_CLOCK.search(line.split("#", 1)[0]):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []
    own = (ROOT / "warehouse_app" / "clock.py").read_text(encoding="utf-8")
    assert len(WALL_CLOCK.findall(own)) == 1  # _machine_now, and only it


def test_a_moment_is_stored_in_utc_and_a_naive_one_is_refused(hangar):
    h = hangar
    summer = dt.datetime(2026, 7, 1, 10, 0, tzinfo=UTC)  # 12:00 in Calais
    entry = AuditEntry.create(user=h.admin, action="test", entity="test", at=summer)
    raw = AuditEntry.select(AuditEntry.at).where(AuditEntry.id == entry.id).tuples().get()[0]
    assert clock.from_db(raw) == summer
    assert AuditEntry.get_by_id(entry.id).at == summer
    assert clock.local(summer).hour == 12 and clock.local(summer).tzinfo.key == PARIS
    with pytest.raises(NaiveMoment):
        AuditEntry.create(user=h.admin, action="test", entity="test",
                          at=dt.datetime(2026, 7, 1, 12, 0))
    with pytest.raises(NaiveMoment):
        AuditEntry.select().where(AuditEntry.at > dt.date(2026, 7, 1)).count()


def test_the_time_comes_from_the_server_on_postgresql(db, hangar, monkeypatch):
    """A workstation whose own clock is a day ahead stamps and decides by the server's."""
    from peewee import PostgresqlDatabase

    real = clock._machine_now
    monkeypatch.setattr(clock, "_machine_now", lambda: real() + dt.timedelta(days=1))
    clock.follow_database(db)
    document = receive_scan(hangar.vol, hangar.aid, hangar.soap, 1).document
    if isinstance(db, PostgresqlDatabase):
        server = db.execute_sql("SELECT clock_timestamp()").fetchone()[0].astimezone(UTC)
        assert abs(document.created_at - server) < dt.timedelta(seconds=5)
        assert document.effective_date == clock.day_of(server)
        told = clock.skew_to_tell()
        assert told is not None and abs(told - dt.timedelta(days=1)) < dt.timedelta(seconds=5)
    else:  # one machine: its clock is the hangar's, nothing to tell
        assert abs(document.created_at - clock._machine_now()) < dt.timedelta(seconds=5)
        assert clock.skew_to_tell() is None


def test_the_server_clock_carries_forward_and_reads_again():
    ticks = [100.0]
    server = [dt.datetime(2026, 11, 30, 22, 0, tzinfo=UTC)]
    reads = []

    def read():
        reads.append(1)
        if server[0] is None:
            raise ConnectionError("the server is away")
        return server[0]

    wall = dt.datetime(2026, 12, 1, 22, 0, tzinfo=UTC)  # this machine: a day ahead
    c = clock.ServerClock(read, wall=lambda: wall, monotonic=lambda: ticks[0],
                          resync_seconds=300)
    assert c.now() == server[0] and len(reads) == 1
    ticks[0] += 90  # a minute and a half later, carried on the monotonic clock
    assert c.now() == server[0] + dt.timedelta(seconds=90) and len(reads) == 1
    assert c.skew() == dt.timedelta(days=1)
    ticks[0] += 300  # stale: read again; a server that does not answer keeps the last
    server[0] = None
    assert c.now() == dt.datetime(2026, 11, 30, 22, 6, 30, tzinfo=UTC) and len(reads) == 2
    down = clock.ServerClock(read, wall=lambda: wall, monotonic=lambda: ticks[0])
    assert down.now() == wall  # never read yet: this machine stands in until it answers


def _scan_at(h, moment):
    with clock.clock_at(moment):
        return receive_scan(h.vol, h.aid, h.soap, 1).document


def test_a_scan_at_either_side_of_midnight_lands_in_its_own_month(hangar):
    """00:00:01 on 1 December in Calais is still 30 November in UTC: the day is the hangar's."""
    h = hangar
    before = _scan_at(h, dt.datetime(2026, 11, 30, 23, 59, 59))
    after = _scan_at(h, dt.datetime(2026, 12, 1, 0, 0, 1))
    assert before.effective_date == dt.date(2026, 11, 30)
    assert after.effective_date == dt.date(2026, 12, 1)
    assert after.created_at == dt.datetime(2026, 11, 30, 23, 0, 1, tzinfo=UTC)
    with clock.clock_at(dt.datetime(2026, 11, 30, 23, 59, 59)), \
            pytest.raises(ValidationError, match="has not ended"):
        periods.close_month(h.coord, h.aid, dt.date(2026, 11, 1))
    with clock.clock_at(dt.datetime(2026, 12, 1, 0, 0, 1)):
        periods.close_month(h.coord, h.aid, dt.date(2026, 11, 1))
    dated = dict(Movement.select(Movement.document, Movement.effective_date).tuples())
    assert dated[before.id] == dt.date(2026, 11, 30) and dated[after.id] == dt.date(2026, 12, 1)


def test_new_years_eve_numbers_each_document_in_its_own_year(hangar):
    h = hangar
    old = _scan_at(h, dt.datetime(2026, 12, 31, 23, 59, 59))
    new = _scan_at(h, dt.datetime(2027, 1, 1, 0, 0, 1))
    assert old.code.startswith("DON-2026-") and new.code == "DON-2027-00001"


def test_a_loan_due_today_is_overdue_only_tomorrow(hangar):
    from tests.factories import put_stock

    h = hangar
    with clock.clock_at(dt.datetime(2026, 12, 1, 9, 0)):
        put_stock(h.admin, h.kit, h.lentils, 10)
        lend(h.cook, h.kit, h.ref, [StockLine(h.lentils, 4)], due_date=dt.date(2026, 12, 7))
    with clock.clock_at(dt.datetime(2026, 12, 7, 23, 59, 59)):
        assert [x.overdue for x in transfers.outstanding_loans(h.coord, h.kit)] == [False]
        # and due today is still a due date the loan may be given with
        lend(h.cook, h.kit, h.ref, [StockLine(h.lentils, 1)], due_date=dt.date(2026, 12, 7))
    with clock.clock_at(dt.datetime(2026, 12, 8, 0, 0, 1)):
        assert {x.overdue for x in transfers.outstanding_loans(h.coord, h.kit)} == {True}
        with pytest.raises(ValidationError, match="in the past"):
            lend(h.cook, h.kit, h.ref, [StockLine(h.lentils, 1)], due_date=dt.date(2026, 12, 7))


def test_a_receipt_begun_before_midnight_and_finished_after_says_its_day(hangar):
    h = hangar
    with clock.clock_at(dt.datetime(2026, 12, 7, 23, 50)):
        draft = Draft(owner_id=h.aid.id, started_at=clock.now().isoformat(timespec="minutes"))
        draft.add(intake_desk.item_info(h.soap), 12)
    with clock.clock_at(dt.datetime(2026, 12, 8, 0, 10)):
        posted = intake_desk.post_draft(h.vol, draft)
    assert (posted.begun_on, posted.posted_on) == (dt.date(2026, 12, 7), dt.date(2026, 12, 8))
    assert Document.get_by_id(posted.document_id).effective_date == dt.date(2026, 12, 8)


def test_the_hangars_time_zone_is_an_admins_setting(hangar):
    h = hangar
    late = dt.datetime(2026, 12, 7, 23, 30, tzinfo=UTC)  # 00:30 on the 8th in Calais
    with clock.clock_at(late):
        assert clock.today() == dt.date(2026, 12, 8)
        with pytest.raises(PermissionDenied):
            clock.set_time_zone(h.coord, "Europe/London")
        with pytest.raises(ValidationError, match="not a time zone"):
            clock.set_time_zone(h.admin, "Calais/Jungle")
        clock.set_time_zone(h.admin, "Europe/London")
        assert clock.today() == dt.date(2026, 12, 7)
        assert HangarSetting.get_by_id(clock.ZONE_SETTING).value == "Europe/London"
        clock.use_zone(PARIS)
        assert clock.load_zone().key == "Europe/London"  # what other workstations read
    change = AuditEntry.get(AuditEntry.action == "setting.update")
    assert change.user_id == h.admin.id and '"to": "Europe/London"' in change.detail


def test_days_are_23_24_or_25_hours_and_the_repeated_hour_has_two_moments():
    assert clock.day_start(dt.date(2026, 3, 30)) - clock.day_start(dt.date(2026, 3, 29)) \
        == dt.timedelta(hours=23)
    assert clock.day_start(dt.date(2026, 10, 26)) - clock.day_start(dt.date(2026, 10, 25)) \
        == dt.timedelta(hours=25)
    first, second = clock.wall_readings(dt.date(2026, 10, 25), dt.time(2, 30))
    assert second - first == dt.timedelta(hours=1)
    assert clock.wall_readings(dt.date(2026, 10, 24), dt.time(2, 30)) == [
        dt.datetime(2026, 10, 24, 0, 30, tzinfo=UTC)]
    with clock.clock_at(dt.datetime(2028, 2, 29, 23, 59, 59)):
        assert clock.today() == dt.date(2028, 2, 29)
        assert clock.now() == dt.datetime(2028, 2, 29, 22, 59, 59, tzinfo=UTC)
