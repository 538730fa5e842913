"""A trace (warehouse_app.trace.desk.TraceAnswer) as one page of HTML: for each lot, what
is still in the hangar (first: in a recall, that is pulled off the shelves now), which
meal batches and kits used it, where it and those batches went, and who gave it; for a
batch, its ingredient lots back to their donors. What a coordinator reads out to a
supplier during a recall, so it holds every fact on one page."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from ui.screens.kitchen.words import allergen_list, amount, moment, word
from ui.vocabulary import unit_name
from warehouse_app.trace.desk import TraceAnswer
from warehouse_app.trace.recall import BatchTrace, LotTrace

WORDS = {
    "distribution": QT_TRANSLATE_NOOP("TraceAnswerPage", "distributed"),
    "transfer": QT_TRANSLATE_NOOP("TraceAnswerPage", "transferred"),
    "loan": QT_TRANSLATE_NOOP("TraceAnswerPage", "lent"),
    "repayment": QT_TRANSLATE_NOOP("TraceAnswerPage", "loan repaid"),
    "loss": QT_TRANSLATE_NOOP("TraceAnswerPage", "lost or discarded"),
    "usable": QT_TRANSLATE_NOOP("TraceAnswerPage", "usable"),
    "quarantine": QT_TRANSLATE_NOOP("TraceAnswerPage", "in quarantine"),
    "use_by": QT_TRANSLATE_NOOP("TraceAnswerPage", "use by"),
    "best_before": QT_TRANSLATE_NOOP("TraceAnswerPage", "best before"),
}


class TraceAnswerPage(QObject):
    """Writes the page; a QObject so that its texts are translated in its own context."""

    def _word(self, key: str | None) -> str:
        if not key:
            return ""
        return self.tr(WORDS[key]) if key in WORDS else word(key)

    def _qty(self, quantity, unit: str) -> str:
        return f"{amount(quantity)} {unit_name(unit, quantity)}"

    def _table(self, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
        if not rows:
            none = self.tr("none")
            return f"<h3>{escape(title)}</h3><p><i>{escape(none)}</i></p>"
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                       for row in rows)
        return (f"<h3>{escape(title)}</h3><table cellspacing='0' cellpadding='4' border='1' "
                f"width='100%'><tr style='background:#e4e7eb'>{head}</tr>{body}</table>")

    def _went_to(self, trace: LotTrace | BatchTrace) -> str:
        return self._table(self.tr("Where it went"), [
            self.tr("Document"), self.tr("What"), self.tr("When"), self.tr("From"),
            self.tr("To"), self.tr("Received by"), self.tr("Item"), self.tr("Lot"),
            self.tr("Quantity")], [
            (o.document, self._word(o.kind), moment(o.at), o.owner, o.to, o.received_by,
             o.item, o.lot, self._qty(o.quantity, o.unit)) for o in trace.outgoing])

    def _on_shelves(self, trace: LotTrace | BatchTrace) -> str:
        return self._table(self.tr("Still in the hangar"), [
            self.tr("Owner"), self.tr("Item"), self.tr("Lot"), self.tr("Place"),
            self.tr("Box"), self.tr("Status"), self.tr("Quantity")], [
            (s.owner, s.item, s.lot, s.location, s.box, self._word(s.status),
             self._qty(s.quantity, s.unit)) for s in trace.on_shelves])

    def lot_html(self, t: LotTrace) -> str:
        dated = f" · {self._word(t.date_kind)} {moment(t.date)}" if t.date else ""
        title = self.tr("Lot {lot}").format(lot=t.lot)
        summary = self.tr("{batches} meal batch(es) · {kits} kit(s) · {out} line(s) gone out · "
                          "{here} line(s) still in the hangar").format(
            batches=len(t.batches), kits=len(t.kits), out=len(t.outgoing),
            here=len(t.on_shelves))
        parts = [f"<h2>{escape(title)} · {escape(t.item)}{escape(dated)}</h2>"
                 f"<p><b>{escape(summary)}</b></p>", self._on_shelves(t)]
        parts.append(self._table(self.tr("Used in meal batches"), [
            self.tr("Batch"), self.tr("Dish"), self.tr("Cooked"), self.tr("Kitchen"),
            self.tr("Used"), self.tr("Portions"), self.tr("Use by"), self.tr("Status")], [
            (b.batch, f"{b.dish} v{b.recipe_version}", moment(b.cooked_at), b.kitchen, b.used,
             str(b.portions), moment(b.use_by), word(b.status)) for b in t.batches]))
        if t.kits:
            parts.append(self._table(self.tr("Built into kits"), [
                self.tr("Kit"), self.tr("Design"), self.tr("Quantity"), self.tr("Owner"),
                self.tr("Place")], [
                (k.kit, k.design, amount(k.quantity), k.owner, k.location) for k in t.kits]))
        parts.append(self._went_to(t))
        parts.append(self._table(self.tr("Received from"), [
            self.tr("Document"), self.tr("Date"), self.tr("Owner"), self.tr("Donor"),
            self.tr("Quantity")], [
            (r.document, moment(r.date), r.owner, r.donor, self._qty(r.quantity, r.unit))
            for r in t.received]))
        return "".join(parts)

    def batch_html(self, t: BatchTrace) -> str:
        allergens = tuple(a for a in t.allergens.split(",") if a)
        about = self.tr("Cooked {cooked} by {kitchen}{cooks} · {portions} portions · "
                        "use by {use_by} · allergens: {allergens}").format(
            cooked=moment(t.cooked_at), kitchen=t.kitchen,
            cooks=f" ({t.cooks})" if t.cooks else "", portions=t.portions,
            use_by=moment(t.use_by), allergens=allergen_list(allergens))
        title = self.tr("Meal batch {batch}").format(batch=t.batch)
        parts = [f"<h2>{escape(title)} · {escape(t.dish)} v{t.recipe_version}</h2>"
                 f"<p>{escape(about)}</p>"]
        parts.append(self._table(self.tr("Ingredients and who gave them"), [
            self.tr("Item"), self.tr("Lot"), self.tr("Date"), self.tr("Quantity"),
            self.tr("Donor")], [
            (i.item, i.lot, f"{self._word(i.date_kind)} {moment(i.date)}" if i.date else "",
             self._qty(i.quantity, i.unit),
             "; ".join(f"{d.donor or d.owner} ({d.document}, {moment(d.date)})"
                       for d in i.donors))
            for i in t.ingredients]))
        parts += [self._went_to(t), self._on_shelves(t)]
        return "".join(parts)

    def html(self, answer: TraceAnswer) -> str:
        parts = []
        if answer.kind == "receipt":
            head = self.tr("Donation {code}: {count} lot(s)").format(code=answer.code,
                                                                      count=len(answer.lots))
            parts.append(f"<h1>{escape(head)}</h1>")
            if not answer.lots:
                none = self.tr("This donation brought in no lot-tracked stock.")
                parts.append(f"<p>{escape(none)}</p>")
        if answer.batch is not None:
            parts.append(self.batch_html(answer.batch))
        parts += [self.lot_html(t) for t in answer.lots]
        return "".join(parts)


def answer_html(answer: TraceAnswer) -> str:
    return TraceAnswerPage().html(answer)
