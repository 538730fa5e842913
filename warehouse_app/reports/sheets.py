"""The further sheets of the monthly report (FIELD.md): the month's movements, donations
by donor, distributions by destination, meal batches, kits built, count variances,
near-expiry and quarantine, outstanding loans, and totals by category in kg and meals.

Each sheet is a `Table` of plain tuples, read raw from the database and aggregated in
SQL, so the workbook writer does not care which sheet it writes. Meal batches and kits
are read from the ledger (documents of kinds 'meal_batch' and 'kit_build' and their
produced/consumed lines), which holds them whatever the kitchen and workshop keep beside.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from peewee import JOIN, Case, fn

from models import (
    Box,
    Destination,
    Document,
    Donor,
    Item,
    Location,
    Lot,
    Movement,
    Organisation,
    User,
    database,
    from_milli,
)
from warehouse_app.goods_out.transfers import outstanding_loans
from warehouse_app.ledger import next_month

# Column kinds the writer knows how to format.
TEXT, QTY, KG, DATE, INT, MOMENT = "text", "qty", "kg", "date", "int", "moment"


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: int = 12


@dataclass
class Table:
    name: str  # the sheet's name: at most 31 characters
    columns: tuple[Column, ...]
    rows: list[tuple]
    note: str = ""


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    lines: int
    in_kg: Decimal
    out_kg: Decimal
    closing_kg: Decimal
    food_kg: Decimal
    meals: int


def further_sheets(actor: User, owner: Organisation, report) -> tuple[list[Table], list[CategoryTotal]]:
    month = report.header.month
    last_day = next_month(month) - dt.timedelta(days=1)
    span = (owner.id, month, last_day)
    totals = category_totals(report)
    production = _production(*span)
    return [
        movements_sheet(*span),
        _by_party(*span, kind="receipt", party=Donor, link=Document.donor, name="Donations",
                  title="Donor", extra=Donor.donor_type, extra_title="Donor type", sign=1),
        _by_party(*span, kind="issue", party=Destination, link=Document.destination,
                  name="Distributions", title="Destination", extra=Destination.kind,
                  extra_title="Kind", sign=-1),
        _production_sheet("Meal batches", [r[1:] for r in production if r[0] == "meal_batch"]),
        _production_sheet("Kits built", [r[1:] for r in production if r[0] == "kit_build"]),
        _variances(*span),
        _expiry_and_quarantine(report),
        _loans(actor, owner, report.header.period_end),
        _totals_sheet(totals, report.header.kg_per_meal),
    ], totals


def _day(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _kg(grams) -> Decimal | None:
    return None if grams is None else Decimal(int(grams)) / 1000


def _describe(name: str, gender: str | None, size: str | None) -> str:
    return " ".join(x for x in (name, gender, size) if x)


def _in_month(owner_id: int, first: dt.date, last: dt.date):
    return ((Movement.owner == owner_id) & (Movement.effective_date >= first)
            & (Movement.effective_date <= last))


MOVEMENT_COLUMNS = (
    Column("Date", DATE, 11), Column("Document", TEXT, 16), Column("Document kind", TEXT, 13),
    Column("Movement", TEXT, 13), Column("Item code", TEXT, 16), Column("Item", TEXT, 30),
    Column("Lot", TEXT, 12), Column("Quantity", QTY, 11), Column("Unit", TEXT, 7),
    Column("Weight kg", KG, 11), Column("Status", TEXT, 10), Column("Location", TEXT, 13),
    Column("Box", TEXT, 12), Column("Reason", TEXT, 20), Column("Who", TEXT, 14),
)


def movements_sheet(owner_id: int, first: dt.date, last: dt.date) -> Table:
    """Every movement of the owner in the month, in the order it was posted."""
    query = (
        Movement.select(
            Movement.effective_date, Document.code, Document.kind, Movement.kind, Item.code,
            Item.name, Item.gender, Item.size, Lot.code, Movement.quantity, Item.unit,
            Movement.weight_g, Movement.status, Location.code, Box.code, Movement.reason,
            User.name,
        )
        .join(Document, on=(Document.id == Movement.document))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .switch(Movement).join(User, on=(User.id == Movement.created_by))
        .switch(Movement).join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Movement.lot))
        .switch(Movement).join(Location, JOIN.LEFT_OUTER, on=(Location.id == Movement.location))
        .switch(Movement).join(Box, JOIN.LEFT_OUTER, on=(Box.id == Movement.box))
        .where(_in_month(owner_id, first, last))
        .order_by(Movement.effective_date, Movement.id)
    )
    rows = [
        (_day(day), doc, doc_kind, kind, code, _describe(name, gender, size), lot,
         from_milli(qty), unit, _kg(grams), status, place, box, reason, who)
        for (day, doc, doc_kind, kind, code, name, gender, size, lot, qty, unit, grams, status,
             place, box, reason, who) in database.execute(query).fetchall()
    ]
    return Table("Movements", MOVEMENT_COLUMNS, rows,
                 "Quantities are signed: + into the owner's stock, - out of it.")


def _by_party(owner_id, first, last, *, kind, party, link, name, title, extra, extra_title,
              sign) -> Table:
    """Donations by donor, distributions by destination: per party and unit, the number
    of documents, the quantity and the weight. An undo's lines count against the
    original document's donor or destination (the undo document names neither)."""
    original = Document.alias("original")
    party_id = fn.COALESCE(getattr(Document, link.name), getattr(original, link.name))
    documents = fn.COUNT(fn.DISTINCT(fn.COALESCE(original.id, Document.id)))
    query = (
        Movement.select(party.name, extra, Item.unit, documents,
                        fn.SUM(Movement.quantity).coerce(False),
                        fn.SUM(fn.COALESCE(Movement.weight_g, 0)).coerce(False))
        .join(Document, on=(Document.id == Movement.document))
        .join(original, JOIN.LEFT_OUTER, on=(original.id == Document.related))
        .join(party, JOIN.LEFT_OUTER, on=(party.id == party_id))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .where(_in_month(owner_id, first, last) & (Movement.kind == kind))
        .group_by(party.name, extra, Item.unit)
    )
    rows = sorted(
        ((who or "(not recorded)", what or "", unit, int(count), sign * from_milli(qty),
          _kg(sign * int(grams or 0)))
         for who, what, unit, count, qty, grams in database.execute(query).fetchall()),
        key=lambda r: (r[0].casefold(), r[2]),
    )
    columns = (Column(title, TEXT, 34), Column(extra_title, TEXT, 12), Column("Unit", TEXT, 8),
               Column("Documents", INT, 11), Column("Quantity", QTY, 12),
               Column("Weight kg", KG, 12))
    return Table(name, columns, rows)


def _production(owner_id: int, first: dt.date, last: dt.date) -> list[tuple]:
    original = Document.alias("original")
    document_kind = Case(None, [(Document.kind == "reversal", original.kind)], Document.kind)
    query = (
        Movement.select(document_kind, Movement.effective_date, Document.code, Movement.kind,
                        Item.code, Item.name, Item.gender, Item.size, Lot.code,
                        Movement.quantity, Item.unit, Movement.weight_g)
        .join(Document, on=(Document.id == Movement.document))
        .join(original, JOIN.LEFT_OUTER, on=(original.id == Document.related))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .switch(Movement).join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Movement.lot))
        .where(_in_month(owner_id, first, last)
               & Movement.kind.in_(("produced", "consumed")))
        .order_by(Movement.effective_date, Movement.id)
    )
    return [
        (doc_kind, _day(day), code, kind, item_code, _describe(name, gender, size), lot,
         from_milli(qty), unit, _kg(grams))
        for (doc_kind, day, code, kind, item_code, name, gender, size, lot, qty, unit, grams)
        in database.execute(query).fetchall()
    ]


def _production_sheet(name: str, rows: list[tuple]) -> Table:
    columns = (Column("Date", DATE, 11), Column("Document", TEXT, 18),
               Column("Line", TEXT, 10), Column("Item code", TEXT, 16), Column("Item", TEXT, 30),
               Column("Lot", TEXT, 14), Column("Quantity", QTY, 11), Column("Unit", TEXT, 8),
               Column("Weight kg", KG, 11))
    note = ("Produced lines are the batch's or kit's output (+); consumed lines the "
            "ingredients or parts taken from stock (-).")
    return Table(name, columns, rows, note if rows else "None this month.")


def _variances(owner_id: int, first: dt.date, last: dt.date) -> Table:
    query = (
        Movement.select(Movement.effective_date, Document.code, Item.code, Item.name,
                        Item.gender, Item.size, Lot.code, Location.code, Movement.quantity,
                        Item.unit, Movement.weight_g, Movement.reason, User.name, Document.note)
        .join(Document, on=(Document.id == Movement.document))
        .switch(Movement).join(Item, on=(Item.id == Movement.item))
        .switch(Movement).join(User, on=(User.id == Document.created_by))
        .switch(Movement).join(Lot, JOIN.LEFT_OUTER, on=(Lot.id == Movement.lot))
        .switch(Movement).join(Location, JOIN.LEFT_OUTER, on=(Location.id == Movement.location))
        .where(_in_month(owner_id, first, last) & (Movement.kind == "adjustment"))
        .order_by(Movement.effective_date, Movement.id)
    )
    rows = [
        (_day(day), doc, code, _describe(name, gender, size), lot, place, from_milli(qty), unit,
         _kg(grams), reason, who, note)
        for (day, doc, code, name, gender, size, lot, place, qty, unit, grams, reason, who, note)
        in database.execute(query).fetchall()
    ]
    columns = (Column("Date", DATE, 11), Column("Document", TEXT, 16),
               Column("Item code", TEXT, 16), Column("Item", TEXT, 30), Column("Lot", TEXT, 12),
               Column("Location", TEXT, 13), Column("Variance", QTY, 11), Column("Unit", TEXT, 8),
               Column("Weight kg", KG, 11), Column("Reason", TEXT, 14),
               Column("Approved by", TEXT, 14), Column("Note", TEXT, 30))
    return Table("Count variances", columns, rows)


def _expiry_and_quarantine(report) -> Table:
    """Rows near or past their date, and stock held in quarantine, at the period's end
    (from the ledger, so a past month shows what was true then)."""
    end = report.header.period_end
    rows = [
        (r.item_code, r.description, r.lot_code, r.expiry, r.date_kind,
         (r.expiry - end).days if r.expiry else None, r.closing - r.quarantine, r.quarantine,
         r.unit, "past its date" if r.past_date else ("near expiry" if r.near_expiry else ""))
        for r in report.rows
        if r.closing > 0 and (r.near_expiry or r.past_date or r.quarantine > 0)
    ]
    rows.sort(key=lambda r: (r[3] or dt.date.max, r[0], r[2] or ""))
    columns = (Column("Item code", TEXT, 16), Column("Item", TEXT, 30), Column("Lot", TEXT, 12),
               Column("Date", DATE, 11), Column("Date kind", TEXT, 11),
               Column("Days left", INT, 9), Column("Usable", QTY, 10),
               Column("Quarantine", QTY, 11), Column("Unit", TEXT, 8), Column("Flag", TEXT, 14))
    return Table("Near expiry & quarantine", columns, rows,
                 f"At {end.isoformat()}: dated stock within 3 months (fresh food: 3 days), "
                 "and stock in quarantine.")


def _loans(actor: User, owner: Organisation, on: dt.date) -> Table:
    rows = [
        (loan.loan_code, loan.lender.code, loan.borrower.code, loan.item.code, loan.item.name,
         loan.lent, loan.repaid, loan.outstanding, loan.item.unit, loan.due_date,
         "overdue" if loan.overdue else "")
        for loan in outstanding_loans(actor, owner, on=on)
    ]
    columns = (Column("Loan", TEXT, 16), Column("Lender", TEXT, 9), Column("Borrower", TEXT, 9),
               Column("Item code", TEXT, 16), Column("Item", TEXT, 30), Column("Lent", QTY, 10),
               Column("Repaid", QTY, 10), Column("Outstanding", QTY, 12), Column("Unit", TEXT, 8),
               Column("Due", DATE, 11), Column("", TEXT, 9))
    return Table("Outstanding loans", columns, rows, f"As of {on.isoformat()}.")


def category_totals(report) -> list[CategoryTotal]:
    """Per top-level category: lines, kg in and out, kg at closing, and the meals the food
    in it makes (food: perishable items; kg divided by the kg_per_meal setting)."""
    sums: dict[str, list] = defaultdict(lambda: [0, Decimal(0), Decimal(0), Decimal(0), Decimal(0)])
    for r in report.rows:
        s = sums[r.top_category]
        s[0] += 1
        s[1] += r.in_kg
        s[2] += r.out_kg
        s[3] += r.closing_kg or 0
        if r.perishable:
            s[4] += r.closing_kg or 0
    factor = report.header.kg_per_meal
    return [
        CategoryTotal(name, lines, in_kg, out_kg, closing_kg, food_kg,
                      int((food_kg / factor).to_integral_value(rounding=ROUND_DOWN)))
        for name, (lines, in_kg, out_kg, closing_kg, food_kg) in sorted(
            sums.items(), key=lambda kv: kv[0].casefold())
    ]


TOTAL_COLUMNS = (Column("Category", TEXT, 22), Column("Lines", INT, 8), Column("In kg", KG, 12),
                 Column("Out kg", KG, 12), Column("Closing kg", KG, 12),
                 Column("Food kg", KG, 12), Column("Meals", INT, 10))


def _totals_sheet(totals: list[CategoryTotal], factor: Decimal) -> Table:
    rows = [(t.category, t.lines, t.in_kg, t.out_kg, t.closing_kg, t.food_kg, t.meals)
            for t in totals]
    return Table("Totals by category", TOTAL_COLUMNS, rows,
                 f"Meals: food kg / {factor} kg per meal (hangar setting kg_per_meal). "
                 "In and out: received, transferred in, produced / distributed, "
                 "transferred out, used, lost.")
