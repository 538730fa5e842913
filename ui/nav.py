"""The hangar's jobs, as the navigation shows them.

A screen is listed only when its capability exists (the core module it calls is there)
and the signed-in person may use it (the same rule the core enforces): there are no
dead buttons. Screens are imported when first opened, which keeps start-up fast.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from models import User
from warehouse_app import permissions


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str  # English source text; shown through QCoreApplication.translate("Nav", ...)
    factory: str  # "ui.screens.module:ClassName", built with the AppContext
    needs: tuple[str, ...] = ()  # core modules that must exist
    action: str | None = None  # what the person must be allowed to do (permissions.RULES)

    def title_text(self) -> str:
        return QCoreApplication.translate("Nav", self.title)

    def capability_exists(self) -> bool:
        return all(_module_exists(name) for name in (*self.needs, self.factory.split(":")[0]))

    def allowed_for(self, user: User | None) -> bool:
        if self.action is None:
            return True
        return user is not None and permissions.reach(user, self.action) is not None

    def build(self, ctx) -> QWidget:
        module, name = self.factory.split(":")
        return getattr(importlib.import_module(module), name)(ctx)


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


# In the order of the hangar's day. A screen whose module is not written yet stays hidden.
SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("dashboard", QT_TRANSLATE_NOOP("Nav", "Today"),
               "ui.screens.dashboard.screen:DashboardScreen",
               needs=("warehouse_app.dashboard",), action="view_audit"),
    ScreenSpec("scan", QT_TRANSLATE_NOOP("Nav", "Scan"), "ui.screens.lookup:LookupScreen",
               needs=("warehouse_app.scan",)),
    ScreenSpec("intake", QT_TRANSLATE_NOOP("Nav", "Receive"), "ui.screens.intake.screen:IntakeScreen",
               needs=("warehouse_app.intake.receipts",), action="receive"),
    ScreenSpec("moves", QT_TRANSLATE_NOOP("Nav", "Move boxes"), "ui.screens.goods_out.moves.screen:MoveScreen",
               needs=("warehouse_app.goods_out.moves",), action="move"),
    ScreenSpec("stock", QT_TRANSLATE_NOOP("Nav", "Stock"), "ui.screens.stock.screen:StockScreen",
               needs=("warehouse_app.stock.on_hand",), action="view_stock"),
    ScreenSpec("distribution", QT_TRANSLATE_NOOP("Nav", "Give out"),
               "ui.screens.goods_out.distribution.screen:DistributionScreen",
               needs=("warehouse_app.goods_out.distribution",), action="distribute"),
    ScreenSpec("transfers", QT_TRANSLATE_NOOP("Nav", "Transfers and loans"),
               "ui.screens.goods_out.transfers.screen:TransfersScreen",
               needs=("warehouse_app.goods_out.transfers",), action="transfer"),
    ScreenSpec("kitchen", QT_TRANSLATE_NOOP("Nav", "Kitchen"), "ui.screens.kitchen.screen:KitchenScreen",
               needs=("warehouse_app.kitchen.batches",), action="cook"),
    ScreenSpec("trace", QT_TRANSLATE_NOOP("Nav", "Trace and recall"),
               "ui.screens.trace.screen:TraceScreen",
               needs=("warehouse_app.trace.recall",), action="view_stock"),
    ScreenSpec("workshop", QT_TRANSLATE_NOOP("Nav", "Workshop"),
               "ui.screens.workshop.screen:WorkshopScreen",
               needs=("warehouse_app.workshop.kits",), action="build_kits"),
    ScreenSpec("counts", QT_TRANSLATE_NOOP("Nav", "Count"), "ui.screens.counts.screen:CountScreen",
               needs=("warehouse_app.counts.sessions", "warehouse_app.counts.review"), action="count"),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("Nav", "Reports"), "ui.screens.reports:ReportsScreen",
               needs=("warehouse_app.reports.monthly",), action="export_report"),
    ScreenSpec("import", QT_TRANSLATE_NOOP("Nav", "Import"),
               "ui.screens.imports:ImportWizardScreen",
               needs=("warehouse_app.imports.stock",), action="adjust"),
    ScreenSpec("audit", QT_TRANSLATE_NOOP("Nav", "Who did what"), "ui.screens.audit.screen:AuditScreen",
               needs=("warehouse_app.audit",), action="view_audit"),
    ScreenSpec("admin", QT_TRANSLATE_NOOP("Nav", "Administration"),
               "ui.screens.admin.screen:AdminScreen",
               needs=("warehouse_app.users",), action="manage_users"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Nav", "Settings"),
               "ui.screens.settings:SettingsScreen"),
)


def available_screens(user: User | None, screens: tuple[ScreenSpec, ...] = SCREENS
                      ) -> list[ScreenSpec]:
    return [s for s in screens if s.capability_exists() and s.allowed_for(user)]
