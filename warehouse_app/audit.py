"""Who did what: the documents posted (who, when, what kind, for which owner) and the
audit trail of changes outside the ledger (users, catalogue, reopened months), as one
list, newest first, for coordinators.

Paged like the ledger (stock_ledger.py): a worker reads once the keys of the matching
rows in order (`trail_keys`: an `array('q')`, a document as its id, an audit entry as
minus its id), and the rows of a page of keys are read when shown (`trail_page`).
The benchmark hangar has 200,000 documents; nothing here reads them all as objects.
"""

from __future__ import annotations

import datetime as dt
import heapq
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import JOIN

from models import DOCUMENT_PREFIXES, AuditEntry, Document, Organisation, User, database
from warehouse_app import clock, permissions
from warehouse_app.picking import as_date
from warehouse_app.progress import step

CHANGES = "changes"  # the kind filter "changes outside the ledger" (audit entries only)
FETCH_CHUNK = 20_000


@dataclass(frozen=True)
class TrailFilter:
    user_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    kind: str | None = None  # a document kind, CHANGES, or None for everything
    owner_id: int | None = None  # documents of one owner (changes have no owner)


@dataclass(frozen=True)
class TrailRow:
    key: int  # > 0: a document's id; < 0: minus an audit entry's id
    at: dt.datetime
    who: str
    kind: str  # the document kind, or the audit action ("period.reopen", "user.add"...)
    owner_code: str | None
    code: str  # the document number, or what was changed ("user 12")
    status: str | None  # a document's: "posted" or "reversed"
    day: dt.date | None  # a document's effective date
    detail: str  # a document's reference and note; a change's recorded details (JSON)

    @property
    def is_document(self) -> bool:
        return self.key > 0


@dataclass(frozen=True)
class TrailChoices:
    people: list[tuple[int, str]]  # (user id, "Name (ORG)")
    kinds: list[str]  # document kinds
    owners: list[tuple[int, str, str]]


def trail_choices(actor: User) -> TrailChoices:
    permissions.require(actor, "view_audit")
    people = (User.select(User.id, User.name, Organisation.code)
              .join(Organisation, on=(Organisation.id == User.organisation))
              .order_by(User.name, Organisation.code).tuples())
    owners = [(o.id, o.code, o.name) for o in Organisation.select().order_by(Organisation.code)]
    return TrailChoices([(uid, f"{name} ({org})") for uid, name, org in people],
                        list(DOCUMENT_PREFIXES), owners)


def trail_keys(actor: User, trail_filter: TrailFilter, *, progress=None) -> array:
    """The keys of every row under `trail_filter`, newest first."""
    permissions.require(actor, "view_audit")
    f = trail_filter
    streams = []
    if f.kind != CHANGES:
        docs = Document.select(Document.created_at, Document.id)
        if f.kind is not None:
            docs = docs.where(Document.kind == f.kind)
        if f.owner_id is not None:
            docs = docs.where(Document.owner == f.owner_id)
        if f.user_id is not None:
            docs = docs.where(Document.created_by == f.user_id)
        docs = _between(docs, Document.created_at, f)
        streams.append(_read(docs.order_by(Document.created_at.desc(), Document.id.desc()),
                             1, progress))
    if (f.kind is None or f.kind == CHANGES) and f.owner_id is None:
        changes = AuditEntry.select(AuditEntry.at, AuditEntry.id)
        if f.user_id is not None:
            changes = changes.where(AuditEntry.user == f.user_id)
        changes = _between(changes, AuditEntry.at, f)
        streams.append(_read(changes.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()),
                             -1, progress))
    keys = array("q")
    keys.extend(key for _, key in heapq.merge(*streams, key=lambda r: r[0], reverse=True))
    return keys


def _between(query, column, f: TrailFilter):
    if f.date_from is not None:
        query = query.where(column >= clock.day_start(f.date_from))
    if f.date_to is not None:
        query = query.where(column < clock.day_start(f.date_to + dt.timedelta(days=1)))
    return query


def _read(query, sign: int, progress) -> list[tuple[dt.datetime, int]]:
    """(moment, signed key) rows, in the query's order; moments compared as datetimes
    (SQLite hands them back as text)."""
    rows: list[tuple[dt.datetime, int]] = []
    cursor = database.execute(query)
    while chunk := cursor.fetchmany(FETCH_CHUNK):
        rows.extend((clock.from_db(at), sign * key) for at, key in chunk)
        step(progress, len(rows), 0, "trail")
    return rows


def trail_page(actor: User, keys: Sequence[int]) -> list[TrailRow]:
    """The rows of `keys`, in that order."""
    permissions.require(actor, "view_audit")
    found: dict[int, TrailRow] = {}
    doc_ids = [k for k in keys if k > 0]
    if doc_ids:
        query = (Document.select(Document.id, Document.created_at, User.name, Document.kind,
                                 Organisation.code, Document.code, Document.status,
                                 Document.effective_date, Document.note, Document.reference)
                 .join(User, on=(User.id == Document.created_by))
                 .switch(Document).join(Organisation, on=(Organisation.id == Document.owner))
                 .where(Document.id.in_(doc_ids)))
        for key, at, who, kind, owner, code, status, day, note, reference in (
                database.execute(query).fetchall()):
            detail = " · ".join(x for x in (reference, note) if x)
            found[key] = TrailRow(key, clock.from_db(at), who, kind, owner, code, status,
                                  as_date(day), detail)
    change_ids = [-k for k in keys if k < 0]
    if change_ids:
        query = (AuditEntry.select(AuditEntry.id, AuditEntry.at, User.name, AuditEntry.action,
                                   AuditEntry.entity, AuditEntry.entity_id, AuditEntry.detail)
                 .join(User, JOIN.LEFT_OUTER, on=(User.id == AuditEntry.user))
                 .where(AuditEntry.id.in_(change_ids)))
        for key, at, who, action, entity, entity_id, detail in database.execute(query).fetchall():
            what = f"{entity} {entity_id}" if entity_id else entity
            found[-key] = TrailRow(-key, clock.from_db(at), who or "", action, None, what, None,
                                   None, "" if detail in (None, "{}") else detail)
    return [found[k] for k in keys if k in found]

