"""Count sheets: exported for paper (book only for open counts, text never a formula),
filled in, and imported back equal to the same count typed; a bad sheet writes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from models import Category, CountLine, Item
from tests.factories import put_stock
from warehouse_app.counts import review as counts_review
from warehouse_app.counts import sessions as counts
from warehouse_app.counts.sheet import HEADER_ROW, SheetProblems, export_sheet, import_sheet


def sheet_rows(path):
    ws = load_workbook(path)["Count"]
    header = [c.value for c in ws[HEADER_ROW]]
    rows = [dict(zip(header, (c.value for c in row), strict=False))
            for row in ws.iter_rows(min_row=HEADER_ROW + 1)]
    return ws, header, rows


def fill(path, counted: dict[str, object], *, extra=(), counted_by=None, reasons=None):
    """Write counts into the sheet as a counter would, by item code; `extra` rows by hand."""
    wb = load_workbook(path)
    ws = wb["Count"]
    header = [c.value for c in ws[HEADER_ROW]]
    col = {name: i + 1 for i, name in enumerate(header)}
    row = HEADER_ROW + 1
    while ws.cell(row, col["Key"]).value:
        code = ws.cell(row, col["Item code"]).value
        if code in counted:
            ws.cell(row, col["Counted"]).value = counted[code]
        if reasons and code in reasons:
            ws.cell(row, col["Reason"]).value = reasons[code]
        row += 1
    for values in extra:
        for name, value in values.items():
            ws.cell(row, col[name]).value = value
        row += 1
    if counted_by:
        ws["C7"] = counted_by
    wb.save(path)


def test_a_blind_sheet_lists_positions_without_the_book(shelves, tmp_path):
    h = shelves
    put_stock(h.admin, h.aid, h.soap, 97, location=h.shelf_a2)  # a number seen nowhere else
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    path = tmp_path / "blind.xlsx"
    assert export_sheet(h.vol, s, path) == 4
    ws, header, rows = sheet_rows(path)
    assert ws["C2"].value == s.code and ws["C3"].value == "AID - Aid Without Borders"
    assert ws["C5"].value.startswith("blind") and "LOC-A" in ws["C4"].value
    assert ws.column_dimensions["A"].hidden
    assert "Book" not in header and "Counted" in header
    listed = [r for r in rows if r["Key"]]
    assert [(r["Location"], r["Box"], r["Item code"]) for r in listed] == [
        ("LOC-A-01-1", None, "HYG-SOAP"), ("LOC-A-01-1", "BOX-000101", "CLO-JKT-M-M"),
        ("LOC-A-01-2", None, "HYG-SOAP"), ("LOC-A-01-2", None, "FOOD-TOM-400")]
    values = {c.value for row in ws.iter_rows() for c in row}
    assert not values & {40, 12, 30, 97, Decimal(40), "40", "97"}
    assert all(r["Counted"] is None for r in rows)


def test_an_open_sheet_shows_the_book_and_keeps_formula_text_as_text(shelves, tmp_path):
    h = shelves
    tricky = Item.create(code="=CMD-1", name='=HYPERLINK("http://x")', unit="piece",
                         category=Category.get(Category.name == "Hygiene"))
    put_stock(h.admin, h.aid, tricky, 3, location=h.shelf_b1)
    s = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    path = tmp_path / "open.xlsx"
    export_sheet(h.coord, s, path)
    ws, header, rows = sheet_rows(path)
    assert "Book" in header
    row = next(r for r in rows if r["Item code"] == "=CMD-1")
    assert row["Book"] == 3 and row["Item"] == '=HYPERLINK("http://x")'
    cell = next(c for line in ws.iter_rows() for c in line if c.value == "=CMD-1")
    assert cell.data_type == "s"  # a string, not a formula
    fill(path, {"=CMD-1": 2, "FOOD-LENT": "8,5"}, counted_by="Vera")
    import_sheet(h.coord, s, path)
    assert {x.item_code: (x.counted, x.counted_by) for x in counts.counted_lines(h.coord, s)} == {
        "=CMD-1": (2, "Vera"), "FOOD-LENT": (Decimal("8.5"), "Vera")}


def test_a_filled_paper_sheet_imported_back_equals_the_typed_count(shelves, tmp_path):
    h = shelves
    typed = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    counts.count_line(h.vol, typed, item=h.soap, quantity=38, location=h.shelf_a1)
    counts.count_line(h.vol, typed, item=h.jacket_m, quantity=12, box=h.box)
    counts.count_line(h.vol, typed, item=h.tomatoes, quantity="29", location=h.shelf_a2,
                      lot=h.lot_tom)
    counts.count_line(h.vol, typed, item=h.jacket_l, quantity=2, location=h.shelf_a2)  # found
    counts.submit_count(h.vol, typed)
    want = [(r.key, r.book, r.counted, r.difference)
            for r in counts_review.review_lines(h.coord, typed)]
    counts.cancel_count(h.coord, typed, reason="the same count, on paper this time")

    paper = counts.start_count(h.coord, h.aid, locations=[h.zone_a], blind=True)
    path = tmp_path / "zone-a.xlsx"
    export_sheet(h.vol, paper, path)
    fill(path, {"HYG-SOAP": 38, "CLO-JKT-M-M": 12, "FOOD-TOM-400": "29"},
         extra=[{"Location": "loc-a-01-2", "Item code": "CLO-JKT-M-L", "Counted": 2}])
    lines = import_sheet(h.vol, paper, path)
    assert len(lines) == 4 and {x.counted_by for x in lines} == {"Vera"}
    counts.submit_count(h.vol, paper)
    got = [(r.key, r.book, r.counted, r.difference)
           for r in counts_review.review_lines(h.coord, paper)]
    assert sorted(got) == sorted(want)


def test_a_sheet_with_bad_rows_writes_nothing_and_names_each(shelves, tmp_path):
    h = shelves
    s = counts.start_count(h.coord, h.aid, locations=[h.zone_a])
    path = tmp_path / "bad.xlsx"
    export_sheet(h.vol, s, path)
    fill(path, {"HYG-SOAP": "lots", "CLO-JKT-M-M": -1, "FOOD-TOM-400": 30},
         reasons={"FOOD-TOM-400": "eaten"},
         extra=[{"Item code": "NO-SUCH", "Counted": 1},
                {"Item code": "HYG-SOAP", "Location": "LOC-B-01-1", "Counted": 1},
                {"Item code": "HYG-SOAP"}])
    with pytest.raises(SheetProblems) as refused:
        import_sheet(h.vol, s, path)
    first = HEADER_ROW + 1
    assert refused.value.problems == [
        (first, "Counted", "'lots' is not a number"),
        (first + 1, "Counted", "-1 is below zero"),
        (first + 2, "Reason", "'eaten': choose one of found, lost, damaged, expired, theft, "
                              "data_error"),
        (first + 3, "Item code", "no item 'NO-SUCH'"),
        (first + 5, "Counted", "empty: write what was found (0 for none)"),
    ]
    assert str(refused.value).startswith("bad.xlsx: row 11, Counted: 'lots' is not a number;")
    assert CountLine.select().where(CountLine.session == s.id).count() == 0
    # The rows that parse are checked against the session too: B is not in zone A.
    fill(path, {"HYG-SOAP": 40, "CLO-JKT-M-M": 12, "FOOD-TOM-400": 30}, reasons={"FOOD-TOM-400": ""})
    wb = load_workbook(path)
    ws = wb["Count"]
    for row in (first + 3, first + 5):
        for cell in ws[row]:
            cell.value = None
    wb.save(path)
    with pytest.raises(SheetProblems, match="row 15, Item code: Soap bar .* at LOC-B-01-1 is not in"):
        import_sheet(h.vol, s, path)
    assert CountLine.select().where(CountLine.session == s.id).count() == 0


def test_a_sheet_of_another_session_is_refused(shelves, tmp_path):
    h = shelves
    first = counts.start_count(h.coord, h.aid, locations=[h.shelf_a1])
    second = counts.start_count(h.coord, h.aid, locations=[h.shelf_b1])
    path = tmp_path / "a1.xlsx"
    export_sheet(h.vol, first, path)
    with pytest.raises(SheetProblems, match=f"row 2, Session: this sheet is for '{first.code}'"):
        import_sheet(h.vol, second, path)
