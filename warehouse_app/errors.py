"""Typed errors of the core. Each carries the facts (item, owner, quantities...) so
that the CLI can print one clear line and the UI can build a translated message.

`code` is a stable key for translations; `facts` the values to fill in; `str(error)`
is the English sentence.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any


class HangarError(Exception):
    """Base of every refusal the core makes on purpose."""

    code = "error"

    def __init__(self, message: str, **facts: Any):
        super().__init__(message)
        self.message = message
        self.facts = facts


class ValidationError(HangarError):
    """Bad input: names the field (and row, for imports) and the problem."""

    code = "invalid"

    def __init__(self, field: str, problem: str, *, row: int | None = None, **facts: Any):
        where = f"row {row}, " if row is not None else ""
        super().__init__(f"{where}{field}: {problem}", field=field, problem=problem, row=row, **facts)
        self.field, self.problem, self.row = field, problem, row


class BadQuantity(ValidationError):
    """A quantity typed that is not one (warehouse_app.quantities): `typed` as it was,
    `reason` one of "empty", "not_a_number", "negative", "zero", "too_precise"."""

    code = "bad_quantity"
    PROBLEMS = {
        "empty": "type a number",
        "not_a_number": "{typed!r} is not a number",
        "negative": "{typed} is below zero",
        "zero": "{typed} is not more than zero",
        "too_precise": "{typed} has more than three decimals",
    }

    def __init__(self, field: str, typed: str, reason: str, *, row: int | None = None):
        super().__init__(field, self.PROBLEMS[reason].format(typed=typed), row=row,
                         typed=typed, reason=reason)
        self.typed, self.reason = typed, reason


class InvalidLines(ValidationError):
    """Several lines of one document are wrong. All of them are reported at once (a volunteer
    fixes the whole receipt in one go) and nothing was written. `problems` holds
    (line number, field, problem) for each; field/problem/row name the first."""

    code = "invalid_lines"

    def __init__(self, problems: list[tuple[int, str, str]]):
        line, field, problem = problems[0]
        HangarError.__init__(
            self,
            "; ".join(f"line {n}, {f}: {p}" for n, f, p in problems),
            field=field, problem=problem, row=line, problems=list(problems),
        )
        self.field, self.problem, self.row = field, problem, line
        self.problems = list(problems)


class NotFound(HangarError):
    code = "not_found"

    def __init__(self, what: str, key: Any):
        super().__init__(f"no {what} {key!s}", what=what, key=key)
        self.what, self.key = what, key


def by_id(model: Any, key: Any, what: str) -> Any:
    """The row of `model` (a peewee model) with id `key`, or NotFound naming `what`: a
    screen asks by id, and the row may have gone since it was listed."""
    row = model.get_or_none(model.id == key)
    if row is None:
        raise NotFound(what, key)
    return row


class PermissionDenied(HangarError):
    code = "permission"

    def __init__(self, user: str, role: str, action: str, owner: str | None = None):
        tail = f" for {owner}" if owner else ""
        super().__init__(
            f"{user} ({role}) may not {action.replace('_', ' ')}{tail}",
            user=user, role=role, action=action, owner=owner,
        )
        self.action, self.owner = action, owner


class InsufficientStock(HangarError):
    code = "insufficient_stock"

    def __init__(self, item: str, owner: str, available: Decimal, requested: Decimal,
                 unit: str = "", where: str = ""):
        place = f" {where}" if where else ""
        super().__init__(
            f"not enough {item} of {owner}{place}: {available} {unit} there, "
            f"{requested} {unit} asked".replace("  ", " "),
            item=item, owner=owner, available=available, requested=requested, unit=unit,
            where=where,
        )
        self.item, self.owner, self.available, self.requested = item, owner, available, requested


class ExpiredFood(HangarError):
    code = "expired"

    def __init__(self, item: str, lot: str, use_by: dt.date):
        super().__init__(
            f"{item} lot {lot} is past its use-by date {use_by.isoformat()} and cannot be issued",
            item=item, lot=lot, use_by=use_by,
        )


class PeriodClosed(HangarError):
    code = "period_closed"

    def __init__(self, owner: str, month: dt.date):
        super().__init__(
            f"{month:%Y-%m} is closed for {owner}: date the movement in the open month",
            owner=owner, month=month,
        )
        self.owner, self.month = owner, month


class UndoRefused(HangarError):
    code = "undo_refused"


class BadBarcode(HangarError):
    code = "bad_barcode"

    def __init__(self, scanned: str, problem: str):
        super().__init__(f"barcode {scanned!r}: {problem}", scanned=scanned, problem=problem)
        self.scanned, self.problem = scanned, problem


class SignInFailed(HangarError):
    code = "sign_in"


class CountRefused(HangarError):
    """A stock count cannot take this step: names the session, the problem and its facts
    (the line, the person, the status)."""

    code = "count_refused"

    def __init__(self, session: str, problem: str, **facts: Any):
        super().__init__(f"{session}: {problem}", session=session, problem=problem, **facts)
        self.session, self.problem = session, problem
