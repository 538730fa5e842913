"""Move boxes: scan the boxes on the trolley (each listed with what it holds and where it
stands), then the shelf label: they move together in one operation (moves.move_boxes),
and Undo puts the last trip back. Whose boxes may be moved is the core's rule."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ui.context import AppContext
from ui.messages import format_value
from ui.operations import run_op
from ui.screens.base import ScanningScreen
from ui.screens.goods_out.moves.view import MoveView
from ui.vocabulary import unit_name
from warehouse_app.goods_out.desk import (
    BoxesMoved,
    BoxRow,
    MoveScan,
    carry_boxes,
    move_scan,
    undo_trip,
)

CONTENTS_SHOWN = 3  # items named per box; the rest is "…"


class MoveScreen(ScanningScreen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, MoveView, parent)
        self.boxes: list[BoxRow] = []
        self.last_trip: BoxesMoved | None = None
        self.view.remove_asked.connect(self.remove_box)
        self.view.clear_asked.connect(self.clear)
        self.view.undo_asked.connect(self.undo)
        self.view.code_typed.connect(self.on_scan)
        ctx.session.changed.connect(self.start_over)
        self.start_over()

    def start_over(self) -> None:
        """Another person (the screen outlives a sign-in): an empty trolley, nothing to undo."""
        self.boxes = []
        self.last_trip = None
        self._update()
        self.say(self.tr("Scan the first box."), "info")

    def on_scan(self, code: str) -> bool:
        """Every scan on this screen is a box to carry or the shelf they go to."""
        if self.actor is not None:
            run_op(self, move_scan, self.actor, code, on_success=self._scanned,
                   on_failure=self.refused)
        return True

    def _scanned(self, found: MoveScan) -> None:
        if found.kind == "box":
            if any(b.id == found.box.id for b in self.boxes):
                self.say(self.tr("{box} is already on the list.").format(box=found.code), "info")
                return
            self.boxes.append(found.box)
            self._update()
            self.say(self.tr("{box} added. Scan another box, or the shelf to put them on."
                              ).format(box=found.code), "ok")
        elif found.kind == "location":
            if not self.boxes:
                self.say(self.tr("Scan the boxes first, then the shelf."), "problem")
                return
            place_id, _code = found.location
            run_op(self, carry_boxes, self.actor, [b.id for b in self.boxes], place_id,
                   on_success=self._moved, on_failure=self.refused, changes=("stock",))
        elif found.kind == "unknown":
            self.say(self.tr("{code} is not known in this hangar: nothing was added.").format(
                code=found.code), "problem")
        else:
            self.say(self.tr("{code} is not a box or a shelf: scan a box label or a shelf "
                              "label.").format(code=found.code), "problem")

    def _moved(self, trip: BoxesMoved) -> None:
        self.last_trip = trip
        self.boxes = []
        self._update()
        count = len(trip.box_codes)
        text = (self.tr("1 box moved to {place}.") if count == 1
                else self.tr("{count} boxes moved to {place}."))
        self.say(text.format(count=count, place=trip.location_code), "ok")

    def remove_box(self) -> None:
        row = self.view.boxes.currentRow()
        if 0 <= row < len(self.boxes):
            removed = self.boxes.pop(row)
            self._update()
            self.say(self.tr("{box} taken off the list.").format(box=removed.code), "info")

    def clear(self) -> None:
        self.boxes = []
        self._update()
        self.say(self.tr("The list is empty. Scan the first box."), "info")

    def undo(self) -> None:
        if self.last_trip is None or self.actor is None:
            return
        trip = self.last_trip
        run_op(self, undo_trip, self.actor, trip, on_success=lambda _r: self._undone(trip),
               on_failure=self.refused, changes=("stock",))

    def _undone(self, trip: BoxesMoved) -> None:
        self.last_trip = None
        self._update()
        self.say(self.tr("The move to {place} was undone: the boxes are back where they were."
                          ).format(place=trip.location_code), "ok")

    # -- showing -------------------------------------------------------------------------------
    def _update(self) -> None:
        v = self.view
        v.boxes.clear()
        for box in self.boxes:
            v.boxes.addItem(QListWidgetItem(self._describe(box)))
        v.boxes_title.setText(self.tr("Boxes to move: {count}").format(count=len(self.boxes)))
        v.remove_button.setEnabled(bool(self.boxes))
        v.clear_button.setEnabled(bool(self.boxes))
        v.undo_button.setEnabled(self.last_trip is not None)

    def _describe(self, box: BoxRow) -> str:
        things = [f"{format_value(quantity)} {unit_name(unit, quantity)} {name}"
                  for name, quantity, unit in box.contents[:CONTENTS_SHOWN]]
        if len(box.contents) > CONTENTS_SHOWN:
            things.append("…")
        contents = ", ".join(things) if things else self.tr("empty")
        place = box.location_code or self.tr("no place yet")
        return self.tr("{box} · {owner} · {contents} · now at {place}").format(
            box=box.code, owner=box.owner_code, contents=contents, place=place)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)

