"""File › Check and repair…: a full check of the workspace file in plain words, and a repair when it is damaged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from peerdesk import check
from peerdesk.gui import worker
from peerdesk.gui.translation import Retranslating
from peerdesk.repair import repair as repair_file


class CheckDialog(Retranslating, QDialog):
    """Shows the check's report; Repair… is offered only when the file is damaged (`repair_requested` then), and
    is disabled in a read-only session: repairing replaces a file that someone else has open."""

    def __init__(self, path: Path, parent: QWidget, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.path = path
        self.read_only = read_only
        self.repair_requested = False
        self.report = worker.run_with_progress(parent, self.tr("Checking the workspace…"),
                                               lambda: check.check(path, full=True))
        self.text = QPlainTextEdit(self, readOnly=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.repair = QPushButton(self)
        self.buttons.addButton(self.repair, QDialogButtonBox.ButtonRole.ActionRole)
        self.repair.setVisible(not self.report.healthy)  # after addButton, which shows it
        self.repair.setEnabled(not read_only)
        self.buttons.rejected.connect(self.reject)
        self.repair.clicked.connect(self._repair)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(620, 360)
        self.retranslate()

    def _repair(self) -> None:
        if not self.read_only:
            self.repair_requested = True
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check and repair"))
        self.text.setAccessibleName(self.tr("Check report"))
        self.text.setPlainText("\n".join(self.report.lines(QCoreApplication.translate)))
        self.repair.setText(self.tr("&Repair…"))
        self.repair.setToolTip(self.tr("Not while the workspace is open read-only.") if self.read_only else "")


def repair(parent: QWidget, path: Path, actor: str) -> list[str]:
    """Repair the (closed) workspace file in the background; the report's lines, translated."""
    report = worker.run_with_progress(parent, QCoreApplication.translate("CheckDialog", "Repairing the workspace…"),
                                      lambda: repair_file(path, actor=actor))
    return report.lines(QCoreApplication.translate)
