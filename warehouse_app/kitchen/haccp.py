"""A meal batch's HACCP record: temperature checks judged against the limits, corrective
actions, the hold a failed check puts on labels and dispatch, and the batch labels.

Limits (FIELD.md, "Community kitchen"): end-of-cooking core at least 75 °C; hot holding
above 63 °C; cooling from 63 °C to 10 °C within 2 hours then kept at 3 °C or below
(French rule, the default) or below 8 °C within 90 minutes (UK guidance), chosen per
hangar in the setting `kitchen.cooling_rule`. Each check keeps the rule it was judged
by, so changing the setting never rewrites a past verdict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from labels.data import MealBatchLabel, MealIngredient
from models import (
    CHECK_KINDS,
    CorrectiveAction,
    HangarSetting,
    MealBatch,
    TemperatureCheck,
    User,
)
from models.db import write_transaction
from models.kitchen import InexactTemperature, to_tenths
from warehouse_app import clock, permissions
from warehouse_app.errors import HangarError, ValidationError
from warehouse_app.kitchen.recipes import allergens_of, recipe_lines


class BatchOnHold(HangarError):
    """Labels or dispatch of a batch whose record is not clean: a failed check without a
    corrective action, or a required check not yet taken."""

    code = "batch_on_hold"

    def __init__(self, batch: str, doing: str, reasons: list[str]):
        super().__init__(
            f"{batch} cannot be {doing}: " + "; ".join(reasons),
            batch=batch, doing=doing, reasons="; ".join(reasons),
        )
        self.batch, self.doing, self.reasons = batch, doing, reasons


@dataclass(frozen=True)
class CoolingRule:
    name: str
    target_c: Decimal  # the cooling target ...
    strictly_below: bool  # ... reached strictly below it (UK) or at it (France)
    within: dt.timedelta  # from 63 °C
    chilled_max_c: Decimal  # then kept at or below


COOLING_RULES = {
    "fr": CoolingRule("fr", Decimal("10.0"), False, dt.timedelta(hours=2), Decimal("3.0")),
    "uk": CoolingRule("uk", Decimal("8.0"), True, dt.timedelta(minutes=90), Decimal("8.0")),
}
SETTING = "kitchen.cooling_rule"
CORE_MIN_C = Decimal("75.0")
HOT_HOLDING_ABOVE_C = Decimal("63.0")
FROZEN_MAX_C = Decimal("-18.0")
# Checks a batch needs before its labels print and its portions leave, by holding mode.
REQUIRED = {"hot_held": ("core",), "chilled": ("core", "cooling"), "frozen": ("core", "cooling")}
ALLOWED = {
    "hot_held": ("core", "hot_holding"),
    "chilled": ("core", "cooling", "chilled"),
    "frozen": ("core", "cooling", "chilled"),
}


def cooling_rule() -> CoolingRule:
    row = HangarSetting.get_or_none(HangarSetting.key == SETTING)
    return COOLING_RULES.get(row.value if row else "fr", COOLING_RULES["fr"])


def set_cooling_rule(actor: User, name: str) -> CoolingRule:
    """Choose the hangar's cooling rule; a hangar-wide setting, so only an admin may."""
    permissions.require(actor, "manage_organisations")
    if name not in COOLING_RULES:
        raise ValidationError("cooling_rule", f"the cooling rule is one of {', '.join(COOLING_RULES)}")
    with write_transaction():
        HangarSetting.insert(key=SETTING, value=name).on_conflict(
            conflict_target=[HangarSetting.key], update={HangarSetting.value: name}
        ).execute()
    return COOLING_RULES[name]


def _judge(batch: MealBatch, kind: str, temperature: Decimal, measured_at: dt.datetime,
           started_at: dt.datetime | None) -> tuple[bool, str]:
    if kind == "core":
        return temperature >= CORE_MIN_C, f"core >= {CORE_MIN_C} °C"
    if kind == "hot_holding":
        return temperature > HOT_HOLDING_ABOVE_C, f"hot holding > {HOT_HOLDING_ABOVE_C} °C"
    rule = cooling_rule()
    if kind == "chilled":
        limit = FROZEN_MAX_C if batch.holding_mode == "frozen" else rule.chilled_max_c
        return temperature <= limit, f"{batch.holding_mode} ({rule.name}) <= {limit} °C"
    minutes = int(rule.within.total_seconds() // 60)
    sign = "<" if rule.strictly_below else "<="
    cold = temperature < rule.target_c if rule.strictly_below else temperature <= rule.target_c
    in_time = started_at is not None and measured_at - started_at <= rule.within
    return cold and in_time, f"cooling ({rule.name}) {sign} {rule.target_c} °C within {minutes} min"


def record_temperature(
    actor: User,
    batch: MealBatch,
    kind: str,
    temperature: Decimal | int | str,
    *,
    measured_at: dt.datetime | None = None,
    started_at: dt.datetime | None = None,
) -> TemperatureCheck:
    """Record one reading and judge it. A cooling reading measures from `started_at`, when
    the food left the heat at 63 °C (by default the end-of-cooking core reading)."""
    permissions.require(actor, "cook", batch.kitchen)
    if kind not in CHECK_KINDS:
        raise ValidationError("kind", f"a check is one of {', '.join(CHECK_KINDS)}")
    if kind not in ALLOWED[batch.holding_mode]:
        raise ValidationError("kind", f"a {batch.holding_mode} batch has no {kind} check")
    try:
        to_tenths(temperature)
    except InexactTemperature as exc:
        raise ValidationError("temperature", str(exc)) from None
    temperature = Decimal(temperature)
    if not Decimal("-60") <= temperature <= Decimal("150"):
        raise ValidationError("temperature", f"{temperature} °C is not a kitchen reading")
    measured_at = clock.moment(measured_at or clock.now()).replace(microsecond=0)
    if measured_at < batch.cooked_at - dt.timedelta(hours=1):
        raise ValidationError("measured_at", f"{clock.local(measured_at):%H:%M} is before the batch was cooked")
    if kind == "cooling" and started_at is None:
        started_at = (
            TemperatureCheck.select(TemperatureCheck.measured_at)
            .where((TemperatureCheck.batch == batch.id) & (TemperatureCheck.kind == "core"))
            .order_by(TemperatureCheck.measured_at.desc()).scalar()
        )
        if started_at is None:
            raise ValidationError("started_at", "when did the cooling start (food at 63 °C)?")
    passed, rule = _judge(batch, kind, temperature, measured_at, started_at)
    with write_transaction():
        check = TemperatureCheck.create(
            batch=batch, kind=kind, temperature=temperature, measured_at=measured_at,
            started_at=started_at, passed=passed, rule=rule, recorded_by=actor,
        )
        refresh_status(batch)
    return check


def record_corrective_action(actor: User, check: TemperatureCheck, action: str) -> CorrectiveAction:
    """Say what was done about a failed check (reheated, cooking extended, discarded...);
    it lifts that check's hold on labels and dispatch."""
    batch = check.batch
    permissions.require(actor, "cook", batch.kitchen)
    action = (action or "").strip()
    if not action:
        raise ValidationError("action", "say what was done about the failed check")
    if check.passed:
        raise ValidationError("check", f"the {check.kind} check of {batch.lot.code} passed")
    if CorrectiveAction.select().where(CorrectiveAction.check == check.id).exists():
        raise ValidationError("check", f"that {check.kind} check already has a corrective action")
    with write_transaction():
        done = CorrectiveAction.create(check=check, batch=batch, action=action, recorded_by=actor)
        refresh_status(batch)
    return done


def _unanswered_failures(batch: MealBatch) -> tuple[list[TemperatureCheck], set[str]]:
    """The failed checks without a corrective action, and the kinds of check taken."""
    checks = list(TemperatureCheck.select().where(TemperatureCheck.batch == batch.id)
                  .order_by(TemperatureCheck.measured_at, TemperatureCheck.id))
    answered = {a.check_id for a in CorrectiveAction.select(CorrectiveAction.check)
                .where(CorrectiveAction.batch == batch.id)}
    return [c for c in checks if not c.passed and c.id not in answered], {c.kind for c in checks}


def hold_reasons(batch: MealBatch) -> list[str]:
    """Why the batch may not be labelled or dispatched; empty when it may."""
    failed, taken = _unanswered_failures(batch)
    reasons = [
        f"{c.kind} check failed at {clock.local(c.measured_at):%H:%M} ({c.temperature} °C, {c.rule}) "
        "with no corrective action"
        for c in failed
    ]
    return reasons + [f"no {kind} temperature recorded yet"
                      for kind in REQUIRED[batch.holding_mode] if kind not in taken]


def refresh_status(batch: MealBatch) -> str:
    failed, taken = _unanswered_failures(batch)
    missing = [k for k in REQUIRED[batch.holding_mode] if k not in taken]
    status = "on_hold" if failed else "awaiting_checks" if missing else "ready"
    MealBatch.update(status=status).where(MealBatch.id == batch.id).execute()
    batch.status = status
    return status


def require_released(batch: MealBatch, doing: str) -> None:
    if batch.document.status == "reversed":
        raise ValidationError("batch", f"{batch.lot.code} was undone")
    reasons = hold_reasons(batch)
    if reasons:
        raise BatchOnHold(batch.lot.code, doing, reasons)


def batch_labels(actor: User, batch: MealBatch, containers: int = 1) -> list[MealBatchLabel]:
    """One label per container, the portions shared out (the first containers take any
    remainder); refused while the batch is on hold."""
    permissions.require(actor, "cook", batch.kitchen)
    if isinstance(containers, bool) or not isinstance(containers, int) or not 0 < containers <= batch.portions:
        raise ValidationError("containers", f"between 1 and {batch.portions} containers, not {containers!r}")
    require_released(batch, "labelled")
    recipe = batch.recipe
    ingredients = tuple(
        MealIngredient(line.item.name, allergens_of([line.item])) for line in recipe_lines(recipe)
    )
    use_by: dt.date | dt.datetime = (
        clock.day_of(batch.use_by) if recipe.use_by_rule == "days_after" else clock.local(batch.use_by)
    )
    each, extra = divmod(batch.portions, containers)
    return [
        MealBatchLabel(
            batch=batch.lot.code, dish=recipe.name, produced=clock.day_of(batch.cooked_at),
            use_by=use_by, storage=recipe.storage,
            ingredients=ingredients, allergens=tuple(a for a in batch.allergens.split(",") if a),
            portions=each + (1 if n < extra else 0), kitchen=batch.kitchen.name,
        )
        for n in range(containers)
    ]
