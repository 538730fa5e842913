"""A screen asks the core by id, from a list it read a moment ago; the row may have gone
since (another workstation, a restore). Each desk then says which thing is missing
(NotFound, a message the window translates), never a raw DoesNotExist. Both databases."""

from __future__ import annotations

import pytest

from models import Organisation
from warehouse_app.errors import NotFound, by_id
from warehouse_app.imports import desk as imports_desk
from warehouse_app.reports import desk as reports_desk

GONE = 999_999


def test_by_id_finds_the_row_or_names_what_is_missing(hangar):
    assert by_id(Organisation, hangar.aid.id, "organisation") == hangar.aid
    with pytest.raises(NotFound) as refused:
        by_id(Organisation, GONE, "organisation")
    assert (refused.value.what, refused.value.key) == ("organisation", GONE)


def test_a_report_of_an_organisation_gone_since_the_list_was_read(hangar, tmp_path):
    folder = tmp_path / "reports"
    with pytest.raises(NotFound) as refused:
        reports_desk.export_one(hangar.coord, GONE, "2026-01", str(folder))
    assert refused.value.what == "organisation"
    assert not folder.exists()  # nothing written


def test_an_import_into_an_organisation_gone_since_the_list_was_read(hangar, tmp_path):
    with pytest.raises(NotFound) as refused:
        imports_desk.run_import("stock", hangar.coord, GONE, str(tmp_path / "none.xlsx"),
                                dry_run=True, create_items=False, good_rows_only=False,
                                mapping={})
    assert refused.value.what == "organisation"
