"""File › Check and repair…: a full check of the workspace file in plain words; for a damaged file, the two ways out
(repair, or restore the newest good backup) with what each loses, the one that loses less recommended.

SQLite's own words and schema step names stay behind Details.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import check, recovery
from peerdesk import repair as repairing
from peerdesk.backup import BackupInfo
from peerdesk.gui import worker
from peerdesk.gui.translation import Retranslating, arg, local_time
from peerdesk.restore import restore

Way = Literal["repair", "restore"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckDialog", text)


class CheckDialog(Retranslating, QDialog):
    """Shows the check's report. For a damaged file: Repair… and, when a backup passes its check, Restore the backup…,
    each with what it loses; the one that loses less is the default. Both are disabled in a read-only session:
    they replace a file that someone else has open. The answer is `choice` (None: nothing to do)."""

    def __init__(self, path: Path, parent: QWidget, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.path = path
        self.read_only = read_only
        self.choice: Way | None = None
        self.report, self.options = worker.run_with_progress(parent, self.tr("Checking the workspace…"),
                                                             lambda: _check(path))
        self.text = QPlainTextEdit(self, readOnly=True)
        self.details = QPlainTextEdit(self, readOnly=True)
        self.details.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.repair = QPushButton(self)
        self.restore = QPushButton(self)
        self.show_details = QPushButton(self, checkable=True)
        for button in (self.repair, self.restore, self.show_details):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        damaged = self.options is not None
        self.repair.setVisible(damaged)  # after addButton, which shows it
        self.restore.setVisible(damaged and self.options.backup is not None)  # type: ignore[union-attr]
        self.show_details.setVisible(bool(self._technical()))
        for button in (self.repair, self.restore):
            button.setEnabled(not read_only)
        if damaged and not read_only:
            best = self.restore if self.options.recommended == "restore" else self.repair  # type: ignore[union-attr]
            best.setDefault(True)
            best.setFocus()
        self.buttons.rejected.connect(self.reject)
        self.repair.clicked.connect(lambda: self._choose("repair"))
        self.restore.clicked.connect(lambda: self._choose("restore"))
        self.show_details.toggled.connect(self.details.setVisible)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.resize(620, 360)
        self.retranslate()

    def _technical(self) -> list[str]:
        lines = self.report.technical(QCoreApplication.translate)
        if self.options is not None:
            lines += self.options.repair.details(QCoreApplication.translate)
        return lines

    def _choose(self, way: Way) -> None:
        if self.read_only:
            return
        self.choice = way  # the window closes the workspace and calls repair() below
        self.accept()

    @property
    def backup(self) -> BackupInfo | None:
        """The newest good backup the dialog offered (for a restore)."""
        return self.options.backup if self.options else None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check and repair"))
        self.text.setAccessibleName(self.tr("Check report"))
        self.details.setAccessibleName(self.tr("Technical details"))
        shown = self.report.summary(QCoreApplication.translate)
        if self.options is not None:  # the two ways out replace the report's generic hint
            shown = shown[:1] + self.options.lines(QCoreApplication.translate)
        self.text.setPlainText("\n".join(shown))
        self.details.setPlainText("\n".join(self._technical()))
        self.repair.setText(self.tr("&Repair…"))
        backup = self.options.backup if self.options else None
        self.restore.setText(arg(self.tr("Restore the &backup from %1…"), local_time(backup.created))
                             if backup else "")
        self.show_details.setText(self.tr("&Details"))
        tip = self.tr("Not while the workspace is open read-only.") if self.read_only else ""
        self.repair.setToolTip(tip)
        self.restore.setToolTip(tip)


def _check(path: Path) -> tuple[check.CheckReport, recovery.Options | None]:
    report = check.check(path, full=True)
    return report, recovery.options(path) if report.repairable else None


def repair(parent: QWidget, path: Path, actor: str, way: Way, backup: BackupInfo | None) -> None:
    """Carry out the check dialog's choice on the (closed) workspace file in the background, and report it in a
    message of its own (details behind Details)."""
    if way == "restore" and backup is not None:
        restore_backup(parent, path, actor, backup)
        return
    report, good = worker.run_with_progress(parent, _tr("Repairing the workspace…"), lambda: (
        repairing.repair(path, actor=actor), recovery.newest_good_backup(path)))
    after_repair(parent, report, good, path, actor)


def restore_backup(parent: QWidget, path: Path, actor: str, backup: BackupInfo) -> None:
    worker.run_with_progress(parent, _tr("Restoring the backup…"), lambda: restore(backup.path, path, actor=actor))
    QMessageBox.information(parent, _tr("Backup restored"), arg(_tr(
        "The backup from %1 was restored. Anything saved after that time is not in it."), local_time(backup.created)))


def after_repair(parent: QWidget, report: repairing.RepairReport, good: BackupInfo | None, path: Path,
                 actor: str) -> None:
    """Say how the repair went, plain first line first; when it lost records and a good backup exists, offer to
    restore that backup instead."""
    lines = report.summary(QCoreApplication.translate)
    lost = report.replaced and report.lost != 0
    icon = QMessageBox.Icon.Warning if lost or not report.healthy else QMessageBox.Icon.Information
    box = QMessageBox(icon, _tr("Check and repair"), lines[0], QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("\n".join(lines[1:]))
    details = report.details(QCoreApplication.translate)
    if details:
        box.setDetailedText("\n".join(details))
    restore_button = None
    if good is not None and (lost or not report.replaced):
        box.setInformativeText(box.informativeText() + "\n\n" + arg(_tr(
            "A backup from %1 passed its check. Restoring it instead loses whatever was saved after it."),
            local_time(good.created)))
        restore_button = box.addButton(arg(_tr("Restore the &backup from %1"), local_time(good.created)),
                                       QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("&Keep the repaired file") if report.replaced else _tr("&Close"),
                      QMessageBox.ButtonRole.RejectRole)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if restore_button is not None and box.clickedButton() is restore_button:
        restore_backup(parent, path, actor, good)  # type: ignore[arg-type]
