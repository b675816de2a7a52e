"""Backups in the GUI: the automatic ones (on opening, every 30 minutes if changed, on closing) and File › Backups….

The backup module decides when and how; this file only drives the timer and shows the list.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk import backup
from peerdesk.backup import BackupInfo
from peerdesk.errors import PeerDeskError
from peerdesk.gui import worker
from peerdesk.gui.models import RowsModel
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Retranslating, arg, error_text, text

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
        self.auto = backup.AutoBackup(session.ws.change_counter())
        self._timer = QTimer(self, interval=CHECK_EVERY_MS, timeout=self._tick)
        self._timer.start()
        try:
            if backup.due_on_open(self.path, _now()):
                self._make("open")
        except PeerDeskError as err:
            log.warning("no backup on opening: %s", err)

    def _tick(self) -> None:
        counter = self.session.ws.change_counter()
        if self.auto.due(counter, _now()):
            self._make("periodic", counter)

    def _make(self, reason: str, counter: int | None = None) -> None:
        counter = self.session.ws.change_counter() if counter is None else counter
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
        counter = self.session.ws.change_counter()
        if self.auto.due(counter, _now(), closing=True):
            try:
                worker.run_with_progress(parent, self.tr("Making a backup…"),
                                         lambda: backup.backup_file(self.path, "close"))
            except PeerDeskError as err:
                log.warning("no backup on closing: %s", err)


class BackupsModel(RowsModel):
    DATE, TIME, SIZE, REASON = range(4)
    COLUMNS = 4

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Time"), self.tr("Size"), self.tr("Why it was made")]

    def cell(self, row: BackupInfo, column: int) -> str:
        local = row.created.astimezone()
        reason = backup.REASONS.get(row.reason)
        return [local.strftime("%Y-%m-%d"), local.strftime("%H:%M:%S"), QLocale().formattedDataSize(row.size),
                text(reason) if reason else row.reason][column]


class BackupsDialog(Retranslating, QDialog):
    """The list of this workspace's backups; Restore… asks first; Save a copy… writes one anywhere.

    `restore_chosen` is the backup to restore after the dialog closed (the window closes the workspace first).
    """

    def __init__(self, path: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.path = path
        self.restore_chosen: BackupInfo | None = None
        self.model = BackupsModel()
        self.intro = QLabel(self, wordWrap=True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.intro.setBuddy(self.view)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore = QPushButton(self)
        self.copy = QPushButton(self)
        self.buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(self.ask_restore)
        self.copy.clicked.connect(self.save_copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.reload()
        self.retranslate()

    def reload(self) -> None:
        try:
            self.model.set_rows(backup.list_backups(self.path))
        except PeerDeskError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
        if self.model.rowCount():
            self.view.selectRow(0)
        self.restore.setEnabled(self.model.rowCount() > 0)

    def _selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def ask_restore(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        when = chosen.created.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(self, self.tr("Restore backup"), arg(self.tr(
            "Replace the workspace with the backup from %1? The current state is backed up first, so this can be "
            "reversed by restoring that backup."), when))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_chosen = chosen
            self.accept()

    def save_copy(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save a copy in folder"))
        if not folder:
            return
        try:
            info = worker.run_with_progress(self, self.tr("Saving a copy…"),
                                            lambda: backup.backup_file(self.path, "manual", to=Path(folder)))
        except PeerDeskError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return
        QMessageBox.information(self, self.windowTitle(), arg(self.tr("A copy was saved as %1."), info.path))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(arg(self.tr("Backups of %1, newest first. PeerDesk makes them by itself when you open "
                                       "the workspace, every 30 minutes while something changes, and on closing."),
                               self.path.name))
        self.view.setAccessibleName(self.tr("Backups"))
        self.restore.setText(self.tr("&Restore…"))
        self.copy.setText(self.tr("&Save a copy…"))
        self.model.retranslate()
