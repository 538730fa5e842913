"""Screenshots of Administration on the demo hangar (ui.screenshots calls `shoot`):
people with a volunteer being added, organisations as a coordinator sees them (the
refusal said up front), the places with a zone chosen, and an item with its barcodes."""

from __future__ import annotations

from pathlib import Path


def shoot(window, out: Path, sign_in_as) -> None:
    from models import Item, ProductBarcode
    from ui.screenshots import idle, settle

    def picture(name: str) -> None:
        idle()
        settle(300)
        window.grab().save(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png")

    sign_in_as("coordinator")
    window.show_screen("admin")
    admin = window.screens["admin"]
    admin.show_page("people")
    idle()
    admin.people.view.volunteer_name.setText("Noor")
    picture("40-admin-people")

    admin.show_page("organisations")
    picture("41-admin-organisations")

    admin.show_page("locations")
    idle()
    tree = admin.locations.view.tree
    zone = admin.locations.model.index(0, 0)
    tree.setCurrentIndex(admin.locations.model.index(0, 0, zone))  # the first aisle
    picture("42-admin-locations")

    admin.show_page("catalogue")
    idle()
    item_id = (Item.select(Item.id).join(ProductBarcode).where(~Item.perishable)
               .order_by(Item.id).scalar())
    if item_id is not None:
        admin.catalogue.open_item(item_id)
        idle()
        admin.catalogue.on_scan("5012345678900")
    picture("43-admin-catalogue")
