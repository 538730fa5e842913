"""What the Kitchen screen asks the database, on an operation's worker thread: the day's
batches with their hold reasons and portions left, what the stock lets us cook, the FEFO
proposal before a batch is posted, a batch's HACCP record, its labels, dispatches and
discards. Plain values come back, so the window never queries on its GUI thread; the
rules themselves stay in kitchen.py, kitchen_haccp.py and kitchen_dispatch.py.
Recipes (list and form) are in kitchen_recipes_desk.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from peewee import fn

from labels.data import MealBatchLabel
from models import (
    LOSS_REASONS,
    Balance,
    CorrectiveAction,
    Destination,
    MealBatch,
    Organisation,
    Recipe,
    TemperatureCheck,
    User,
    from_milli,
)
from warehouse_app import clock, permissions
from warehouse_app.errors import NotFound, ValidationError, by_id
from warehouse_app.kitchen import batches as kitchen
from warehouse_app.kitchen import dispatch as kitchen_dispatch
from warehouse_app.kitchen import haccp as kitchen_haccp
from warehouse_app.kitchen import recipes as recipe_book
from warehouse_app.kitchen.recipes_desk import RecipeRow, recipe_row

RECENT_DAYS = 7  # older batches with portions left still show on the day's list


@dataclass(frozen=True)
class HoldReason:
    """Why a batch is held (kitchen_haccp.hold_reasons, as facts a screen can word)."""

    check: str  # the kind of check
    failed_at: dt.datetime | None  # None: the check is required and not taken yet
    temperature: Decimal | None = None
    rule: str = ""


@dataclass(frozen=True)
class BatchRow:
    id: int
    code: str  # MB-20261121-03
    recipe: str  # "Dal v2"
    portions: int
    left: Decimal  # portions still in the kitchen's stock
    status: str  # awaiting_checks | on_hold | ready
    reasons: tuple[HoldReason, ...]  # why labels and dispatch are refused; empty: released
    holding_mode: str
    allergens: tuple[str, ...]
    cooks: str
    cooked_at: dt.datetime
    use_by: dt.datetime
    undone: bool


@dataclass(frozen=True)
class CookableRow:
    recipe_id: int
    recipe: str
    portions: int | None  # None: no ingredient per portion, the stock sets no limit
    limiting: tuple[str, ...]
    soonest: dt.date | None
    soonest_item: str


@dataclass(frozen=True)
class KitchenDay:
    kitchen_id: int
    kitchen: str
    day: dt.date
    batches: list[BatchRow]
    cookable: list[CookableRow]
    recipes: list[RecipeRow]


@dataclass(frozen=True)
class PickRow:
    lot: str
    date: dt.date | None
    date_kind: str | None
    quantity: Decimal
    place: str  # the box or location it is taken from


@dataclass(frozen=True)
class ProposalLine:
    item: str
    unit: str
    needed: Decimal
    allergens: tuple[str, ...]
    picks: tuple[PickRow, ...]


@dataclass(frozen=True)
class Proposal:
    recipe_id: int
    recipe: str
    portions: int
    lines: tuple[ProposalLine, ...]
    allergens: tuple[str, ...]
    use_by: dt.datetime  # if cooked now


@dataclass(frozen=True)
class CheckRow:
    id: int
    kind: str
    temperature: Decimal
    measured_at: dt.datetime
    started_at: dt.datetime | None
    passed: bool
    rule: str
    action: str  # the corrective action recorded, if any


@dataclass(frozen=True)
class BatchRecord:
    batch: BatchRow
    checks: tuple[CheckRow, ...]
    kinds: tuple[str, ...]  # the checks this batch takes, by its holding mode
    required: tuple[str, ...]  # those needed before labels and dispatch
    destinations: tuple[tuple[int, str], ...]  # sites and partners outside the hangar
    organisations: tuple[tuple[int, str], ...]  # other NGOs of the hangar
    loss_reasons: tuple[str, ...] = LOSS_REASONS


def kitchens(actor: User) -> list[tuple[int, str, str]]:
    """(id, code, name) of the kitchens `actor` may cook for: a kitchen lead's own; for a
    coordinator, the organisations that have a kitchen lead or recipes (every NGO may be
    cooked for by the rules, but only those few run a kitchen)."""
    kitchens = {u.organisation_id for u in User.select(User.organisation)
                .where(User.active & (User.role == "kitchen_lead"))}
    kitchens |= {r.kitchen_id for r in Recipe.select(Recipe.kitchen).distinct()}
    if actor.role == "kitchen_lead":
        kitchens.add(actor.organisation_id)
    return [o for o in permissions.organisations_for(actor, "cook") if o[0] in kitchens]


def load_day(actor: User, kitchen_id: int, day: dt.date | None = None) -> KitchenDay:
    """The kitchen's batches of the day (and recent ones with portions left), what can be
    cooked from its stock, and its current recipes."""
    owner = Organisation.get_by_id(kitchen_id)
    permissions.require(actor, "view_stock", owner)
    day = day or clock.today()
    start = clock.day_start(day)
    batches = list(
        MealBatch.select().where((MealBatch.kitchen == owner.id)
                                 & (MealBatch.cooked_at >= start - dt.timedelta(days=RECENT_DAYS)))
        .order_by(MealBatch.cooked_at.desc(), MealBatch.id.desc()))
    left = _portions_left(owner, batches)
    rows = [_batch_row(b, left.get(b.lot_id, Decimal(0))) for b in batches]
    rows = [r for r in rows if r.cooked_at >= start or (r.left > 0 and not r.undone)]
    cookable = [
        CookableRow(c.recipe.id, str(c.recipe), c.portions, tuple(i.name for i in c.limiting),
                    c.soonest, c.soonest_item.name if c.soonest_item else "")
        for c in kitchen.what_can_we_cook(actor, owner, on=day)
    ]
    recipes = [recipe_row(r) for r in recipe_book.current_recipes(owner)]
    return KitchenDay(owner.id, owner.name, day, rows, cookable, recipes)


def _portions_left(owner: Organisation, batches: list[MealBatch]) -> dict[int, Decimal]:
    if not batches:
        return {}
    rows = (Balance.select(Balance.lot_id, fn.SUM(Balance.quantity).coerce(False))
            .where((Balance.owner == owner.id) & Balance.lot_id.in_([b.lot_id for b in batches]))
            .group_by(Balance.lot_id).tuples())
    return {lot_id: from_milli(milli) for lot_id, milli in rows}


def _batch_row(batch: MealBatch, left: Decimal) -> BatchRow:
    undone = batch.document.status == "reversed"
    return BatchRow(
        batch.id, batch.lot.code, str(batch.recipe), batch.portions, left, batch.status,
        () if undone else _hold_reasons(batch), batch.holding_mode,
        tuple(a for a in batch.allergens.split(",") if a), batch.cooks,
        clock.from_db(batch.cooked_at), clock.from_db(batch.use_by), undone)


def _hold_reasons(batch: MealBatch) -> tuple[HoldReason, ...]:
    """The same reasons as kitchen_haccp.hold_reasons, in the same order, as facts."""
    checks = list(TemperatureCheck.select().where(TemperatureCheck.batch == batch.id)
                  .order_by(TemperatureCheck.measured_at, TemperatureCheck.id))
    answered = {a.check_id for a in CorrectiveAction.select(CorrectiveAction.check)
                .where(CorrectiveAction.batch == batch.id)}
    taken = {c.kind for c in checks}
    return tuple(
        HoldReason(c.kind, clock.from_db(c.measured_at), c.temperature, c.rule)
        for c in checks if not c.passed and c.id not in answered
    ) + tuple(HoldReason(kind, None) for kind in kitchen_haccp.REQUIRED[batch.holding_mode]
              if kind not in taken)


# --- a new batch -----------------------------------------------------------------------


def _current_recipe(recipe_id: int) -> Recipe:
    recipe = by_id(Recipe, recipe_id, "recipe")
    return recipe


def propose(actor: User, recipe_id: int, portions: int, kitchen_id: int) -> Proposal:
    """What the batch would take, lot by lot, oldest date first, before anything is posted."""
    owner = Organisation.get_by_id(kitchen_id)
    permissions.require(actor, "cook", owner)
    recipe = _current_recipe(recipe_id)
    lines = []
    for found in kitchen.propose_ingredients(recipe, portions, owner):
        picks = tuple(
            PickRow(p.lot.code if p.lot else "", p.date, p.date_kind, p.quantity,
                    p.box.code if p.box else p.location.code if p.location else "")
            for p in found.picks)
        lines.append(ProposalLine(found.item.name, found.item.unit, found.needed,
                                  recipe_book.allergens_of([found.item]), picks))
    return Proposal(recipe.id, str(recipe), portions, tuple(lines),
                    recipe_book.recipe_allergens(recipe), recipe_book.use_by_for(recipe, clock.now()))


def cook(actor: User, recipe_id: int, portions: int, cooks: str, kitchen_id: int) -> BatchRow:
    """Post the batch (kitchen.cook_batch, one transaction); the cooks are typed as one
    line of names separated by commas."""
    batch = kitchen.cook_batch(actor, _current_recipe(recipe_id), portions,
                               kitchen=Organisation.get_by_id(kitchen_id),
                               cooks=[c for c in (cooks or "").split(",") if c.strip()])
    return _batch_row(MealBatch.get_by_id(batch.id), Decimal(portions))


def batch_id_by_code(actor: User, code: str) -> int:
    """The batch a scanned label (LMB-...) or a typed MB- number names."""
    batch = kitchen.batch_by_code(code)
    if batch is None:
        raise NotFound("meal batch", code.strip())
    permissions.require(actor, "view_stock", batch.kitchen)
    return batch.id


# --- the HACCP record ------------------------------------------------------------------


def batch_record(actor: User, batch_id: int) -> BatchRecord:
    batch = MealBatch.get_by_id(batch_id)
    permissions.require(actor, "view_stock", batch.kitchen)
    actions = {a.check_id: a.action for a in
               CorrectiveAction.select().where(CorrectiveAction.batch == batch.id)}
    checks = tuple(
        CheckRow(c.id, c.kind, c.temperature, clock.from_db(c.measured_at),
                 clock.from_db(c.started_at) if c.started_at else None, c.passed, c.rule,
                 actions.get(c.id, ""))
        for c in TemperatureCheck.select().where(TemperatureCheck.batch == batch.id)
        .order_by(TemperatureCheck.measured_at, TemperatureCheck.id))
    left = _portions_left(batch.kitchen, [batch]).get(batch.lot_id, Decimal(0))
    destinations = tuple((d.id, d.name) for d in Destination.select()
                         .where(Destination.active).order_by(Destination.name))
    others = tuple((o.id, o.name) for o in Organisation.select()
                   .where(Organisation.active & (Organisation.id != batch.kitchen_id))
                   .order_by(Organisation.name))
    return BatchRecord(_batch_row(batch, left), checks,
                       kitchen_haccp.ALLOWED[batch.holding_mode],
                       kitchen_haccp.REQUIRED[batch.holding_mode], destinations, others)


def temperature(text: str) -> Decimal:
    """A typed reading: "82.5" or "82,5" (a French keyboard), at most one decimal."""
    cleaned = (text or "").strip().replace(",", ".").replace("°C", "").replace("°", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("temperature", f"{text!r} is not a temperature") from None
    if not value.is_finite():
        raise ValidationError("temperature", f"{text!r} is not a temperature")
    return value


def on_the_clock(time_of_day: dt.time, now: dt.datetime | None = None) -> dt.datetime:
    """The moment a time typed on the kitchen's clock means: today, unless that is more
    than an hour ahead of now, when it was last night's (a cooling reading or a dispatch
    written up after midnight). A HACCP record's time is a food-safety fact: this rule is
    the core's, the screen only passes what was typed."""
    now = clock.moment(now or clock.now())
    today = clock.day_of(now)
    readings = (clock.wall_readings(today - dt.timedelta(days=1), time_of_day)
                + clock.wall_readings(today, time_of_day))
    # the nearest moment the hangar's clock read (or, within the hour, will read) that time:
    # in the hour the autumn change repeats, the pass that is nearest now
    return min((at for at in readings if at <= now + dt.timedelta(hours=1)),
               key=lambda at: abs(at - now))


def record_check(actor: User, batch_id: int, kind: str, reading: str, *,
                 measured_at: dt.datetime | None = None,
                 started_at: dt.datetime | None = None) -> BatchRecord:
    batch = MealBatch.get_by_id(batch_id)
    kitchen_haccp.record_temperature(actor, batch, kind, temperature(reading),
                                     measured_at=measured_at, started_at=started_at)
    return batch_record(actor, batch_id)


def correct(actor: User, check_id: int, action: str) -> BatchRecord:
    check = TemperatureCheck.get_by_id(check_id)
    kitchen_haccp.record_corrective_action(actor, check, action)
    return batch_record(actor, check.batch_id)


def labels_for(actor: User, batch_id: int, containers: int) -> list[MealBatchLabel]:
    """One label per container; refused (BatchOnHold) while the batch is on hold."""
    return kitchen_haccp.batch_labels(actor, MealBatch.get_by_id(batch_id), containers)


# --- portions leaving ------------------------------------------------------------------


def dispatch(actor: User, batch_id: int, portions: int, to: tuple[str, int], *,
             received_by: str = "", when: dt.datetime | None = None) -> str:
    """Send portions to a site or partner (`to` = ("destination", id)) or to another NGO
    of the hangar (("organisation", id)); the document's number comes back."""
    kind, key = to
    target = (Destination.get_by_id(key) if kind == "destination"
              else Organisation.get_by_id(key))
    document = kitchen_dispatch.dispatch_portions(
        actor, MealBatch.get_by_id(batch_id), portions, target,
        received_by=received_by.strip() or None, when=when)
    return document.code


def discard(actor: User, batch_id: int, portions: int, reason: str, note: str = "") -> str:
    document = kitchen_dispatch.discard_portions(
        actor, MealBatch.get_by_id(batch_id), portions, reason, note=note.strip() or None)
    return document.code

