"""Quantities as people type them: one reading for every screen, the CLI and the text
cells of the NGOs' sheets.

- The decimal mark is a comma (a French keyboard: 2,5) or a point (2.5).
- Thousands may be grouped by a space (1 200, as French writes it; a no-break or thin
  space too), an apostrophe (1'200, Swiss) or, when both marks are there, by the earlier
  one: 1.200,5 and 1,200.5.
- A single mark is always the decimal one: "1,000" is one, on either keyboard (read as a
  thousand, it would be wrong a thousand times over for everyone who types 0,250 kg).
- Exact to a thousandth, the ledger's unit (models.fields.to_milli): 0.0005 is refused,
  never rounded. Never a float, never NaN or Infinity (which Decimal would accept).

A refusal is a BadQuantity naming the field, what was typed and why (`reason`), which
the window words in the person's language.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from warehouse_app.errors import BadQuantity

MAX_DECIMALS = 3
MAX_DIGITS = 15  # whole digits: a quantity is stored as a 64-bit count of thousandths
_PLAIN = re.compile(r"\d+(?:\.\d+)?|\.\d+")
# 1 200 / 1.200,5 / 1,200,300.5 / 1'200 (Swiss): one group mark throughout, then another
# decimal mark
_GROUPED = re.compile(r"(?P<whole>\d{1,3}(?P<group>[ ,.'\u2019])\d{3}(?:(?P=group)\d{3})*)"
                      r"(?:(?P<mark>[,.])(?P<fraction>\d+))?")


def parse(text: str | None, *, field: str = "quantity", allow_zero: bool = False,
          row: int | None = None) -> Decimal:
    """The quantity typed in `text`, exact, more than zero (or zero too, `allow_zero`).

    Raises BadQuantity with `reason` one of: "empty", "not_a_number", "negative",
    "zero", "too_precise"."""
    typed = " ".join((text or "").split())
    if not typed:
        raise BadQuantity(field, typed, "empty", row=row)
    number = _number(typed, field, row)
    if number < 0:
        raise BadQuantity(field, typed, "negative", row=row)
    if number == 0 and not allow_zero:
        raise BadQuantity(field, typed, "zero", row=row)
    if number.adjusted() >= MAX_DIGITS:  # more than any stock, and past Decimal's precision
        raise BadQuantity(field, typed, "not_a_number", row=row)
    if number != number.quantize(Decimal(1).scaleb(-MAX_DECIMALS)):
        raise BadQuantity(field, typed, "too_precise", row=row)
    return exact(number)


def parse_optional(text: str | None, *, field: str = "quantity", allow_zero: bool = True,
                   row: int | None = None) -> Decimal | None:
    """As parse, but nothing typed is None (a minimum level left blank)."""
    if not (text or "").strip():
        return None
    return parse(text, field=field, allow_zero=allow_zero, row=row)


def from_cell(value: object, *, field: str = "quantity", allow_zero: bool = True,
              row: int | None = None) -> Decimal:
    """A spreadsheet cell's quantity: a number cell as Excel holds it, a text cell as
    parse reads it; a date, a tick box or a formula is not a quantity."""
    if isinstance(value, bool | dt.date) or value is None:
        raise BadQuantity(field, "" if value is None else str(value),
                          "empty" if value is None else "not_a_number", row=row)
    if isinstance(value, float):
        # openpyxl hands numeric cells over as floats; Excel keeps 15 significant digits,
        # so those are what was typed (2.5 stays 2.5, never 2.4999999999999999).
        text = format(value, ".15g") if value == value and abs(value) != float("inf") else "NaN"
    elif isinstance(value, int | Decimal):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        raise BadQuantity(field, repr(value), "not_a_number", row=row)
    return parse(text, field=field, allow_zero=allow_zero, row=row)


def exact(number: Decimal) -> Decimal:
    """2.500 reads 2.5 and 5.000 reads 5 (never 5E+0)."""
    return number.normalize() if number != number.to_integral_value() else Decimal(int(number))


def _number(typed: str, field: str, row: int | None) -> Decimal:
    sign, body = ("-", typed[1:]) if typed[:1] in "-\u2212" else ("", typed.removeprefix("+"))
    body = body.strip()  # parse made every space (no-break, thin) a plain one
    plain = body.replace(",", ".")
    if _PLAIN.fullmatch(plain):
        cleaned = plain
    elif (grouped := _GROUPED.fullmatch(body)) and grouped["mark"] != grouped["group"]:
        cleaned = grouped["whole"].replace(grouped["group"], "")
        if grouped["mark"]:
            cleaned += "." + grouped["fraction"]
    else:
        raise BadQuantity(field, typed, "not_a_number", row=row)
    try:
        return Decimal(sign + cleaned)
    except InvalidOperation:  # the patterns let only digits and one point through
        raise BadQuantity(field, typed, "not_a_number", row=row) from None
