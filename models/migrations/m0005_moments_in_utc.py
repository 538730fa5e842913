"""Migration 5: every stored moment becomes UTC (issue 13).

Until version 4 a moment was the writing workstation's wall-clock time without its zone,
so the October hour that repeats stood for two moments and a workstation in another zone
wrote another hangar's times. Those values are read as the hangar's time (the setting
`hangar.time_zone`, else Europe/Paris, where the workstations' clocks stood) and rewritten
in UTC; from now on `models.fields.MomentField` writes UTC. As PostgreSQL reads them, a time
of the hour that autumn repeats is taken as its second pass (winter time), and a time of the
hour that spring skips with the offset before the change. Dates (effective dates, use-by days, months) are days and stay as they are.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peewee import Database, SqliteDatabase

VERSION = 5

DEFAULT_ZONE = "Europe/Paris"

# (table, column) of every moment at version 4, frozen here.
MOMENTS = (
    ("audit_entry", "at"),
    ("item", "created_at"),
    ("product_barcode", "created_at"),
    ("donor", "created_at"),
    ("count_session", "created_at"),
    ("count_session", "submitted_at"),
    ("count_session", "closed_at"),
    ("count_line", "counted_at"),
    ("counted_place", "marked_at"),
    ("recipe", "created_at"),
    ("meal_batch", "cooked_at"),
    ("meal_batch", "use_by"),
    ("temperature_check", "measured_at"),
    ("temperature_check", "started_at"),
    ("temperature_check", "recorded_at"),
    ("corrective_action", "recorded_at"),
    ("organisation", "created_at"),
    ("user", "created_at"),
    ("lot", "created_at"),
    ("document", "created_at"),
    ("box", "created_at"),
    ("movement", "created_at"),
    ("closed_period", "closed_at"),
    ("kit_design", "created_at"),
    ("kit", "created_at"),
)


def hangar_zone_name(db: Database) -> str:
    row = db.execute_sql(
        "SELECT value FROM hangar_setting WHERE key = 'hangar.time_zone'").fetchone()
    name = row[0] if row else DEFAULT_ZONE
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return DEFAULT_ZONE
    return name


def apply(db: Database) -> None:
    name = hangar_zone_name(db)
    if isinstance(db, SqliteDatabase):
        zone = ZoneInfo(name)

        def to_utc(text):
            if text is None:
                return None
            wall = dt.datetime.fromisoformat(text)
            local = wall.replace(tzinfo=zone, fold=1)
            if local.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != wall:
                local = local.replace(fold=0)  # the skipped hour: the offset before it
            return local.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ")

        db.connection().create_function("hangar_local_to_utc", 1, to_utc, deterministic=True)
        for table, column in MOMENTS:
            db.execute_sql(
                f'UPDATE "{table}" SET "{column}" = hangar_local_to_utc("{column}") '
                f'WHERE "{column}" IS NOT NULL')
        return
    for table, column in MOMENTS:
        db.execute_sql(
            f'UPDATE "{table}" SET "{column}" = ("{column}" AT TIME ZONE %s) AT TIME ZONE \'UTC\' '
            f'WHERE "{column}" IS NOT NULL', (name,))
