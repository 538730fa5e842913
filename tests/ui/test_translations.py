"""English and French: every text of ui/ is in its French catalogue (ui.i18n_catalogues)
and translated there, each .ts is current with the code, and switching language shows
French at once."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n_catalogues

ROOT = Path(__file__).parents[2]
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
    for context, source, translation in (m for ts in i18n_catalogues.ts_files()
                                         for m in _messages(ts)):
        text = (translation.text or "").strip()
        if not text or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} has other placeholders than {text!r}")
    assert not problems, "untranslated or broken:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", sorted(i18n_catalogues.sources()))
def test_each_catalogue_lists_every_text_of_its_code(tmp_path, name):
    """Run lupdate over the catalogue's files into a copy: nothing new may appear
    (else run `make lupdate`)."""
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    files = i18n_catalogues.sources()[name]
    ts = i18n_catalogues.ts_path(name)
    if not files:
        assert not ts.exists(), f"{ts.name} has no source files left: delete it"
        return
    assert ts.exists(), f"{ts.name} is missing: run `make lupdate`"
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run([str(lupdate), *map(str, files), "-ts", str(copy), "-no-obsolete",
                    "-silent"], check=True, capture_output=True)
    before = {(c, s) for c, s, _ in _messages(ts)}
    after = {(c, s) for c, s, _ in _messages(copy)}
    assert after - before == set(), f"texts missing from {ts.name}: run `make lupdate`"
    assert before - after == set(), f"texts gone from the code still in {ts.name}: run `make lupdate`"


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


def test_a_quantity_that_is_not_one_says_why_in_either_language(french_qm, qapp):
    from ui import translation
    from ui.messages import describe
    from warehouse_app import quantities
    from warehouse_app.errors import BadQuantity

    def told(typed: str, field: str = "quantity") -> str:
        with pytest.raises(BadQuantity) as refused:
            quantities.parse(typed, field=field)
        return describe(refused.value)

    translation.set_language("en")
    assert told("douze", "min_level") == (
        "Minimum level: “douze” is not a number. Type a number, like 12 or 2,5.")
    assert told("0,0005", "pack") == ("Pack quantity: 0,0005 has more than three decimals; "
                                      "the hangar counts to the thousandth.")
    translation.set_language("fr")
    try:
        assert told("douze", "min_level") == ("Stock minimum\u00a0: «\u00a0douze\u00a0» n’est "
                                              "pas un nombre. Tapez un nombre, comme 12 ou 2,5.")
        assert told("-3", "repay") == "Quantité à rembourser\u00a0: -3 est en dessous de zéro."
        assert told("") == "Quantité\u00a0: tapez un nombre, comme 12 ou 2,5."
    finally:
        translation.set_language("en")
