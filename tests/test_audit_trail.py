"""Who did what: documents posted and changes outside the ledger, newest first, each key
once, filtered by person, dates, kind and owner; coordinators only."""

import datetime as dt

import pytest

from models import AuditEntry, Document
from warehouse_app import clock
from warehouse_app.audit import (
    CHANGES,
    TrailFilter,
    trail_choices,
    trail_keys,
    trail_page,
)
from warehouse_app.errors import PermissionDenied
from warehouse_app.intake.receipts import receive_scan

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


@pytest.fixture
def busy(hangar):
    h = hangar
    h.first = receive_scan(h.vol, h.aid, h.soap, 3).document
    h.change = AuditEntry.create(user=h.admin, action="user.add", entity="user",
                                 entity_id=str(h.vol.id), detail='{"name": "Vera"}')
    h.second = receive_scan(h.vol_ref, h.ref, h.soap, 2).document
    h.old = receive_scan(h.vol, h.kit, h.soap, 1).document
    Document.update(created_at=clock.moment(dt.datetime(2025, 1, 5, 9, 30))).where(
        Document.id == h.old.id).execute()
    return h


def test_documents_and_changes_newest_first_each_once(busy):
    h = busy
    keys = trail_keys(h.coord, TrailFilter())
    assert sorted(keys) == sorted([h.first.id, h.second.id, h.old.id, -h.change.id])
    rows = trail_page(h.coord, keys)
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    assert rows[-1].code == h.old.code and rows[-1].owner_code == "KIT"
    second = next(r for r in rows if r.key == h.second.id)
    assert (second.who, second.kind, second.owner_code, second.is_document) == (
        "Rami", "receipt", "REF", True)
    assert (second.status, second.day) == ("posted", clock.today())
    change = next(r for r in rows if r.key < 0)
    assert (change.who, change.kind, change.code, change.owner_code) == (
        "Ada", "user.add", f"user {h.vol.id}", None)
    assert '"Vera"' in change.detail and change.status is None
    assert [r.key for r in trail_page(h.coord, keys[1:3])] == list(keys[1:3])


def test_filters(busy):
    h = busy
    def codes(**kw):
        return {r.code for r in trail_page(h.coord, trail_keys(h.coord, TrailFilter(**kw)))}

    assert codes(user_id=h.vol.id) == {h.first.code, h.old.code}
    assert codes(owner_id=h.ref.id) == {h.second.code}
    assert codes(kind=CHANGES) == {f"user {h.vol.id}"}
    assert codes(kind="distribution") == set()
    assert codes(kind="receipt") == {h.first.code, h.second.code, h.old.code}
    assert codes(date_from=dt.date(2025, 1, 5), date_to=dt.date(2025, 1, 5)) == {h.old.code}
    assert h.old.code not in codes(date_from=clock.today())


def test_only_coordinators_and_admins(busy):
    h = busy
    for person in (h.vol, h.partner, h.cook):
        with pytest.raises(PermissionDenied):
            trail_keys(person, TrailFilter())
        with pytest.raises(PermissionDenied):
            trail_page(person, [h.first.id])
    choices = trail_choices(h.admin)
    assert "Vera (AID)" in [p[1] for p in choices.people]
    assert "receipt" in choices.kinds and [o[1] for o in choices.owners] == ["AID", "KIT", "REF"]


def test_a_day_of_who_did_what_is_the_hangars_day(busy):
    """Just after midnight in Calais it is still the day before in UTC: the filter goes by
    the hangar's day, so 00:30 on 6 January is the 6th and 23:30 on the 5th is the 5th."""
    h = busy
    late = receive_scan(h.vol, h.aid, h.soap, 1).document
    Document.update(created_at=clock.moment(dt.datetime(2025, 1, 5, 23, 30))).where(
        Document.id == late.id).execute()
    Document.update(created_at=clock.moment(dt.datetime(2025, 1, 6, 0, 30))).where(
        Document.id == h.first.id).execute()

    def codes(day):
        return {r.code for r in trail_page(h.coord, trail_keys(
            h.coord, TrailFilter(date_from=day, date_to=day)))}

    assert codes(dt.date(2025, 1, 5)) == {h.old.code, late.code}
    assert codes(dt.date(2025, 1, 6)) == {h.first.code}
