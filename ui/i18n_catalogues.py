"""Which translation catalogue holds the texts of which part of ui/.

The French texts live in several .ts files (ui/i18n/<catalogue>_fr.ts), one per part of
the app, so that work on the kitchen screens and work on administration never edit the
same file. Every .py file of ui/ belongs to exactly one catalogue: the first whose
patterns match it, else "hangar". Qt loads every compiled catalogue of the language
(ui.translation), so where a text lives changes nothing for the person using the app.

`python -m ui.i18n_catalogues [name ...]` runs lupdate for the named catalogues (all of
them by default). A text new to a catalogue, or moved there from another, takes the
translation it already has elsewhere, so moving code between files loses no French.
No Qt import here: the tests and the Makefile read this file.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "ui" / "i18n"
DEFAULT = "hangar"
LANGUAGES = ("fr",)

# catalogue -> patterns of ui/ source paths (relative to the project root)
CATALOGUES: dict[str, tuple[str, ...]] = {
    "stock": ("ui/screens/stock/*.py", "ui/screens/audit/*.py"),
    "goods_out": ("ui/screens/goods_out/*.py",),
    "dashboard": ("ui/screens/dashboard/*.py",),
    "admin": ("ui/screens/admin/*.py",),
    "production": ("ui/screens/kitchen/*.py", "ui/screens/workshop/*.py",
                   "ui/screens/trace/*.py"),
    "counts": ("ui/screens/counts/*.py",),
    "help": ("ui/help*.py",),
}


def catalogue_of(path: Path) -> str:
    relative = path.resolve().relative_to(ROOT).as_posix()
    for name, patterns in CATALOGUES.items():
        if any(fnmatch(relative, pattern) for pattern in patterns):
            return name
    return DEFAULT


def sources() -> dict[str, list[Path]]:
    """Every catalogue with its source files (a catalogue may have none yet)."""
    found: dict[str, list[Path]] = {name: [] for name in (DEFAULT, *CATALOGUES)}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        found[catalogue_of(path)].append(path)
    return found


def ts_path(name: str, lang: str = "fr") -> Path:
    return I18N_DIR / f"{name}_{lang}.ts"


def ts_files(lang: str = "fr") -> list[Path]:
    return sorted(I18N_DIR.glob(f"*_{lang}.ts"))


def finished(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for the finished messages of a .ts file."""
    if not path.exists():
        return {}
    done = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and (tr.text or "").strip() and tr.get("type") is None:
                done[(ctx.findtext("name"), msg.findtext("source"))] = tr.text
    return done


def fill_from(path: Path, known: dict[tuple[str, str], str]) -> int:
    """Give each unfinished message of `path` the translation known elsewhere."""
    tree = ET.parse(path)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            key = (ctx.findtext("name"), msg.findtext("source"))
            if tr is not None and tr.get("type") == "unfinished" and key in known:
                tr.text = known[key]
                del tr.attrib["type"]
                filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def lupdate(names: list[str] | None = None, lang: str = "fr") -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    known: dict[tuple[str, str], str] = {}
    for path in ts_files(lang):
        known.update(finished(path))
    everything = sources()
    # the default catalogue last: texts moved out of it are taken before it drops them
    order = [n for n in everything if n != DEFAULT] + [DEFAULT]
    for name in order:
        files = everything[name]
        if (names and name not in names) or not files:
            continue
        target = ts_path(name, lang)
        command = [str(tool), *map(str, files), "-ts", str(target), "-no-obsolete", "-silent"]
        subprocess.run(command, check=True)
        filled = fill_from(target, known)
        if filled:  # once more, so the file keeps lupdate's own layout (small diffs)
            subprocess.run(command, check=True)
        print(f"{target.relative_to(ROOT)}: {len(files)} files"
              + (f", {filled} translations taken from other catalogues" if filled else ""))


if __name__ == "__main__":
    lupdate(sys.argv[1:] or None)
