"""Product barcodes, read without touching the database: GTIN check digits (EAN-13, EAN-8,
UPC-A, GTIN-14) with python-stdnum, and GS1 element strings (GS1-128, DataMatrix) with biip.

Only biip's splitting of a message into (AI, value) pairs is relied on; what the values
mean (dates with day 00, weights in kg with n decimals, check digits) is read here,
because biip's interpretation of them has changed between its versions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from stdnum import ean
from stdnum.exceptions import ValidationError as StdnumValidationError

from warehouse_app import clock
from warehouse_app.errors import BadBarcode

GTIN_LENGTHS = (8, 12, 13, 14)
GTIN_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}

# AIM symbology identifiers that announce a GS1 message (FNC1 in first position):
# GS1-128, GS1 DataMatrix, GS1 QR Code, GS1 DataBar, GS1 DotCode.
GS1_SYMBOLOGIES = ("]C1", "]d2", "]Q3", "]e0", "]J1")
GROUP_SEPARATOR = "\x1d"
# Some scanners and keyboard layouts turn FNC1 into the visible "GS" symbol instead.
_SEPARATOR_LOOKALIKES = ("\u241d",)
# Dates are checked here, with a message a volunteer can act on ("2026-02 has no day 31").
_HRI_START = re.compile(r"^\(\d{2,4}\)")
# A GS1-128 read by a scanner that sends neither symbology identifier nor GS still starts
# with a fixed-length (01)/(02) GTIN or (00) SSCC followed by more data.
_BARE_GS1_START = re.compile(r"^(0[12]\d{14}|00\d{18}).")


def check_digit(payload: str) -> str:
    """The GS1 mod-10 check digit of `payload` (every digit but the last)."""
    return ean.calc_check_digit(payload)


def normalise_gtin(text: str) -> str:
    """The digits of a product barcode whose length and check digit are right.

    Raises BadBarcode naming the problem, so that a volunteer hears "check digit should
    be 7, not 3" rather than a silent "unknown product".
    """
    digits = "".join(text.split())
    if not digits:
        raise BadBarcode(text, "nothing scanned")
    if not digits.isdigit():
        raise BadBarcode(text, "a product barcode has only digits")
    if len(digits) not in GTIN_LENGTHS:
        raise BadBarcode(text, f"{len(digits)} digits: not a known length (8, 12, 13 or 14)")
    expected = check_digit(digits[:-1])
    if expected != digits[-1]:
        raise BadBarcode(text, f"check digit should be {expected}, not {digits[-1]}")
    try:  # stdnum has the last word: it also knows lengths and formats
        return ean.validate(digits)
    except StdnumValidationError as exc:
        raise BadBarcode(text, str(exc)) from None


def canonical_gtin(code: str) -> str:
    """The 14-digit form of an already valid GTIN: UPC-A 036000291452, EAN-13
    0036000291452 and GTIN-14 00036000291452 are one product."""
    return code.zfill(14)


def gtin_forms(code: str) -> tuple[str, ...]:
    """Every way the same valid GTIN may have been stored (8, 12, 13 or 14 digits).

    Looking a scan up by all of them, rather than by one canonical column value, keeps
    rows linked or imported in any of these forms findable.
    """
    full = canonical_gtin(code)
    return tuple(
        full[14 - length:] for length in GTIN_LENGTHS if full[: 14 - length].strip("0") == ""
    )


@dataclass(frozen=True)
class GS1Data:
    """What a GS1 element string tells the intake desk; every field is optional."""

    gtin: str | None = None  # AI 01, else AI 02 (the trade item inside a logistic unit)
    lot: str | None = None  # AI 10
    best_before: dt.date | None = None  # AI 15
    use_by: dt.date | None = None  # AI 17
    count: int | None = None  # AI 37, else AI 30
    net_weight_g: int | None = None  # AI 310n, kg with n decimals
    sscc: str | None = None  # AI 00
    elements: tuple[tuple[str, str], ...] = ()  # every (AI, value), for display

    @property
    def date(self) -> dt.date | None:
        """The date a lot is kept under: use-by wins over best-before."""
        return self.use_by or self.best_before

    @property
    def date_kind(self) -> str | None:
        if self.use_by:
            return "use_by"
        return "best_before" if self.best_before else None


def looks_like_gs1(text: str) -> bool:
    """True when `text` is shaped like a GS1 element string rather than a plain code."""
    text = text.strip()
    if text.startswith(GS1_SYMBOLOGIES) or _HRI_START.match(text):
        return True
    if GROUP_SEPARATOR in text or any(c in text for c in _SEPARATOR_LOOKALIKES):
        return True
    # A bare GTIN is at most 14 digits; (01) + GTIN-14 is 16.
    if text.isdigit() and len(text) > max(GTIN_LENGTHS):
        return True
    return _BARE_GS1_START.match(text) is not None


def parse_gs1(text: str, *, today: dt.date | None = None) -> GS1Data | None:
    """Read a GS1 element string, or return None when `text` is not one.

    Accepts FNC1 sent as GS (0x1d), a leading "]C1"-style symbology identifier, and the
    parenthesised form "(01)...(10)..." typed by hand. `today` fixes the century of
    two-digit years (GS1 rule: from 49 years back to 50 ahead). Raises BadBarcode with
    the problem when the string is GS1-shaped but wrong.
    """
    raw = text.strip()
    if not looks_like_gs1(raw):
        return None
    body = raw
    for lookalike in _SEPARATOR_LOOKALIKES:
        body = body.replace(lookalike, GROUP_SEPARATOR)
    if body.startswith(GS1_SYMBOLOGIES):
        body = body[3:]
    body = body.lstrip(GROUP_SEPARATOR)  # FNC1 in first position, sent as GS by some
    if not body:
        raise BadBarcode(raw, "a GS1 symbol with no data")
    return _interpret(raw, _element_strings(raw, body), today or clock.today())


def _element_strings(raw: str, body: str) -> tuple[tuple[str, str], ...]:
    """(AI, value) pairs, split by biip. biip is imported here, on the first GS1 symbol
    read (on a worker): its table of GS1 prefixes takes a tenth of a second to load,
    which opening the intake screen on the GUI thread paid before."""
    from biip import ParseConfig, ParseError
    from biip.gs1_messages import GS1Message

    config = ParseConfig(gs1_element_strings_verify_date=False)
    try:
        if body.startswith("("):
            message = GS1Message.parse_hri(body, config=config)
        else:
            message = GS1Message.parse(body, config=config)
    except ParseError as exc:
        raise BadBarcode(raw, f"not a readable GS1 element string: {exc}") from None
    return tuple((e.ai.ai, e.value) for e in message.element_strings)


def _interpret(raw: str, elements: tuple[tuple[str, str], ...], today: dt.date) -> GS1Data:
    values = dict(elements)
    gtin_value = values.get("01") or values.get("02")
    gtin = _gtin_in(raw, gtin_value) if gtin_value else None
    sscc = values.get("00")
    if sscc is not None and check_digit(sscc[:-1]) != sscc[-1]:
        raise BadBarcode(raw, f"SSCC check digit should be {check_digit(sscc[:-1])}, not {sscc[-1]}")
    count_value = values.get("37") or values.get("30")
    weight_ai = next((ai for ai, _ in elements if len(ai) == 4 and ai.startswith("310")), None)
    return GS1Data(
        gtin=gtin,
        lot=values.get("10"),
        best_before=_gs1_date(raw, "15", values.get("15"), today),
        use_by=_gs1_date(raw, "17", values.get("17"), today),
        count=int(count_value) if count_value else None,
        net_weight_g=_kilograms_to_grams(raw, weight_ai, values[weight_ai]) if weight_ai else None,
        sscc=sscc,
        elements=elements,
    )


def _gtin_in(raw: str, value: str) -> str:
    try:
        return normalise_gtin(value)
    except BadBarcode as exc:
        raise BadBarcode(raw, f"GTIN {value}: {exc.problem}") from None


def _gs1_date(raw: str, ai: str, value: str | None, today: dt.date) -> dt.date | None:
    """YYMMDD; day 00 means the last day of the month (GS1 General Specifications 7.12)."""
    if value is None:
        return None
    yy, month, day = int(value[0:2]), int(value[2:4]), int(value[4:6])
    year = _century_of(yy, today) + yy
    if not 1 <= month <= 12:
        raise BadBarcode(raw, f"({ai}) {value}: month {month:02d} does not exist")
    last = calendar.monthrange(year, month)[1]
    if day == 0:
        day = last
    if day > last:
        raise BadBarcode(raw, f"({ai}) {value}: {year}-{month:02d} has no day {day}")
    return dt.date(year, month, day)


def _century_of(yy: int, today: dt.date) -> int:
    century = today.year - today.year % 100
    difference = yy - today.year % 100
    if difference >= 51:
        return century - 100
    if difference <= -50:
        return century + 100
    return century


def _kilograms_to_grams(raw: str, ai: str, digits: str) -> int:
    """AI 310n: kilograms with n decimals, read from the digits so no float ever enters.

    With n > 3 the scale is finer than a gram; the hangar weighs in whole grams, so the
    value is rounded half up rather than refused (a refused weight would stop intake).
    """
    decimals = int(ai[3])
    if decimals > 6:
        raise BadBarcode(raw, f"({ai}): {decimals} decimals is not a valid weight")
    scaled = int(digits) * 1000
    divisor = 10**decimals
    return (scaled + divisor // 2) // divisor
