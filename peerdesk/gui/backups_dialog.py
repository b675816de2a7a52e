"""File › Backups…: this workspace's backups (date, time, size, why), Restore… and Save a copy…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import backup
from peerdesk.backup import BackupInfo
from peerdesk.errors import PeerDeskError
from peerdesk.gui import worker
from peerdesk.gui.table_model import Column, RowsModel
from peerdesk.gui.tables import record_table
from peerdesk.gui.translation import Retranslating, arg, error_text, local_time, text
from peerdesk.i18n import QT_TRANSLATE_NOOP


class BackupsModel(RowsModel[BackupInfo]):
    """One row per backup: when and why. Size and file name are technical: in the tooltip only."""

    DATE, TIME, REASON = range(3)

    def columns(self) -> list[Column[BackupInfo]]:
        details = {Qt.ItemDataRole.ToolTipRole: self._details}
        return [Column(QT_TRANSLATE_NOOP("Backups", "Date"), lambda b: f"{b.created.astimezone():%Y-%m-%d}", details),
                Column(QT_TRANSLATE_NOOP("Backups", "Time"), lambda b: f"{b.created.astimezone():%H:%M:%S}", details),
                Column(QT_TRANSLATE_NOOP("Backups", "Why it was made"), self._reason, details)]

    @staticmethod
    def _reason(row: BackupInfo) -> str:
        reason = backup.REASONS.get(row.reason)
        return text(reason) if reason else row.reason

    @staticmethod
    def _details(row: BackupInfo) -> str:
        return f"{row.path.name} ({QLocale().formattedDataSize(row.size)})"


class BackupsDialog(Retranslating, QDialog):
    """The list of this workspace's backups; Restore… asks first; Save a copy… writes one anywhere.

    `restore_chosen` is the backup to restore after the dialog closed (the window closes the workspace first).
    A read-only session may look and copy, but not restore: that would replace a file someone else is using.
    """

    def __init__(self, path: Path, parent: QWidget, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.path = path
        self.read_only = read_only
        self.restore_chosen: BackupInfo | None = None
        self.model = BackupsModel(self)
        self.intro = QLabel(self, wordWrap=True)
        self.view = record_table(self.model, self)
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
        self.restore.setEnabled(self.model.rowCount() > 0 and not self.read_only)

    def _selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def ask_restore(self) -> None:
        chosen = self._selected()
        if chosen is None or self.read_only:
            return
        answer = QMessageBox.question(self, self.tr("Restore backup"), arg(self.tr(
            "Replace the workspace with the backup from %1? The current state is backed up first, so this can be "
            "reversed by restoring that backup."), local_time(chosen.created)))
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
        self.restore.setToolTip(self.tr("Not while the workspace is open read-only.") if self.read_only else "")
        self.copy.setText(self.tr("&Save a copy…"))
        self.model.refresh()
