"""Where every failed operation ends up: one place that tells the person what happened.

A refusal of the core (HangarError) is an ordinary event in a hangar's day: a short
translated message. Anything else is a bug: logged with its traceback, and shown as
"something unexpected went wrong" with the details folded away for whoever fixes it.
Message boxes are opened, not exec()'d, so nothing here blocks the event loop.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.messages import describe
from warehouse_app.errors import HangarError

log = logging.getLogger("hangar.ui")



def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    if isinstance(error, HangarError):
        log.info("refused: %s (%s)", error, error.code)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Not done"))
        box.setText(describe(error))
    else:
        log.error("unexpected error: %r\n%s", error, details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Unexpected error"))
        box.setText(QCoreApplication.translate("ErrorDialog", "Something unexpected went wrong."))
        box.setInformativeText(QCoreApplication.translate(
            "ErrorDialog",
            "Nothing was half-saved. Please tell the coordinator what you were doing; "
            "the details below help to fix it."))
        box.setDetailedText(details or repr(error))
    box.setObjectName("error_message")
    box.open()
    return box
