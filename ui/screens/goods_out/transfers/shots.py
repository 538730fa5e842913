"""Screenshots of the Transfers and loans screen on the demo hangar: the kitchen lead
has lent to another NGO and prepares a second loan, with the outstanding loans below."""

from __future__ import annotations

from pathlib import Path


def shoot(window, out: Path, sign_in_as) -> None:
    from models import Balance, Item
    from ui.screenshots import idle, wait_until
    from ui.screenshots import shoot as save

    lead = sign_in_as("kitchen_lead")
    window.show_screen("transfers")
    screen = window.screens["transfers"]
    wait_until(lambda: screen.choices is not None)
    v = screen.view
    v.lend_button.click()
    idle()
    other = next(i for i in range(v.receiver.count())
                 if v.receiver.itemData(i) != lead.organisation_id)
    v.receiver.setCurrentIndex(other)
    held = [Item.get_by_id(item_id).code for (item_id,) in Balance.select(Balance.item).where(
        (Balance.owner == lead.organisation_id) & (Balance.status == "usable")
        & (Balance.quantity >= 4)).order_by(Balance.quantity.desc()).limit(2).tuples()]
    if held:  # a loan of today in the list below
        screen.on_scan(held[0])
        idle()
        screen.post()
        idle()
    for code in held:
        screen.on_scan(code)
        idle()
    wait_until(lambda: screen.model.checked())
    save(window, out, "44-transfers")
