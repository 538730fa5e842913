"""The interface language: Hangar's own translations (ui/i18n/<catalogue>_<lang>.qm, one
per part of the app (ui.i18n_catalogues), built by `make translations` from the committed
.ts) plus Qt's (qtbase_<lang>: the buttons of
standard dialogs). Switching installs new translators; Qt then sends every widget a
LanguageChange event and each screen re-reads its texts: no restart needed."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).parent / "i18n"
LANGUAGES = ("en", "fr")  # English is the source language: it needs no file of ours
# Dates, times and numbers as the hangar writes them: 21/11/2026 and 14:05 in English
# too (British usage, as in Calais and Kent), not the US month-first 11/21/26 2:05 PM.
LOCALES = {"en": "en_GB", "fr": "fr_FR"}

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


def current_language() -> str:
    return _current


def qm_path(lang: str) -> Path:
    """The main catalogue's compiled file (the others sit beside it)."""
    return I18N_DIR / f"hangar_{lang}.qm"


def qm_paths(lang: str) -> list[Path]:
    """Every compiled catalogue of `lang`, the main one first."""
    return [qm_path(lang)] + sorted(p for p in I18N_DIR.glob(f"*_{lang}.qm") if p != qm_path(lang))


def set_language(lang: str | None) -> str:
    """Install the translators for `lang` (None: the system's); returns the language set."""
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES[lang]))
    if lang != "en":
        for path in qm_paths(lang):
            ours = QTranslator(app)
            if ours.load(str(path)):
                _installed.append(ours)
            else:
                log.warning("no translation file %s: run 'make translations'", path)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        theirs = QTranslator(app)
        if theirs.load(f"qtbase_{lang}", qt_dir):
            _installed.append(theirs)
    for translator in _installed:
        app.installTranslator(translator)
    _current = lang
    return lang
