"""Who is at this workstation now. Every operation is done as `session.user`.

Outside shift mode a person is signed out after some minutes without touching the
screen or the keyboard (the desk is shared, and every action is attributed). In shift
mode the intake desk stays signed in for the shift and keeps the people who signed in
during it at hand, so switching volunteer is one tap.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from models import User

IDLE_SIGN_OUT_MINUTES = 10
SHIFT_HOURS = 8
RECENT_PEOPLE = 8


class Session(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.user: User | None = None
        self.shift_mode = False
        self.recent: list[User] = []  # people of this shift, most recent first
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.sign_out)

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    def sign_in(self, user: User, *, shift_mode: bool | None = None) -> None:
        """`user` must come with its organisation loaded (the GUI thread never queries)."""
        self.user = user
        if shift_mode is not None:
            self.shift_mode = shift_mode
        self.recent = [user] + [u for u in self.recent if u.id != user.id][: RECENT_PEOPLE - 1]
        self._arm_idle()
        self.changed.emit()

    def sign_out(self) -> None:
        if self.user is None:
            return
        self.user = None
        self._idle.stop()
        self.changed.emit()

    def end_shift(self) -> None:
        self.shift_mode = False
        self.recent.clear()
        self.sign_out()

    def touch(self) -> None:
        """Someone used the workstation: push the idle sign-out back."""
        if self.user is not None and self._idle.isActive():
            self._idle.start()

    def _arm_idle(self) -> None:
        minutes = SHIFT_HOURS * 60 if self.shift_mode else IDLE_SIGN_OUT_MINUTES
        self._idle.start(minutes * 60 * 1000)
