"""Administration: the catalogue. Categories as a tree; items found by any word of their
name or code; an item's description (a garment typed with several sizes becomes one item
per size, its size grid at intake); and its product barcodes: a scan while this page is
open fills the barcode field, the pack quantity says how many one scan counts at intake."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.messages import format_value
from ui.operations import run_op
from ui.screens.admin.catalogue_view import CatalogueView
from ui.screens.admin.common import AdminPage, cell, fill
from ui.vocabulary import gender_name, unit_name
from warehouse_app import quantities
from warehouse_app.admin import desk as admin_desk
from warehouse_app.admin.catalogue import split_sizes
from warehouse_app.admin.desk import CatalogueScan, CategoryRow, ItemDetail, ItemRow
from warehouse_app.errors import BadQuantity

SEARCH_DELAY_MS = 250  # search once typing pauses, not on every key


class CatalogueAdmin(AdminPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.view = CatalogueView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.category_id: int | None = None  # the category chosen in the tree
        self.items: list[ItemRow] = []
        self.detail: ItemDetail | None = None
        self.category_model = QStandardItemModel(self)
        self.item_model = QStandardItemModel(self)
        self.barcode_model = QStandardItemModel(self)
        v = self.view
        v.categories.setModel(self.category_model)
        v.items.setModel(self.item_model)
        v.barcodes.setModel(self.barcode_model)
        v.categories.selectionModel().currentChanged.connect(self._category_chosen)
        v.items.selectionModel().currentRowChanged.connect(self._item_chosen)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        v.search.textChanged.connect(self._search_timer.start)
        v.category_add.clicked.connect(self.add_category)
        v.category_name.returnPressed.connect(self.add_category)
        v.new_button.clicked.connect(self.new_item)
        v.save_button.clicked.connect(self.save)
        v.link_button.clicked.connect(self.link)
        v.barcode.returnPressed.connect(self.link)
        v.pack.returnPressed.connect(self.link)
        v.unlink_button.clicked.connect(self.unlink)
        ctx.events.catalogue_changed.connect(self.load)
        self.new_item()

    # -- categories ----------------------------------------------------------------------------
    def load(self) -> None:
        if self.in_use():
            run_op(self, admin_desk.category_rows, on_success=self._categories_loaded)

    def _categories_loaded(self, rows: list[CategoryRow]) -> None:
        self.category_model.clear()
        items = {}
        chosen = None
        for row in rows:  # parents come before their children
            item = cell(row.name, row.id)
            items.get(row.parent_id, self.category_model.invisibleRootItem()).appendRow(item)
            items[row.id] = item
            if row.id == self.category_id:
                chosen = item
        self.view.categories.expandAll()
        combo = self.view.category
        kept = combo.currentData()
        combo.clear()
        for row in rows:
            combo.addItem(row.path, row.id)
        combo.setCurrentIndex(max(combo.findData(kept), 0))
        if chosen is not None:
            self.view.categories.setCurrentIndex(chosen.index())
        else:
            self.search()

    def _category_chosen(self, current, _previous=None) -> None:
        self.category_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if self.detail is None and self.category_id is not None:
            self.view.category.setCurrentIndex(self.view.category.findData(self.category_id))
        self.search()

    def add_category(self) -> None:
        v = self.view
        name = v.category_name.text()
        parent = None if v.category_top.isChecked() else self.category_id
        run_op(self, admin_desk.add_category, self.actor, name, parent,
               on_success=self._category_added, on_failure=self.refused,
               changes=("catalogue",))

    def _category_added(self, category_id: int) -> None:
        self.say(self.tr("Category {name} added.").format(name=self.view.category_name.text()
                                                          .strip()))
        self.view.category_name.clear()
        self.category_id = category_id

    # -- items ---------------------------------------------------------------------------------
    def search(self) -> None:
        self._search_timer.stop()
        run_op(self, admin_desk.search_items, self.view.search.text(), self.category_id,
               on_success=self._found)

    def _found(self, items: list[ItemRow]) -> None:
        self.items = items
        fill(self.item_model, [self.tr("Name"), self.tr("Size"), self.tr("For"),
                               self.tr("Code")],
             [[cell(i.name, i.id), cell(i.size), cell(gender_name(i.gender or None)),
               cell(i.code)] for i in items],
             view=self.view.items, keep=self.detail.id if self.detail is not None else None)

    def _item_chosen(self, current, _previous=None) -> None:
        if not current.isValid():
            return
        key = self.item_model.item(current.row(), 0).data(Qt.ItemDataRole.UserRole)
        if self.detail is None or key != self.detail.id:
            self.open_item(key)

    def open_item(self, item_id: int) -> None:
        run_op(self, admin_desk.item_detail, item_id, on_success=self._show_item)

    def _show_item(self, detail: ItemDetail) -> None:
        self.detail = detail
        v = self.view
        v.name.setText(detail.name)
        v.category.setCurrentIndex(v.category.findData(detail.category_id))
        v.sizes.setText(detail.size)
        v.gender.setCurrentIndex(v.gender.findData(detail.gender))
        v.unit.setCurrentIndex(v.unit.findData(detail.unit))
        v.weight.setValue(detail.weight_per_unit_g or 0)
        v.shelf_life.setValue(detail.shelf_life_days or 0)
        v.min_level.setText(format_value(detail.min_level) if detail.min_level is not None
                            else "")
        v.perishable.setChecked(detail.perishable)
        for key, box in v.allergens.items():
            box.setChecked(key in detail.allergens)
        v.set_editing(detail.code)
        self._show_barcodes(detail)

    def _show_barcodes(self, detail: ItemDetail | None) -> None:
        fill(self.barcode_model, [self.tr("Barcode"), self.tr("One scan counts")],
             [[cell(code, code), cell(f"{format_value(pack)} {unit_name(detail.unit, pack)}")]
              for code, pack in (detail.barcodes if detail else ())])
        self.view.unlink_button.setEnabled(bool(detail and detail.barcodes))

    def new_item(self) -> None:
        self.detail = None
        v = self.view
        v.items.setCurrentIndex(QModelIndex())  # a tap on it opens it again
        for field in (v.name, v.sizes, v.min_level, v.barcode):
            field.clear()
        if self.category_id is not None:
            v.category.setCurrentIndex(v.category.findData(self.category_id))
        v.gender.setCurrentIndex(0)
        v.unit.setCurrentIndex(v.unit.findData("piece"))
        v.weight.setValue(0)
        v.shelf_life.setValue(0)
        v.perishable.setChecked(False)
        for box in v.allergens.values():
            box.setChecked(False)
        v.set_editing(None)
        self._show_barcodes(None)
        v.name.setFocus()

    def _fields(self) -> dict | None:
        """The form as the core takes it, or None (and why, in the banner) when the
        minimum level is not a number."""
        v = self.view
        try:
            min_level = quantities.parse_optional(v.min_level.text(), field="min_level")
        except BadQuantity as exc:
            self.refused(exc)
            return None
        return {"name": v.name.text(), "unit": v.unit.currentData(),
                "gender": v.gender.currentData(), "perishable": v.perishable.isChecked(),
                "shelf_life_days": v.shelf_life.value() or None,
                "allergens": [k for k, box in v.allergens.items() if box.isChecked()],
                "min_level": min_level, "weight_per_unit_g": v.weight.value() or None}

    def save(self) -> None:
        fields = self._fields()
        category_id = self.view.category.currentData()
        if fields is None or category_id is None:
            return
        if self.detail is not None:
            run_op(self, admin_desk.update_item, self.actor, self.detail.id, category_id,
                   {**fields, "size": self.view.sizes.text()}, on_success=self._saved,
                   on_failure=self.refused, changes=("catalogue",))
            return
        run_op(self, admin_desk.create_items, self.actor, category_id,
               split_sizes(self.view.sizes.text()), fields, on_success=self._created,
               on_failure=self.refused, changes=("catalogue",))

    def _saved(self, detail: ItemDetail) -> None:
        self._show_item(detail)
        self.say(self.tr("{code} saved.").format(code=detail.code))

    def _created(self, ids: list[int]) -> None:
        self.say(self.tr("{count} item(s) added: one per size.").format(count=len(ids))
                 if len(ids) > 1 else self.tr("Item added."))
        self.open_item(ids[0])

    # -- barcodes ------------------------------------------------------------------------------
    def on_scan(self, code: str) -> bool:
        """Every scan on this page is the catalogue's: a new product barcode goes in the
        field, a linked one opens its item and says its pack, an item's label opens it."""
        run_op(self, admin_desk.catalogue_scan, code, on_success=self._scanned,
               on_failure=self.refused)
        return True

    def _scanned(self, found: CatalogueScan) -> None:
        v = self.view
        if found.kind == "other":
            self.say(self.tr("{code} is not a product: scan the barcode printed on the "
                             "product.").format(code=found.code), "problem")
            return
        if found.detail is not None:
            self._show_item(found.detail)
            self._select_listed(found.detail.id)
        if found.kind == "linked":
            self.say(self.tr("{code} is linked to {name}: one scan counts {pack} {unit}. To "
                             "change that, unlink it and link it again.").format(
                code=found.code, name=found.detail.name, pack=format_value(found.pack),
                unit=unit_name(found.detail.unit, found.pack)), "info")
            return
        if found.kind == "item":
            return
        v.barcode.setText(found.code)
        v.scroll.ensureWidgetVisible(v.link_button)
        if self.detail is None:
            self.say(self.tr("Choose the item this barcode is for, then tap Link."), "info")
            return
        v.pack.setFocus()
        v.pack.selectAll()
        self.say(self.tr("Barcode {code} for {name}: say how many one scan counts, then "
                         "tap Link.").format(code=found.code, name=self.detail.name), "info")

    def _select_listed(self, item_id: int) -> None:
        for index, item in enumerate(self.items):
            if item.id == item_id:
                self.view.items.selectRow(index)
                return
        self.view.items.setCurrentIndex(QModelIndex())  # a tap on it opens it again

    def link(self) -> None:
        v = self.view
        if self.detail is None or not v.barcode.text().strip():
            return
        try:
            pack = quantities.parse(v.pack.text(), field="pack")
        except BadQuantity as exc:
            self.refused(exc)
            return
        code = v.barcode.text().strip()
        run_op(self, admin_desk.link_barcode, self.actor, code, self.detail.id, pack,
               on_success=lambda detail: self._linked(detail, code, pack),
               on_failure=self.refused, changes=("catalogue",))

    def _linked(self, detail: ItemDetail, code: str, pack: Decimal) -> None:
        self._show_item(detail)
        self.view.barcode.clear()
        self.view.pack.setText("1")
        self.say(self.tr("{code} linked: one scan counts {pack} {unit} of {name}.").format(
            code=code, pack=format_value(pack), unit=unit_name(detail.unit, pack),
            name=detail.name))

    def unlink(self) -> None:
        current = self.view.barcodes.currentIndex()
        if self.detail is None or not current.isValid():
            self.say(self.tr("Choose a barcode in the list first."), "info")
            return
        code = self.barcode_model.item(current.row(), 0).data(Qt.ItemDataRole.UserRole)
        run_op(self, admin_desk.unlink_barcode, self.actor, code, self.detail.id,
               on_success=self._show_item, on_failure=self.refused, changes=("catalogue",))
