"""The open workspace as the window sees it: the workspace, its undo stack, who is acting, and its liveness.

Every edit goes through `Session.run(operation)`: the domain operation runs at once (so a dialog that caused an error
keeps its input) and, if it changed anything, its Change becomes one QUndoCommand whose undo is the operation the
domain returned (and whose redo is that undo's own undo). `changed` carries the tables touched, so pages reload only
when what they show changed (None: another process changed the file, anything may have changed);
`read_only_changed` tells the window to disable editing (lock taken over, or opened read-only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from peerdesk import lock
from peerdesk.changes import Change, Op
from peerdesk.errors import PeerDeskError
from peerdesk.gui.translation import arg, error_text, text
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
    """One domain change already done once. Undo runs the change's undo operation; that run's own undo is the redo."""

    def __init__(self, session: Session, change: Change[object]) -> None:
        super().__init__(text(change.label))
        self._session, self._label = session, change.label
        self._undo: Op | None = change.undo
        self._redo: Op | None = None
        self._done = True  # QUndoStack.push calls redo(): the edit itself already happened

    def redo(self) -> None:
        if self._done:
            self._done = False
        elif self._redo is not None:
            self._undo = self._session.replay(self._redo, self)

    def undo(self) -> None:
        if self._undo is not None:
            self._redo = self._session.replay(self._undo, self)

    def retranslate(self) -> None:
        self.setText(text(self._label))


class Session(QObject):
    changed = Signal(object)  # frozenset[str] of the tables touched, or None when unknown (another process)
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

    def run(self, operation: Op) -> Change[Any]:
        """Do an edit now and make it one undo step. Domain errors reach the caller and nothing is pushed; an
        operation that changed nothing (a dialog closed with OK and no change) adds no undo step."""
        change = self._guarded(lambda: operation(self.ws))
        if change.changed:
            self.stack.push(Edit(self, change))
            self._after_write(change.touched)
        return change

    def commit(self, operation: Op) -> Change[Any]:
        """A deliberate act that Ctrl+Z does not undo (saving a job-description revision, signing; an autosave, whose
        typing the editor undoes itself): done now and reported to the pages, with no undo step."""
        change = self._guarded(lambda: operation(self.ws))
        if change.touched:
            self._after_write(change.touched)
        return change

    def replay(self, operation: Op, command: Edit) -> Op | None:
        """Run an undo or redo; returns the operation that reverses it, None when it failed."""
        try:
            change = self._guarded(lambda: operation(self.ws))
        except PeerDeskError as err:
            # The file and the stack disagree now: drop the command rather than replay it wrongly later.
            command.setObsolete(True)
            self.failed.emit(error_text(err))
            self._after_write(None)
            return None
        self._after_write(change.touched)
        return change.undo

    def _guarded(self, operation: Callable[[], T]) -> T:
        try:
            return operation()
        except LockLost as err:
            self.lose_lock(lambda lost=err: error_text(lost))  # `err` itself is unbound after the except block
            raise

    def _after_write(self, touched: frozenset[str] | None) -> None:
        self._seen = quietly(self.ws.change_counter) or self._seen
        self.changed.emit(touched)

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
            taker = quietly(self.ws.lock_holder)
            person, host = (taker.person, taker.host) if taker else ("?", "?")
            self.lose_lock(lambda: arg(self.tr("%1 on %2 took this workspace over. It is read-only here now."),
                                       person, host))

    def check_external_changes(self) -> None:
        """Reload when another process committed a change (we are a read-only viewer, or were taken over)."""
        counter = quietly(self.ws.change_counter)
        if counter is not None and counter != self._seen:
            self._seen = counter
            self.changed.emit(None)

    def close(self) -> None:
        self._heartbeat.stop()
        self._reload.stop()
        self.stack.clear()
        self.ws.close()
