"""Refusals of the label renderer, each carrying the facts a screen or the CLI needs.

`labels/` may not import `warehouse_app`, so these mirror the shape of its HangarError
(`code`, `facts`, an English `str()`); the CLI turns them into its own refusals.
"""

from __future__ import annotations

from typing import Any


class LabelError(Exception):
    """Base of every refusal the label renderer makes on purpose."""

    code = "label_error"

    def __init__(self, message: str, **facts: Any):
        super().__init__(message)
        self.message = message
        self.facts = facts


class UnknownLabelSize(LabelError):
    code = "unknown_label_size"

    def __init__(self, name: str, known: tuple[str, ...]):
        super().__init__(
            f"no label size {name!r}: known sizes are {', '.join(known)}", name=name, known=known
        )
        self.name = name


class BarcodeDoesNotFit(LabelError):
    """The code is too long for the label even with the narrowest bar the scanners read."""

    code = "barcode_does_not_fit"

    def __init__(self, code: str, size: str, dpi: int, needed_mm: float, available_mm: float):
        super().__init__(
            f"code {code!r} needs {needed_mm:.1f} mm of width with its quiet zones at the "
            f"narrowest bar we print at {dpi} dpi, and label {size} has {available_mm:.1f} mm: "
            "use a wider label or a shorter code",
            barcode=code, size=size, dpi=dpi, needed_mm=needed_mm, available_mm=available_mm,
        )
        self.barcode, self.size, self.dpi = code, size, dpi


class UnprintableCode(LabelError):
    """Code 128 carries ASCII only; an accented or empty code cannot be a barcode."""

    code = "unprintable_code"

    def __init__(self, code: str, problem: str):
        super().__init__(f"code {code!r} cannot be printed as Code 128: {problem}",
                         barcode=code, problem=problem)
        self.barcode = code


class WrongSheet(LabelError):
    """Images that do not belong on the sheet asked for, or a start outside the sheet."""

    code = "wrong_sheet"

    def __init__(self, size: str, problem: str):
        super().__init__(f"sheet {size}: {problem}", size=size, problem=problem)
        self.size = size
