"""Undo of a posted document: a reversal into the open month, with its permission rule.

Whoever posted a document may undo it the same day (the intake desk's "undo the last
scan"); a coordinator or admin may undo any document at any time. The ledger posts the
mirror image and refuses where later movements took the goods; here we add what the
ledger cannot know: that a loan with repayments must have them undone first, that
boxes which were moved or changed hands go back to their former place and owner, and
that the count session a stock count document (CNT) approved is no longer approved.
"""

from __future__ import annotations

import datetime as dt

from models import Balance, Box, CountSession, Document, Movement, User
from models.db import write_transaction
from warehouse_app import clock, ledger, permissions
from warehouse_app.counts.positions import scope_of
from warehouse_app.errors import PermissionDenied, UndoRefused, ValidationError

# The reversal's movements carry the reason, in a column of 40 characters.
REASON_CHARS = 40


def may_undo(actor: User, document: Document, *, today: dt.date | None = None) -> bool:
    """The rule, for screens that only show "Undo" where it will be accepted."""
    if permissions.allowed(actor, "undo", document.owner_id):
        return True
    today = today or clock.today()
    return (
        actor.active
        and document.created_by_id == actor.id
        and clock.day_of(document.created_at) == today
    )


def _live_followers(document: Document) -> list[str]:
    """Codes of posted documents that build on this one (repayments of a loan)."""
    rows = Document.select(Document.code).where(
        (Document.related == document.id) & (Document.status == "posted")
        & (Document.kind != "reversal")
    ).order_by(Document.code)
    return [r.code for r in rows]


def _settle_boxes(box_ids: set[int]) -> None:
    """A box belongs to whoever now holds stock in it, at the place that stock stands."""
    for box_id in box_ids:
        holders = {
            (r.owner_id, r.location_id)
            for r in Balance.select(Balance.owner, Balance.location_id).where(
                (Balance.box_id == box_id) & (Balance.quantity > 0)
            )
        }
        if len(holders) != 1:
            continue  # empty, or split: nothing to say about the box as a whole
        owner_id, location_id = holders.pop()
        changes = {Box.owner: owner_id}
        if location_id:
            changes[Box.location] = location_id
        Box.update(changes).where(Box.id == box_id).execute()


def _unapprove_count(document: Document, reversal: Document, reason: str) -> None:
    """The session whose approval posted `document` goes back to review ("submitted"),
    as it stood before approval: its reviewer may ask for recounts, approve it again
    (posting the same variances) or cancel it. If a session of the same owner over the
    same stock was opened since, that newer count stands and this one is cancelled, for
    two live counts of one stock would each adjust it."""
    for session in CountSession.select().where(CountSession.document == document.id):
        live = CountSession.select().where(
            (CountSession.owner == session.owner_id) & (CountSession.id != session.id)
            & CountSession.status.in_(("open", "submitted")))
        newer = [x.code for x in live if scope_of(x).overlaps(scope_of(session))]
        status = "cancelled" if newer else "submitted"
        why = f"approval undone: {document.code} reversed by {reversal.code} ({reason.strip()})"
        if newer:
            why += f"; cancelled, as {', '.join(newer)} counts the same stock"
        note = "\n".join(x for x in (session.note, why) if x)
        CountSession.update(status=status, document=None, note=note,
                            closed_by=reversal.created_by_id if newer else None,
                            closed_at=reversal.created_at if newer else None).where(
            CountSession.id == session.id).execute()


def undo(actor: User, document: Document, *, reason: str = "undo") -> Document:
    """Reverse `document`; returns the reversal (REV-...), dated today in the open month."""
    document = Document.get_by_id(document.id)  # its status may have changed since it was read
    if not reason or not reason.strip() or len(reason) > REASON_CHARS:
        raise ValidationError("reason", f"give a reason of 1 to {REASON_CHARS} characters")
    if not may_undo(actor, document):
        raise PermissionDenied(actor.name, actor.role, "undo", document.owner.code)
    followers = _live_followers(document)
    if followers:
        raise UndoRefused(
            f"{document.code} cannot be undone while {', '.join(followers)} stand: "
            "undo those first",
            document=document.code, followers=followers,
        )
    boxes = {
        r.box_id
        for r in Movement.select(Movement.box).where(
            (Movement.document == document.id) & Movement.box.is_null(False)
        )
    }
    with write_transaction():
        reversal = ledger.reverse(actor, document, reason=reason)
        if document.kind in ("move", "transfer", "loan", "repayment"):
            _settle_boxes(boxes)
        if document.kind == "count":
            _unapprove_count(document, reversal, reason)
    return reversal
