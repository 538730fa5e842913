"""The demo hangar's two months of history, posted day by day through the services
(receipts with boxes, distributions, transfers, a loan and its repayment, losses,
quarantine, an adjustment, moves, an undo and month closes)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from models import (
    Box,
    Destination,
    Document,
    Donor,
    Item,
    Location,
    Organisation,
    User,
)
from warehouse_app.goods_out.distribution import IssueLine, distribute
from warehouse_app.goods_out.moves import move_boxes
from warehouse_app.goods_out.transfers import lend, repay, transfer
from warehouse_app.intake.receipts import ReceiptLine, receive_donation
from warehouse_app.periods import close_month
from warehouse_app.picking import StockLine
from warehouse_app.stock.adjustments import (
    AdjustmentLine,
    LossLine,
    adjust,
    quarantine,
    record_loss,
    release_from_quarantine,
)
from warehouse_app.undo import undo

FIRST_NAMES = (
    "Amira", "Ben", "Chloe", "Dawit", "Elif", "Femi", "Greta", "Hamid", "Ines", "Jonas", "Kemi",
    "Lucas", "Maya", "Nour", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tess", "Ugo",
    "Vera", "Wafa", "Xavier", "Yara", "Zoe",
)


@dataclass
class Reference:
    """What the history draws on: the demo's organisations, people, items and places."""

    admin: User
    ngos: dict[str, Organisation]
    people: dict[str, dict[str, list[User]]]  # NGO code -> role -> people
    items: dict[str, list[Item]]  # top category -> items
    shelves: list[Location]
    donors: list[Donor]
    destinations: list[Destination]


SPECIALITY = {
    "CKC": ("Food",), "SHN": ("Shelter",), "WCR": ("Clothing",), "CDP": ("Hygiene",),
    "LSB": ("Baby", "Clothing"), "CWC": ("Shelter",), "FCV": ("Hygiene", "Baby"),
}
FRESH_DAYS = 3  # fresh food of the last days stays on the shelves, to be seen near expiry
Key = tuple[int, int]  # owner id, item id


class History:
    """Two months of a working hangar, day by day, through the services.

    `usable` mirrors what each owner holds of every item that has no use-by date, so every
    distribution, transfer, loss and loan asks only for what is there: the demo never
    relies on a refusal. Fresh (use-by) food goes out the day it comes in, except in the
    last days.
    """

    def __init__(self, ref: Reference, rng: random.Random, today: dt.date):
        self.ref, self.rng, self.today = ref, rng, today
        self.usable: dict[Key, Decimal] = defaultdict(Decimal)
        self.held: dict[Key, Decimal] = defaultdict(Decimal)  # in quarantine
        self.items = {i.id: i for group in ref.items.values() for i in group}
        self.fresh = {i.id for i in ref.items["Food"] if _date_kind(i) == "use_by"}
        self.documents = 0
        self.last_distribution: tuple[Document, list[tuple[Key, Decimal]]] | None = None

    def run(self) -> int:
        start = self.today - dt.timedelta(days=60)
        loan: tuple[Document, Key, Decimal] | None = None
        for offset in range(61):
            day = start + dt.timedelta(days=offset)
            for _ in range(self.rng.randint(2, 4)):
                self.receive(day)
            for _ in range(self.rng.randint(1, 3)):
                self.distribute(day)
            if offset % 6 == 3:
                self.transfer(day)
            if offset % 7 == 5:
                self.lose(day)
            if offset % 9 == 4:
                self.release(day)
            if offset == 20:
                loan = self.lend(day)
            if offset == 41 and loan is not None:
                self.repay(day, *loan)
            if offset == 30:
                self.quarantine(day)
        self.finish()
        return self.documents

    # people ---------------------------------------------------------------------------
    def person(self, code: str, role: str) -> User:
        return self.rng.choice(self.ref.people[code][role])

    def coordinator(self, owner: Organisation) -> User:
        return self.person(owner.code, "coordinator")

    # flows ----------------------------------------------------------------------------
    def receive(self, day: dt.date) -> None:
        code = self.rng.choice(list(self.ref.ngos))
        owner = self.ref.ngos[code]
        tops = SPECIALITY.get(code, ("Food", "Clothing", "Hygiene", "Shelter", "Baby"))
        lines, fresh = [], []
        for box_no in range(1, self.rng.randint(2, 6)):
            item = self.rng.choice(self.ref.items[self.rng.choice(tops)])
            if item.category.name == "Kitchen":
                continue  # portions come out of the kitchen, not off a van
            quantity = self._quantity(item, 6, 48)
            kind = _date_kind(item)
            date = day + dt.timedelta(days=item.shelf_life_days or 0) if kind else None
            condition = "quarantine" if not kind and self.rng.random() < 0.05 else "good"
            lines.append(ReceiptLine(
                item=item, quantity=quantity, date=date, date_kind=kind,
                # a maker's lot has one date: the code carries it, so two never clash
                lot_code=f"L{self.rng.randrange(1000, 9999)}-{date:%y%m%d}" if kind else None,
                condition=condition, box_no=box_no, location=self.rng.choice(self.ref.shelves),
                weight_g=int(item.weight_per_unit_g * quantity) if item.weight_per_unit_g else None,
            ))
            key = (owner.id, item.id)
            if condition == "quarantine":
                self.held[key] += quantity
            elif item.id in self.fresh:
                fresh.append((item, quantity))
            else:
                self.usable[key] += quantity
        if not lines:
            return
        receive_donation(self.person(code, "volunteer"), owner, lines,
                         donor=self.rng.choice(self.ref.donors), effective_date=day,
                         priority=self.rng.choice((1, 2, 2, 3)))
        self.documents += 1
        if fresh and day < self.today - dt.timedelta(days=FRESH_DAYS):
            distribute(self.person(code, "volunteer"), owner, self.rng.choice(self.ref.destinations),
                       [IssueLine(item, quantity) for item, quantity in fresh], effective_date=day)
            self.documents += 1

    def distribute(self, day: dt.date) -> None:
        owner, picks = self._some_stock(share=(0.2, 0.6), most=4)
        if not picks:
            return
        document = distribute(
            self.person(owner.code, "volunteer"), owner, self.rng.choice(self.ref.destinations),
            [IssueLine(self.items[item_id], q) for (_, item_id), q in picks],
            received_by=self.rng.choice(FIRST_NAMES), effective_date=day,
        )
        self._take(picks)
        self.last_distribution = (document, picks)
        self.documents += 1

    def transfer(self, day: dt.date) -> None:
        giver, picks = self._some_stock(share=(0.1, 0.3), most=2)
        if not picks:
            return
        receiver = self.rng.choice([o for o in self.ref.ngos.values() if o.id != giver.id])
        transfer(self.coordinator(giver), giver, receiver,
                 [StockLine(self.items[i], q) for (_, i), q in picks],
                 note="surplus handed on", effective_date=day)
        self._move(picks, receiver)
        self.documents += 1

    def lend(self, day: dt.date) -> tuple[Document, Key, Decimal] | None:
        lender, picks = self._some_stock(share=(0.2, 0.3), most=1)
        if not picks:
            return None
        borrower = self.ref.ngos["CKC" if lender.code != "CKC" else "ABW"]
        (key, quantity), = picks
        loan = lend(self.coordinator(lender), lender, borrower,
                    [StockLine(self.items[key[1]], quantity)],
                    due_date=self.today + dt.timedelta(days=14), effective_date=day)
        self._take(picks)  # the borrower keeps it aside to repay it in kind
        self.documents += 1
        return loan, (borrower.id, key[1]), quantity

    def repay(self, day: dt.date, loan: Document, key: Key, lent: Decimal) -> None:
        part = self._round(self.items[key[1]], lent / 2) or lent
        repay(self.coordinator(loan.counterpart), loan, [StockLine(self.items[key[1]], part)],
              effective_date=day)
        self.usable[(loan.owner_id, key[1])] += part
        self.usable[key] += lent - part
        self.documents += 1

    def lose(self, day: dt.date) -> None:
        owner, picks = self._some_stock(share=(0.05, 0.1), most=2)
        if not picks:
            return
        reasons = ("damaged", "damaged", "theft", "spoiled", "expired")
        record_loss(self.coordinator(owner), owner,
                    [LossLine(self.items[i], q, self.rng.choice(reasons)) for (_, i), q in picks],
                    note="found at the weekly walk-round", effective_date=day)
        self._take(picks)
        self.documents += 1

    def quarantine(self, day: dt.date) -> None:
        owner, picks = self._some_stock(share=(0.3, 0.5), most=1)
        if not picks:
            return
        quarantine(self.coordinator(owner), owner,
                   [StockLine(self.items[i], q) for (_, i), q in picks],
                   reason="water damage: check before use", effective_date=day)
        self._take(picks)
        for key, quantity in picks:
            self.held[key] += quantity
        self.documents += 1

    def release(self, day: dt.date) -> None:
        held = [(key, q) for key, q in sorted(self.held.items()) if q > 0]
        if not held:
            return
        key, quantity = self.rng.choice(held)
        owner = Organisation.get_by_id(key[0])
        release_from_quarantine(self.coordinator(owner), owner,
                                [StockLine(self.items[key[1]], quantity)],
                                reason="checked: fit for use", effective_date=day)
        self.held[key] -= quantity
        self.usable[key] += quantity
        self.documents += 1

    def finish(self) -> None:
        """Today: a miscount corrected, boxes shelved, a mistaken distribution undone, and
        the past months closed for most NGOs."""
        owner, picks = self._some_stock(share=(0.05, 0.1), most=1)
        shelf = self.rng.choice(self.ref.shelves)
        found = self.ref.items["Hygiene"][0]
        adjust(self.coordinator(owner), owner, [
            AdjustmentLine(found, 3, "found", location=shelf),
            *(AdjustmentLine(self.items[i], -q, "data_error") for (_, i), q in picks),
        ], note="recount of zone " + shelf.code[4])
        self.usable[(owner.id, found.id)] += 3
        self._take(picks)
        self.documents += 1
        boxes = list(Box.select().where(Box.status == "open").order_by(Box.id.desc()).limit(4))
        if boxes:
            self.documents += len(move_boxes(self.ref.admin, boxes, shelf))
        if self.last_distribution is not None:
            document, picks = self.last_distribution
            undo(self.ref.admin, document, reason="entered twice")
            for key, quantity in picks:
                self.usable[key] += quantity
            self.documents += 1
        this_month = self.today.replace(day=1)
        first = (self.today - dt.timedelta(days=60)).replace(day=1)
        for n, owner in enumerate(self.ref.ngos.values()):
            month = first
            while month < this_month and n < 6:
                close_month(self.ref.admin, owner, month)
                month = (month + dt.timedelta(days=32)).replace(day=1)

    # the tally ------------------------------------------------------------------------
    def _some_stock(self, share: tuple[float, float], most: int):
        """An owner with stock, and up to `most` of its items with a share of each."""
        stocked = sorted({owner for (owner, _), q in self.usable.items() if q > 0})
        if not stocked:
            return None, []
        owner_id = self.rng.choice(stocked)
        keys = sorted(k for k, q in self.usable.items() if k[0] == owner_id and q > 0)
        picks = []
        for key in self.rng.sample(keys, min(most, len(keys))):
            quantity = self._round(self.items[key[1]],
                                   self.usable[key] * Decimal(str(round(self.rng.uniform(*share), 2))))
            if quantity > 0:
                picks.append((key, quantity))
        return Organisation.get_by_id(owner_id), picks

    def _take(self, picks) -> None:
        for key, quantity in picks:
            self.usable[key] -= quantity

    def _move(self, picks, receiver: Organisation) -> None:
        for (owner, item), quantity in picks:
            self.usable[(owner, item)] -= quantity
            self.usable[(receiver.id, item)] += quantity

    def _quantity(self, item: Item, low: int, high: int) -> Decimal:
        if item.unit in ("kg", "litre"):
            return Decimal(self.rng.randint(low * 10, high * 10)) / 10
        if item.category.parent_id is not None and item.category.parent.name == "Clothing":
            return Decimal(self.rng.randint(2, 12))
        return Decimal(self.rng.randint(low, high))

    @staticmethod
    def _round(item: Item, quantity: Decimal) -> Decimal:
        step = Decimal("0.1") if item.unit in ("kg", "litre") else Decimal(1)
        return quantity.quantize(step, rounding=ROUND_DOWN)


def _date_kind(item: Item) -> str | None:
    """Fresh food carries a use-by date, the rest of the food a best-before date."""
    if item.category.name == "Fresh":
        return "use_by"
    if item.perishable and item.category.name != "Kitchen":
        return "best_before"
    return None
