"""The File menu's commands that create, replace or move the workspace file: New workspace…, Backups… (restore),
Check and repair…, and the move out of a synced folder.

Restore, repair and move work on the closed file: the window's workspace is closed (releasing the lock), the work
runs behind a window-modal progress dialog, and the workspace is opened again as the same person. The dialogs they
use are imported when first needed: start-up does not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from peerdesk import cloud, paths, restore
from peerdesk.errors import PeerDeskError
from peerdesk.gui.opening import Choice, Opened
from peerdesk.gui.session import Session
from peerdesk.gui.translation import arg, current_lang, error_text
from peerdesk.gui.worker import run_with_progress
from peerdesk.settings import Settings


class Host(Protocol):
    """What the file commands need of the window (the main window is one): no import of it, so no circle."""

    session: Session | None
    settings: Settings

    def close_session(self) -> None: ...
    def start(self, opened: Opened, *, ask_who: bool) -> None: ...
    def open_path(self, path: Path, *, ask_who: bool = True, can_cancel: bool = True,
                  actor: str | None = None) -> Choice | None: ...
    def close(self) -> bool: ...


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, numbered when taken: a move never overwrites another workspace."""
    candidate, n = folder / name, 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
    return candidate


class FileCommands(QObject):
    def __init__(self, window: Host, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.parent_widget = parent

    # -- new workspace ----------------------------------------------------------------------------------------

    def ask_new_path(self) -> Path | None:
        """Where the new workspace goes: always asked, suggesting PeerDesk's data folder and a free name in the
        user's language (the default file's name while there is none yet).

        An existing file is refused here, before the wizard, so nothing typed in the wizard can be lost to it
        (and Qt's own "Replace?" is switched off: PeerDesk never replaces a workspace).
        """
        default = paths.default_workspace(current_lang())
        suggestion = str(default if not default.exists() else
                         free_name(paths.data_dir(), self.tr("unit") + paths.SUFFIX))
        while True:
            name, _ = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("New workspace"), suggestion,
                self.tr("PeerDesk workspaces (*.peerdesk)"), options=QFileDialog.Option.DontConfirmOverwrite)
            if not name:
                return None
            target = Path(name).with_suffix(paths.SUFFIX)
            if not target.exists():
                return target
            QMessageBox.warning(self.parent_widget, self.tr("New workspace"), arg(self.tr(
                "%1 already exists. A new workspace never replaces a file: choose another name."), target))
            suggestion = str(free_name(target.parent, target.name))

    def new_workspace(self) -> None:
        from peerdesk.gui.wizard import SetupWizard

        target = self.ask_new_path()
        if target is None:
            return
        wizard = SetupWizard(target, offer_demo=False, parent=self.parent_widget)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.workspace is not None:
            self.window.close_session()
            self.window.start(Opened(wizard.workspace), ask_who=False)
            self.warn_about_cloud(wizard.workspace.path)

    # -- a workspace in a synced folder -----------------------------------------------------------------------

    def warn_about_cloud(self, path: Path) -> None:
        """Once per file: a synced folder can damage a workspace (see peerdesk.cloud)."""
        service = cloud.cloud_service(path)
        settings = self.window.settings
        warned = settings.get("cloud_warned")
        if service is None or str(path) in warned:  # type: ignore[operator]
            return
        settings.set("cloud_warned", [*warned, str(path)])  # type: ignore[misc]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workspace in a synced folder"), arg(self.tr(
            "%1 is in a folder that %2 synchronises. Sync programs copy the file while PeerDesk writes to it and "
            "can damage it or lose saves. Keep the workspace in PeerDesk's own data folder (%3) or on a network "
            "drive instead."), path, service, paths.data_dir()), QMessageBox.StandardButton.NoButton,
            self.parent_widget)
        move = box.addButton(self.tr("&Move it to PeerDesk's folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep it here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(move)
        box.exec()
        if box.clickedButton() is move:
            from peerdesk import relocate

            dest = free_name(paths.data_dir(), path.name)
            self.while_closed(self.tr("Moving the workspace…"),
                              lambda src, actor: relocate.move_workspace(src, dest, actor=actor))

    # -- backups and repair -----------------------------------------------------------------------------------

    def show_backups(self) -> None:
        from peerdesk.gui.backups_dialog import BackupsDialog

        session = self.window.session
        if session is None:
            return
        dialog = BackupsDialog(session.ws.path, self.parent_widget, read_only=session.read_only)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restore_chosen is None or session.read_only:
            return
        chosen = dialog.restore_chosen.path
        self.while_closed(self.tr("Restoring the backup…"),
                          lambda path, actor: restore.restore(chosen, path, actor=actor))

    def check_and_repair(self) -> None:
        from peerdesk.gui.check_dialog import CheckDialog, repair

        session = self.window.session
        if session is None:
            return
        try:
            dialog = CheckDialog(session.ws.path, self.parent_widget, read_only=session.read_only)
        except PeerDeskError as err:
            QMessageBox.warning(self.parent_widget, self.tr("Check and repair"), error_text(err))
            return
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None or session.read_only:
            return
        way, backup = dialog.choice, dialog.backup
        self.while_closed(None, lambda path, actor: repair(self.parent_widget, path, actor, way, backup))

    # -- working on the closed file ---------------------------------------------------------------------------

    def while_closed(self, label: str | None, work: Callable[[Path, str], object]) -> None:
        """Close the workspace (releasing the lock), do `work(path, actor)`, then open it again as the same person
        (at the path `work` returns, when it moved the workspace), whatever happened."""
        window = self.window
        assert window.session is not None
        path, actor = window.session.ws.path, window.session.ws.actor
        window.close_session()
        try:
            result = work(path, actor) if label is None else \
                run_with_progress(self.parent_widget, label, lambda: work(path, actor))
            if isinstance(result, Path):
                path = result
        except PeerDeskError as err:
            QMessageBox.warning(self.parent_widget, "PeerDesk", error_text(err))
        finally:  # even after a bug in `work`: the user gets their workspace back
            if window.open_path(path, ask_who=False, actor=actor) is Choice.QUIT:
                window.close()
