"""Building the lines of a hand-out, the same way on Give out and on Transfers and loans:
a scan (product, lot or box) or an item searched and a typed quantity becomes a line,
lines of the same stock merge, a chosen line can be removed, and every change asks the
core again whether the lines can go (the first-expired-first-out picks, or why not).

A mixin for a `ui.screens.base.ScanningScreen` (say / refused) and has `view`
(with `lines`, `remove_asked` and the item `entry`), `actor`, `lines_owner()` (whose
stock the lines take), `lines_action()` (the core's action the lines are checked for)
and `_update_buttons()`. The screen says itself what the checks mean for it."""

from __future__ import annotations

from ui.operations import run_op
from ui.screens.goods_out.distribution.lines import StockLinesModel
from ui.screens.goods_out.distribution.view import fit_columns
from warehouse_app import quantities
from warehouse_app.errors import BadQuantity
from warehouse_app.goods_out.desk import (
    ItemChoice,
    StockLine,
    check_lines,
    find_items,
    item_line,
    lines_from_scan,
    merge_lines,
)


class BuildingLines:
    def _set_up_lines(self) -> None:
        self.model = StockLinesModel(self)
        self.view.lines.setModel(self.model)
        fit_columns(self.view.lines, {0: 250, 1: 70})
        self.view.remove_asked.connect(self.remove_line)
        self.view.entry.search_asked.connect(self.search)
        self.view.entry.add_asked.connect(self.add_item)

    def _scan_lines(self, code: str) -> None:
        run_op(self, lines_from_scan, self.actor, self.lines_action(), self.lines_owner(), code,
               on_success=self._add_lines, on_failure=self.refused)

    def search(self, text: str) -> None:
        if not text.strip():
            self.view.entry.show_results([])
            return
        run_op(self, find_items, self.actor, text, on_success=self._found)

    def _found(self, items: list[ItemChoice]) -> None:
        self.view.entry.show_results([(x.id, x.label) for x in items])

    def add_item(self, item_id: int, typed: str) -> None:
        try:
            quantity = quantities.parse(typed)
        except BadQuantity as exc:
            self.refused(exc)
            return
        run_op(self, item_line, self.actor, item_id, quantity, on_success=self._item_added,
               on_failure=self.refused)

    def _item_added(self, line: StockLine) -> None:
        self.view.entry.quantity.clear()
        self._add_lines([line])

    def _add_lines(self, lines: list[StockLine]) -> None:
        self.model.set_lines(merge_lines(self.model.lines, lines))
        self.recheck()

    def remove_line(self) -> None:
        rows = self.view.lines.selectionModel().selectedRows()
        if rows:
            lines = list(self.model.lines)
            del lines[rows[0].row()]
            self.model.set_lines(lines)
            self.recheck()

    def recheck(self) -> None:
        self._update_buttons()
        lines = list(self.model.lines)
        if not lines or self.lines_owner() is None:
            return
        self.model.set_lines(lines)
        run_op(self, check_lines, self.actor, self.lines_action(), self.lines_owner(), lines,
               on_success=lambda checks: self._checked(lines, checks), on_failure=self.refused)

    def _show_checks(self, lines: list[StockLine], checks) -> list[int] | None:
        """The core's answer on `lines` shown in the table: the rows it refuses, or None
        when the lines changed meanwhile (their own check is on its way)."""
        if lines != self.model.lines:
            return None
        self.model.set_checks(checks)
        self.view.lines.resizeRowsToContents()
        return self.model.problems()
