"""`python -m bench`: the core figures on the synthetic hangar, then the label figures."""

from __future__ import annotations

import importlib.util

from bench import core, report


def main() -> None:
    core.run(report)
    from bench import production  # meal batch posting and recall trace

    production.run(report)
    from bench import reports  # monthly reports and spreadsheet imports

    reports.run(report)
    if importlib.util.find_spec("bench.labels") is not None:
        from bench import labels  # another part of the bench, present once labels exist

        labels.run(report)
    from bench import ui  # the window: launch to usable, longest stall during an intake

    ui.run(report)
    importlib.import_module("bench.stock_browser").run(report)  # scrolling the whole ledger


if __name__ == "__main__":
    main()
