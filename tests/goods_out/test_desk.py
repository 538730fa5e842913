"""The goods-out desk's read models and calls, on both databases: a trip of boxes and its
undo, lines from scans, the line-by-line check before giving out, the release note of a
distribution, and loans with their outstanding list."""

import datetime as dt
from decimal import Decimal

import pytest

from models import Balance, Box, Document, Lot
from tests.factories import put_stock
from warehouse_app import clock
from warehouse_app.errors import (
    ExpiredFood,
    InsufficientStock,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from warehouse_app.goods_out import desk

# Run on today and on each of the days that catch a day-dependent rule (tests/conftest.py).
pytestmark = pytest.mark.usefixtures("hangar_day")


def days(n: int) -> dt.date:
    return clock.today() + dt.timedelta(days=n)


def held(owner, item, **where) -> Decimal:
    rows = Balance.select().where((Balance.owner == owner.id) & (Balance.item == item.id))
    for name, value in where.items():
        rows = rows.where(getattr(Balance, name) == value)
    return sum((b.quantity for b in rows), Decimal(0))


def test_a_trip_of_boxes_of_two_ngos_and_its_undo(hangar):
    h = hangar
    mine = Box.create(code="BOX-000201", owner=h.aid, location=h.shelf_a1)
    theirs = Box.create(code="BOX-000202", owner=h.ref, location=h.shelf_b1)
    empty = Box.create(code="BOX-000203", owner=h.aid, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.jacket_m, 12, location=h.shelf_a1, box=mine)
    put_stock(h.admin, h.aid, h.soap, 3, location=h.shelf_a1, box=mine)
    put_stock(h.admin, h.ref, h.soap, 5, location=h.shelf_b1, box=theirs)

    found = desk.move_scan(h.vol, "box-000201")
    assert found.kind == "box" and found.box.code == "BOX-000201"
    assert found.box.location_code == "LOC-A-01-1" and found.box.owner_code == "AID"
    assert found.box.contents == (("Jacket M", Decimal(12), "piece"),
                                  ("Soap bar", Decimal(3), "piece"))
    assert desk.move_scan(h.vol, "LOC-A-01-2").location == (h.shelf_a2.id, "LOC-A-01-2")
    assert desk.move_scan(h.vol, "BOX-999999").kind == "unknown"
    assert desk.move_scan(h.vol, h.soap.code).kind == "other"
    with pytest.raises(PermissionDenied):
        desk.move_scan(h.partner, "BOX-000201")

    trip = desk.carry_boxes(h.vol, [mine.id, theirs.id, empty.id], h.shelf_a2.id)
    assert trip.location_code == "LOC-A-01-2" and len(trip.document_ids) == 2
    assert {b.location_id for b in Box.select()} == {h.shelf_a2.id}
    assert held(h.ref, h.soap, location_id=h.shelf_a2.id) == 5

    with pytest.raises(PermissionDenied):  # a partner may not move boxes back, empty or not
        desk.undo_trip(h.partner, trip)
    desk.undo_trip(h.vol, trip)
    places = {b.code: b.location_id for b in Box.select()}
    assert places == {"BOX-000201": h.shelf_a1.id, "BOX-000202": h.shelf_b1.id,
                      "BOX-000203": h.shelf_a1.id}
    assert held(h.aid, h.jacket_m, location_id=h.shelf_a1.id, box_id=mine.id) == 12
    assert held(h.ref, h.soap, location_id=h.shelf_b1.id) == 5
    assert {d.status for d in Document.select().where(Document.kind == "move")} == {"reversed"}


def test_lines_from_scans(hangar):
    h = hangar
    lot = Lot.create(item=h.tomatoes, code="L77", date=days(30), date_kind="use_by")
    box = Box.create(code="BOX-000301", owner=h.aid, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.tomatoes, 6, lot=lot, location=h.shelf_a1, box=box)
    put_stock(h.admin, h.aid, h.soap, 2, location=h.shelf_a1, box=box)

    [tins, soap] = desk.lines_from_scan(h.vol, "distribute", h.aid.id, box.code)
    assert (tins.item_id, tins.quantity, tins.lot_id, tins.box_id) == (h.tomatoes.id, 6, lot.id, box.id)
    assert (tins.item_label, tins.lot_code, tins.place_code) == (
        "Tinned tomatoes 400 g [FOOD-TOM-400]", "L77", box.code)
    assert (soap.item_id, soap.quantity) == (h.soap.id, 2)
    [by_lot] = desk.lines_from_scan(h.vol, "distribute", h.aid.id, "L77")
    assert (by_lot.item_id, by_lot.lot_id, by_lot.quantity) == (h.tomatoes.id, lot.id, 1)
    [by_item] = desk.lines_from_scan(h.vol, "distribute", h.aid.id, h.soap.code)
    assert (by_item.item_id, by_item.lot_id, by_item.quantity) == (h.soap.id, None, 1)
    theirs = Box.create(code="BOX-000302", owner=h.ref, location=h.shelf_b1)
    put_stock(h.admin, h.ref, h.soap, 4, location=h.shelf_b1, box=theirs)
    with pytest.raises(ValidationError) as err:
        desk.lines_from_scan(h.vol, "distribute", h.aid.id, theirs.code)  # another NGO's box
    assert "another organisation" in str(err.value)
    with pytest.raises(PermissionDenied):  # nor may she see what REF could give from it
        desk.lines_from_scan(h.vol, "distribute", h.ref.id, theirs.code)
    with pytest.raises(NotFound):
        desk.lines_from_scan(h.vol, "distribute", h.aid.id, "LOC-A-01-1")
    assert [c.code for c in desk.find_items(h.vol, "soap")] == [h.soap.code]


def test_check_lines_picks_fefo_and_names_each_problem(hangar):
    h = hangar
    soon = Lot.create(item=h.tomatoes, code="SOON", date=days(3), date_kind="use_by")
    late = Lot.create(item=h.tomatoes, code="LATE", date=days(60), date_kind="use_by")
    old = Lot.create(item=h.tomatoes, code="OLD", date=days(-1), date_kind="use_by")
    put_stock(h.admin, h.aid, h.tomatoes, 4, lot=late, location=h.shelf_a1)
    put_stock(h.admin, h.aid, h.tomatoes, 3, lot=soon, location=h.shelf_b1)
    put_stock(h.admin, h.aid, h.tomatoes, 9, lot=old, location=h.shelf_b1)
    lines = [desk.item_line(h.vol, h.tomatoes.id, Decimal(5)),
             desk.item_line(h.vol, h.tomatoes.id, Decimal(2)),
             desk.StockLine(h.tomatoes.id, Decimal(1), lot_id=old.id),
             desk.item_line(h.vol, h.soap.id, Decimal(1))]
    first, second, expired, none = desk.check_lines(h.vol, "distribute", h.aid.id, lines)
    assert [(p.lot_code, p.place, p.quantity) for p in first.picks] == [
        ("SOON", "LOC-B-01-1", 3), ("LATE", "LOC-A-01-1", 2)]
    assert first.picks[0].date == days(3) and first.problem is None
    assert [(p.lot_code, p.quantity) for p in second.picks] == [("LATE", 2)]
    assert isinstance(expired.problem, ExpiredFood) and expired.problem.facts["lot"] == "OLD"
    assert isinstance(none.problem, InsufficientStock)
    with pytest.raises(PermissionDenied):
        desk.check_lines(h.vol, "distribute", h.ref.id, lines)

    # accepted, the first two lines are held to the lots and shelves shown
    accepted = desk.accept_picks(lines[:2], [first, second])
    assert [(x.lot_code, x.place_code, x.quantity) for x in accepted] == [
        ("SOON", "LOC-B-01-1", 3), ("LATE", "LOC-A-01-1", 2), ("LATE", "LOC-A-01-1", 2)]
    assert (accepted[0].item_label, accepted[0].lot_code, accepted[0].place_code) == (
        "Tinned tomatoes 400 g [FOOD-TOM-400]", "SOON", "LOC-B-01-1")
    note = desk.give_out(h.vol, h.aid.id, h.site.id, accepted)
    assert [(x.lot_code, x.quantity) for x in note.lines] == [("SOON", 3), ("LATE", 2), ("LATE", 2)]
    assert held(h.aid, h.tomatoes, lot_id=late.id) == 0
    with pytest.raises(ValidationError):
        desk.item_line(h.vol, h.soap.id, Decimal(0))


def test_give_out_returns_the_release_note(hangar):
    h = hangar
    choices = desk.give_out_choices(h.vol)
    assert [c[1] for c in choices.owners] == ["AID"] and not choices.may_add_destination
    assert [d[1] for d in choices.destinations] == [h.site.name]
    assert [c[1] for c in desk.give_out_choices(h.coord).owners] == ["AID", "KIT", "REF"]
    place = desk.add_destination(h.coord, "Youth shelter")
    assert place[1:] == ("Youth shelter", "site")
    lot = Lot.create(item=h.tomatoes, code="L9", date=days(20), date_kind="use_by")
    put_stock(h.admin, h.aid, h.tomatoes, 10, lot=lot, location=h.shelf_a1)

    note = desk.give_out(h.vol, h.aid.id, place[0],
                         [desk.item_line(h.vol, h.tomatoes.id, Decimal(4))], received_by="Sam")
    assert note.number.startswith("DIS-") and note.destination == "Youth shelter"
    assert [(x.lot_code, x.date, x.quantity) for x in note.lines] == [("L9", days(20), 4)]
    assert note.received_by == "Sam" and note.owner_code == "AID"
    assert held(h.aid, h.tomatoes) == 6


def test_loans_outstanding_and_repaid(hangar):
    h = hangar
    put_stock(h.coord, h.kit, h.lentils, 20, location=h.shelf_a1)
    put_stock(h.coord, h.ref, h.lentils, 10, location=h.shelf_b1)
    choices = desk.transfer_choices(h.cook)
    assert [c[1] for c in choices.givers["lend"]] == ["KIT"]
    assert [c[1] for c in choices.receivers] == ["AID", "KIT", "REF"]
    assert desk.transfer_choices(h.vol).givers == {"transfer": [], "lend": []}

    code = desk.hand_over(h.cook, "lend", h.kit.id, h.ref.id,
                          [desk.item_line(h.cook, h.lentils.id, Decimal(8))], due_date=days(7))
    assert code.startswith("LOAN-")
    [row] = desk.outstanding(h.coord)  # seen under the lender and the borrower: listed once
    assert (row.loan_code, row.lender_code, row.borrower_code) == (code, "KIT", "REF")
    assert (row.lent, row.repaid, row.outstanding, row.overdue) == (8, 0, 8, False)
    assert row.may_repay
    assert not desk.outstanding(h.cook)[0].may_repay  # the lender does not repay itself
    [late] = desk.outstanding(h.coord, on=days(8))
    assert late.overdue

    desk.repay_loan(h.builder, row.loan_id, row.item_id, Decimal(3))
    [row] = desk.outstanding(h.builder)
    assert (row.repaid, row.outstanding) == (3, 5)
    desk.repay_loan(h.builder, row.loan_id, row.item_id, Decimal(5))
    assert desk.outstanding(h.coord) == []

    code = desk.hand_over(h.cook, "transfer", h.kit.id, h.aid.id,
                          [desk.item_line(h.cook, h.lentils.id, Decimal(2))])
    assert code.startswith("TRF-")
    assert held(h.aid, h.lentils, location_id=h.shelf_a1.id) == 2  # ownership, not place
    with pytest.raises(ValidationError):
        desk.hand_over(h.cook, "lend", h.kit.id, h.ref.id,
                       [desk.item_line(h.cook, h.lentils.id, Decimal(1))], due_date=None)


def test_a_second_scan_of_the_same_thing_adds_to_its_line():
    a = desk.StockLine(1, Decimal(2), lot_id=7)
    merged = desk.merge_lines([a], [desk.StockLine(1, Decimal(3), lot_id=7),
                                    desk.StockLine(1, Decimal(1))])
    assert [(x.item_id, x.lot_id, x.quantity) for x in merged] == [(1, 7, 5), (1, None, 1)]
