"""Screenshots of the Move boxes screen on the demo hangar: a volunteer has scanned four
boxes (another NGO's among them) and is about to scan the shelf; then the trip done."""

from __future__ import annotations

from pathlib import Path


def shoot(window, out: Path, sign_in_as) -> None:
    from models import Box, Location
    from ui.screenshots import idle
    from ui.screenshots import shoot as save

    sign_in_as("volunteer")
    window.show_screen("moves")
    screen = window.screens["moves"]
    boxes = list(Box.select().where(Box.status.in_(("open", "closed")) & Box.location.is_null(False))
                 .order_by(Box.id).limit(4))
    for box in boxes:
        screen.on_scan(box.code)
        idle()
    save(window, out, "40-moves")
    shelf = (Location.select().where(Location.active & (Location.kind == "shelf")
                                     & Location.id.not_in([b.location_id for b in boxes]))
             .order_by(Location.code).first())
    if shelf is not None and boxes:
        screen.on_scan(shelf.code)
        idle()
        save(window, out, "41-moves-done")
