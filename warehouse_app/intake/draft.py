"""A donation receipt while the intake desk is still making it: lines, boxes, and the undo
of the last scan, as plain values (no database, no Qt). `intake_desk.post_draft` posts it.

The desk saves it as JSON after every change (`save_draft`, atomic), so a crash, a power
cut or a closed window loses nothing: the next time the screen opens it offers the draft
back. Nothing here decides whether a line is acceptable: `intake.receive_donation` does,
at posting, and names the line and field that are wrong.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from warehouse_app import quantities

FORMAT = 1  # the JSON layout's version; a file of another version is set aside, not read


@dataclass(frozen=True)
class ItemInfo:
    """What the desk shows of an item, read once from the database."""

    id: int
    code: str
    name: str
    unit: str
    size: str | None = None
    gender: str | None = None
    perishable: bool = False


@dataclass
class DraftLine:
    item: ItemInfo
    quantity: Decimal
    box_no: int | None = 1  # a new box of this receipt (1, 2...), or None with existing_box
    existing_box_id: int | None = None
    existing_box_code: str | None = None
    weight_g: int | None = None
    lot_code: str | None = None
    date: dt.date | None = None
    date_kind: str | None = None  # "use_by" | "best_before"
    condition: str = "good"
    scanned_code: str | None = None

    def same_place_and_lot(self, other: DraftLine) -> bool:
        return (self.item.id, self.box_no, self.existing_box_id, self.lot_code, self.date,
                self.date_kind, self.condition) == (
                other.item.id, other.box_no, other.existing_box_id, other.lot_code,
                other.date, other.date_kind, other.condition)


@dataclass
class _Step:
    """How to take back one change: the row, and the line as it was (None: it was new)."""

    row: int
    before: DraftLine | None
    removed: bool = False


@dataclass
class Draft:
    owner_id: int | None = None
    owner_name: str = ""
    owner_colour: str = ""
    donor_id: int | None = None
    donor_name: str = ""
    priority: int = 2
    lines: list[DraftLine] = field(default_factory=list)
    current_box: int = 1  # the new box lines go into, unless an existing box is chosen
    target_box_id: int | None = None  # an existing box (scanned BOX- label) lines go into
    target_box_code: str | None = None
    started_at: str = ""
    started_by: str = ""
    last_row: int | None = None  # the line the last scan went to
    last_pack: Decimal = Decimal(1)  # what that scan counted
    _undo: list[_Step] = field(default_factory=list, repr=False)

    # -- adding --------------------------------------------------------------------------
    def add(self, item: ItemInfo, quantity: Decimal | int = 1, *, scanned_code: str | None = None,
            lot_code: str | None = None, date: dt.date | None = None,
            date_kind: str | None = None, weight_g: int | None = None) -> int:
        """A scan or a pick: the same item into the same box and lot adds to its line;
        anything else is a new line. Returns the line's row."""
        quantity = Decimal(quantity)
        new = DraftLine(item=item, quantity=quantity, weight_g=weight_g, lot_code=lot_code,
                        date=date, date_kind=date_kind, scanned_code=scanned_code,
                        **self._target())
        for row, line in enumerate(self.lines):
            if line.same_place_and_lot(new):
                self._remember(row)
                line.quantity += quantity
                if weight_g is not None:
                    line.weight_g = (line.weight_g or 0) + weight_g
                break
        else:
            self.lines.append(new)
            row = len(self.lines) - 1
            self._undo.append(_Step(row, None))
        self.last_row, self.last_pack = row, quantity
        return row

    def repeat_last(self, times: int) -> int | None:
        """"x24": the last scan counts `times` times in all (one scan, then x24)."""
        if self.last_row is None or times < 1 or self.last_row >= len(self.lines):
            return None
        self._remember(self.last_row)
        self.lines[self.last_row].quantity += self.last_pack * (times - 1)
        self.last_pack *= times
        return self.last_row

    def set_quantity(self, row: int, quantity: Decimal | int) -> None:
        """The keypad or +/-: the line's count; 0 or less takes the line out."""
        quantity = Decimal(quantity)
        if quantity <= 0:
            self.remove(row)
            return
        self._remember(row)
        self.lines[row].quantity = quantity

    def change(self, row: int, **fields: Any) -> None:
        """Weight, lot, date and kind, condition of one line."""
        known = {f.name for f in dataclasses.fields(DraftLine)}
        unknown = set(fields) - known
        if unknown:
            raise ValueError(f"not a field of a line: {sorted(unknown)}")
        self._remember(row)
        for name, value in fields.items():
            setattr(self.lines[row], name, value)

    def remove(self, row: int) -> None:
        line = self.lines.pop(row)
        self._undo.append(_Step(row, line, removed=True))
        if self.last_row is not None and self.last_row >= row:
            self.last_row = None

    # -- boxes -----------------------------------------------------------------------------
    def _target(self) -> dict[str, Any]:
        if self.target_box_id is not None:
            return {"box_no": None, "existing_box_id": self.target_box_id,
                    "existing_box_code": self.target_box_code}
        return {"box_no": self.current_box}

    def new_box(self) -> int:
        """Start the next new box (box 2 after box 1); an empty current box is reused."""
        used = [line.box_no for line in self.lines if line.box_no is not None]
        if self.target_box_id is None and self.current_box not in used:
            return self.current_box
        self.current_box = max([self.current_box, *used]) + 1
        self.target_box_id = self.target_box_code = None
        return self.current_box

    def use_box(self, box_id: int, code: str) -> None:
        """A scanned BOX- label: the next lines go into that box (already in the hangar)."""
        self.target_box_id, self.target_box_code = box_id, code

    @property
    def new_box_numbers(self) -> list[int]:
        return sorted({line.box_no for line in self.lines if line.box_no is not None})

    # -- undo ------------------------------------------------------------------------------
    def _remember(self, row: int) -> None:
        self._undo.append(_Step(row, dataclasses.replace(self.lines[row])))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_last(self) -> int | None:
        """Take back the last change; returns the row it touched (None: nothing to undo)."""
        if not self._undo:
            return None
        step = self._undo.pop()
        if step.removed:
            self.lines.insert(step.row, step.before)
        elif step.before is None:
            self.lines.pop(step.row)
        else:
            self.lines[step.row] = step.before
        self.last_row = None
        return step.row

    @property
    def empty(self) -> bool:
        return not self.lines and self.owner_id is None

    # -- saving ----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if not f.name.startswith("_") and f.name != "lines"}
        data["lines"] = [dataclasses.asdict(line) for line in self.lines]
        data["format"] = FORMAT
        return json.loads(json.dumps(data, default=_plain))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        if data.get("format") != FORMAT:
            raise ValueError(f"draft format {data.get('format')!r}, expected {FORMAT}")
        lines = [_line(raw) for raw in data.get("lines", [])]
        header = {f.name: data[f.name] for f in dataclasses.fields(cls)
                  if f.name in data and not f.name.startswith("_")
                  and f.name not in ("lines", "last_pack", "last_row")}
        return cls(lines=lines, **header)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not saved in a draft")


def _line(raw: dict[str, Any]) -> DraftLine:
    values = dict(raw)
    values["item"] = ItemInfo(**values["item"])
    values["quantity"] = Decimal(values["quantity"])
    if values.get("date"):
        values["date"] = dt.date.fromisoformat(values["date"])
    return DraftLine(**values)


def kilograms_to_grams(text: str) -> int | None:
    """A weight typed in kg ("2.5", "2,5", "0.125") as exact whole grams; "" is no weight."""
    kg = quantities.parse_optional(text.strip().removesuffix("kg"), field="weight")
    return None if kg is None else int(kg * 1000)  # three decimals: whole grams


# -- the file ---------------------------------------------------------------------------------

def save_draft(path: Path, draft: Draft) -> None:
    """Write the draft atomically: a power cut leaves the old file or the new one."""
    write_draft_file(path, draft.to_dict())


def write_draft_file(path: Path, data: dict[str, Any]) -> None:
    """`save_draft` of a draft's `to_dict()` taken earlier (a worker writes the file while
    the desk goes on changing the draft itself)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def load_draft(path: Path) -> Draft | None:
    """The saved draft, or None when there is none worth offering. A file that cannot be
    read is kept aside as .unreadable (someone may want to look) rather than lost."""
    if not path.exists():
        return None
    try:
        draft = Draft.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError):
        os.replace(path, path.with_suffix(".unreadable"))
        return None
    return None if draft.empty else draft


def discard_draft(path: Path) -> None:
    path.unlink(missing_ok=True)
