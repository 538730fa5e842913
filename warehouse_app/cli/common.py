"""What every subcommand shares: opening the database, and acting as a user."""

from __future__ import annotations

import argparse

from models import User
from warehouse_app.config import resolve_db_url
from warehouse_app.database import open_database
from warehouse_app.errors import NotFound


def open_db(args: argparse.Namespace, *, create: bool = False):
    return open_database(resolve_db_url(args.db), create=create)


def cli_actor(name: str | None = None) -> User:
    """The user a headless command acts as: --as NAME, else the first active admin."""
    query = User.select().where(User.active == True)  # noqa: E712 - peewee expression
    if name:
        user = query.where(User.name == name).first()
        if user is None:
            raise NotFound("user", name)
        return user
    user = query.where(User.role == "admin").order_by(User.id).first()
    if user is None:
        raise NotFound("admin user", "(create one with 'warehouse-app users add')")
    return user
