"""SQLite URLs on every platform: a Windows path keeps its drive letter."""

from __future__ import annotations

from pathlib import PureWindowsPath

import pytest

from models.db import make_database, sqlite_path, sqlite_url


@pytest.mark.parametrize(("url", "path"), [
    ("sqlite:///home/ada/hangar.db", "/home/ada/hangar.db"),
    ("sqlite:///C:/Users/Ada/AppData/Local/Hangar/hangar.db",
     "C:/Users/Ada/AppData/Local/Hangar/hangar.db"),
    ("sqlite:///c:/hangar%20data/hangar.db", "c:/hangar data/hangar.db"),
    ("sqlite:///:memory:", ":memory:"),
    ("sqlite://relative/hangar.db", "relative/hangar.db"),
])
def test_the_file_of_an_sqlite_url(url, path):
    assert sqlite_path(url) == path


def test_a_windows_path_makes_a_url_whose_file_is_that_path(monkeypatch):
    # what sqlite_url does with a Windows path, shown on any platform
    windows = PureWindowsPath(r"C:\Users\Ada\AppData\Local\Hangar\hangar.db")
    url = "sqlite:///" + windows.as_posix().lstrip("/")
    assert url == "sqlite:///C:/Users/Ada/AppData/Local/Hangar/hangar.db"
    assert PureWindowsPath(sqlite_path(url)) == windows


def test_a_local_url_round_trips(tmp_path):
    target = tmp_path / "sub dir" / "hangar.db"
    url = sqlite_url(target)
    assert sqlite_path(url) == str(target)
    database = make_database(url)
    assert database.database == str(target)
    assert target.parent.is_dir()
