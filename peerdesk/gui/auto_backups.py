"""Automatic backups in the GUI: on opening, every 30 minutes if something changed, and on closing.

The backup module decides when and how; this file only drives the timer. (File › Backups… is backups_dialog.py.)
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from peerdesk import backup
from peerdesk.backup import BackupInfo
from peerdesk.errors import PeerDeskError
from peerdesk.gui import worker
from peerdesk.gui.session import Session, quietly

CHECK_EVERY_MS = 60_000
log = logging.getLogger(__name__)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class AutoBackups(QObject):
    """Automatic backups of one session's workspace, made in the background from the file by its own connection."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.path = session.ws.path
        self.auto = backup.AutoBackup(quietly(session.ws.change_counter) or 0)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS, timeout=self._tick)
        self._timer.start()
        try:
            if backup.due_on_open(self.path, _now()):
                self._make("open")
        except PeerDeskError as err:
            log.warning("no backup on opening: %s", err)

    def _tick(self) -> None:
        counter = quietly(self.session.ws.change_counter)  # a network hiccup: try again at the next tick
        if counter is not None and self.auto.due(counter, _now()):
            self._make("periodic", counter)

    def _make(self, reason: str, counter: int | None = None) -> None:
        if counter is None:
            counter = quietly(self.session.ws.change_counter)
        if counter is not None:
            self.auto.made(counter, _now())  # at once, so the next tick does not start a second copy
        path = self.path
        worker.start(lambda: backup.backup_file(path, reason), self._done)

    @staticmethod
    def _done(info: BackupInfo | None, error: BaseException | None) -> None:
        if error is not None:
            # An automatic backup that fails must not interrupt the user; the next one tries again.
            log.warning("automatic backup failed: %s", error)

    def on_close(self, parent: QWidget | None) -> None:
        """Before the workspace closes: a last backup when something changed since the previous one."""
        self._timer.stop()
        counter = quietly(self.session.ws.change_counter)
        if counter is not None and self.auto.due(counter, _now(), closing=True):
            try:
                worker.run_with_progress(parent, self.tr("Making a backup…"),
                                         lambda: backup.backup_file(self.path, "close"))
            except PeerDeskError as err:
                log.warning("no backup on closing: %s", err)
