"""What the Import screen asks, on an operation's worker thread: the organisations a
person may import for, the layout of a sheet (its headers, each prefilled with the field
it most likely holds), and the import itself, dry run or for real. The rules (what is a
bad row, who may import) are the importers'."""

from __future__ import annotations

from dataclasses import dataclass

from models import Organisation, User
from warehouse_app import permissions
from warehouse_app.errors import by_id
from warehouse_app.imports.columns import IGNORE, field_of, normalise, remembered
from warehouse_app.imports.donations import import_donations
from warehouse_app.imports.rows import ImportResult
from warehouse_app.imports.sheet import read_sheet
from warehouse_app.imports.stock import import_stock

IMPORTERS = {"stock": import_stock, "donations": import_donations}


@dataclass(frozen=True)
class Layout:
    """What the mapping page shows: the sheet's headers and a field for each."""

    sheet: str
    header_row: int
    headers: tuple[str, ...]
    prefill: tuple[str, ...]  # a field of FIELDS, or IGNORE, per header


def importable_owners(actor: User) -> list[tuple[int, str, str]]:
    """(id, code, name) of the organisations `actor` may import for."""
    return permissions.organisations_for(actor, "adjust")


def read_layout(actor: User, kind: str, path: str) -> Layout:
    """The sheet's header row, each header's field prefilled from the corrections
    remembered for this layout, else from the synonyms. Only for someone who may import."""
    permissions.require(actor, "adjust")
    sheet = read_sheet(path)
    saved = remembered(kind, sheet.headers)
    prefill = tuple(saved.get(normalise(h)) or field_of(h) or IGNORE for h in sheet.headers)
    return Layout(sheet.title, sheet.header_row, sheet.headers, prefill)


def run_import(kind: str, actor: User, owner_id: int, path: str, *, dry_run: bool,
               create_items: bool, good_rows_only: bool, mapping: dict[str, str],
               progress=None) -> ImportResult:
    """The sheet imported (or only checked, `dry_run`) into `owner_id`'s stock."""
    owner = by_id(Organisation, owner_id, "organisation")
    return IMPORTERS[kind](actor, owner, path, dry_run=dry_run, create_items=create_items,
                           good_rows_only=good_rows_only, mapping=mapping, progress=progress)
