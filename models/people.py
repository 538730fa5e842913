"""Organisations sharing the hangar, and the people who sign in."""

from __future__ import annotations

from peewee import BooleanField, CharField, ForeignKeyField

from models.base import BaseModel, now
from models.fields import MomentField

ROLES = ("volunteer", "kitchen_lead", "workshop_lead", "coordinator", "partner", "admin")
# Roles that must give a PIN to sign in; a volunteer on the intake desk picks a name.
PIN_ROLES = frozenset(ROLES) - {"volunteer"}


class Organisation(BaseModel):
    code = CharField(max_length=16, unique=True)
    name = CharField(max_length=120)
    colour = CharField(max_length=7, default="#555555")  # "#RRGGBB", printed on box labels
    active = BooleanField(default=True)
    created_at = MomentField(default=now)

    def __str__(self) -> str:
        return self.code


class User(BaseModel):
    name = CharField(max_length=80)
    organisation = ForeignKeyField(Organisation, backref="users", on_delete="RESTRICT")
    role = CharField(max_length=16)
    pin_hash = CharField(max_length=200, null=True)  # argon2; None for volunteers
    active = BooleanField(default=True)
    created_at = MomentField(default=now)

    class Meta:
        indexes = ((("organisation", "name"), True),)

    def __str__(self) -> str:
        return self.name
