"""What every screen is given: the session, the workstation's settings, the database
it works on, the scanner and the feedback it gives. Screens hold no globals."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from models.db import sqlite_path
from ui.events import EventBus, bus
from ui.scanner import ScannerFilter, ScannerSettings
from ui.session import Session
from warehouse_app import config


@dataclass
class AppContext:
    db_url: str
    settings: dict = field(default_factory=dict)  # the workstation.json contents
    session: Session = field(default_factory=Session)
    scanner: ScannerFilter | None = None
    events: EventBus = field(default_factory=bus)

    def scanner_settings(self) -> ScannerSettings:
        return ScannerSettings.from_dict(self.settings.get("scanner"))

    def settings_copy(self) -> dict:
        return copy.deepcopy(self.settings)


def safe_url(url: str) -> str:
    """A database URL fit for the status bar: the password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    netloc = f"{parts.username}:***@{host}" if parts.username else f"***@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def display_url(url: str) -> str:
    """What the status bar says: an SQLite file's path, a server URL without its password."""
    if url.startswith("sqlite:"):
        return sqlite_path(url)
    return safe_url(url)


def save_settings(settings: dict, *, progress=None) -> dict:
    """Write the workstation's settings (runs as an operation: it is file work)."""
    config.save_workstation_settings(settings)
    return settings
