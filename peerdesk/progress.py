"""How long work reports how far it got and learns that the user cancelled, without knowing about Qt.

The domain calls `progress.step(done, total)` now and then; a step after the user pressed Cancel raises Cancelled,
so the work stops where it can (a write in progress rolls back whole). The GUI reads `done`/`total` on a timer.
"""

from __future__ import annotations

import threading

from peerdesk.errors import PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP


class Cancelled(PeerDeskError):
    """The user cancelled long work; nothing of it was saved."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Progress", "Cancelled: nothing was changed."))


class Progress:
    def __init__(self, *, cancellable: bool = True) -> None:
        self.cancellable = cancellable
        self.done = 0
        self.total = 0  # 0: not known yet
        self._cancelled = threading.Event()

    def step(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if self._cancelled.is_set():
            raise Cancelled

    def cancel(self) -> None:
        if self.cancellable:
            self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()
