"""What any scanned string is: a box, a shelf, an item, a lot, a document, a kit, or
nothing known, or a misread barcode. `resolve(text)` is the one entry point.

It runs on every scan at the intake desk (budget: a whole scan with its posting under
5 ms p99), so each lookup is one indexed SELECT whose SQL is written once per database
and run through `Model.raw`: peewee's query compiler costs ~0.25 ms a query, the raw
statement ~0.07 ms (PERFORMANCE.md). No scan needs more than two of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from models import (
    DOCUMENT_PREFIXES,
    BaseModel,
    Box,
    Document,
    Item,
    Kit,
    Location,
    Lot,
    ProductBarcode,
    database,
    from_milli,
)
from warehouse_app.barcodes import (
    GS1_SYMBOLOGIES,
    GTIN_LENGTHS,
    GS1Data,
    gtin_forms,
    looks_like_gs1,
    normalise_gtin,
    parse_gs1,
)
from warehouse_app.errors import BadBarcode

# The prefix of every internal code printed on the hangar's own labels, and what it names.
INTERNAL_PREFIXES: dict[str, str] = {
    "BOX": "box",
    "LOC": "location",
    "KIT": "kit",
    **{prefix: "document" for prefix in DOCUMENT_PREFIXES.values()},
}
# Meal batch labels print the lot as "L" + the batch number (FIELD.md, batch label).
MEAL_LOT_PREFIX = "L" + DOCUMENT_PREFIXES["meal_batch"] + "-"

KINDS = ("box", "location", "item", "lot", "document", "kit", "unknown", "invalid")

Found = Box | Location | Item | Lot | Document | Kit


@dataclass(frozen=True)
class Scan:
    """The answer to "what did I just scan?"."""

    kind: str  # one of KINDS
    code: str  # the scanned text as understood: stripped, upper-cased code, or GTIN digits
    object: Found | None = None
    pack_quantity: Decimal = Decimal(1)  # units one scan counts (a product barcode's pack)
    gs1: GS1Data | None = None  # lot, dates, count and weight to prefill, when GS1
    problem: str | None = None  # why an "invalid" scan is wrong, for the volunteer
    note: str | None = None  # why an "unknown" scan found nothing
    alternatives: tuple[Lot, ...] = ()  # other lots with the same code (other items)

    @property
    def item(self) -> Item | None:
        if isinstance(self.object, Item):
            return self.object
        if isinstance(self.object, Lot):
            return self.object.item
        return None


def resolve(text: str) -> Scan:
    """Say what `text` is. Never raises for a bad scan: a misread product barcode comes
    back as kind "invalid" with the problem, anything unmatched as kind "unknown"."""
    code = text.strip()
    if code.startswith("]") and not code.startswith(GS1_SYMBOLOGIES):
        code = code[3:].strip()  # an AIM symbology identifier such as "]C0" or "]E0"
    if not code:
        return Scan("invalid", code, problem="nothing scanned")
    if looks_like_gs1(code):
        return _resolve_gs1(code)

    upper = code.upper()
    prefix, dash, _ = upper.partition("-")
    named = INTERNAL_PREFIXES.get(prefix) if dash else None
    if named is not None:
        model = {"box": Box, "location": Location, "document": Document, "kit": Kit}[named]
        found = _by_code(model, (upper,))
        if found is not None:
            return Scan(named, upper, found)

    if code.isdigit() and len(code) in GTIN_LENGTHS:
        try:
            gtin = normalise_gtin(code)
        except BadBarcode as exc:
            # An internal item or lot code may happen to be digits; only then is it not
            # a misread product barcode.
            return _item_or_lot(code) or Scan("invalid", code, problem=exc.problem)
        return _product(gtin) or _item_or_lot(code) or Scan(
            "unknown", gtin, note="product barcode not linked to any item"
        )

    found_scan = _item_or_lot(code)
    if found_scan is not None:
        return found_scan
    if code.isdigit() and len(code) >= min(GTIN_LENGTHS):
        # A product barcode with a digit lost or gained in the read.
        try:
            normalise_gtin(code)
        except BadBarcode as exc:
            return Scan("invalid", code, problem=exc.problem)
    if named is not None:
        return Scan("unknown", upper, note=f"no {named} {upper}")
    return Scan("unknown", code, note="no box, shelf, item, lot or document has this code")


def _resolve_gs1(text: str) -> Scan:
    try:
        data = parse_gs1(text)
    except BadBarcode as exc:
        return Scan("invalid", text, problem=exc.problem)
    if data is None or data.gtin is None:
        what = f"SSCC {data.sscc}" if data and data.sscc else "GS1 data"
        return Scan("unknown", text, gs1=data, note=f"{what} without a product GTIN")
    found = _product(data.gtin, data)
    if found is not None:
        return found
    return Scan("unknown", data.gtin, gs1=data, note="product barcode not linked to any item")


def _product(gtin: str, gs1: GS1Data | None = None) -> Scan | None:
    """The item a valid GTIN is linked to, in whichever of its forms it was stored."""
    forms = gtin_forms(gtin)
    rows = list(Item.raw(_product_sql(len(forms)), *forms))
    if not rows:
        return None
    item = rows[0]
    return Scan("item", gtin, item, pack_quantity=from_milli(item.pack_milli), gs1=gs1)


def _item_or_lot(code: str) -> Scan | None:
    keys = tuple(dict.fromkeys((code, code.upper())))
    item = _by_code(Item, keys)
    if item is not None:
        return Scan("item", item.code, item)
    lot_keys = keys
    if code.upper().startswith(MEAL_LOT_PREFIX):
        lot_keys = (*keys, code.upper()[1:])
    lots = _lots_by_code(lot_keys)
    if not lots:
        return None
    return Scan("lot", lots[0].code, lots[0], alternatives=tuple(lots[1:]))


M = TypeVar("M", bound=BaseModel)
_sql_cache: dict[tuple[str, str, int], str] = {}


def _placeholders(count: int) -> str:
    return ", ".join([database.obj.param] * count)


def _table(model: type[BaseModel]) -> str:
    return f'"{model._meta.table_name}"'


def _by_code(model: type[M], codes: tuple[str, ...]) -> M | None:
    key = (model.__name__, database.obj.param, len(codes))
    sql = _sql_cache.get(key)
    if sql is None:
        sql = f"SELECT * FROM {_table(model)} WHERE code IN ({_placeholders(len(codes))})"
        _sql_cache[key] = sql
    rows = list(model.raw(sql, *codes))
    return rows[0] if rows else None


def _lots_by_code(codes: tuple[str, ...]) -> list[Lot]:
    key = ("lots", database.obj.param, len(codes))
    sql = _sql_cache.get(key)
    if sql is None:
        sql = (
            f"SELECT * FROM {_table(Lot)} WHERE code IN ({_placeholders(len(codes))}) "
            "ORDER BY id"
        )
        _sql_cache[key] = sql
    return list(Lot.raw(sql, *codes))


def _product_sql(count: int) -> str:
    key = ("product", database.obj.param, count)
    sql = _sql_cache.get(key)
    if sql is None:
        sql = (
            f"SELECT i.*, pb.pack_quantity AS pack_milli FROM {_table(ProductBarcode)} pb "
            f"JOIN {_table(Item)} i ON i.id = pb.item_id "
            f"WHERE pb.code IN ({_placeholders(count)}) ORDER BY pb.id LIMIT 1"
        )
        _sql_cache[key] = sql
    return sql

