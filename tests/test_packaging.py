"""The installers' metadata agrees with the project: the AppStream release and the
Windows installer carry pyproject's version, the desktop entry launches the program the
spec builds, and both pass their validators when these are installed."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
METAINFO = PACKAGING / "linux" / "org.hangar.Hangar.metainfo.xml"
DESKTOP = PACKAGING / "linux" / "org.hangar.Hangar.desktop"


def test_appstream_metadata_names_the_desktop_entry_and_this_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.hangar.Hangar"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == PROJECT["license"]
    assert root.find("releases/release").get("version") == PROJECT["version"]
    assert root.findtext("provides/binary") == PROJECT["name"]


def test_desktop_entry_launches_hangar_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == PROJECT["name"] and section["Icon"] == "org.hangar.Hangar"
    assert section["Terminal"] == "false"
    for size in (16, 32, 48, 256):
        assert (PACKAGING / "icons" / f"hangar-{size}.png").is_file()


def test_windows_installer_carries_this_version_and_keeps_the_data():
    script = (PACKAGING / "windows" / "hangar.iss").read_text(encoding="utf-8")
    assert re.search(rf'#define AppVersion "{re.escape(PROJECT["version"])}"', script)
    assert "PrivilegesRequired=lowest" in script  # per user, no administrator
    assert "[UninstallDelete]" not in script  # the hangar's data outlives the program


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_is_valid():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                          text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_appstream_metadata_is_valid():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_bundle_tests_skip_without_a_bundle_unless_it_is_required(tmp_path):
    """`make bundle-test` must never pass by skipping: HANGAR_BUNDLE_REQUIRED=1 fails it."""
    env = {**os.environ, "HANGAR_BUNDLE_DIR": str(tmp_path / "no-bundle")}
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
            "tests/test_bundle.py", "-k", "version"]
    plain = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=120)
    assert plain.returncode == 0 and "1 skipped" in plain.stdout, plain.stdout
    required = subprocess.run(argv, cwd=ROOT, env={**env, "HANGAR_BUNDLE_REQUIRED": "1"},
                              capture_output=True, text=True, timeout=120)
    assert required.returncode != 0 and "no bundle at" in required.stdout, required.stdout
