"""The kitchen's words as a person reads them (allergens, holding modes, checks, batch
statuses, loss reasons, use-by rules) and the small formatting the kitchen and trace
screens share. The core's keys ("hot_held", "on_hold") never reach the screen raw."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ui.messages import format_value
from warehouse_app import clock

WORDS = {
    # the 14 allergens of Regulation 1169/2011, Annex II
    "gluten": QT_TRANSLATE_NOOP("KitchenWords", "gluten"),
    "crustaceans": QT_TRANSLATE_NOOP("KitchenWords", "crustaceans"),
    "eggs": QT_TRANSLATE_NOOP("KitchenWords", "eggs"),
    "fish": QT_TRANSLATE_NOOP("KitchenWords", "fish"),
    "peanuts": QT_TRANSLATE_NOOP("KitchenWords", "peanuts"),
    "soybeans": QT_TRANSLATE_NOOP("KitchenWords", "soybeans"),
    "milk": QT_TRANSLATE_NOOP("KitchenWords", "milk"),
    "nuts": QT_TRANSLATE_NOOP("KitchenWords", "nuts"),
    "celery": QT_TRANSLATE_NOOP("KitchenWords", "celery"),
    "mustard": QT_TRANSLATE_NOOP("KitchenWords", "mustard"),
    "sesame": QT_TRANSLATE_NOOP("KitchenWords", "sesame"),
    "sulphites": QT_TRANSLATE_NOOP("KitchenWords", "sulphites"),
    "lupin": QT_TRANSLATE_NOOP("KitchenWords", "lupin"),
    "molluscs": QT_TRANSLATE_NOOP("KitchenWords", "molluscs"),
    # holding modes
    "hot_held": QT_TRANSLATE_NOOP("KitchenWords", "kept hot"),
    "chilled": QT_TRANSLATE_NOOP("KitchenWords", "chilled"),
    "frozen": QT_TRANSLATE_NOOP("KitchenWords", "frozen"),
    # temperature checks
    "core": QT_TRANSLATE_NOOP("KitchenWords", "end of cooking (core)"),
    "cooling": QT_TRANSLATE_NOOP("KitchenWords", "cooling"),
    "chilled_check": QT_TRANSLATE_NOOP("KitchenWords", "chilled storage"),
    "hot_holding": QT_TRANSLATE_NOOP("KitchenWords", "hot holding"),
    # batch statuses
    "awaiting_checks": QT_TRANSLATE_NOOP("KitchenWords", "awaiting checks"),
    "on_hold": QT_TRANSLATE_NOOP("KitchenWords", "ON HOLD"),
    "ready": QT_TRANSLATE_NOOP("KitchenWords", "released"),
    "undone": QT_TRANSLATE_NOOP("KitchenWords", "undone"),
    # loss reasons
    "damaged": QT_TRANSLATE_NOOP("KitchenWords", "damaged"),
    "expired": QT_TRANSLATE_NOOP("KitchenWords", "past its use-by"),
    "spoiled": QT_TRANSLATE_NOOP("KitchenWords", "spoiled"),
    "theft": QT_TRANSLATE_NOOP("KitchenWords", "theft"),
    "other": QT_TRANSLATE_NOOP("KitchenWords", "other"),
    # ingredient bases and use-by rules
    "per_portion": QT_TRANSLATE_NOOP("KitchenWords", "per portion"),
    "per_batch": QT_TRANSLATE_NOOP("KitchenWords", "per batch"),
    "days_after": QT_TRANSLATE_NOOP("KitchenWords", "cooked + days"),
    "hours_after": QT_TRANSLATE_NOOP("KitchenWords", "cooked + hours"),
    "time_of_day": QT_TRANSLATE_NOOP("KitchenWords", "until a time of day"),
}


def word(key: str | None) -> str:
    if not key:
        return ""
    source = WORDS.get(key)
    return QCoreApplication.translate("KitchenWords", source) if source else key


def check_name(kind: str) -> str:
    """A check kind: "chilled" names both a holding mode and a check, worded apart."""
    return word("chilled_check" if kind == "chilled" else kind)


def allergen_list(allergens: tuple[str, ...]) -> str:
    if not allergens:
        return QCoreApplication.translate("KitchenWords", "no declared allergen")
    return ", ".join(word(a) for a in allergens)


def use_by_rule(rule: str, amount: int | None, at: dt.time | None) -> str:
    if rule == "days_after":
        return QCoreApplication.translate("KitchenWords", "cooked + {n} day(s)").format(n=amount)
    if rule == "hours_after":
        return QCoreApplication.translate("KitchenWords", "cooked + {n} hour(s)").format(n=amount)
    return QCoreApplication.translate("KitchenWords", "until {time}").format(time=moment(at))


def reason_text(reason) -> str:
    """A kitchen_desk.HoldReason as a sentence."""
    if reason.failed_at is None:
        return QCoreApplication.translate(
            "KitchenWords", "no {check} temperature recorded yet").format(
            check=check_name(reason.check))
    return QCoreApplication.translate(
        "KitchenWords", "{check} check failed at {time} ({temperature} °C; limit: {rule}), "
        "with no corrective action").format(
        check=check_name(reason.check), time=moment(clock.local(reason.failed_at).time()),
        temperature=amount(reason.temperature), rule=reason.rule)


def status_text(batch) -> tuple[str, str]:
    """What a kitchen_desk.BatchRow's banner says, and its colour (ui.widgets.show_banner)."""
    if batch.undone:
        return word("undone"), "info"
    if not batch.reasons:
        return QCoreApplication.translate(
            "KitchenWords", "Released: labels and dispatch are allowed."), "ok"
    reasons = "; ".join(reason_text(r) for r in batch.reasons)
    return f"{word(batch.status)}: {reasons}", "problem" if batch.status == "on_hold" else "info"


def amount(value: Decimal | int | None) -> str:
    return "" if value is None else format_value(Decimal(value))


def moment(value: dt.datetime | dt.date | dt.time | None) -> str:
    """Dates and times in the current language's short form."""
    if isinstance(value, dt.time):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    return format_value(value)
