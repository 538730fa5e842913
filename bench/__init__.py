"""`make bench`: Hangar against the performance budgets of DESIGN.md, one line per figure.

Every figure is printed by `report` in one form that later benchmarks reuse:
`bench <name> <value> <unit> budget <budget> <ok|over> [ratio <x> vs sqlite3]`.
"""

from __future__ import annotations


def report(name: str, value: float, unit: str, budget: str, ok: bool,
           ratio: float | None = None) -> None:
    """Print one figure; `ratio` is Hangar's time over the same statements in plain sqlite3."""
    tail = f" ratio {ratio:.1f} vs sqlite3" if ratio is not None else ""
    print(f"bench {name} {value} {unit} budget {budget} {'ok' if ok else 'over'}{tail}",
          flush=True)
