"""Label rendering against DESIGN.md's budgets: at least 200 labels a second at 300 dpi
(a box label on the 62 mm Brother roll), and 500 labels to an A4-sheet PDF under 5 s.

`run(report)` calls report(name, value, unit, budget, ok) once per figure;
`python -m bench.labels` prints them as `bench <name> <value> <unit> budget <budget> <ok|over>`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from decimal import Decimal

from labels import BoxLabel, LocationLabel, render, render_many, to_sheet_pdf

Report = Callable[[str, float, str, str, bool], None]

RENDER_SECONDS = 3.0
RENDER_BUDGET = 200  # labels per second
SHEET_LABELS = 500
SHEET_BUDGET_S = 5.0

# A GRN's boxes differ in code, content, count and weight; owners rotate across NGOs.
CONTENTS = ("Men's winter jacket", "Tinned tomatoes 400 g", "Sleeping bag, adult",
            "Baby nappies size 4", "Toothpaste 75 ml", "Red lentils", "Chaussettes laine")
OWNERS = ("Aid Without Borders", "Care4Calais", "Refugee Community Kitchen",
          "Médecins du Monde", "Refugee Shelter Network")


def box_label(n: int) -> BoxLabel:
    return BoxLabel(
        f"BOX-{n:06d}", owner=OWNERS[n % len(OWNERS)], content=CONTENTS[n % len(CONTENTS)],
        item_size="M" if n % 2 else "", gender="men" if n % 3 == 0 else "",
        count=Decimal(12 + n % 37), unit="piece", weight_g=4000 + 37 * n, lot=f"L{2000 + n}",
        date=dt.date(2027, 1, 1) + dt.timedelta(days=n % 300), date_kind="best_before",
        location=f"LOC-A-{n % 20:02d}-{n % 4 + 1}", donation=f"GRN-2026-{n // 40:05d}",
    )


def bench_render(report: Report) -> None:
    render(box_label(0), "62x100", 300)  # first call loads the fonts: not what we measure
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < RENDER_SECONDS:
        render(box_label(n), "62x100", 300)
        n += 1
    rate = n / (time.perf_counter() - start)
    report("label_render_300dpi", round(rate), "labels/s", f">={RENDER_BUDGET}",
           rate >= RENDER_BUDGET)


def bench_sheet_pdf(report: Report) -> None:
    boxes = [dataclasses.replace(box_label(n), location="") for n in range(SHEET_LABELS // 2)]
    shelves = [LocationLabel(f"LOC-B-{n:02d}-{n % 5}", name=f"B {n:02d} {n % 5}")
               for n in range(SHEET_LABELS - len(boxes))]
    start = time.perf_counter()
    rendered = render_many(boxes, "a4-24", 300) + render_many(shelves, "a4-24", 300)
    pdf = to_sheet_pdf(rendered, start_at=5)
    seconds = time.perf_counter() - start
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the sheet PDF is not a PDF")
    report("label_sheet_pdf_500", round(seconds, 2), "s", f"<{SHEET_BUDGET_S:g}",
           seconds < SHEET_BUDGET_S)


def run(report: Report) -> None:
    bench_render(report)
    bench_sheet_pdf(report)


def print_line(name: str, value: float, unit: str, budget: str, ok: bool) -> None:
    print(f"bench {name} {value} {unit} budget {budget} {'ok' if ok else 'over'}", flush=True)


if __name__ == "__main__":
    run(print_line)
