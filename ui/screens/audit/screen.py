"""Who did what, for coordinators: the documents posted (who, when, what kind, which
owner) and the changes outside the ledger, newest first, filtered by person, kind,
organisation and dates. The core checks the permission and reads the trail; the list
holds its keys and reads the rows of the pages shown (ui.screens.stock.paging)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.messages import format_value
from ui.operations import Operation, run_op
from ui.screens.audit.view import AuditView
from ui.screens.base import Screen
from ui.screens.stock.paging import PagedModel
from ui.screens.stock.reading import ReadingForThePerson
from ui.screens.stock.view import fill_combo
from ui.screens.stock.words import document_kind_name
from warehouse_app.audit import (
    CHANGES,
    TrailChoices,
    TrailFilter,
    TrailRow,
    trail_choices,
    trail_keys,
    trail_page,
)


class TrailModel(PagedModel):
    COLUMNS = ("at", "who", "kind", "owner", "code", "detail")

    def __init__(self, widget: QWidget):
        super().__init__(widget, trail_page, lambda row: row.key)

    def header(self, column: str) -> str:
        return {"at": self.tr("When"), "who": self.tr("Who"), "kind": self.tr("What"),
                "owner": self.tr("Organisation"), "code": self.tr("Document or record"),
                "detail": self.tr("Details")}[column]

    def cell(self, row: TrailRow, column: str) -> str:
        if column == "at":
            return format_value(row.at)
        if column == "who":
            return row.who
        if column == "kind":
            return document_kind_name(row.kind) if row.is_document else row.kind
        if column == "owner":
            return row.owner_code or ""
        if column == "code":
            return row.code
        if not row.is_document:
            return row.detail
        said = self.tr("reversed") if row.status == "reversed" else self.tr("posted")
        dated = self.tr("{status}, dated {day}").format(status=said, day=format_value(row.day))
        return f"{dated} · {row.detail}" if row.detail else dated


class AuditScreen(ReadingForThePerson, Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, AuditView, parent)
        self.model = TrailModel(self.view.table)
        self.view.table.setModel(self.model)
        self.view.table.horizontalHeader().setSortIndicatorShown(False)
        for column, width in enumerate((175, 120, 170, 110, 170)):
            self.view.table.setColumnWidth(column, width)
        self.choices: TrailChoices | None = None
        self._reading: Operation | None = None
        self._generation = 0
        self._stale = True
        self.view.filters_changed.connect(self.reload)
        self.model.failed.connect(self.show_refusal)
        for signal in (ctx.events.stock_changed, ctx.events.people_changed,
                       ctx.events.catalogue_changed):
            signal.connect(self._changed)
        self._person = 0  # bumped when someone else signs in: older answers are dropped
        ctx.session.changed.connect(self.start_over)  # the lists are read when shown

    def start_over(self) -> None:
        """Another person (the window keeps its screens): the list is read again for them,
        when they open this screen (the core refuses it to those who may not)."""
        self._person += 1
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None
        self.choices = None
        self.model.set_keys(None, ())
        self.view.banner.hide()
        self.view.count.clear()
        for combo in (self.view.person, self.view.kind, self.view.owner):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        if self.isVisible():
            self.load_choices()

    def load_choices(self) -> None:
        if self.actor is None:
            return
        run_op(self, trail_choices, self.actor, serial=False,
               on_success=self._theirs(self._choices_read), on_failure=self.show_refusal)

    def _choices_read(self, choices: TrailChoices) -> None:
        self.choices = choices
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        c, v = self.choices, self.view
        if c is None:
            return
        fill_combo(v.person, self.tr("Everybody"), c.people)
        kinds = [(k, document_kind_name(k)) for k in c.kinds]
        fill_combo(v.kind, self.tr("Everything"),
              [*kinds, (CHANGES, self.tr("Changes to people, catalogue, months"))])
        fill_combo(v.owner, self.tr("Every organisation"),
              [(o_id, f"{code} - {name}") for o_id, code, name in c.owners])

    def current_filter(self) -> TrailFilter:
        v = self.view
        date_from, date_to = v.dates()
        return TrailFilter(user_id=v.person.currentData(), date_from=date_from,
                           date_to=date_to, kind=v.kind.currentData(),
                           owner_id=v.owner.currentData())

    def reload(self) -> None:
        if self.actor is None or self.choices is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        if self._reading is not None:
            self._reading.cancel()
        self._reading = run_op(
            self, trail_keys, self.actor, self.current_filter(), serial=False,
            cancellable=True, progress_label=self.tr("Reading who did what…"),
            on_success=self._theirs(lambda keys: self._keys_read(generation, keys)),
            on_failure=self.show_refusal, on_cancel=lambda: None)

    def _keys_read(self, generation: int, keys) -> None:
        if generation != self._generation:
            return
        self._reading = None
        self.model.set_keys(self.actor, keys)
        self.view.banner.hide()
        self._show_count()

    def _show_count(self) -> None:
        self.view.count.setText(self.tr("{count} records, newest first").format(
            count=f"{self.model.rowCount():,}"))

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # Qt override: camelCase
        super().showEvent(event)
        if self.choices is None:
            self.load_choices()
        elif self._stale:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: camelCase
        if event.type() == QEvent.Type.LanguageChange and self.choices is not None:
            self._fill_choices()
            self._show_count()
            self.model.retranslate()
        super().changeEvent(event)

