"""The kit design editor: a current design's lines copied into an editable table, parts
found by search (as one types) or by scanning, added as lines or as substitutes of the
chosen line; Save makes the next version (built kits keep theirs) or a new design.
The rules (a part of itself, quantities, a replaced version) are workshop.py's."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem

from ui.context import AppContext
from ui.operations import run_op
from ui.screens.workshop.designs_view import DesignsPage
from ui.screens.workshop.lines import BillModel, attach, part_text
from warehouse_app import quantities
from warehouse_app.errors import BadQuantity
from warehouse_app.workshop.desk import (
    BomLine,
    DesignRow,
    DesignScan,
    PartChoice,
    design_scan,
    find_parts,
    save_design,
)

SEARCH_DELAY_MS = 250  # wait for the next letter before searching


class DesignEditor(QObject):
    saved = Signal(object)  # DesignRow
    say = Signal(str, str)  # text, kind
    refused = Signal(object)  # a core refusal
    kit_scanned = Signal(str)  # a kit's label, not a part: the screen shows the kit

    def __init__(self, page: DesignsPage, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.page, self.ctx = page, ctx
        self.designs: list[DesignRow] = []
        self.current: DesignRow | None = None  # None: a new design
        self.found: list[PartChoice] = []
        self.model = BillModel(self, editable=True)
        attach(page.lines, self.model)
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(SEARCH_DELAY_MS)
        self._search.timeout.connect(self.search)
        page.search.textChanged.connect(self._search.start)
        page.pick.activated.connect(lambda index: self.edit(self.designs[index]))
        page.new_button.clicked.connect(self.new_design)
        page.add_button.clicked.connect(self.add_chosen_part)
        page.found.itemDoubleClicked.connect(lambda _item: self.add_chosen_part())
        page.substitute_button.clicked.connect(self.add_substitute)
        page.remove_button.clicked.connect(self.remove_line)
        page.clear_substitutes_button.clicked.connect(self.clear_substitutes)
        page.save_button.clicked.connect(self.save)

    def set_designs(self, designs: list[DesignRow], kit_items: list[PartChoice],
                    keep: int | None = None) -> None:
        """The designs as loaded; edit the one kept (just saved), else the first."""
        self.designs = designs
        page = self.page
        page.pick.clear()
        for d in designs:
            page.pick.addItem(f"{d.name} v{d.version}", d.id)
        page.kit_item.clear()
        for item in kit_items:
            page.kit_item.addItem(part_text(item), item.id)
        chosen = next((d for d in designs if d.id == keep), designs[0] if designs else None)
        if chosen is None:
            self.new_design()
        else:
            self.edit(chosen)

    def edit(self, design: DesignRow) -> None:
        self.current = design
        page = self.page
        page.pick.setCurrentIndex(page.pick.findData(design.id))
        page.name.setText(design.name)
        page.kit_item.setCurrentIndex(page.kit_item.findData(design.kit_item.id))
        page.set_new(False, design.version)
        self.model.set_rows(design.lines)

    def new_design(self) -> None:
        self.current = None
        page = self.page
        page.pick.setCurrentIndex(-1)
        page.name.clear()
        page.set_new(True, 0)
        self.model.set_rows([])
        page.name.setFocus()

    # -- parts -----------------------------------------------------------------------------
    def search(self) -> None:
        text = self.page.search.text().strip()
        if not text:
            self._show_found([])
            return
        run_op(self.page, find_parts, text, on_success=self._show_found, serial=False)

    def _show_found(self, parts: list[PartChoice]) -> None:
        self.found = list(parts)
        self.page.found.clear()
        for part in self.found:
            entry = QListWidgetItem(part_text(part))
            entry.setData(Qt.ItemDataRole.UserRole, part.id)
            self.page.found.addItem(entry)
        if self.found:
            self.page.found.setCurrentRow(0)

    def chosen_part(self) -> PartChoice | None:
        row = self.page.found.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None

    def chosen_line(self) -> int | None:
        rows = self.page.lines.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def per_kit(self):
        try:
            return quantities.parse(self.page.quantity.text())
        except BadQuantity as exc:
            self.refused.emit(exc)
            return None

    def add_chosen_part(self) -> None:
        part = self.chosen_part()
        if part is None:
            self.say.emit(self.tr("Find the part first: type its name or scan it."), "problem")
            return
        self.add_part(part)

    def add_part(self, part: PartChoice) -> None:
        quantity = self.per_kit()
        if quantity is None:
            return
        lines = list(self.model.rows)
        if any(line.part.id == part.id for line in lines):
            self.say.emit(self.tr("{part} is already a line: change its quantity in the "
                                  "table.").format(part=part.name), "problem")
            return
        lines.append(BomLine(part, quantity))
        self.model.set_rows(lines)
        self.page.lines.selectRow(len(lines) - 1)
        self.say.emit(self.tr("{part} added.").format(part=part.name), "ok")

    def add_substitute(self) -> None:
        row, part = self.chosen_line(), self.chosen_part()
        if row is None or part is None:
            self.say.emit(self.tr("Choose a line in the table and a part in the list."),
                          "problem")
            return
        quantity = self.per_kit()
        if quantity is None:
            return
        line = self.model.rows[row]
        if part.id == line.part.id or any(s.id == part.id for s, _ in line.substitutes):
            self.say.emit(self.tr("{part} is already on that line.").format(part=part.name),
                          "problem")
            return
        self._replace(row, dataclasses.replace(
            line, substitutes=(*line.substitutes, (part, quantity))))
        self.say.emit(self.tr("{part} may stand in for {main}.").format(
            part=part.name, main=line.part.name), "ok")

    def remove_line(self) -> None:
        row = self.chosen_line()
        if row is not None:
            self.model.set_rows(self.model.rows[:row] + self.model.rows[row + 1:])

    def clear_substitutes(self) -> None:
        row = self.chosen_line()
        if row is not None:
            self._replace(row, dataclasses.replace(self.model.rows[row], substitutes=()))

    def _replace(self, row: int, line: BomLine) -> None:
        lines = list(self.model.rows)
        lines[row] = line
        self.model.set_rows(lines)
        self.page.lines.selectRow(row)

    def on_scan(self, code: str) -> None:
        actor = self.ctx.session.user
        if actor is not None:
            run_op(self.page, design_scan, actor, code, on_success=self._scanned,
                   on_failure=self.refused.emit)

    def _scanned(self, found: DesignScan) -> None:
        if found.kind == "kit":
            self.kit_scanned.emit(found.code)
        elif found.part is None:
            self.say.emit(self.tr("{code} is not a part: nothing was added.").format(
                code=found.code), "problem")
        else:
            self.add_part(found.part)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        actor = self.ctx.session.user
        if actor is None:
            return
        page = self.page
        run_op(page, save_design, actor, self.current.id if self.current else None,
               page.name.text(), page.kit_item.currentData(), list(self.model.rows),
               on_success=self._saved, on_failure=self.refused.emit)

    def _saved(self, design: DesignRow) -> None:
        if design.version == 1:
            text = self.tr("{name} is saved: it can be built now.")
        else:
            text = self.tr("{name} is saved as version {version}: kits built before keep "
                           "their version.")
        self.say.emit(text.format(name=design.name, version=design.version), "ok")
        self.saved.emit(design)
