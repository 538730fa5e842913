"""The hangar's words as a person reads them: roles, actions, things, in the current
language. The core's keys ("kitchen_lead", "receive") never reach the screen raw."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROLE_NAMES = {
    "volunteer": QT_TRANSLATE_NOOP("Vocabulary", "Volunteer"),
    "kitchen_lead": QT_TRANSLATE_NOOP("Vocabulary", "Kitchen lead"),
    "workshop_lead": QT_TRANSLATE_NOOP("Vocabulary", "Workshop lead"),
    "coordinator": QT_TRANSLATE_NOOP("Vocabulary", "Coordinator"),
    "partner": QT_TRANSLATE_NOOP("Vocabulary", "Partner NGO"),
    "admin": QT_TRANSLATE_NOOP("Vocabulary", "Administrator"),
}

# What a refusal says one may not do: "Vera (Volunteer) may not <close a month>".
ACTION_NAMES = {
    "view_stock": QT_TRANSLATE_NOOP("Vocabulary", "see this stock"),
    "export_report": QT_TRANSLATE_NOOP("Vocabulary", "export the report"),
    "receive": QT_TRANSLATE_NOOP("Vocabulary", "receive donations"),
    "move": QT_TRANSLATE_NOOP("Vocabulary", "move stock"),
    "count": QT_TRANSLATE_NOOP("Vocabulary", "count stock"),
    "link_barcode": QT_TRANSLATE_NOOP("Vocabulary", "link a barcode"),
    "create_item": QT_TRANSLATE_NOOP("Vocabulary", "create an item"),
    "distribute": QT_TRANSLATE_NOOP("Vocabulary", "distribute stock"),
    "quarantine": QT_TRANSLATE_NOOP("Vocabulary", "quarantine stock"),
    "record_loss": QT_TRANSLATE_NOOP("Vocabulary", "record a loss"),
    "transfer": QT_TRANSLATE_NOOP("Vocabulary", "transfer stock"),
    "lend": QT_TRANSLATE_NOOP("Vocabulary", "lend stock"),
    "repay": QT_TRANSLATE_NOOP("Vocabulary", "repay a loan"),
    "cook": QT_TRANSLATE_NOOP("Vocabulary", "cook a meal batch"),
    "build_kits": QT_TRANSLATE_NOOP("Vocabulary", "build kits"),
    "undo": QT_TRANSLATE_NOOP("Vocabulary", "undo this"),
    "adjust": QT_TRANSLATE_NOOP("Vocabulary", "adjust stock"),
    "approve_count": QT_TRANSLATE_NOOP("Vocabulary", "approve a count"),
    "close_month": QT_TRANSLATE_NOOP("Vocabulary", "close a month"),
    "reopen_month": QT_TRANSLATE_NOOP("Vocabulary", "reopen a month"),
    "manage_catalogue": QT_TRANSLATE_NOOP("Vocabulary", "change the catalogue"),
    "manage_locations": QT_TRANSLATE_NOOP("Vocabulary", "change the locations"),
    "manage_users": QT_TRANSLATE_NOOP("Vocabulary", "manage people"),
    "view_audit": QT_TRANSLATE_NOOP("Vocabulary", "see the audit trail"),
    "manage_organisations": QT_TRANSLATE_NOOP("Vocabulary", "manage organisations"),
}

THING_NAMES = {
    "item": QT_TRANSLATE_NOOP("Vocabulary", "item"),
    "user": QT_TRANSLATE_NOOP("Vocabulary", "person"),
    "admin user": QT_TRANSLATE_NOOP("Vocabulary", "administrator"),
    "organisation": QT_TRANSLATE_NOOP("Vocabulary", "organisation"),
    "box": QT_TRANSLATE_NOOP("Vocabulary", "box"),
    "location": QT_TRANSLATE_NOOP("Vocabulary", "location"),
    "document": QT_TRANSLATE_NOOP("Vocabulary", "document"),
    "donor": QT_TRANSLATE_NOOP("Vocabulary", "donor"),
    "lot": QT_TRANSLATE_NOOP("Vocabulary", "lot"),
    "category": QT_TRANSLATE_NOOP("Vocabulary", "category"),
    "barcode": QT_TRANSLATE_NOOP("Vocabulary", "barcode"),
}


def _word(table: dict[str, str], key: str | None) -> str:
    if key is None:
        return ""
    source = table.get(key)
    if source is None:
        return key.replace("_", " ")  # a key added to the core since: readable, untranslated
    return QCoreApplication.translate("Vocabulary", source)


def role_name(role: str) -> str:
    return _word(ROLE_NAMES, role)


def action_name(action: str) -> str:
    return _word(ACTION_NAMES, action)


def thing_name(what: str) -> str:
    return _word(THING_NAMES, what)


# Units as a count reads: "1 piece", "24 pieces" (kg and litre read alike in both).
UNIT_NAMES = {
    "piece": (QT_TRANSLATE_NOOP("Vocabulary", "piece"), QT_TRANSLATE_NOOP("Vocabulary", "pieces")),
    "kg": (QT_TRANSLATE_NOOP("Vocabulary", "kg"), QT_TRANSLATE_NOOP("Vocabulary", "kg")),
    "litre": (QT_TRANSLATE_NOOP("Vocabulary", "litre"), QT_TRANSLATE_NOOP("Vocabulary", "litres")),
    "portion": (QT_TRANSLATE_NOOP("Vocabulary", "portion"),
                QT_TRANSLATE_NOOP("Vocabulary", "portions")),
    "kit": (QT_TRANSLATE_NOOP("Vocabulary", "kit"), QT_TRANSLATE_NOOP("Vocabulary", "kits")),
    "pair": (QT_TRANSLATE_NOOP("Vocabulary", "pair"), QT_TRANSLATE_NOOP("Vocabulary", "pairs")),
    "pack": (QT_TRANSLATE_NOOP("Vocabulary", "pack"), QT_TRANSLATE_NOOP("Vocabulary", "packs")),
}

DONOR_TYPE_NAMES = {
    "individual": QT_TRANSLATE_NOOP("Vocabulary", "A person"),
    "company": QT_TRANSLATE_NOOP("Vocabulary", "A company"),
    "collection": QT_TRANSLATE_NOOP("Vocabulary", "A collection drive"),
    "ngo": QT_TRANSLATE_NOOP("Vocabulary", "Another NGO"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

# The fields a refused receipt line or a typed quantity names ("line 3, date: ...").
FIELD_NAMES = {
    "quantity": QT_TRANSLATE_NOOP("Vocabulary", "quantity"),
    "count": QT_TRANSLATE_NOOP("Vocabulary", "count"),
    "weight": QT_TRANSLATE_NOOP("Vocabulary", "weight"),
    "date": QT_TRANSLATE_NOOP("Vocabulary", "date"),
    "date_kind": QT_TRANSLATE_NOOP("Vocabulary", "kind of date"),
    "lot": QT_TRANSLATE_NOOP("Vocabulary", "lot"),
    "condition": QT_TRANSLATE_NOOP("Vocabulary", "condition"),
    "box": QT_TRANSLATE_NOOP("Vocabulary", "box"),
    "location": QT_TRANSLATE_NOOP("Vocabulary", "location"),
    "item": QT_TRANSLATE_NOOP("Vocabulary", "item"),
    "min_level": QT_TRANSLATE_NOOP("Vocabulary", "minimum level"),
    "pack": QT_TRANSLATE_NOOP("Vocabulary", "pack quantity"),
    "repay": QT_TRANSLATE_NOOP("Vocabulary", "quantity to repay"),
}


def unit_name(unit: str, quantity=1) -> str:
    forms = UNIT_NAMES.get(unit)
    if forms is None:
        return unit
    return QCoreApplication.translate("Vocabulary", forms[0 if quantity == 1 else 1])


def donor_type_name(donor_type: str) -> str:
    return _word(DONOR_TYPE_NAMES, donor_type)


def field_name(field: str) -> str:
    return _word(FIELD_NAMES, field)


GENDER_NAMES = {
    "men": QT_TRANSLATE_NOOP("Vocabulary", "men"),
    "women": QT_TRANSLATE_NOOP("Vocabulary", "women"),
    "unisex": QT_TRANSLATE_NOOP("Vocabulary", "unisex"),
    "boys": QT_TRANSLATE_NOOP("Vocabulary", "boys"),
    "girls": QT_TRANSLATE_NOOP("Vocabulary", "girls"),
    "baby": QT_TRANSLATE_NOOP("Vocabulary", "baby"),
}


def gender_name(gender: str | None) -> str:
    return _word(GENDER_NAMES, gender)
