"""`integrity.check()` stays quiet on a sound ledger and names each kind of corruption
planted behind the ledger's back with raw SQL, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from models import Balance, Box, ClosedPeriod, Document, Movement, PeriodBalance, database
from models.db import is_sqlite
from warehouse_app import clock, integrity, ledger


def receive(h, item, quantity, *, box=None, location=None, weight_g=None, owner=None):
    owner = owner or h.aid
    with ledger.posting(h.vol, "receipt", owner, donor=h.donor) as post:
        post.add(owner=owner, item=item, quantity=quantity, kind="receipt",
                 location=location, box=box, weight_g=weight_g)
    return post.document


def issue(h, item, quantity, *, location=None):
    with ledger.posting(h.vol, "distribution", h.aid, destination=h.site) as post:
        post.add(owner=h.aid, item=item, quantity=-quantity, kind="issue", location=location)
    return post.document


def kinds(findings) -> set[str]:
    return {f.kind for f in findings}


def sql(statement: str, *params) -> None:
    database.obj.execute_sql(statement.replace("?", database.obj.param), params)


@contextlib.contextmanager
def constraints_off():
    """Let a test plant what the schema itself forbids (an orphan, a negative balance)."""
    db = database.obj
    if is_sqlite():
        db.execute_sql("PRAGMA foreign_keys = OFF")
        db.execute_sql("PRAGMA ignore_check_constraints = ON")
        try:
            yield
        finally:
            db.execute_sql("PRAGMA ignore_check_constraints = OFF")
            db.execute_sql("PRAGMA foreign_keys = ON")
    else:
        db.execute_sql("SET session_replication_role = replica")  # FK triggers off
        db.execute_sql('ALTER TABLE "balance" DROP CONSTRAINT IF EXISTS balance_quantity_check')
        try:
            yield
        finally:
            db.execute_sql("SET session_replication_role = DEFAULT")


@pytest.fixture
def stocked(hangar):
    """Soap received twice, some issued, one receipt undone: a sound little ledger."""
    receive(hangar, hangar.soap, 10, location=hangar.shelf_a1, weight_g=1000)
    undone = receive(hangar, hangar.jacket_m, 3, location=hangar.shelf_a2)
    issue(hangar, hangar.soap, 4, location=hangar.shelf_a1)
    ledger.reverse(hangar.coord, undone)
    return hangar


def test_sound_ledger_has_no_findings(stocked):
    assert integrity.check() == []
    size = integrity.ledger_size()
    assert (size.movements, size.documents, size.balances) == (4, 4, 2)


def test_balance_off_by_one_is_named(stocked):
    sql('UPDATE "balance" SET quantity = quantity + 1000 WHERE item_id = ?', stocked.soap.id)
    findings = integrity.check()
    assert kinds(findings) == {"balance_mismatch"}
    assert "HYG-SOAP of AID" in findings[0].message
    assert "balance says 7" in findings[0].message and "ledger says 6" in findings[0].message


def test_balance_weight_off_is_named(stocked):
    sql('UPDATE "balance" SET weight_g = weight_g + 1 WHERE item_id = ?', stocked.soap.id)
    assert kinds(integrity.check()) == {"balance_mismatch"}


def test_balance_row_missing_is_named(stocked):
    sql('DELETE FROM "balance" WHERE item_id = ?', stocked.soap.id)
    findings = integrity.check()
    assert kinds(findings) == {"balance_missing"}
    assert "ledger says 6" in findings[0].message


def test_balance_without_ledger_is_named(stocked):
    Balance.insert(owner=stocked.kit.id, item=stocked.lentils.id, quantity=5, weight_g=0).execute()
    findings = integrity.check()
    assert kinds(findings) == {"balance_mismatch"}
    assert "FOOD-LENT of KIT" in findings[0].message


def test_negative_stock_is_named(stocked):
    with constraints_off():
        sql('UPDATE "balance" SET quantity = -1000 WHERE item_id = ?', stocked.soap.id)
    assert {"negative_stock", "balance_mismatch"} == kinds(integrity.check())


def test_movement_of_unposted_document_is_named(stocked):
    sql("UPDATE \"document\" SET status = 'draft' WHERE kind = 'distribution'")
    findings = integrity.check()
    assert kinds(findings) == {"movement_unposted"}
    assert f"DIS-{stocked.today.year}-00001" in findings[0].message


def test_movement_without_document_is_named(stocked):
    with constraints_off():
        sql('UPDATE "movement" SET document_id = 999999 WHERE kind = \'issue\'')
    found = kinds(integrity.check())
    assert "movement_orphan" in found and "document_empty" in found


def test_gap_in_document_numbers_is_named(stocked):
    year = stocked.today.year
    sql('UPDATE "document" SET code = ? WHERE code = ?', f"DON-{year}-00005", f"DON-{year}-00002")
    findings = integrity.check()
    assert kinds(findings) == {"document_gap", "document_sequence"}
    assert any(f"DON-{year}: 3 number(s) missing: 2, 3, 4" in f.message for f in findings)


def test_malformed_document_number_is_named(stocked):
    sql("UPDATE \"document\" SET code = 'DIS-X' WHERE kind = 'distribution'")
    assert "document_number" in kinds(integrity.check())


def test_empty_posted_document_is_named(stocked):
    Document.create(kind="loss", code=f"LOSS-{stocked.today.year}-00001", owner=stocked.aid,
                    effective_date=stocked.today, created_by=stocked.coord)
    sql("INSERT INTO \"document_sequence\" (kind, period, last_number) VALUES ('loss', ?, 1)",
        str(stocked.today.year))
    assert kinds(integrity.check()) == {"document_empty"}


def test_reversal_not_mirroring_is_named(stocked):
    sql("UPDATE \"document\" SET status = 'posted' WHERE kind = 'receipt' AND status = 'reversed'")
    findings = integrity.check()
    assert kinds(findings) == {"reversal_mismatch"}
    assert "original not marked reversed" in findings[0].message


def test_reversal_with_wrong_quantity_is_named(stocked):
    reversal = Movement.get(Movement.reverses.is_null(False))
    sql('UPDATE "movement" SET quantity = -1000 WHERE id = ?', reversal.id)
    found = kinds(integrity.check())
    assert "reversal_mismatch" in found and "balance_mismatch" in found


def test_receipt_marked_reversed_without_its_reversal_is_named(stocked):
    sql("UPDATE \"document\" SET status = 'reversed' WHERE kind = 'distribution'")
    assert kinds(integrity.check()) == {"reversal_incomplete"}


def test_movement_posted_into_closed_month_is_named(stocked):
    this_month = stocked.today.replace(day=1)
    an_hour_ago = clock.now() - dt.timedelta(hours=1)
    ClosedPeriod.create(owner=stocked.aid, month=this_month, closed_by=stocked.coord,
                        closed_at=an_hour_ago)
    found = kinds(integrity.check())
    # the movements came after the close, and the (empty) snapshot does not hold them either
    assert found == {"closed_month_changed", "snapshot_mismatch"}


def test_snapshot_of_closed_month_is_compared_with_ledger(stocked):
    this_month = stocked.today.replace(day=1)
    later = clock.now() + dt.timedelta(hours=1)
    ClosedPeriod.create(owner=stocked.aid, month=this_month, closed_by=stocked.coord,
                        closed_at=later)
    PeriodBalance.create(owner=stocked.aid, month=this_month, item=stocked.soap,
                         quantity=6, weight_g=600)
    assert integrity.check() == []
    sql('UPDATE "period_balance" SET quantity = 5000')
    findings = integrity.check()
    assert kinds(findings) == {"snapshot_mismatch"}
    assert "HYG-SOAP of AID (usable)" in findings[0].message


def test_box_holding_another_owners_stock_is_named(hangar):
    box = Box.create(code="BOX-000001", owner=hangar.aid, location=hangar.shelf_a1)
    receive(hangar, hangar.soap, 5, box=box)
    assert integrity.check() == []
    sql('UPDATE "box" SET owner_id = ? WHERE id = ?', hangar.kit.id, box.id)
    findings = integrity.check()
    assert kinds(findings) == {"box_owner"}
    assert findings[0].message == "BOX-000001 belongs to KIT but holds 5 HYG-SOAP of AID"
