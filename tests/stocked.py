"""Stock of two NGOs received through the core, the way the query and browser tests read it:
AID's donation (tins in box 1 and loose, jackets in box 2, one in quarantine) on shelf A 01 1,
REF's soap and tins past their use-by on shelf B 01 1."""

from __future__ import annotations

import datetime as dt

from warehouse_app import clock
from warehouse_app.intake.receipts import ReceiptLine, receive_donation, receive_scan


def days(n: int) -> dt.date:
    return clock.today() + dt.timedelta(days=n)


def receive_two_ngos_stock(h):
    """`h` (the small hangar) with `h.receipt`, AID's donation receipt."""
    h.receipt = receive_donation(h.vol, h.aid, [
        ReceiptLine(h.tomatoes, 24, lot_code="L1", date=days(10), date_kind="use_by", box_no=1),
        ReceiptLine(h.tomatoes, 6, lot_code="L2", date=days(200), date_kind="use_by"),
        ReceiptLine(h.jacket_m, 4, weight_g=3000, box_no=2),
        ReceiptLine(h.jacket_l, 2, box_no=2, condition="quarantine"),
    ], location=h.shelf_a1)
    receive_scan(h.vol, h.ref, h.soap, 12, location=h.shelf_b1)
    receive_scan(h.vol, h.ref, h.tomatoes, 5, location=h.shelf_b1, lot_code="R1",
                 date=days(-3), date_kind="use_by")
    return h
