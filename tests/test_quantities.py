"""One reading of a typed quantity (warehouse_app.quantities), for every screen, the CLI
and the text cells of the NGOs' sheets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warehouse_app import quantities
from warehouse_app.errors import BadQuantity, ValidationError


@pytest.mark.parametrize(("typed", "read"), [
    ("12", "12"), (" 7 ", "7"), ("+3", "3"), (".5", "0.5"),
    ("2,5", "2.5"), ("2.5", "2.5"), ("0,250", "0.25"),  # a French keyboard, an English one
    ("1,000", "1"),  # one mark is always the decimal mark, on either keyboard
    ("1 200", "1200"), ("1\u00a0200,5", "1200.5"), ("1\u202f200", "1200"),  # French grouping
    ("1.200,5", "1200.5"), ("1,200.5", "1200.5"), ("1,200,300.5", "1200300.5"),
    ("1'200", "1200"), ("١٢", "12"),  # Arabic-Indic digits are digits
])
def test_what_people_type_reads_as_the_quantity_they_mean(typed, read):
    assert quantities.parse(typed) == Decimal(read)
    assert str(quantities.parse(typed)) == read  # 2.50 reads 2.5, 5.000 reads 5


@pytest.mark.parametrize(("typed", "reason"), [
    ("", "empty"), ("   ", "empty"), (None, "empty"),
    ("abc", "not_a_number"), ("NaN", "not_a_number"), ("Infinity", "not_a_number"),
    ("1e3", "not_a_number"), ("0x10", "not_a_number"), ("2,", "not_a_number"),
    ("1 2", "not_a_number"),  # a space only groups thousands
    ("1.200.5", "not_a_number"), ("1,200,5", "not_a_number"), ("1,200.300.5", "not_a_number"),
    ("1,200.300,5", "not_a_number"), ("½", "not_a_number"), ("9" * 40, "not_a_number"),
    ("-2", "negative"), ("\u22122", "negative"), ("0", "zero"), ("0,000", "zero"),
    ("0.0005", "too_precise"), ("1,2345", "too_precise"),
])
def test_what_is_not_a_quantity_is_refused_with_the_reason(typed, reason):
    with pytest.raises(BadQuantity) as refused:
        quantities.parse(typed, field="pack", row=4)
    error = refused.value
    assert (error.reason, error.field, error.row, error.code) == (reason, "pack", 4,
                                                                  "bad_quantity")
    assert isinstance(error, ValidationError)  # every path that reports bad input shows it
    assert str(error).startswith("row 4, pack: ")


def test_zero_is_a_count_where_zero_is_allowed_and_blank_may_mean_none():
    assert quantities.parse("0", allow_zero=True) == 0
    assert quantities.parse_optional("  ") is None
    assert quantities.parse_optional("2,5") == Decimal("2.5")
    with pytest.raises(BadQuantity):
        quantities.parse_optional("-1")


@pytest.mark.parametrize(("cell", "read"), [
    (12, "12"), (2.5, "2.5"), (0.1 + 0.2, "0.3"), (Decimal("1.250"), "1.25"), ("2,5", "2.5"),
])
def test_a_sheets_cell_reads_as_excel_holds_it(cell, read):
    assert quantities.from_cell(cell) == Decimal(read)


@pytest.mark.parametrize("cell", [True, dt.date(2026, 12, 8), float("nan"), float("inf"),
                                  object()])
def test_a_cell_that_is_no_quantity_is_refused(cell):
    with pytest.raises(BadQuantity):
        quantities.from_cell(cell)


thousandths = st.integers(min_value=1, max_value=10**12).map(lambda n: Decimal(n).scaleb(-3))


def _french(number: Decimal) -> str:
    whole, _, fraction = f"{number:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    return grouped + ("," + fraction if fraction else "")


@given(thousandths)
def test_any_quantity_written_either_way_reads_back_exactly(number):
    english = f"{number:,f}"  # 1,234,567.125
    for written in (f"{number:f}", f"{number:f}".replace(".", ","), _french(number)):
        assert quantities.parse(written) == number
    if "." in english or number < 1000:
        assert quantities.parse(english) == number
