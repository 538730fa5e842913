"""The ledger's words as the stock and audit screens show them: kinds of movement and of
document, stock statuses, in the current language. The core's keys never reach a cell raw."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MOVEMENT_KIND_NAMES = {
    "receipt": QT_TRANSLATE_NOOP("StockWords", "received"),
    "opening": QT_TRANSLATE_NOOP("StockWords", "opening balance"),
    "transfer_in": QT_TRANSLATE_NOOP("StockWords", "transfer in"),
    "transfer_out": QT_TRANSLATE_NOOP("StockWords", "transfer out"),
    "loan_in": QT_TRANSLATE_NOOP("StockWords", "loan in"),
    "loan_out": QT_TRANSLATE_NOOP("StockWords", "loan out"),
    "repay_in": QT_TRANSLATE_NOOP("StockWords", "repaid in"),
    "repay_out": QT_TRANSLATE_NOOP("StockWords", "repaid out"),
    "produced": QT_TRANSLATE_NOOP("StockWords", "produced"),
    "consumed": QT_TRANSLATE_NOOP("StockWords", "used in production"),
    "issue": QT_TRANSLATE_NOOP("StockWords", "given out"),
    "loss": QT_TRANSLATE_NOOP("StockWords", "loss"),
    "adjustment": QT_TRANSLATE_NOOP("StockWords", "adjustment"),
    "move_in": QT_TRANSLATE_NOOP("StockWords", "moved in"),
    "move_out": QT_TRANSLATE_NOOP("StockWords", "moved out"),
    "status_in": QT_TRANSLATE_NOOP("StockWords", "status changed (in)"),
    "status_out": QT_TRANSLATE_NOOP("StockWords", "status changed (out)"),
}

DOCUMENT_KIND_NAMES = {
    "receipt": QT_TRANSLATE_NOOP("StockWords", "Donation receipt"),
    "distribution": QT_TRANSLATE_NOOP("StockWords", "Distribution"),
    "transfer": QT_TRANSLATE_NOOP("StockWords", "Transfer"),
    "loan": QT_TRANSLATE_NOOP("StockWords", "Loan"),
    "repayment": QT_TRANSLATE_NOOP("StockWords", "Loan repayment"),
    "move": QT_TRANSLATE_NOOP("StockWords", "Move"),
    "adjustment": QT_TRANSLATE_NOOP("StockWords", "Adjustment"),
    "loss": QT_TRANSLATE_NOOP("StockWords", "Loss report"),
    "count": QT_TRANSLATE_NOOP("StockWords", "Stock count"),
    "opening": QT_TRANSLATE_NOOP("StockWords", "Opening balance"),
    "status": QT_TRANSLATE_NOOP("StockWords", "Quarantine or release"),
    "meal_batch": QT_TRANSLATE_NOOP("StockWords", "Meal batch"),
    "kit_build": QT_TRANSLATE_NOOP("StockWords", "Kit build"),
    "reversal": QT_TRANSLATE_NOOP("StockWords", "Undo"),
}

STATUS_NAMES = {
    "usable": QT_TRANSLATE_NOOP("StockWords", "usable"),
    "quarantine": QT_TRANSLATE_NOOP("StockWords", "quarantine"),
}

BOX_STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("StockWords", "open"),
    "closed": QT_TRANSLATE_NOOP("StockWords", "closed"),
    "empty": QT_TRANSLATE_NOOP("StockWords", "empty"),
    "gone": QT_TRANSLATE_NOOP("StockWords", "gone"),
}


def _word(table: dict[str, str], key: str | None) -> str:
    if not key:
        return ""
    source = table.get(key)
    return QCoreApplication.translate("StockWords", source) if source else key


def movement_kind_name(kind: str | None) -> str:
    return _word(MOVEMENT_KIND_NAMES, kind)


def document_kind_name(kind: str | None) -> str:
    return _word(DOCUMENT_KIND_NAMES, kind)


def status_name(status: str | None) -> str:
    return _word(STATUS_NAMES, status)


def box_status_name(status: str | None) -> str:
    return _word(BOX_STATUS_NAMES, status)
