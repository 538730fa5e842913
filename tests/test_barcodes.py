"""Product barcodes without a database: check digits and GS1 element strings."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warehouse_app.barcodes import (
    canonical_gtin,
    check_digit,
    gtin_forms,
    looks_like_gs1,
    normalise_gtin,
    parse_gs1,
)
from warehouse_app.errors import BadBarcode

TODAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize("code", ["4006381333931", "96385074", "036000291452", "00012345600012"])
def test_real_product_barcodes_are_accepted(code):
    assert normalise_gtin(code) == code


def test_spaces_typed_between_digits_are_ignored():
    assert normalise_gtin(" 4006381 333931 ") == "4006381333931"


@pytest.mark.parametrize("scanned, problem", [
    ("4006381333932", "check digit should be 1, not 2"),
    ("036000291453", "check digit should be 2, not 3"),
    ("12345678901", "11 digits: not a known length"),
    ("4006-381333931", "only digits"),
    ("", "nothing scanned"),
])
def test_bad_barcodes_are_refused_naming_the_problem(scanned, problem):
    with pytest.raises(BadBarcode) as err:
        normalise_gtin(scanned)
    assert problem in err.value.problem
    assert err.value.scanned == scanned


ean13_payloads = st.text(alphabet="0123456789", min_size=12, max_size=12)


@given(ean13_payloads)
def test_every_ean13_with_its_computed_check_digit_is_accepted(payload):
    code = payload + check_digit(payload)
    assert normalise_gtin(code) == code


@given(ean13_payloads, st.integers(0, 12), st.integers(1, 9))
def test_changing_one_digit_of_an_ean13_is_refused(payload, position, shift):
    code = payload + check_digit(payload)
    wrong = str((int(code[position]) + shift) % 10)
    changed = code[:position] + wrong + code[position + 1:]
    with pytest.raises(BadBarcode, match="check digit"):
        normalise_gtin(changed)


def test_upc_a_ean13_and_gtin14_forms_are_one_product():
    upc = "036000291452"
    assert canonical_gtin(upc) == canonical_gtin("0" + upc) == "00036000291452"
    assert set(gtin_forms(upc)) == {upc, "0" + upc, "00" + upc}
    assert gtin_forms("4006381333931") == ("4006381333931", "04006381333931")


def test_gs1_128_with_group_separators():
    data = parse_gs1("0107032069804988\x1d10L2291\x1d17260700\x1d3710", today=TODAY)
    assert data.gtin == "07032069804988"
    assert data.lot == "L2291"
    assert data.use_by == dt.date(2026, 7, 31)  # day 00: the last day of the month
    assert data.date == data.use_by and data.date_kind == "use_by"
    assert data.count == 10


def test_gs1_128_with_symbology_identifier_and_weight():
    data = parse_gs1("]C1010703206980498815260228\x1d3103012500\x1d10B-42", today=TODAY)
    assert data.gtin == "07032069804988"
    assert data.best_before == dt.date(2026, 2, 28) and data.date_kind == "best_before"
    assert data.net_weight_g == 12500  # 012.500 kg
    assert data.lot == "B-42"


@pytest.mark.parametrize("ai, digits, grams", [
    ("3100", "000012", 12000), ("3101", "000125", 12500), ("3102", "001234", 12340),
    ("3103", "001234", 1234), ("3105", "123456", 1235),
])
def test_net_weight_is_read_from_the_digits(ai, digits, grams):
    data = parse_gs1(f"(01)07032069804988({ai}){digits}", today=TODAY)
    assert data.net_weight_g == grams and isinstance(data.net_weight_g, int)


def test_parenthesised_form_typed_by_hand():
    data = parse_gs1("(01) 07032069804988 (15) 240200 (10) 0329", today=TODAY)
    assert data.gtin == "07032069804988"
    assert data.best_before == dt.date(2024, 2, 29)  # leap year, day 00
    assert data.lot == "0329"


def test_logistic_unit_with_sscc_and_contained_gtin():
    data = parse_gs1("]C100106141411234567897\x1d0200012345600012\x1d37120", today=TODAY)
    assert data.sscc == "106141411234567897"
    assert data.gtin == "00012345600012" and data.count == 120


def test_lot_last_without_any_separator_is_still_gs1():
    data = parse_gs1("010703206980498810ABC123", today=TODAY)
    assert data.gtin == "07032069804988" and data.lot == "ABC123"


def test_two_digit_years_follow_the_gs1_century_rule():
    assert parse_gs1("(01)07032069804988(17)750101", today=TODAY).use_by.year == 2075
    assert parse_gs1("(01)07032069804988(17)770101", today=TODAY).use_by.year == 1977


@pytest.mark.parametrize("text, problem", [
    ("0107032069804980\x1d10X", "check digit should be 8, not 0"),
    ("(01)07032069804988(17)261301", "GS1 AI (17)"),  # biip's pattern refuses month 13
    ("(01)07032069804988(17)260231", "no day 31"),
    ("(00)106141411234567890", "SSCC check digit should be 7, not 0"),
    ("]C1", "no data"),
    ("(01)0703206980", "not a readable GS1"),
])
def test_invalid_gs1_is_refused_with_the_problem(text, problem):
    with pytest.raises(BadBarcode) as err:
        parse_gs1(text, today=TODAY)
    assert problem in err.value.problem


@pytest.mark.parametrize("text", ["4006381333931", "BOX-004217", "LOC-A-01-1", "L2291", "96385074"])
def test_plain_codes_are_not_gs1(text):
    assert not looks_like_gs1(text)
    assert parse_gs1(text) is None
