"""The main window: navigation list and pages, menus, title bar, and the read-only banner.

It owns at most one Session (the open workspace). Opening another file closes the current one first, releasing
its lock; if the new one cannot be opened, the previous one is opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from peerdesk import __version__, backup, cloud, demo, lock, paths, relocate
from peerdesk.errors import PeerDeskError
from peerdesk.gui.actions import Actions
from peerdesk.gui.backups import AutoBackups, BackupsDialog
from peerdesk.gui.opening import Choice, Opened, Opener
from peerdesk.gui.pages import PAGES
from peerdesk.gui.repair import CheckDialog, repair
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Retranslating, Translators, arg, error_text
from peerdesk.gui.who import WhoAreYouDialog, remember, remembered
from peerdesk.gui.wizard import SetupWizard
from peerdesk.gui.worker import run_with_progress
from peerdesk.people import get_unit, list_people
from peerdesk.settings import Settings


class Banner(QFrame):
    """A strip above the pages saying the workspace is read-only and why (icon and words, not colour alone)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="read_only_banner")
        self.setStyleSheet("#read_only_banner { background: #fff1c2; border: 1px solid #c9a227; }"
                           "#read_only_banner QLabel { color: #3d2b00; }")
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        self.label = QLabel(self, wordWrap=True, objectName="read_only_text")
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        self.hide()


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: Settings, translators: Translators) -> None:
        super().__init__()
        self.settings, self.translators = settings, translators
        self.session: Session | None = None
        self.auto_backups: AutoBackups | None = None
        self.actions = Actions(self)
        self.banner = Banner(self)
        self.nav = QListWidget(self, objectName="navigation")
        self.nav.setMaximumWidth(200)
        self.pages_stack = QStackedWidget(self)
        self.pages = [page_class(self.actions, self.pages_stack) for page_class in PAGES]
        for page in self.pages:
            self.pages_stack.addWidget(page)
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.pages_stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.pages_stack, 1)
        column = QVBoxLayout(central)
        column.addWidget(self.banner)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.statusBar()  # shows the actions' status tips
        self.resize(1100, 760)
        self._connect_actions()
        self.retranslate()

    def _connect_actions(self) -> None:
        a = self.actions
        a.new_workspace.triggered.connect(self.new_workspace)
        a.open.triggered.connect(self.choose_and_open)
        a.quit.triggered.connect(self.close)
        a.switch_person.triggered.connect(self.switch_person)
        a.about.triggered.connect(self.about)
        a.recent_menu.aboutToShow.connect(self._fill_recent)
        for code, action in a.language.items():
            action.setChecked(code == self.translators.lang)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
        a.backups.triggered.connect(self.show_backups)
        a.check_repair.triggered.connect(self.check_and_repair)

    # -- the open workspace ------------------------------------------------------------------------------------

    def open_path(self, path: Path, *, ask_who: bool = True, can_cancel: bool = True) -> Choice | None:
        """Close the current workspace, then open `path`. None when it opened; else what the user chose."""
        previous = (self.session.ws.path, self.session.ws.actor) if self.session else None
        if previous and Path(path).resolve() == previous[0].resolve():
            return None
        self.close_session()
        outcome = Opener(self).open(Path(path), lock.os_user(), can_cancel=can_cancel)
        if isinstance(outcome, Opened):
            self.start(outcome, ask_who=ask_who)
            return None
        if outcome is Choice.CANCEL and previous:
            back = Opener(self).open(previous[0], previous[1], can_cancel=True)
            if isinstance(back, Opened):
                self.start(back, ask_who=False)
        return outcome

    def start(self, opened: Opened, *, ask_who: bool) -> None:
        """Show an opened workspace; the actor is the remembered person (or asked for)."""
        session = Session(opened.ws, opened.read_only_reason, self)
        session.changed.connect(self._reload)
        session.read_only_changed.connect(self._show_state)
        session.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Undo or redo failed"), message))
        self.session = session
        person = remembered(session.ws, self.settings)
        if person:
            session.set_actor(person.name)
            if not ask_who:
                remember(session.ws, self.settings, person)
        if ask_who:
            self.switch_person()
        if not session.read_only:
            self.auto_backups = AutoBackups(session)
        self.settings.add_recent(session.ws.path)
        self.actions.attach_undo_stack(session.stack)
        for page in self.pages:
            page.set_session(session)
        self._show_state()
        if ask_who:  # last: moving the workspace out of a synced folder closes this session and opens another
            self._warn_about_cloud(session.ws.path)

    def close_session(self) -> None:
        if self.session is None:
            return
        if self.auto_backups is not None and not self.session.read_only:
            self.auto_backups.on_close(self)
        self.auto_backups = None
        session, self.session = self.session, None
        for page in self.pages:
            page.set_session(None)
        self.actions.attach_undo_stack(None)
        session.close()  # releases the lock
        session.deleteLater()
        self._show_state()

    def switch_person(self) -> None:
        if self.session is None:
            return
        ws = self.session.ws
        dialog = WhoAreYouDialog(list_people(ws), remembered(ws, self.settings), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (person := dialog.chosen()):
            self.session.set_actor(person.name)
            remember(ws, self.settings, person)
        self._show_state()

    def _reload(self) -> None:
        for page in self.pages:
            page.reload()
        self._show_state()

    def _show_state(self) -> None:
        """Title bar, banner, and which actions may be used."""
        session = self.session
        read_only = session is not None and session.read_only
        parts = []
        if session:
            unit = get_unit(session.ws)
            parts.append(unit.name if unit else session.ws.path.stem)
        parts.append("PeerDesk")
        if session and demo.is_demo(session.ws):
            parts.append(self.tr("Demo"))
        if read_only:
            parts.append(self.tr("read-only"))
        self.setWindowTitle(" – ".join(parts))
        self.banner.setVisible(read_only)
        if session and read_only:
            self.banner.label.setText(arg(self.tr("Read-only: nothing can be changed here. %1"),
                                          session.read_only_reason()))
        if session is None or read_only:
            for action in self.actions.editing:
                action.setEnabled(False)
        self.actions.switch_person.setEnabled(session is not None)

    # -- file menu ----------------------------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        path = Opener(self).ask_for_file()
        if path is not None:
            self._open_or_quit(path)

    def _open_or_quit(self, path: Path) -> None:
        if self.open_path(path) is Choice.QUIT:
            self.close()

    def new_workspace(self) -> None:
        target = paths.default_workspace()
        if target.exists():
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("New workspace"), str(paths.data_dir() / f"unit{paths.SUFFIX}"),
                self.tr("PeerDesk workspaces (*.peerdesk)"))
            if not name:
                return
            target = Path(name).with_suffix(paths.SUFFIX)
        wizard = SetupWizard(target, offer_demo=False, parent=self)
        if wizard.exec() == QDialog.DialogCode.Accepted and wizard.workspace is not None:
            self.close_session()
            self.start(Opened(wizard.workspace), ask_who=False)

    def _warn_about_cloud(self, path: Path) -> None:
        """Once per file: a synced folder can damage a workspace (see peerdesk.cloud)."""
        service = cloud.cloud_service(path)
        warned = self.settings.get("cloud_warned")
        if service is None or str(path) in warned:  # type: ignore[operator]
            return
        self.settings.set("cloud_warned", [*warned, str(path)])  # type: ignore[misc]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Workspace in a synced folder"), arg(self.tr(
            "%1 is in a folder that %2 synchronises. Sync programs copy the file while PeerDesk writes to it and "
            "can damage it or lose saves. Keep the workspace in PeerDesk's own data folder (%3) or on a network "
            "drive instead."), path, service, paths.data_dir()), QMessageBox.StandardButton.NoButton, self)
        move = box.addButton(self.tr("&Move it to PeerDesk's folder"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Keep it here"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(move)
        box.exec()
        if box.clickedButton() is move:
            dest = _free_name(paths.data_dir(), path.name)
            self._while_closed(self.tr("Moving the workspace…"),
                               lambda src, actor: relocate.move_workspace(src, dest, actor=actor))

    def show_backups(self) -> None:
        if self.session is None:
            return
        dialog = BackupsDialog(self.session.ws.path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restore_chosen is not None:
            chosen = dialog.restore_chosen.path
            self._while_closed(self.tr("Restoring the backup…"),
                               lambda path, actor: backup.restore(chosen, path, actor=actor))

    def check_and_repair(self) -> None:
        if self.session is None:
            return
        try:
            dialog = CheckDialog(self.session.ws.path, self)
        except PeerDeskError as err:
            QMessageBox.warning(self, self.tr("Check and repair"), error_text(err))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.repair_requested:
            lines: list[str] = []
            self._while_closed(None, lambda path, actor: lines.extend(repair(self, path, actor)))
            QMessageBox.information(self, self.tr("Check and repair"), "\n".join(lines))

    def _while_closed(self, label: str | None, work: Callable[[Path, str], object]) -> None:
        """Close the workspace (releasing the lock), do `work(path, actor)`, then open it again as the same person
        (at the path `work` returns, when it moved the workspace)."""
        assert self.session is not None
        path, actor = self.session.ws.path, self.session.ws.actor
        self.close_session()
        try:
            result = work(path, actor) if label is None else run_with_progress(self, label, lambda: work(path, actor))
            if isinstance(result, Path):
                path = result
        except PeerDeskError as err:
            QMessageBox.warning(self, "PeerDesk", error_text(err))
        if self.open_path(path, ask_who=False) is Choice.QUIT:
            self.close()

    def _fill_recent(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        recent = [Path(p) for p in self.settings.get("recent_workspaces")]  # type: ignore[union-attr]
        for path in recent:
            action = menu.addAction(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, path=path: self._open_or_quit(path))
        if not recent:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- language and help --------------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Swap the translators; every open widget retranslates itself on the LanguageChange event."""
        self.settings.set("language", code)
        self.translators.install(code)
        self.actions.language[code].setChecked(True)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About PeerDesk"), arg(self.tr(
            "PeerDesk %1\n\nFor units that host a peer supporter: the placement, its people and its renewal "
            "decisions. Service users are never recorded by name.\n\nFree software under the GNU GPL, version 3 or "
            "later."), __version__))

    def retranslate(self) -> None:
        self.nav.setAccessibleName(self.tr("Pages"))
        self.pages_stack.setAccessibleName(self.tr("Page"))
        for row, page in enumerate(self.pages):
            self.nav.item(row).setText(page.nav_title())
        if self.session:
            self.session.retranslate()
            self.actions.attach_undo_stack(self.session.stack)
        self._show_state()


    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.close_session()
        event.accept()


def _free_name(folder: Path, name: str) -> Path:
    """`folder/name`, numbered when taken: a move never overwrites another workspace."""
    candidate, n = folder / name, 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
    return candidate
