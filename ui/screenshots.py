"""`make screenshots`: a PNG of each screen, rendered offscreen on a demo hangar in a
temporary folder, for the README. `python -m ui.screenshots docs/screenshots`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

SIZE = (1280, 800)


def wait_until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def idle() -> None:
    """Every operation asked has finished (its result is on screen)."""
    from ui import operations

    wait_until(lambda: operations.running_count() == 0)


def settle(ms: int = 150) -> None:
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def seed_demo(url: str, path: Path) -> str:
    """The demo hangar of warehouse_app.demo; a small one made here when that is absent
    or fails (said loudly: the screenshots then show less)."""
    from warehouse_app.database import close_database, open_database

    open_database(url, create=True)
    try:
        from warehouse_app import demo

        demo.fill_demo_hangar()
        return url
    except Exception as exc:  # noqa: BLE001 - any failure: fall back, and say so
        print(f"WARNING: the demo hangar failed ({exc!r}); using a small seed", file=sys.stderr)
    finally:
        close_database()
    return seed_small(path)


def seed_small(path: Path) -> str:
    from models import Location
    from models.db import sqlite_url
    from warehouse_app import users
    from warehouse_app.database import close_database, open_database

    url = sqlite_url(path.with_name("small.db"))
    open_database(url, create=True)
    admin = users.create_first_admin("AID", "Aid Without Borders", "#1f77b4", "Admin", "1234")
    for code, name, colour in (("CKC", "Community Kitchen Collective", "#d62728"),
                               ("RSN", "Refugee Shelter Network", "#2ca02c")):
        users.add_organisation(admin, code, name, colour)
    for name in ("Vera", "Amadou", "Jonas", "Leila"):
        users.add_user(admin, name=name, organisation=admin.organisation, role="volunteer")
    users.add_user(admin, name="Colette", organisation=admin.organisation, role="coordinator",
                   pin="1234")
    Location.create(code="LOC-A-01-1", name="Zone A, aisle 01, shelf 1")
    close_database()
    return url


def shoot(window, out: Path, name: str) -> None:
    settle()
    window.grab().save(str(out / f"{name}.png"))
    print(f"wrote {out / name}.png")



def shoot_intake(window, out: Path) -> None:
    """A donation being received (scans, a size grid, a new box), the unknown-barcode
    dialog, and the print dialog that Finish opens."""
    from models import Item, ProductBarcode
    from warehouse_app.intake import desk as intake_desk

    window.show_screen("intake")
    intake = window.screens["intake"]
    wait_until(lambda: intake.owners)
    intake.pick_owner(intake.owners[0].id)
    idle()
    if intake.donors:
        intake.pick_donor(intake.donors[0].id)
    else:
        intake._start_lines()
    idle()
    codes = [c for (c,) in ProductBarcode.select(ProductBarcode.code).join(Item)
             .where(~Item.perishable).order_by(ProductBarcode.id).limit(3).tuples()]
    for code in codes:
        intake.on_scan(code)
        idle()
    intake.repeat_last(12)
    intake.new_box()
    garment = (Item.select().where(Item.size == "L", Item.gender == "men").order_by(Item.id)
               .first())
    if garment is not None:
        sizes = intake_desk.sizes_of(garment.id)[:3]
        intake._sizes_picked(list(zip(sizes, (4, 6, 2), strict=False)))
    idle()
    settle(500)
    shoot(window, out, "10-intake")
    intake.on_scan("5012345678900")  # a product the demo hangar does not know
    idle()
    dialog = intake.unknown_dialog
    dialog.view.search.setText("shampoo")
    settle(400)
    idle()
    settle()
    dialog.grab().save(str(out / "11-unknown-barcode.png"))
    print(f"wrote {out / '11-unknown-barcode'}.png")
    dialog.reject()
    intake.finish()
    idle()
    printer = intake.print_dialog
    wait_until(lambda: printer is not None and printer.rendered is not None)
    idle()
    settle()
    printer.grab().save(str(out / "12-print-dialog.png"))
    print(f"wrote {out / '12-print-dialog'}.png")
    printer.reject()


# Each later screen brings its own pictures: a module with `shoot(window, out, sign_in_as)`,
# called signed out on the demo hangar; `sign_in_as(role)` signs in a demo person of that
# role ("volunteer", "coordinator", "kitchen_lead", "partner", "admin"...) and returns them.
# A module not written yet is skipped.
SHOT_MODULES = (
    "ui.screens.dashboard.shots", "ui.screens.stock.shots", "ui.screens.audit.shots",
    "ui.screens.goods_out.moves.shots", "ui.screens.goods_out.distribution.shots", "ui.screens.goods_out.transfers.shots",
    "ui.screens.kitchen.shots", "ui.screens.trace.shots", "ui.screens.workshop.shots",
    "ui.screens.counts.shots", "ui.screens.admin.shots", "ui.help_shots",
)


def signer(window) -> Callable[[str], object]:
    from warehouse_app.demo import ADMIN_PIN

    def sign_in_as(role: str):
        from ui import operations

        if window.ctx.session.signed_in:
            window.ctx.session.end_shift()
            wait_until(lambda: window.pages.currentWidget() is window.sign_in)
        wait_until(lambda: window.sign_in.choices)
        person = next(u for _, ps in window.sign_in.choices for u in ps if u.role == role)
        window.sign_in.pick_organisation(person.organisation_id)
        window.sign_in.pick_person(person.id)
        if role != "volunteer":
            window.sign_in.enter_pin(ADMIN_PIN)
        wait_until(lambda: window.ctx.session.signed_in)
        wait_until(lambda: operations.running_count() == 0)
        return person

    return sign_in_as


def shoot_later_screens(window, out: Path) -> None:
    import importlib
    import importlib.util

    sign_in_as = signer(window)
    for name in SHOT_MODULES:
        if importlib.util.find_spec(name) is None:
            continue
        importlib.import_module(name).shoot(window, out, sign_in_as)
        if window.ctx.session.signed_in:
            window.ctx.session.end_shift()
            wait_until(lambda: window.pages.currentWidget() is window.sign_in)


def main(out_dir: str = "docs/screenshots") -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hangar-shots-") as tmp:
        os.environ["HANGAR_DATA_DIR"] = str(Path(tmp) / "workstation")
        os.environ.pop("WAREHOUSE_DB_URL", None)
        from models.db import sqlite_url
        from ui import operations, translation
        from ui.app import build, dispose

        app = QApplication.instance() or QApplication(sys.argv)

        # 1. The first start on an empty database.
        app, window = build(sqlite_url(Path(tmp) / "empty.db"), app=app, sound=False)
        window.resize(*SIZE)
        window.show()
        window.open_database()
        wait_until(lambda: window.first_run is not None
                   and window.pages.currentWidget() is window.first_run)
        shoot(window, out, "01-first-run")
        window.first_run.pages.setCurrentIndex(1)
        shoot(window, out, "02-first-run-form")
        dispose(app, window)

        # 2. A demo hangar: sign-in, the jobs, settings.
        url = seed_demo(sqlite_url(Path(tmp) / "demo.db"), Path(tmp) / "demo.db")
        app, window = build(url, app=app, sound=False)
        window.resize(*SIZE)
        window.show()
        window.open_database()
        wait_until(lambda: window.sign_in.choices)
        shoot(window, out, "03-sign-in")
        org, people = window.sign_in.choices[0]
        window.sign_in.pick_organisation(org.id)
        shoot(window, out, "04-sign-in-people")
        boss = next(u for _, ps in window.sign_in.choices for u in ps if u.role != "volunteer")
        window.sign_in.pick_organisation(boss.organisation_id)
        window.sign_in.pick_person(boss.id)
        window.sign_in.view.pin_field.setText("12")
        shoot(window, out, "05-pin")
        volunteer = next(u for _, ps in window.sign_in.choices for u in ps
                         if u.role == "volunteer")
        window.sign_in.pick_organisation(volunteer.organisation_id)
        window.sign_in.view.shift_box.setChecked(True)
        window.sign_in.pick_person(volunteer.id)
        wait_until(lambda: window.ctx.session.signed_in)
        lookup = window.screens["scan"]
        lookup.look_up("BOX-000001")
        wait_until(lambda: lookup.summary is not None)
        if lookup.summary.kind != "box":
            lookup.look_up("LOC-A-01-1")
            wait_until(lambda: lookup.summary.kind == "location")
        settle(500)  # the green flash of the scan is over
        shoot(window, out, "06-scan")
        window.show_screen("settings")
        shoot(window, out, "07-settings")
        shoot_intake(window, out)
        translation.set_language("fr")
        window.show_screen("scan")
        shoot(window, out, "08-scan-fr")
        window.ctx.session.end_shift()
        wait_until(lambda: window.pages.currentWidget() is window.sign_in)
        wait_until(lambda: window.sign_in.view.pages.currentIndex() == 0)
        shoot(window, out, "09-sign-in-fr")
        translation.set_language("en")
        operations.wait_for_all()
        shoot_later_screens(window, out)
        operations.wait_for_all()
        dispose(app, window)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
