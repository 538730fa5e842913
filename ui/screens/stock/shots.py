"""Pictures of the stock screen on the demo hangar, for the README (ui.screenshots): stock
on hand, the Movements table, an item's stock card, a box's detail, and what a partner
NGO sees."""

from __future__ import annotations

from pathlib import Path

from ui import operations
from ui.screenshots import settle, wait_until
from ui.screenshots import shoot as take


def _idle() -> None:
    wait_until(lambda: operations.running_count() == 0)
    settle(300)
    wait_until(lambda: operations.running_count() == 0)


def _a_full_box() -> str:
    """The code of a box with something in it (the picture shows its contents)."""
    from models import Balance, Box

    box = (Box.select(Box.code).join(Balance, on=(Balance.box_id == Box.id))
           .where(Balance.quantity > 0).order_by(Box.id).first())
    return box.code if box is not None else "BOX-000001"


def shoot(window, out: Path, sign_in_as) -> None:
    sign_in_as("coordinator")
    window.show_screen("stock")
    screen = window.screens["stock"]
    wait_until(lambda: screen.choices is not None)
    _idle()
    take(window, out, "20-stock")

    screen.view.tabs.setCurrentIndex(1)
    _idle()
    wait_until(lambda: screen.ledger_model.rowCount() == 0 or screen.ledger_model.is_read(0))
    _idle()
    take(window, out, "21-stock-movements")

    busiest = max(range(len(screen.listing)), key=lambda n: screen.listing[n].quantity,
                  default=None)
    if busiest is not None:
        row = screen.listing[busiest]
        screen.open_card(row.item_id, row.owner_id)
        _idle()
        take(window, out, "22-stock-card")

    screen.show_browser()
    screen.on_scan(_a_full_box())
    _idle()
    if screen.view.pages.currentIndex() == 2:
        take(window, out, "23-stock-box")

    sign_in_as("partner")
    window.show_screen("stock")
    screen = window.screens["stock"]
    screen.show_browser()
    screen.view.tabs.setCurrentIndex(0)
    wait_until(lambda: screen.choices is not None)
    _idle()
    take(window, out, "24-stock-partner")
