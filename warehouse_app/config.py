"""Where Hangar keeps its data, and which database it opens.

The database URL comes from `--db`, else `WAREHOUSE_DB_URL`, else the workstation's
settings file, else a SQLite file in the user's data folder (platformdirs). Data
never lives inside the program's own folder, so an upgrade cannot lose it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs

from models.db import sqlite_url

APP_NAME = "Hangar"
APP_AUTHOR = "Hangar"
ENV_DB_URL = "WAREHOUSE_DB_URL"
ENV_DATA_DIR = "HANGAR_DATA_DIR"  # tests and portable installs point this elsewhere


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_path() -> Path:
    return data_dir() / "workstation.json"


def load_workstation_settings() -> dict:
    path = settings_path()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_workstation_settings(settings: dict) -> None:
    path = settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)  # atomic: a power cut leaves the old file or the new one


def default_sqlite_path() -> Path:
    return data_dir() / "hangar.db"


def resolve_db_url(cli_url: str | None = None) -> str:
    if cli_url:
        return cli_url
    if os.environ.get(ENV_DB_URL):
        return os.environ[ENV_DB_URL]
    saved = load_workstation_settings().get("database_url")
    if saved:
        return saved
    return sqlite_url(default_sqlite_path())
