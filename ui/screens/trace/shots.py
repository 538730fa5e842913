"""Screenshot of the Trace-and-recall screen on the demo hangar (called by ui.screenshots):
a coordinator traces the tinned tuna lot that went into a meal batch (the kitchen shots
cook and dispatch that batch first); without it, the lot of the first batch found."""

from __future__ import annotations

import sys
from pathlib import Path


def recalled_lot() -> str | None:
    """The first lot a meal batch consumed, tinned tuna preferred."""
    from models import Item, Lot, Movement

    query = (Movement.select(Lot.code).join(Lot, on=(Lot.id == Movement.lot))
             .switch(Movement).join(Item, on=(Item.id == Movement.item))
             .where(Movement.kind == "consumed").order_by(Item.name != "Tinned tuna 160 g",
                                                         Movement.id))
    return query.scalar()


def shoot(window, out: Path, sign_in_as) -> None:
    from ui import operations
    from ui.screenshots import settle, wait_until
    from ui.screenshots import shoot as save

    code = recalled_lot()
    if code is None:
        print("WARNING: no meal batch in this hangar: no trace screenshot", file=sys.stderr)
        return
    sign_in_as("coordinator")
    window.show_screen("trace")
    screen = window.screens["trace"]
    screen.on_scan(code)
    wait_until(lambda: operations.running_count() == 0 and screen.answer is not None)
    settle(300)
    save(window, out, "39-trace")
