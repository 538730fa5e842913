"""English and French: every text of ui/ is in the French .ts and translated there,
the .ts is current with the code, and switching language shows French at once."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
TS = ROOT / "ui" / "i18n" / "hangar_fr.ts"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
        for ctx in root.iter("context") for msg in ctx.iter("message")
    ]


def test_every_text_has_a_finished_french_translation():
    problems = []
    for context, source, translation in _messages(TS):
        text = (translation.text or "").strip()
        if not text or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} has other placeholders than {text!r}")
    assert not problems, "untranslated or broken:\n" + "\n".join(problems)


def test_the_ts_file_lists_every_text_of_the_code(tmp_path):
    """Run lupdate over ui/ into a copy: nothing new may appear (else run `make lupdate`)."""
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / "i18n" / "hangar_fr.ts"
    copy.parent.mkdir()
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"],
                   check=True, capture_output=True)
    before = {(c, s) for c, s, _ in _messages(TS)}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), "texts missing from hangar_fr.ts: run `make lupdate`"


def test_switching_to_french_shows_french_in_the_main_window(qtbot, make_window, db_url,
                                                            pin_hangar, french_qm):
    from ui import translation

    h = pin_hangar
    window = make_window(db_url)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    view = window.sign_in.view
    assert view.welcome.text() == "Welcome to the hangar"
    translation.set_language("fr")
    qtbot.waitUntil(lambda: view.welcome.text() == "Bienvenue au hangar", timeout=2000)
    assert window.person_label.text() == "Personne n'est connecté"
    window.sign_in.pick_organisation(h.aid.id)
    window.sign_in.pick_person(h.vol.id)
    qtbot.waitUntil(lambda: window.ctx.session.signed_in, timeout=5000)
    assert "Bénévole" in window.person_label.text()
    assert window.workspace.nav_buttons["settings"].text() == "Paramètres"
    assert window.workspace.sign_out_button.text() == "Se déconnecter"
    translation.set_language("en")
    qtbot.waitUntil(lambda: window.workspace.sign_out_button.text() == "Sign out", timeout=2000)
    assert window.workspace.nav_buttons["settings"].text() == "Settings"


def test_a_refusal_reads_in_french(french_qm, qapp):
    from ui import translation
    from ui.messages import describe
    from warehouse_app.errors import PermissionDenied, SignInFailed

    translation.set_language("fr")
    text = describe(PermissionDenied("Vera", "volunteer", "close_month", "AID"))
    assert text == ("Vera (Bénévole) n'a pas le droit de clôturer un mois pour AID. "
                    "Demandez à la coordination.")
    assert describe(SignInFailed("wrong PIN for Ada", user="Ada", reason="wrong_pin")) == (
        "Code PIN incorrect. Réessayez.")
