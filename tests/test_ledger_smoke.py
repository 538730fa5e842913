"""The ledger's own guarantees, below any service."""

from decimal import Decimal

import pytest

from models import Balance, Document, Movement
from warehouse_app import ledger
from warehouse_app.errors import InsufficientStock, UndoRefused, ValidationError


def test_posting_numbers_documents_and_keeps_balances(hangar):
    with ledger.posting(hangar.vol, "receipt", hangar.aid, donor=hangar.donor) as p:
        p.add(owner=hangar.aid, item=hangar.soap, quantity=10, kind="receipt",
              location=hangar.shelf_a1, weight_g=1000)
    doc = p.document
    assert doc.code == f"DON-{hangar.today.year}-00001"
    bal = Balance.get(Balance.item == hangar.soap.id)
    assert bal.quantity == Decimal(10) and bal.weight_g == 1000

    with ledger.posting(hangar.vol, "distribution", hangar.aid) as p2:
        p2.add(owner=hangar.aid, item=hangar.soap, quantity=-4, kind="issue",
               location=hangar.shelf_a1)
    assert p2.document.code == f"DIS-{hangar.today.year}-00001"
    bal = Balance.get(Balance.item == hangar.soap.id)
    assert bal.quantity == 6 and bal.weight_g == 600


def test_refused_posting_leaves_nothing_and_skips_no_number(hangar):
    with pytest.raises(InsufficientStock) as err:
        with ledger.posting(hangar.vol, "distribution", hangar.aid) as p:
            p.add(owner=hangar.aid, item=hangar.soap, quantity=-1, kind="issue")
    assert "Soap bar" in str(err.value) and "AID" in str(err.value)
    assert Document.select().count() == 0 and Movement.select().count() == 0
    with ledger.posting(hangar.vol, "distribution", hangar.aid) as p:
        p.add(owner=hangar.aid, item=hangar.soap, quantity=3, kind="receipt")
    assert p.document.code.endswith("-00001")


def test_empty_document_is_refused(hangar):
    with pytest.raises(ValidationError):
        with ledger.posting(hangar.vol, "receipt", hangar.aid):
            pass
    assert Document.select().count() == 0


def test_reverse_and_refused_reverse(hangar):
    with ledger.posting(hangar.vol, "receipt", hangar.aid) as p:
        p.add(owner=hangar.aid, item=hangar.soap, quantity=5, kind="receipt",
              location=hangar.shelf_a1)
    receipt = p.document
    with ledger.posting(hangar.vol, "distribution", hangar.aid) as p:
        p.add(owner=hangar.aid, item=hangar.soap, quantity=-2, kind="issue",
              location=hangar.shelf_a1)
    with pytest.raises(UndoRefused):
        ledger.reverse(hangar.coord, receipt)
    ledger.reverse(hangar.coord, p.document)
    ledger.reverse(hangar.coord, receipt)
    assert Balance.get(Balance.item == hangar.soap.id).quantity == 0
    assert Document.get_by_id(receipt.id).status == "reversed"
    with pytest.raises(UndoRefused):
        ledger.reverse(hangar.coord, receipt)
