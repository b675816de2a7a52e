"""Opening a workspace file and answering what can go wrong: in use, damaged, not a workspace, too new, missing.

`Opener.open` returns the open workspace (perhaps read-only, with the reason; perhaps with a note to show in the
status bar, e.g. that the last session here ended without closing), or a Choice when the user gave up.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from peerdesk import backup, lock, paths
from peerdesk.errors import Damaged, InUse, PeerDeskError
from peerdesk.gui.session import Reason
from peerdesk.gui.translation import arg, error_text, local_time
from peerdesk.gui.worker import run_with_progress
from peerdesk.restore import restore_newest_good
from peerdesk.store import Workspace


class Choice(enum.Enum):
    CANCEL = "cancel"
    QUIT = "quit"


RECHECK_LOCK_MS = 10_000  # how often the "in use" question looks whether the lock has gone stale meanwhile


class Opened(NamedTuple):
    ws: Workspace
    read_only_reason: Reason | None = None
    note: Reason | None = None  # for the status bar: something the user should know, but need not answer


def _has_backups(path: Path) -> bool:
    try:
        return bool(backup.list_backups(path))
    except PeerDeskError:
        return False


class Opener(QObject):
    """The questions asked while opening, all modal: the user answers before anything else happens."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def ask_for_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Open workspace"), str(paths.data_dir()),
                                              self.tr("PeerDesk workspaces (*.peerdesk)"))
        return Path(name) if name else None

    def read_only_reason(self, holder: lock.Holder) -> Reason:
        return lambda: arg(self.tr("In use by %1 on %2 since %3: you can read but not change anything."),
                           holder.person, holder.host, local_time(holder.since))

    def open(self, path: Path, actor: str, *, can_cancel: bool) -> Opened | Choice:
        """Open `path` for writing; on trouble ask the user, until something opens or they give up."""
        while True:
            try:
                return self._noting(Opened(Workspace.open(path, actor=actor)))
            except InUse as err:
                answer = self._ask_in_use(err.holder, path)
                if answer is None:
                    return Choice.CANCEL if can_cancel else Choice.QUIT
                try:
                    if answer == "take_over":
                        return self._noting(Opened(Workspace.open(path, actor=actor, take_over=True)))
                    return Opened(Workspace.open(path, actor=actor, read_only=True),
                                  self.read_only_reason(err.holder))
                except PeerDeskError as again:
                    problem = again
            except PeerDeskError as err:
                problem = err
            other = self._ask_after_problem(problem, path, actor, can_cancel)
            if not isinstance(other, Path):
                return other
            path = other

    def _noting(self, opened: Opened) -> Opened:
        """A lock of our own left behind (a crash, a power cut) was replaced without asking: say so."""
        left = lock.recovered(opened.ws.lock_token)
        if left is not None:
            return opened._replace(note=lambda: arg(self.tr(
                "The last session here (%1, since %2) ended without closing the workspace. Nothing saved was lost."),
                left.person, local_time(left.since)))
        return opened

    def _ask_in_use(self, holder: lock.Holder, path: Path) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workspace in use"), "",
                          QMessageBox.StandardButton.NoButton, self.parent_widget)
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        take_over = box.addButton(self.tr("&Take over"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)

        def show(now: lock.Holder | None, stale: bool) -> None:
            if now is not None:
                box.setText(arg(self.tr("This workspace is in use by %1 on %2 since %3."), now.person, now.host,
                                local_time(now.since)))
            else:
                box.setText(self.tr("This workspace was closed meanwhile: you can open it now."))
            box.setInformativeText("" if now is None else
                self.tr("It looks abandoned (no sign of life for a while, or the program is gone): you may take it "
                        "over.") if stale else
                self.tr("You can open it read-only. Taking it over is possible once it has shown no sign of life "
                        "for five minutes."))
            take_over.setEnabled(stale)

        def recheck() -> None:
            """The holder may stop its heartbeat (or close) while the question is open: look at the lock again."""
            try:
                now = lock.read_holder(path)
            except PeerDeskError:
                return  # busy or unreadable for a moment: look again next time
            show(now, now is None or lock.is_stale(now))

        show(holder, lock.is_stale(holder))
        box.recheck_timer = QTimer(box, interval=RECHECK_LOCK_MS, timeout=recheck)  # type: ignore[attr-defined]
        box.recheck_timer.start()  # type: ignore[attr-defined]
        box.exec()
        clicked = box.clickedButton()
        return "read_only" if clicked is read_only else "take_over" if clicked is take_over else None

    def _ask_after_problem(self, err: PeerDeskError, path: Path, actor: str, can_cancel: bool) -> Path | Choice:
        """Open another file, quit (or cancel); for a damaged file also repair it, or restore its newest backup,
        and try again."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Cannot open the workspace"), error_text(err),
                          QMessageBox.StandardButton.NoButton, self.parent_widget)
        restore = repair = None
        if isinstance(err, Damaged):
            if err.details:  # SQLite's own words: only behind Details
                box.setDetailedText("\n".join(err.details))
            if _has_backups(path):
                # No date on the button: the newest backup may itself fail its check and an older one be restored.
                restore = box.addButton(self.tr("&Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole)
            repair = box.addButton(self.tr("Re&pair it…"), QMessageBox.ButtonRole.AcceptRole)
            box.setInformativeText(self.tr("Repairing keeps everything that can still be read; a raw copy of the "
                                           "damaged file is kept first."))
        another = box.addButton(self.tr("Open &another file…"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.DestructiveRole)
        if can_cancel:
            box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore or repair or another)
        while True:
            box.exec()
            if restore is not None and box.clickedButton() is restore:
                try:
                    restored = run_with_progress(self.parent_widget, self.tr("Restoring the backup…"),
                                                 lambda: restore_newest_good(path, actor=actor))
                    if restored is not None:
                        QMessageBox.information(self.parent_widget, self.tr("Backup restored"), arg(self.tr(
                            "The backup from %1 was restored. Anything saved after that time is not in it."),
                            local_time(restored.created)))
                        return path  # opened again by the caller, now healthy
                    QMessageBox.warning(self.parent_widget, self.tr("Cannot open the workspace"),
                                        self.tr("None of the backups of this workspace passed the check."))
                    continue
                except PeerDeskError as failed:
                    QMessageBox.warning(self.parent_widget, self.tr("Cannot open the workspace"), error_text(failed))
                    continue
            if repair is not None and box.clickedButton() is repair:
                if self._repair(path, actor):
                    return path  # opened again by the caller, now healthy
                continue
            if box.clickedButton() is quit_button:
                return Choice.QUIT
            if box.clickedButton() is not another:
                return Choice.CANCEL if can_cancel else Choice.QUIT
            chosen = self.ask_for_file()
            if chosen is not None:
                return chosen

    def _repair(self, path: Path, actor: str) -> bool:
        """Repair the damaged file and say what was lost; True when it is healthy now (repaired, or restored)."""
        from peerdesk import recovery
        from peerdesk.gui.check_dialog import after_repair
        from peerdesk.repair import repair

        try:
            report, good = run_with_progress(self.parent_widget, self.tr("Repairing the workspace…"), lambda: (
                repair(path, actor=actor), recovery.newest_good_backup(path)))
            after_repair(self.parent_widget, report, good, path, actor)
        except PeerDeskError as failed:
            QMessageBox.warning(self.parent_widget, self.tr("Cannot open the workspace"), error_text(failed))
            return False
        return report.healthy
