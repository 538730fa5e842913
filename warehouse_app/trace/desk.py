"""What the Trace-and-recall screen asks, on a worker thread: whatever was scanned or
typed (a lot code, a donation receipt DON-..., a product barcode, a meal batch MB-... or
its label LMB-...) traced both ways by traceability.py, as one answer for one screen."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from models import Lot
from warehouse_app import clock, permissions, scan
from warehouse_app.errors import NotFound, PermissionDenied
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.picking import as_date
from warehouse_app.trace import recall as traceability
from warehouse_app.trace.recall import BatchTrace, LotTrace

ITEM_LOTS_SHOWN = 20  # a product barcode without a lot: its newest lots to choose from


@dataclass(frozen=True)
class LotChoice:
    code: str
    date: dt.date | None
    date_kind: str | None


@dataclass
class TraceAnswer:
    """`kind` says what the code named: lot, receipt, batch, or item (then `choices`, its
    lots, since a product barcode alone does not say which lot is recalled)."""

    code: str
    kind: str
    lots: list[LotTrace] = field(default_factory=list)
    batch: BatchTrace | None = None
    item: str = ""
    choices: list[LotChoice] = field(default_factory=list)

    @property
    def traces(self) -> list[LotTrace | BatchTrace]:
        """What an export writes: the batch first, then every lot traced."""
        return ([self.batch] if self.batch else []) + list(self.lots)


def trace(actor, text: str) -> TraceAnswer:
    if permissions.reach(actor, "view_stock") is None:
        raise PermissionDenied(actor.name, actor.role, "view_stock")
    batch = kitchen.batch_by_code(text)  # MB-... or its label's LMB-...
    if batch is not None:
        return TraceAnswer(batch.lot.code, "batch", batch=traceability.trace_batch(actor, batch))
    found = scan.resolve(text)
    code = found.code
    if found.kind == "document" and found.object.kind == "receipt":
        return TraceAnswer(code, "receipt", lots=traceability.trace_receipt(actor, found.object))
    if found.kind == "lot":
        return TraceAnswer(code, "lot", lots=traceability.trace_code(actor, code))
    if found.kind == "item":
        item = found.item
        if found.gs1 is not None and found.gs1.lot:
            lot = Lot.get_or_none((Lot.item == item.id) & (Lot.code == found.gs1.lot))
            if lot is not None:
                return TraceAnswer(lot.code, "lot", lots=[traceability.trace_lot(actor, lot)])
        lots = (Lot.select().where(Lot.item == item.id)
                .order_by(Lot.date.desc(nulls="LAST"), Lot.id.desc()).limit(ITEM_LOTS_SHOWN))
        return TraceAnswer(code, "item", item=f"{item.name} [{item.code}]",
                           choices=[LotChoice(x.code, as_date(x.date), x.date_kind) for x in lots])
    raise NotFound("lot", code or text.strip())



def export(answer: TraceAnswer, folder: Path | str, *, at: dt.datetime | None = None) -> Path:
    """The answer as a workbook in `folder` (made when missing), named by the code traced
    and the time, so a second export never overwrites the first one sent on."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^A-Za-z0-9-]+", "-", answer.code).strip("-") or "trace"
    stamp = clock.wall(at or clock.now()).strftime("%Y%m%d-%H%M%S")
    return traceability.export_xlsx(answer.traces, target / f"trace-{slug}-{stamp}.xlsx")
