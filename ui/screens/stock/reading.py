"""What the stock browser and the audit trail share: both keep their screen while
people sign in and out, read everything through the core with the rights of the person
signed in, and say a refusal in their banner.

A mixin for a screen with `ctx`, `view.banner` and a `_person` counter it sets to 0 and
bumps in its start_over (when someone else signs in)."""

from __future__ import annotations

from ui import error_dialog
from ui.messages import describe
from ui.widgets import show_banner
from warehouse_app.errors import HangarError


class ReadingForThePerson:
    @property
    def actor(self):
        return self.ctx.session.user

    def _theirs(self, then):
        """`then`, unless another person signed in since it was asked for: the answer
        was read with the earlier person's rights."""
        person = self._person
        return lambda result: then(result) if person == self._person else None

    def show_refusal(self, error: Exception) -> None:
        show_banner(self.view.banner, describe(error), "problem")
        self.view.banner.show()
        if not isinstance(error, HangarError):  # a bug: the standard dialog logs it
            error_dialog.show_error(self, error, "")
