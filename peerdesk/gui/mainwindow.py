"""The main window: navigation list and pages, menus, title bar, the read-only banner and who is acting.

It owns at most one Session (the open workspace). Opening another file closes the current one first, releasing
its lock; if the new one cannot be opened, the previous one is opened again. The file commands that replace or
move the file (new workspace, backups, repair) are in file_commands.py. Each feature (features.py) brings its
actions, merged into the menus at start-up, and its page, made when first shown and refreshed only when a change
touched what it shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk import __version__, lock
from peerdesk.gui.actions import Actions
from peerdesk.gui.auto_backups import AutoBackups
from peerdesk.gui.features import FEATURES
from peerdesk.gui.file_commands import FileCommands
from peerdesk.gui.messages import warning_icon
from peerdesk.gui.opening import Choice, Opened, Opener
from peerdesk.gui.page import Page
from peerdesk.gui.session import Session
from peerdesk.gui.tables import FOCUS_FRAME
from peerdesk.gui.translation import Retranslating, Translators, arg
from peerdesk.gui.who import WhoAreYouDialog, chosen_before, remember, remembered
from peerdesk.people import get_unit, list_people, peek_unit_name
from peerdesk.settings import Settings

NOTE_MS = 30_000


class Banner(QFrame):
    """A strip above the pages saying the workspace is read-only and why (icon and words, not colour alone)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="read_only_banner")
        self.setStyleSheet("#read_only_banner { background: #fff1c2; border: 1px solid #c9a227; }"
                           "#read_only_banner QLabel { color: #3d2b00; }")
        self.icon = QLabel(self)
        self.label = QLabel(self, wordWrap=True, objectName="read_only_text")
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_reason(self, reason: str) -> None:
        if self.icon.pixmap().isNull():  # fetched when first needed: most sessions are not read-only
            self.icon.setPixmap(warning_icon().pixmap(24, 24))
        self.label.setText(reason)
        self.show()


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, settings: Settings, translators: Translators) -> None:
        super().__init__()
        self.settings, self.translators = settings, translators
        self.session: Session | None = None
        self.auto_backups: AutoBackups | None = None
        self.actions = Actions(self)
        self.feature_actions = [feature.actions(self) for feature in FEATURES]
        for row, page_actions in enumerate(self.feature_actions):
            self.actions.merge(page_actions.menus())
            page_actions.page_wanted.connect(lambda row=row: self.nav.setCurrentRow(row))
        self.files = FileCommands(self, self)
        self.banner = Banner(self)
        self.nav = QListWidget(self, objectName="navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setStyleSheet(FOCUS_FRAME)
        self.pages_stack = QStackedWidget(self)
        self.pages: list[Page | None] = [None] * len(FEATURES)  # made when first shown
        for _feature in FEATURES:
            self.pages_stack.addWidget(QWidget(self.pages_stack))
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.show_page)
        central = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.pages_stack, 1)
        column = QVBoxLayout(central)
        column.addWidget(self.banner)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        # Always in view, beside the actions' status tips: every save records this name.
        self.acting = QLabel(self, objectName="acting_as")
        self.statusBar().addPermanentWidget(self.acting)
        self._place_on_screen()
        self._connect_actions()
        self.retranslate()
        self.nav.setCurrentRow(0)

    def _connect_actions(self) -> None:
        a = self.actions
        a.new_workspace.triggered.connect(self.files.new_workspace)
        a.open.triggered.connect(self.choose_and_open)
        a.quit.triggered.connect(self.close)
        a.switch_person.triggered.connect(self.switch_person)
        a.about.triggered.connect(self.about)
        a.guide.triggered.connect(self.guide)
        a.recent_menu.aboutToShow.connect(lambda: a.fill_recent(
            [Path(p) for p in self.settings.get("recent_workspaces")], peek_unit_name,  # type: ignore[union-attr]
            self._open_or_quit))
        for code, action in a.language.items():
            action.setChecked(code == self.translators.lang)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
        a.backups.triggered.connect(self.files.show_backups)
        a.check_repair.triggered.connect(self.files.check_and_repair)

    # -- pages and size -----------------------------------------------------------------------------------------

    def show_page(self, row: int) -> None:
        """Show a feature's page, making it the first time."""
        if row < 0:
            return
        page = self.pages[row]
        if page is None:
            placeholder = self.pages_stack.widget(row)
            page = FEATURES[row].page(self.feature_actions[row], self.session, self.pages_stack)
            self.pages[row] = page
            self.pages_stack.insertWidget(row, page)
            self.pages_stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._show_state()
        self.pages_stack.setCurrentIndex(row)

    def editing_actions(self) -> list[QAction]:
        """Every action that changes the workspace (disabled while it is read-only)."""
        return [action for page_actions in self.feature_actions for action in page_actions.editing]

    def _made_pages(self) -> list[Page]:
        return [page for page in self.pages if page is not None]

    def _place_on_screen(self) -> None:
        """The size and place the user left it at, else a size that fits the screen it opens on (a 1366×768 laptop
        keeps its status bar)."""
        saved = str(self.settings.get("window_geometry"))
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        width, height = 1100, 760
        if area is not None:
            # The frame (title bar, borders) is outside the size set here: leave room for it.
            width, height = min(width, area.width() - 40), min(height, area.height() - 80)
        self.resize(width, height)

    # -- the open workspace ------------------------------------------------------------------------------------

    def open_path(self, path: Path, *, ask_who: bool = True, can_cancel: bool = True,
                  actor: str | None = None) -> Choice | None:
        """Close the current workspace, then open `path`. None when it opened; else what the user chose. `actor`:
        who to act as when nobody is remembered (reopening after a repair that lost the person's record)."""
        previous = (self.session.ws.path, self.session.ws.actor) if self.session else None
        if previous and Path(path).resolve() == previous[0].resolve():
            return None
        self.close_session()
        outcome = Opener(self).open(Path(path), lock.os_user(), can_cancel=can_cancel)
        if isinstance(outcome, Opened):
            self.start(outcome, ask_who=ask_who, actor=actor)
            return None
        if outcome is Choice.CANCEL and previous:
            back = Opener(self).open(previous[0], previous[1], can_cancel=True)
            if isinstance(back, Opened):
                self.start(back, ask_who=False)
        return outcome

    def start(self, opened: Opened, *, ask_who: bool, actor: str | None = None) -> None:
        """Show an opened workspace; the actor is the remembered person (or asked for, or `actor`)."""
        session = Session(opened.ws, opened.read_only_reason, self)
        session.changed.connect(self._changed)
        session.read_only_changed.connect(self._show_state)
        session.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Undo or redo failed"), message))
        self.session = session
        person = remembered(session.ws, self.settings)
        first_time = not chosen_before(session.ws, self.settings)
        if person:
            session.set_actor(person.name)
            if not ask_who:
                remember(session.ws, self.settings, person)
        elif actor:
            session.set_actor(actor)
        if ask_who and not session.read_only:  # read-only saves nothing: no need to know who is reading
            self._ask_who(insist=first_time)
        if not session.read_only:
            self.auto_backups = AutoBackups(session)
        self.settings.add_recent(session.ws.path)
        self.actions.attach_undo_stack(session.stack)
        for page in self._made_pages():
            page.set_session(session)
        self._show_state()
        if opened.note is not None:  # e.g. the last session here ended without closing
            self.statusBar().showMessage(opened.note(), NOTE_MS)
        if ask_who:  # last: moving the workspace out of a synced folder closes this session and opens another
            self.files.warn_about_cloud(session.ws.path)

    def close_session(self) -> None:
        if self.session is None:
            return
        if self.auto_backups is not None and not self.session.read_only:
            self.auto_backups.on_close(self)
        self.auto_backups = None
        session, self.session = self.session, None
        for page in self._made_pages():
            page.set_session(None)
        self.actions.attach_undo_stack(None)
        session.close()  # releases the lock
        session.deleteLater()
        self._show_state()

    def switch_person(self) -> None:
        self._ask_who(insist=False)

    def _ask_who(self, *, insist: bool) -> None:
        """`insist`: nobody was chosen for this workspace yet, so cancelling asks again rather than silently
        acting as the suggested person."""
        if self.session is None:
            return
        ws = self.session.ws
        everyone = list_people(ws)
        while everyone:
            dialog = WhoAreYouDialog(everyone, remembered(ws, self.settings), self, required=insist)
            if dialog.exec() == QDialog.DialogCode.Accepted and (person := dialog.chosen()):
                self.session.set_actor(person.name)
                remember(ws, self.settings, person)
                break
            if not insist:
                break
        self._show_state()

    def _changed(self, touched: frozenset[str] | None) -> None:
        for page in self._made_pages():
            page.mark_stale(touched)
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
        if session and session.ws.is_demo:
            parts.append(self.tr("Demo"))
        if read_only:
            parts.append(self.tr("read-only"))
        self.setWindowTitle(" – ".join(parts))
        if session and read_only:
            self.banner.show_reason(session.read_only_reason() or self.tr("Nothing can be changed here."))
        else:
            self.banner.hide()
        for action in self.editing_actions():
            action.setEnabled(False)
        if session is not None and not read_only:
            for page in self._made_pages():
                page.update_actions()
        self.actions.switch_person.setEnabled(session is not None and not read_only)
        self.acting.setText(arg(self.tr("Acting as %1"), session.ws.actor) if session else "")

    # -- file menu ----------------------------------------------------------------------------------------------

    def choose_and_open(self) -> None:
        path = Opener(self).ask_for_file()
        if path is not None:
            self._open_or_quit(path)

    def _open_or_quit(self, path: Path) -> None:
        if self.open_path(path) is Choice.QUIT:
            self.close()

    # -- language and help --------------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Swap the translators; every open widget retranslates itself on the LanguageChange event."""
        self.settings.set("language", code)
        self.translators.install(code)
        self.actions.language[code].setChecked(True)

    def guide(self) -> None:
        from peerdesk.gui.guide import show_guide  # only when asked for

        show_guide(self, self.translators.lang, lambda: self.translators.lang)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About PeerDesk"), arg(self.tr(
            "PeerDesk %1\n\nFor units that host a peer supporter: the placement, its people and its renewal "
            "decisions. Service users are never recorded by name.\n\nFree software under the GNU GPL, version 3 or "
            "later."), __version__))

    def retranslate(self) -> None:
        for actions in (self.actions, *self.feature_actions):  # QObjects: no language change reaches them
            actions.retranslate()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.pages_stack.setAccessibleName(self.tr("Page"))
        for row, feature in enumerate(FEATURES):
            self.nav.item(row).setText(feature.title())
        # No wider than its entries need (in the language shown now).
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24)
        if self.session:
            self.session.retranslate()
            self.actions.attach_undo_stack(self.session.stack)
        self._show_state()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.settings.set("window_geometry", self.saveGeometry().toBase64().data().decode("ascii"))
        self.close_session()
        event.accept()

