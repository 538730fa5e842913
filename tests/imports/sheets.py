"""Spreadsheets for the import tests: the shared samples where they are, and broken
variants made here (openpyxl only writes the inputs; the importer reads them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"SAMPLE MISSING: {path} is not there (shared/samples beside the repo): "
                    "the import tests on the real sample sheets did not run")
    return path


def make_sheet(path: Path, headers: list, rows: list[list], *, titles: list[str] = (),
               merge_title: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Feuil1"
    for title in titles:
        ws.append([title])
    if titles and merge_title:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(headers), 2))
    ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    notes = wb.create_sheet("notes")
    notes.append(["Quantité", "Article", "whatever"])  # a decoy with fewer headers
    wb.save(path)
    return path


def header_row_of(titles: list[str]) -> int:
    return len(titles) + 2
