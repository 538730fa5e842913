"""Screenshots of the Count screen on the demo hangar: a coordinator starts a blind count
of the zone where her NGO holds the most, a volunteer counts it (by scans on screen, the
rest of the shelves as if typed), a coordinator reviews the variances with reasons, then
the NGO's books; and the question before a count is cancelled."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path


def _busiest_zone(owner_id: int):
    """The top-level place under which `owner_id` holds the most positions."""
    from models import Balance, Location

    parents = dict(Location.select(Location.id, Location.parent).tuples())

    def top(location_id: int) -> int:
        while parents.get(location_id):
            location_id = parents[location_id]
        return location_id

    held: dict[int, int] = {}
    for (location_id,) in Balance.select(Balance.location_id).where(
            (Balance.owner == owner_id) & (Balance.quantity > 0)
            & (Balance.location_id != 0)).tuples():
        held[top(location_id)] = held.get(top(location_id), 0) + 1
    return Location.get_by_id(max(held, key=held.get))


def shoot(window, out: Path, sign_in_as) -> None:
    from models import Balance, Box, CountSession, Item, Location, Lot
    from ui.screens.counts.view import COUNT_PAGE, REVIEW_PAGE
    from ui.screenshots import idle, settle, wait_until
    from ui.screenshots import shoot as save
    from warehouse_app.counts import sessions as counts

    coordinator = sign_in_as("coordinator")
    owner_id = coordinator.organisation_id
    zone = _busiest_zone(owner_id)
    window.show_screen("counts")
    screen = window.screens["counts"]
    idle()
    v = screen.view
    v.owner_combo.setCurrentIndex(v.owner_combo.findData(owner_id))
    v.location_combo.setCurrentIndex(v.location_combo.findData(zone.id))
    v.blind_check.setChecked(True)
    screen.start_count()
    idle()
    session = CountSession.select().order_by(CountSession.id.desc()).get()

    volunteer = sign_in_as("volunteer")
    window.show_screen("counts")
    screen = window.screens["counts"]
    idle()
    screen.open_counting(session.id)
    wait_until(lambda: screen.view.pages.currentIndex() == COUNT_PAGE)
    idle()
    positions = counts.positions_to_count(volunteer, session)
    places = sorted({p.location_code for p in positions if p.location_code})
    # The first shelves counted as if typed (read from the demo's books: the screen never
    # shows them on a blind count), one position short and one found over; the next
    # shelf by scans on screen, which the picture shows.
    typed = []
    for n, p in enumerate(x for x in positions if x.location_code in places[:2]):
        k = p.key
        book = Balance.get((Balance.owner == owner_id) & (Balance.item == k.item_id)
                           & (Balance.location_id == k.location_id) & (Balance.box_id == k.box_id)
                           & (Balance.lot_id == k.lot_id) & (Balance.status == k.status))
        quantity = max(Decimal(0), book.quantity + {1: Decimal(-2), 3: Decimal(1)}.get(n, Decimal(0)))
        typed.append(counts.CountEntry(
            Item.get_by_id(k.item_id), quantity,
            Location.get_by_id(k.location_id) if k.location_id else None,
            Box.get_by_id(k.box_id) if k.box_id else None,
            Lot.get_by_id(k.lot_id) if k.lot_id else None, k.status))
    counts.count_lines(volunteer, session, typed)
    screen.open_counting(session.id)
    idle()
    shelf = places[2] if len(places) > 2 else places[-1]
    screen.on_scan(shelf)
    idle()
    for p in [x for x in positions if x.location_code == shelf and not x.lot_code][:2]:
        for code in (p.box_code, p.item_code, p.item_code):
            if code:
                screen.on_scan(code)
                idle()
    settle(300)
    save(window, out, "50-count-counting")

    counts.mark_done(volunteer, session, Location.get(Location.code == places[0]))
    counts.submit_count(volunteer, session)
    sign_in_as("coordinator")
    window.show_screen("counts")
    screen = window.screens["counts"]
    idle()
    screen.reviewing.open(session.id)
    wait_until(lambda: screen.view.pages.currentIndex() == REVIEW_PAGE)
    idle()
    for reason, combo in zip(("lost", "found"), screen.reviewing.reason_combos.values(), strict=False):
        combo.setCurrentIndex(combo.findData(reason))
        idle()
    settle(300)
    save(window, out, "51-count-review")

    screen.open_books()
    idle()
    books = screen.books
    books.view.owner_combo.setCurrentIndex(books.view.owner_combo.findData(owner_id))
    books.show_owner()
    idle()
    settle(300)
    save(window, out, "52-count-books")

    screen.reload()
    idle()
    row = next(s for s in screen.sessions if s.id == session.id)
    screen.ask_cancel(row)
    dialog = screen.cancel_dialog
    dialog.reason.setText("started over the wrong zone")
    settle(300)
    dialog.grab().save(str(out / "53-count-cancel.png"))
    print(f"wrote {out / '53-count-cancel'}.png")
    dialog.reject()
