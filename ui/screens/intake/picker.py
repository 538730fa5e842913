"""Picking without a barcode: category tiles, then subcategory, then the item; a garment
opens its size grid (M 4, L 6, XL 2 gives three lines). Reads run as operations."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.operations import run_op
from ui.screens.intake.view import LINE, PICKER, SIZES, IntakeView
from ui.vocabulary import gender_name
from warehouse_app.intake import desk as intake_desk
from warehouse_app.intake.desk import Tile
from warehouse_app.intake.draft import ItemInfo


class Picker(QObject):
    item_picked = Signal(object)  # ItemInfo
    sizes_picked = Signal(list)  # [(ItemInfo, count)]

    def __init__(self, parent: QObject, view: IntakeView):
        super().__init__(parent)
        self.view = view
        self.path: list[tuple[int, str]] = []  # the categories opened, top first
        self.tiles: list[Tile] = []
        self.sizes: list[ItemInfo] = []
        view.picker.tile_picked.connect(self.pick)
        view.picker.back_asked.connect(self.back)
        view.sizes.add_asked.connect(self.add_sizes)
        view.sizes.cancel_asked.connect(lambda: view.side.setCurrentIndex(PICKER))

    def open_top(self) -> None:
        self.path = []
        self.reload()
        self.view.side.setCurrentIndex(PICKER)

    def reload(self) -> None:
        category = self.path[-1][0] if self.path else None
        run_op(self.parent(), intake_desk.pick_tiles, category, on_success=self._show)

    def _show(self, tiles: list[Tile]) -> None:
        self.tiles = tiles
        names = " › ".join(name for _, name in self.path)
        title = names or self.tr("What is it? Tap a category.")
        self.view.picker.show_tiles(
            title, [(t.kind, self._tile_text(t)) for t in tiles], bool(self.path))

    def _tile_text(self, tile: Tile) -> str:
        if tile.kind == "category":
            return f"{tile.name} ›"
        if tile.kind == "garment" and tile.item is not None and tile.item.gender:
            return f"{tile.name}\n{gender_name(tile.item.gender)}"
        return tile.name

    def pick(self, index: int) -> None:
        if not 0 <= index < len(self.tiles):
            return
        tile = self.tiles[index]
        if tile.kind == "category":
            self.path.append((tile.id, tile.name))
            self.reload()
        elif tile.kind == "garment":
            run_op(self.parent(), intake_desk.sizes_of, tile.id,
                   on_success=lambda sizes, t=tile: self._show_sizes(t, sizes))
        elif tile.item is not None:
            self.item_picked.emit(tile.item)
            self.view.side.setCurrentIndex(LINE)

    def back(self) -> None:
        if self.path:
            self.path.pop()
        self.reload()

    def _show_sizes(self, tile: Tile, sizes: list[ItemInfo]) -> None:
        self.sizes = sizes
        self.view.sizes.show_sizes(self._tile_text(tile).replace("\n", " · "),
                                   [s.size or "—" for s in sizes])
        self.view.side.setCurrentIndex(SIZES)

    def add_sizes(self) -> None:
        counts = [(item, n) for item, n in zip(self.sizes, self.view.sizes.counts, strict=True)
                  if n > 0]
        if counts:
            self.sizes_picked.emit(counts)
