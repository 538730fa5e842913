"""Stock sheets as opening balances: the French sample as it is, and broken variants; every
bad row named by row, column and problem, and nothing written unless good rows only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Document, Item, Location, Lot, Movement
from tests.imports.sheets import header_row_of, make_sheet, sample
from warehouse_app.cli import main
from warehouse_app.errors import PermissionDenied, ValidationError
from warehouse_app.imports.columns import parse_overrides
from warehouse_app.imports.stock import import_stock
from warehouse_app.progress import Cancelled

FR = "stock_count_2026-10_fr.xlsx"
PLACES = ("Zone A / étagère 1", "Zone A / étagère 2", "Zone B / palette 3", "Zone C / vrac",
          "Mezzanine", "Cuisine - réserve sèche")


def _places():
    for n, name in enumerate(PLACES):
        Location.create(code=f"LOC-S-{n}", name=name)


def _held(owner) -> dict[str, Decimal]:
    held: dict[str, Decimal] = {}
    for m in Movement.select().where(Movement.owner == owner.id):
        held[m.item.name + (f" {m.item.size}" if m.item.size else "")] = (
            held.get(m.item.name + (f" {m.item.size}" if m.item.size else ""), 0) + m.quantity)
    return held


def test_french_sample_as_it_is(hangar):
    h = hangar
    _places()
    path = sample(FR)
    refused = import_stock(h.coord, h.aid, path)
    assert refused.refused and not refused.written
    assert all("missing item" in p.problem and p.column == "B" and p.header == "Article"
               for p in refused.problems)
    assert Movement.select().count() == 0

    result = import_stock(h.coord, h.aid, path, create_items=True)
    assert result.written and not result.problems
    assert result.header_row == 4 and result.sheet == "Stock"
    assert (44, "total row") in result.skipped
    assert (15, "quantity 0") in result.skipped  # Bonnet counted 0: nothing to hold
    (code,) = result.documents
    document = Document.get(Document.code == code)
    assert document.kind == "opening" and code.startswith("OPN-")
    held = _held(h.aid)
    assert held["Veste homme L"] == 43  # typed "43 "
    assert held["Riz"] == Decimal("11.1")  # typed "11,1"
    assert held["Lait UHT"] == Decimal("12.5")
    assert held["Huile de tournesol"] == Decimal("92.7")  # a float cell, made exact
    assert len(held) == 32
    riz = Item.get(Item.name == "Riz")
    assert riz.unit == "kg" and riz.category.name == "Alimentaire"
    assert riz.category.parent.name == "Imported"
    lot = Lot.get(Lot.item == riz)
    assert (lot.date, lot.date_kind) == (dt.date(2027, 10, 18), "best_before")
    veste = Item.get((Item.name == "Veste homme") & (Item.size == "L"))
    assert veste.gender == "men"
    shelf = Movement.get(Movement.item == veste).location
    assert shelf.name == "Zone A / étagère 2"


def test_mapping_correction_is_remembered(hangar, tmp_path):
    h = hangar
    path = make_sheet(tmp_path / "odd.xlsx", ["Produit", "Combien", "Unité"],
                      [["Savon", 4, "pcs"]], titles=["Stock"])
    with pytest.raises(ValidationError, match="no column for quantity"):
        import_stock(h.coord, h.aid, path, dry_run=True)
    with pytest.raises(ValidationError, match=r"A \(Produit\) and B \(Combien\) both read as item"):
        import_stock(h.coord, h.aid, path, dry_run=True, mapping=parse_overrides(["Combien=item"]))
    mapping = parse_overrides(["Combien=quantity"])
    first = import_stock(h.coord, h.aid, path, dry_run=True, mapping=mapping, create_items=True)
    assert first.mapping == {"item": "Produit", "quantity": "Combien", "unit": "Unité"}
    assert first.documents and not first.written and Movement.select().count() == 0
    again = import_stock(h.coord, h.aid, path, create_items=True)  # remembered for this layout
    assert again.written and _held(h.aid) == {"Savon": 4}


BAD_HEADERS = ["Emplacement", "Qté", "Désignation", "Unité", "DLC", "Taille", "Genre"]


def _broken_rows():
    return [
        ["LOC-A-01-1", "12", "Soap bar", "pcs", None, None, None],             # 5 good
        ["LOC-A-01-1", -3, "Soap bar", "pcs", None, None, None],               # 6 negative
        ["LOC-A-01-1", "douze", "Soap bar", "pcs", None, None, None],          # 7 non-numeric
        ["LOC-A-01-1", 2, "Soap bar", "boîtes", None, None, None],             # 8 unknown unit
        ["LOC-A-01-1", 2, "Red lentils", "kg", "31/02/2027", None, None],      # 9 impossible date
        ["LOC-A-01-1", 2, "Caviar", "pcs", None, None, None],                  # 10 missing item
        ["Cellar", 2, "Soap bar", "pcs", None, None, None],                    # 11 unknown place
        ["LOC-A-01-1", "1,2345", "Red lentils", "kg", "01/02/2027", None, None],  # 12 decimals
        [None, None, None, None, None, None, None],                            # 13 blank
        ["LOC-B-01-1", "2,5", "Red lentils", "KG", "15/03/2027", None, None],  # 14 good
        ["LOC-B-01-1", 3, "jacket", "pcs", None, "l", "H"],                    # 15 good
        ["Sous-total", "=SUM(B4:B14)", None, None, None, None, None],          # 16 total
    ]


EXPECTED = {  # rows as the spreadsheet shows them: two titles, a blank row, the header on 4
    6: ("B", "Qté", "-3 is below zero"),
    7: ("B", "Qté", "'douze' is not a number"),
    8: ("D", "Unité", "unknown unit 'boîtes'"),
    9: ("E", "DLC", "impossible date 31/02/2027"),
    10: ("C", "Désignation", "missing item: Caviar"),
    11: ("A", "Emplacement", "unknown location 'Cellar'"),
    12: ("B", "Qté", "1,2345 has more than three decimals"),
}


def test_every_bad_row_named_and_nothing_written(hangar, tmp_path, capsys, db_url):
    h = hangar
    titles = ["INVENTAIRE", "compté le 31/10"]
    path = make_sheet(tmp_path / "broken.xlsx", BAD_HEADERS, _broken_rows(), titles=titles)
    assert header_row_of(titles) == 4
    result = import_stock(h.coord, h.aid, path)
    assert not result.written
    found = {p.row: (p.column, p.header, p.problem) for p in result.problems}
    assert set(found) == set(EXPECTED)
    for row, (column, header, problem) in EXPECTED.items():
        assert found[row][:2] == (column, header), row
        assert found[row][2].startswith(problem), (row, found[row][2])
    assert (16, "total row") in result.skipped
    assert Movement.select().count() == 0 and Document.select().count() == 0

    code = main(["--db", db_url, "import", "stock", str(path), "--org", "AID"])
    out = capsys.readouterr().out
    assert code == 1
    assert "REFUSED row 9, column E (DLC): impossible date 31/02/2027" in out
    assert "nothing imported: 7 row(s) refused" in out
    assert Movement.select().count() == 0

    code = main(["--db", db_url, "import", "stock", str(path), "--org", "AID", "--dry-run",
                 "--good-rows-only"])
    assert code == 1 and Movement.select().count() == 0
    assert "dry run: 3 row(s) would be imported" in capsys.readouterr().out

    code = main(["--db", db_url, "import", "stock", str(path), "--org", "AID",
                 "--good-rows-only"])
    assert code == 1  # rows were refused, even though the good ones went in
    moved = {(m.item.code, m.quantity, m.location.code)
             for m in Movement.select().where(Movement.owner == h.aid.id)}
    assert moved == {("HYG-SOAP", 12, "LOC-A-01-1"), ("FOOD-LENT", Decimal("2.5"), "LOC-B-01-1"),
                     ("CLO-JKT-M-L", 3, "LOC-B-01-1")}
    lentils = Movement.get(Movement.item == h.lentils)
    assert (lentils.lot.date, lentils.lot.date_kind) == (dt.date(2027, 3, 15), "use_by")


def test_shuffled_english_headers_without_titles(hangar, tmp_path):
    h = hangar
    path = make_sheet(tmp_path / "en.xlsx",
                      ["Notes", "Unit", "Best before", "Quantity", "Item code", "Location"],
                      [["top shelf", "kg", dt.datetime(2027, 5, 1), 7.125, "FOOD-LENT", "LOC-A"],
                       [None, "piece", None, "1 200", "HYG-SOAP", "zone a"]])
    result = import_stock(h.coord, h.aid, path)
    assert result.written, [str(p) for p in result.problems]
    got = {(m.item.code, m.quantity) for m in Movement.select()}
    assert got == {("FOOD-LENT", Decimal("7.125")), ("HYG-SOAP", 1200)}
    lot = Movement.get(Movement.item == h.lentils).lot
    assert (lot.date, lot.date_kind) == (dt.date(2027, 5, 1), "best_before")


def test_two_columns_for_one_field_are_refused(hangar, tmp_path):
    path = make_sheet(tmp_path / "two.xlsx", ["Article", "Qté", "Quantité"], [["Soap bar", 1, 2]])
    with pytest.raises(ValidationError, match=r"columns B \(Qté\) and C \(Quantité\)"):
        import_stock(hangar.coord, hangar.aid, path)


def test_only_coordinators_import_stock_and_cancel_writes_nothing(hangar, tmp_path):
    h = hangar
    rows = [["Soap bar", n + 1, "pcs"] for n in range(1200)]
    path = make_sheet(tmp_path / "long.xlsx", ["Article", "Qté", "Unité"], rows)
    with pytest.raises(PermissionDenied):
        import_stock(h.vol, h.aid, path)

    class Stop:  # any callable will do; a ProgressState is one
        cancelled = False

        def __call__(self, done, total, label):
            self.cancelled = label == "posting"

    with pytest.raises(Cancelled):
        import_stock(h.coord, h.aid, path, progress=Stop())
    assert Movement.select().count() == 0 and Document.select().count() == 0
