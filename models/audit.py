"""Who did what and when, beyond the ledger itself; and hangar-wide settings."""

from __future__ import annotations

from peewee import BigAutoField, CharField, ForeignKeyField, TextField

from models.base import BaseModel, now
from models.fields import MomentField
from models.people import User


class AuditEntry(BaseModel):
    id = BigAutoField()
    at = MomentField(default=now, index=True)
    user = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    action = CharField(max_length=40)  # "period.reopen", "user.add", "item.update" ...
    entity = CharField(max_length=40)
    entity_id = CharField(max_length=40, null=True)
    detail = TextField(default="{}")  # JSON


class HangarSetting(BaseModel):
    """Settings shared by every workstation of the hangar (per-workstation ones live in a file)."""

    key = CharField(max_length=60, primary_key=True)
    value = TextField()
