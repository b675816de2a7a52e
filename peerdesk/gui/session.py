"""The open workspace as the window sees it: the workspace, its undo stack, who is acting, and its liveness.

Every edit goes through `Session.edit`: the domain operation runs at once (so a dialog that caused an error keeps its
input), then becomes one QUndoCommand whose undo and redo are domain operations too. `changed` tells the pages to
reload; `read_only_changed` tells the window to disable editing (lock taken over, or opened read-only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from peerdesk import lock
from peerdesk.errors import PeerDeskError
from peerdesk.gui.translation import arg, error_text, text
from peerdesk.i18n import Msg
from peerdesk.inspection import known_errors
from peerdesk.store import LockLost, Workspace

T = TypeVar("T")
Reason = Callable[[], str]  # why the session is read-only, in the language shown at the time
RELOAD_CHECK_MS = 3000
log = logging.getLogger(__name__)


def quietly(operation: Callable[[], T]) -> T | None:
    """Background checks (timers) must not interrupt the user: a busy or briefly unreachable file (a network
    hiccup) is a known error, logged and tried again next time; None then."""
    try:
        return operation()
    except PeerDeskError as exc:
        log.info("background check skipped: %s", exc)
        return None


class Edit(QUndoCommand):
    """One user edit already done once; undo and redo replay domain operations through the session."""

    def __init__(self, session: Session, label: Msg, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(text(label))
        self._session, self._label, self._undo, self._redo = session, label, undo, redo
        self._done = True  # QUndoStack.push calls redo(): the edit itself already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._session.replay(self._redo, self)

    def undo(self) -> None:
        self._session.replay(self._undo, self)

    def retranslate(self) -> None:
        self.setText(text(self._label))


class Session(QObject):
    changed = Signal()
    read_only_changed = Signal()
    failed = Signal(str)  # a known error while undoing or redoing: the window shows it

    def __init__(self, ws: Workspace, read_only_reason: Reason | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.stack = QUndoStack(self)
        self.read_only_reason: Reason = read_only_reason or str
        self._seen = ws.change_counter()
        self._heartbeat = QTimer(self, interval=lock.HEARTBEAT_SECONDS * 1000, timeout=self._beat)
        self._reload = QTimer(self, interval=RELOAD_CHECK_MS, timeout=self.check_external_changes)
        self._reload.start()
        if not self.read_only:
            self._heartbeat.start()

    @property
    def read_only(self) -> bool:
        return self.ws.read_only

    # -- editing -------------------------------------------------------------------------------------------

    def edit(self, label: Msg, do: Callable[[], T], undo: Callable[[T], object],
             redo: Callable[[T], object] | None = None) -> T:
        """Do an edit now and make it undoable. Domain errors reach the caller and nothing is pushed."""
        result = self._guarded(do)
        again = (lambda: redo(result)) if redo else do
        self.stack.push(Edit(self, label, lambda: undo(result), again))
        self._after_write()
        return result

    def replay(self, operation: Callable[[], object], command: Edit) -> None:
        try:
            self._guarded(operation)
        except PeerDeskError as err:
            # The file and the stack disagree now: drop the command rather than replay it wrongly later.
            command.setObsolete(True)
            self.failed.emit(error_text(err))
        self._after_write()

    def _guarded(self, operation: Callable[[], T]) -> T:
        try:
            return operation()
        except LockLost as err:
            self.lose_lock(lambda lost=err: error_text(lost))  # `err` itself is unbound after the except block
            raise

    def _after_write(self) -> None:
        self._seen = self.ws.change_counter()
        self.changed.emit()

    def retranslate(self) -> None:
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            if isinstance(command, Edit):
                command.retranslate()

    # -- who is acting --------------------------------------------------------------------------------------

    def set_actor(self, name: str) -> None:
        """Everything saved from now on records `name`; the lock record names them too, for anyone else opening."""
        quietly(lambda: self.ws.set_actor(name))

    # -- liveness -------------------------------------------------------------------------------------------

    def lose_lock(self, reason: Reason) -> None:
        """Someone took the file over: stop writing, keep showing, say why."""
        self.ws.read_only = True
        self.read_only_reason = reason
        self._heartbeat.stop()
        self.stack.clear()  # the commands could no longer be undone here
        self.read_only_changed.emit()

    def _beat(self) -> None:
        if quietly(self.ws.heartbeat) is False:
            taker = quietly(self._holder)
            person, host = (taker.person, taker.host) if taker else ("?", "?")
            self.lose_lock(lambda: arg(self.tr("%1 on %2 took this workspace over. It is read-only here now."),
                                       person, host))

    def check_external_changes(self) -> None:
        """Reload when another process committed a change (we are a read-only viewer, or were taken over)."""
        counter = quietly(self.ws.change_counter)
        if counter is not None and counter != self._seen:
            self._seen = counter
            self.changed.emit()

    def _holder(self) -> lock.Holder | None:
        """Who took the file over, to name them (the Workspace offers no reader of its lock record)."""
        with known_errors(self.ws.path):
            return lock.holder(self.ws.conn)

    def close(self) -> None:
        self._heartbeat.stop()
        self._reload.stop()
        self.stack.clear()
        self.ws.close()
