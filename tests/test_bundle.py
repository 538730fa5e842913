"""The bundled program (dist/hangar, `make bundle`) run as a volunteer's machine runs it:
the command line and the window from the one executable, its data in the user's data
folder and never inside the program's folder, a newer database refused in one clear line.

Skipped when no bundle was built (plain `pytest`); `make bundle-test` sets
HANGAR_BUNDLE_REQUIRED=1, which turns that skip into a failure. HANGAR_BUNDLE_DIR points
the tests at another copy of the folder (an unpacked archive, say).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.conftest import create_pg_database, drop_pg_database, pg_available, pg_url_for

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = Path(os.environ.get("HANGAR_BUNDLE_DIR") or ROOT / "dist" / "hangar")
PROGRAM = BUNDLE / ("hangar.exe" if sys.platform == "win32" else "hangar")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(scope="module", autouse=True)
def bundle_built():
    if not PROGRAM.exists():
        why = f"no bundle at {BUNDLE}: build it with 'make bundle'"
        if os.environ.get("HANGAR_BUNDLE_REQUIRED") == "1":
            pytest.fail(why)
        pytest.skip(why)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "user-data"


def run(data_dir: Path, *argv: str, db_url: str | None = None, timeout: float = 300
        ) -> subprocess.CompletedProcess:
    """The bundled program, offscreen, with its own data folder; outside the source tree so
    that nothing can be imported from it by accident."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAREHOUSE_DB_URL", "PYTHONPATH")}
    env.update(HANGAR_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    if db_url:
        env["WAREHOUSE_DB_URL"] = db_url
    return subprocess.run([str(PROGRAM), *argv], capture_output=True, text=True, env=env,
                          cwd=data_dir.parent, timeout=timeout)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def test_version_is_the_projects(data_dir):
    done = run(data_dir, "--version", timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Hangar {VERSION}"


def test_demo_hangar_lives_in_the_data_folder_and_checks_clean(data_dir):
    before = snapshot(BUNDLE)
    done = run(data_dir, "init", "--demo")
    assert done.returncode == 0, done.stderr
    assert "demo hangar ready" in done.stdout
    assert (data_dir / "hangar.db").is_file()  # the default database, under HANGAR_DATA_DIR
    done = run(data_dir, "check")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: ")
    done = run(data_dir, "stock", "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "owner,item_code,item_name,unit,quantity"
    assert snapshot(BUNDLE) == before, "the program wrote into its own folder"


def test_a_database_from_a_newer_hangar_is_refused_in_one_line(data_dir, tmp_path):
    """Here the database is chosen by WAREHOUSE_DB_URL, as a workstation's may be."""
    elsewhere = tmp_path / "shared" / "hangar.db"
    url = f"sqlite:///{elsewhere}"
    assert run(data_dir, "init", db_url=url).returncode == 0
    assert elsewhere.is_file() and not (data_dir / "hangar.db").exists()
    with sqlite3.connect(elsewhere) as conn:
        conn.execute("UPDATE schema_version SET version = 999")
    done = run(data_dir, "check", db_url=url)
    assert done.returncode == 1
    assert done.stderr.startswith("error: this database is at schema version 999")
    assert "install the newer Hangar" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_the_window_opens(data_dir):
    """Qt's plugins and Hangar's translations made it into the bundle: the window gets
    to its sign-in page (app.run logs when it is usable)."""
    assert run(data_dir, "init", "--demo").returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "WAREHOUSE_DB_URL"}
    env.update(HANGAR_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    window = subprocess.Popen([str(PROGRAM)], stderr=subprocess.PIPE, text=True, env=env,
                              cwd=data_dir.parent)
    try:
        deadline = time.monotonic() + 120
        lines = []
        while time.monotonic() < deadline:
            line = window.stderr.readline()
            if not line:
                break  # the program ended: it should not have
            lines.append(line)
            if "window usable after" in line:
                break
        assert any("window usable after" in line for line in lines), "".join(lines)
        assert not any("Traceback" in line for line in lines), "".join(lines)
    finally:
        window.terminate()
        window.wait(30)


def test_the_qt_parts_screens_load_by_name_are_there_and_the_unused_ones_are_not():
    """The dashboard imports QtCharts only when first shown, so PyInstaller cannot see it:
    the spec names it. Qt Quick and the web engine are left out (their size, for nothing)."""
    qt = BUNDLE / "_internal" / "PySide6"
    assert list(qt.glob("QtCharts.*")) and list(qt.glob("QtMultimedia.*"))
    assert not list(qt.glob("QtWebEngine*")) and not list(qt.rglob("libQt6Quick.*"))
    assert list((BUNDLE / "_internal" / "ui" / "i18n").glob("*_fr.qm"))


def test_every_module_found_by_name_at_run_time_is_in_the_bundle():
    """Screens (ui.nav), CLI commands and migrations are imported by name, which PyInstaller
    cannot follow: each one written in this tree must be inside the bundled program."""
    readers = pytest.importorskip("PyInstaller.archive.readers")
    from models import migrations
    from ui import nav
    from warehouse_app.cli import COMMAND_MODULES

    program = readers.CArchiveReader(str(PROGRAM))
    bundled = program.open_embedded_archive("PYZ.pyz").toc
    wanted = [spec.factory.split(":")[0] for spec in nav.SCREENS if spec.capability_exists()]
    wanted += [*COMMAND_MODULES, *(f"models.migrations.{step.name}" for step in migrations.STEPS)]
    missing = [name for name in wanted if name not in bundled]
    assert not missing, f"not in the bundle (an old one? run 'make bundle'): {missing}"


@pytest.mark.skipif(not pg_available(), reason="no PostgreSQL server on this machine")
def test_the_bundle_speaks_to_postgresql(data_dir, tmp_path):
    """psycopg's compiled half is loaded by name: the bundle must carry it. A demo hangar
    copied from SQLite into PostgreSQL checks clean with the same stock."""
    assert run(data_dir, "init", "--demo").returncode == 0
    name = create_pg_database()
    try:
        url = pg_url_for(name)
        sqlite_db = f"sqlite:///{data_dir / 'hangar.db'}"
        done = run(data_dir, "copy-db", "--from", sqlite_db, "--to", url)
        assert done.returncode == 0, done.stderr
        stock = [run(data_dir, "--db", u, "stock", "--format", "csv") for u in (sqlite_db, url)]
        assert all(s.returncode == 0 for s in stock), [s.stderr for s in stock]
        assert stock[0].stdout == stock[1].stdout
        done = run(data_dir, "--db", url, "check")
        assert done.returncode == 0 and done.stdout.startswith("ok: "), done.stderr
    finally:
        drop_pg_database(name)


def test_linux_install_and_uninstall_for_one_person(tmp_path, data_dir):
    """packaging/linux/install.sh from the bundle: the program, the menu entry and the
    icons under ~/.local; uninstalling takes them away and leaves the hangar's data."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux installer")
    home, prefix = tmp_path / "home", tmp_path / "home" / ".local"
    env = {**os.environ, "HOME": str(home), "PREFIX": str(prefix)}
    assert run(data_dir, "init").returncode == 0
    done = subprocess.run(["sh", str(BUNDLE / "install.sh")], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"Hangar {VERSION} is installed" in done.stdout
    program = prefix / "bin" / "hangar"
    assert run(data_dir, "--version", timeout=60).stdout.strip() == f"Hangar {VERSION}"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True,
                             timeout=60)
    assert version.stdout.strip() == f"Hangar {VERSION}"
    desktop = (prefix / "share" / "applications" / "org.hangar.Hangar.desktop").read_text()
    assert f"Exec={prefix / 'lib' / 'hangar' / 'hangar'}\n" in desktop
    assert (prefix / "share/icons/hicolor/48x48/apps/org.hangar.Hangar.png").is_file()
    assert (prefix / "share/metainfo/org.hangar.Hangar.metainfo.xml").is_file()
    done = subprocess.run(["sh", str(prefix / "lib" / "hangar" / "install.sh"), "--uninstall"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not (prefix / "lib" / "hangar").exists() and not program.exists()
    assert not (prefix / "share" / "applications" / "org.hangar.Hangar.desktop").exists()
    assert (data_dir / "hangar.db").is_file()  # the hangar's data is not the program's
