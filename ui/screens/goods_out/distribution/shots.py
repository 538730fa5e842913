"""Screenshots of the Give out screen on the demo hangar: a volunteer's lines (scanned
products with the lots suggested first expired first out), then the release note."""

from __future__ import annotations

from pathlib import Path


def shoot(window, out: Path, sign_in_as) -> None:
    from models import Balance, Item, ProductBarcode
    from ui.screens.goods_out.distribution.view import NOTE_PAGE
    from ui.screenshots import idle, wait_until
    from ui.screenshots import shoot as save

    volunteer = sign_in_as("volunteer")
    window.show_screen("distribution")
    screen = window.screens["distribution"]
    wait_until(lambda: screen.choices is not None)
    held = (Balance.select(Balance.item).where(
        (Balance.owner == volunteer.organisation_id) & (Balance.status == "usable")
        & (Balance.quantity >= 6)).distinct())
    codes = [c for (c,) in ProductBarcode.select(ProductBarcode.code).join(Item)
             .where(Item.id.in_(held) & (ProductBarcode.pack_quantity == 1))
             .order_by(Item.perishable.desc(), ProductBarcode.id).limit(3).tuples()]
    for n, code in enumerate(codes):
        for _ in range(n + 2):
            screen.on_scan(code)
            idle()
    screen.view.entry.search.blockSignals(True)  # searched at once, not after the pause
    screen.view.entry.search.setText("soap")
    screen.view.entry.search.blockSignals(False)
    screen.search("soap")
    idle()
    screen.view.received_by.setText("Amina, Dunes distribution point")
    wait_until(lambda: screen.model.checked())
    save(window, out, "42-give-out")
    if screen.model.lines and not screen.model.problems():
        screen.finish()
        idle()
        wait_until(lambda: screen.view.pages.currentIndex() == NOTE_PAGE
                   and screen.pdf_path is not None)
        save(window, out, "43-release-note")
