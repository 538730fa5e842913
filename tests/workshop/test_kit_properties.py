"""Random kit designs built and taken apart keep the ledger consistent: after every step
the balances equal the ledger (and a plain model of what each part should be), nothing is
negative, and `check` finds nothing; a build is refused exactly when `buildable` says it
cannot be done, and un-kitting returns every part but the consumables."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import fn

from models import (
    Balance,
    Box,
    Category,
    Document,
    DocumentSequence,
    Item,
    Kit,
    KitComponent,
    KitDesign,
    KitPart,
    KitSubstitute,
    Movement,
    from_milli,
)
from tests.factories import put_stock
from warehouse_app import integrity
from warehouse_app.errors import InsufficientStock
from warehouse_app.workshop import kits as workshop

QTY = st.sampled_from([Decimal(1), Decimal(2), Decimal(3), Decimal("0.5"), Decimal("1.25")])
LINE = st.fixed_dictionaries({
    "part": st.integers(0, 4), "quantity": QTY, "consumable": st.booleans(),
    "optional": st.booleans(), "substitutes": st.lists(st.tuples(st.integers(0, 4), QTY),
                                                       max_size=2),
})
STEP = st.one_of(st.tuples(st.just("build"), st.integers(1, 4)),
                 st.tuples(st.just("unkit"), st.integers(0, 1000)))


def wipe() -> None:
    Movement.update(reverses=None).execute()
    Document.update(related=None).execute()
    KitDesign.update(previous=None).execute()
    for model in (KitComponent, Kit, KitSubstitute, KitPart, KitDesign, Movement, Balance, Box,
                  Document, DocumentSequence):
        model.delete().execute()


def totals(model) -> dict[int, Decimal]:
    rows = model.select(model.item, fn.SUM(model.quantity).coerce(False)).group_by(model.item)
    return {i: from_milli(q) for i, q in rows.tuples() if from_milli(q) != 0}


@pytest.mark.slow
def test_random_designs_build_and_unkit_consistently(hangar):
    h = hangar
    category = Category.create(name="Parts")
    parts = [Item.create(code=f"PART-{n}", name=f"Part {n}", category=category, unit="piece")
             for n in range(5)]
    kit_item = Item.create(code="KIT-RANDOM", name="Random kit", category=category, unit="kit")
    seen = {"built": 0, "unkitted": 0, "refused": 0}

    @settings(max_examples=25, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(lines=st.lists(LINE, min_size=1, max_size=4),
           stock=st.lists(st.integers(0, 12), min_size=5, max_size=5),
           steps=st.lists(STEP, max_size=6))
    def run(lines, stock, steps):
        wipe()
        lines[0]["optional"] = False  # a design needs one required line
        design = workshop.create_kit_design(h.builder, "Random", kit_item, [
            workshop.PartLine(parts[x["part"]], x["quantity"], x["consumable"], x["optional"],
                              tuple((parts[i], q) for i, q in x["substitutes"]))
            for x in lines
        ])
        expected: dict[int, Decimal] = defaultdict(Decimal)
        for item, quantity in zip(parts, stock, strict=True):
            if quantity:
                put_stock(h.coord, h.ref, item, quantity, location=h.shelf_b1)
                expected[item.id] += quantity
        kits: list[Kit] = []
        for action, n in steps:
            if action == "build":
                can = workshop.buildable(h.builder, design, h.ref).count
                try:
                    built = workshop.build_kits(h.builder, design, h.ref, n)
                except InsufficientStock:
                    assert n > can, f"refused {n} kits though buildable says {can}"
                    seen["refused"] += 1
                    continue
                assert n <= can, f"built {n} kits though buildable says {can}"
                assert workshop.buildable(h.builder, design, h.ref).count == can - n
                for m in Movement.select().where(Movement.document == built.document):
                    expected[m.item_id] += m.quantity
                kits.extend(built.kits)
                seen["built"] += n
            elif kits:
                kit = kits.pop(n % len(kits))
                workshop.unkit(h.builder, kit)
                seen["unkitted"] += 1
                expected[kit_item.id] -= 1
                for c in KitComponent.select().where(KitComponent.kit == kit.id):
                    if not c.consumable:
                        expected[c.item_id] += c.quantity
            model = {i: q for i, q in expected.items() if q != 0}
            assert totals(Movement) == model
            assert totals(Balance) == model
            assert Balance.select().where(Balance.quantity < 0).count() == 0
            assert integrity.check() == []

    run()
    assert all(seen.values()), f"the examples never exercised every path: {seen}"
