"""Screenshots of the Workshop screen on the demo hangar (called by ui.screenshots): the
number of cabins the workshop's stock builds and what twelve would lack (also in French),
the design editor, the labels of a build, and a scanned kit about to be taken apart. The demo has
parts but no kit design, so a cabin design is made here first, through the core."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

# A cabin as the demo's Cabin parts allow: (part, per kit, used up, optional, substitutes)
CABIN = (
    ("Pallet", 6, False, False, ()),
    ("Plywood sheet 2.4 m", 8, False, False, ()),
    ("Timber 2x4 3 m", 4, False, False, (("Pallet", 3),)),
    ("Roofing felt roll", 1, False, False, ()),
    ("Door kit", 1, False, False, ()),
    ("Window kit", 1, False, False, ()),
    ("Hinge", 3, False, False, ()),
    ("Nails", Decimal("0.5"), True, False, ()),
    ("Screws, box of 200", 1, True, False, ()),
    ("Insulation roll", 2, False, True, ()),
    ("Padlock", 1, False, True, ()),
)


def cabin_design(person) -> bool:
    """The demo's cabin design, made once; False when the demo has no cabin parts."""
    from models import Item, KitDesign
    from warehouse_app.workshop import kits as workshop

    if KitDesign.select().where(KitDesign.current).exists():
        return True
    items = {i.name: i for i in Item.select().where(
        Item.name.in_([name for name, *_ in CABIN] + ["Cabin kit"]))}
    if "Cabin kit" not in items or any(name not in items for name, *_ in CABIN):
        return False
    workshop.create_kit_design(person, "Cabin", items["Cabin kit"], [
        workshop.PartLine(items[name], quantity, consumable, optional,
                          tuple((items[s], q) for s, q in substitutes))
        for name, quantity, consumable, optional, substitutes in CABIN])
    return True


def shoot(window, out: Path, sign_in_as) -> None:
    from ui import translation
    from ui.screens.workshop.view import BUILD_PAGE, DESIGNS_PAGE
    from ui.screenshots import idle, settle, wait_until
    from ui.screenshots import shoot as save

    person = sign_in_as("workshop_lead")
    if not cabin_design(person):
        print("WARNING: no cabin parts in this hangar: no workshop screenshots", file=sys.stderr)
        return
    window.show_screen("workshop")
    screen = window.screens["workshop"]
    screen.reload()
    idle()
    wait_until(lambda: screen.plan is not None)
    page = screen.view.build

    def want(n: int) -> None:
        page.number.setText(str(n))
        wait_until(lambda: screen.plan is not None and screen.plan.target == n)
        idle()

    want(12)
    settle(300)
    save(window, out, "30-workshop")

    screen.show_page(DESIGNS_PAGE)
    designs = screen.view.designs
    designs.search.setText("roll")
    wait_until(lambda: designs.found.count() > 0)
    designs.lines.selectRow(2)
    settle(300)
    save(window, out, "31-workshop-designs")

    screen.show_page(BUILD_PAGE)
    shelves = [page.place.itemText(i).split(" · ")[0] for i in range(1, page.place.count())]
    shelf = next((code for code in shelves if code.count("-") >= 3), None)
    if shelf is not None:
        screen.on_scan(shelf)  # the new kits go on that shelf
    want(3)
    screen.build()
    idle()
    printer = screen.print_dialog
    wait_until(lambda: printer is not None and printer.rendered is not None)
    idle()
    settle()
    printer.grab().save(str(out / "32-workshop-labels.png"))
    print(f"wrote {out / '32-workshop-labels'}.png")
    printer.reject()

    screen.on_scan(printer.labels[0].code)
    idle()
    wait_until(lambda: screen.kit is not None)
    settle(300)
    save(window, out, "33-workshop-unkit")

    translation.set_language("fr")
    screen.show_page(BUILD_PAGE)
    want(12)
    settle(300)
    save(window, out, "34-workshop-fr")
    translation.set_language("en")
