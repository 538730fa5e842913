"""The core's refusals as sentences a volunteer understands, in the current language.

Each `HangarError.code` has a template here; the error's `facts` fill it in. A code
without a template (added to the core since) falls back to the core's English sentence,
which is still clear, and `tests/ui/test_messages.py` lists the codes that need one.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ui.vocabulary import action_name, field_name, role_name, thing_name
from warehouse_app import clock
from warehouse_app.errors import HangarError

TEMPLATES = {
    "invalid": QT_TRANSLATE_NOOP("Messages", "Please check {field}: {problem}."),
    "bad_quantity": QT_TRANSLATE_NOOP("Messages", "Please check {field}: {problem}."),  # by reason
    "invalid_lines": QT_TRANSLATE_NOOP(
        "Messages", "Some lines need checking; nothing was saved. Line {row}, {field}: {problem}."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "No {what} “{key}” was found."),
    "permission": QT_TRANSLATE_NOOP(
        "Messages", "{user} ({role}) may not {action}{for_owner}. Ask a coordinator."),
    "insufficient_stock": QT_TRANSLATE_NOOP(
        "Messages",
        "Not enough {item} of {owner}{where}: {available} {unit} there, {requested} {unit} asked."),
    "expired": QT_TRANSLATE_NOOP(
        "Messages", "{item}, lot {lot}, is past its use-by date ({use_by}): it cannot be issued."),
    "period_closed": QT_TRANSLATE_NOOP(
        "Messages", "{month} is closed for {owner}: date it in the open month."),
    "undo_refused": QT_TRANSLATE_NOOP("Messages", "This cannot be undone: {message}"),
    "bad_barcode": QT_TRANSLATE_NOOP("Messages", "The barcode “{scanned}” cannot be used: {problem}."),
    "sign_in": QT_TRANSLATE_NOOP("Messages", "Sign-in failed: {message}"),
    "not_initialised": QT_TRANSLATE_NOOP("Messages", "There is no Hangar database at {url} yet."),
    "backup": QT_TRANSLATE_NOOP("Messages", "The backup or copy was not made: {message}"),
    "not_empty": QT_TRANSLATE_NOOP("Messages", "This database already holds a hangar: {message}"),
    "batch_on_hold": QT_TRANSLATE_NOOP(
        "Messages", "Meal batch {batch} is on hold: {reasons}. Record the missing check or a corrective action first."),
    "count_refused": QT_TRANSLATE_NOOP("Messages", "Stock count {session}: {problem}."),
}


# BadQuantity says why in its `reason` fact; {field} is the field's name.
QUANTITY_REASONS = {
    "empty": QT_TRANSLATE_NOOP("Messages", "{field}: type a number, like 12 or 2,5."),
    "not_a_number": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{typed}” is not a number. Type a number, like 12 or 2,5."),
    "negative": QT_TRANSLATE_NOOP("Messages", "{field}: {typed} is below zero."),
    "zero": QT_TRANSLATE_NOOP("Messages", "{field}: type a number more than 0."),
    "too_precise": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {typed} has more than three decimals; the hangar counts to the "
        "thousandth."),
}

# A coordinator refused has nobody above but an administrator to ask.
PERMISSION_FOR_COORDINATOR = QT_TRANSLATE_NOOP(
    "Messages", "{user} ({role}) may not {action}{for_owner}. Ask an administrator.")

# SignInFailed says why in its `reason` fact.
SIGN_IN_REASONS = {
    "unknown": QT_TRANSLATE_NOOP("Messages", "This person is not in this hangar's list."),
    "inactive": QT_TRANSLATE_NOOP("Messages", "{user} is no longer active: ask a coordinator."),
    "organisation_inactive": QT_TRANSLATE_NOOP(
        "Messages", "{user}'s organisation no longer works in the hangar."),
    "no_pin": QT_TRANSLATE_NOOP("Messages", "{user} has no PIN yet: ask a coordinator to set one."),
    "pin_missing": QT_TRANSLATE_NOOP("Messages", "Please type your PIN."),
    "wrong_pin": QT_TRANSLATE_NOOP("Messages", "Wrong PIN. Please try again."),
}


def _text(source: str) -> str:
    return QCoreApplication.translate("Messages", source)


def format_value(value: Any) -> str:
    """A fact as a person reads it: 2.500 -> 2.5, dates in the current language's short form."""
    locale = QLocale()
    if isinstance(value, Decimal):
        normal = value.normalize()
        text = format(normal, "f")
        return text.replace(".", locale.decimalPoint()) if "." in text else text
    if isinstance(value, dt.datetime):  # a moment, on the hangar's wall clock
        local = clock.wall(value) if value.tzinfo is not None else value
        return locale.toString(local, QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return locale.toString(value, QLocale.FormatType.ShortFormat)
    if value is None:
        return ""
    return str(value)


def _facts(error: HangarError) -> dict[str, str]:
    facts = {k: format_value(v) for k, v in error.facts.items()}
    facts["message"] = error.message
    raw = error.facts
    if error.code == "permission":
        facts["role"] = role_name(str(raw.get("role", "")))
        facts["action"] = action_name(str(raw.get("action", "")))
        owner = raw.get("owner")
        facts["for_owner"] = _text(QT_TRANSLATE_NOOP("Messages", " for {owner}")).format(
            owner=owner) if owner else ""
    if error.code == "bad_quantity":
        name = field_name(str(raw.get("field", "")))
        facts["field"] = name[:1].upper() + name[1:]
    if error.code == "not_found":
        facts["what"] = thing_name(str(raw.get("what", "")))
    if error.code == "insufficient_stock" and raw.get("where"):
        facts["where"] = " " + str(raw["where"])
    if error.code == "period_closed" and isinstance(raw.get("month"), dt.date):
        facts["month"] = QLocale().toString(raw["month"], "MMMM yyyy")
    return facts


def describe(error: BaseException) -> str:
    """One or two sentences for the person in front of the screen."""
    if not isinstance(error, HangarError):
        return _text(QT_TRANSLATE_NOOP("Messages", "Something unexpected went wrong."))
    template = TEMPLATES.get(error.code)
    if error.code == "permission" and error.facts.get("role") in ("coordinator", "admin"):
        template = PERMISSION_FOR_COORDINATOR
    if error.code == "sign_in" and error.facts.get("reason") in SIGN_IN_REASONS:
        template = SIGN_IN_REASONS[error.facts["reason"]]
    if error.code == "bad_quantity" and error.facts.get("reason") in QUANTITY_REASONS:
        template = QUANTITY_REASONS[error.facts["reason"]]
    if template is None:
        return error.message[:1].upper() + error.message[1:]
    try:
        return _text(template).format(**_facts(error))
    except (KeyError, IndexError, ValueError):
        # A fact missing or a translation with a wrong placeholder: the English is still true.
        return error.message[:1].upper() + error.message[1:]
