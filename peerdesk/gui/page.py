"""What a feature's page is: a widget in the navigation list that shows part of the open workspace, and the actions
it contributes to the window's menus.

The window creates each feature's actions at start-up (menus and shortcuts work from anywhere) and its page only
when it is first shown. A page declares the tables it shows (`SHOWS`); it reloads when a change touched one of them,
at once if it is on screen, else when it is next shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import ClassVar, NamedTuple

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QScrollArea, QToolButton, QVBoxLayout, QWidget

from peerdesk.changes import Op
from peerdesk.errors import PeerDeskError
from peerdesk.gui.messages import show_error
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Retranslating, error_text

STATUS_MS = 10_000
log = logging.getLogger(__name__)
MenuPlace = tuple[str, list[QAction | None]]  # a menu's key ("edit", "view", …) and its actions; None: a separator


class PageActions(QObject):
    """A feature's actions, defined once, with their texts set in `retranslate` (the window calls it when it is
    made and on a language switch).

    `editing` lists those that change the workspace: the window disables them when it is read-only; the page
    enables them by what is selected (`update`). `page_wanted` asks the window to show the feature's page (an action
    that works from anywhere, such as New activity). A feature with many actions puts them in a submenu of its own
    (Edit › Checklist), so that their Alt-letters need only differ from each other.
    """

    page_wanted = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editing: list[QAction] = []

    def make(self, key: QKeySequence.StandardKey | str | None = None, *, editing: bool = True) -> QAction:
        action = QAction(self.window)
        if isinstance(key, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(key))
        elif key:
            action.setShortcut(QKeySequence(key))
        if editing:
            self.editing.append(action)
        return action

    def menus(self) -> list[MenuPlace]:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError


class Page(Retranslating, QWidget):
    """Subclasses set SHOWS, fill themselves in `reload` from `self.session` and retranslate their own labels."""

    SHOWS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, actions: PageActions, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.session = session
        self._stale = True

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.mark_stale(None)

    def mark_stale(self, touched: frozenset[str] | None) -> None:
        """After a change: reload now if shown and it concerns this page, else when next shown."""
        if touched is not None and not touched & self.SHOWS:
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload now. A file that cannot be read at the moment (busy, a network drive gone) is said in the status
        bar, never as a bug, and the page stays stale: it is read again at the next change or when next shown."""
        try:
            self.reload()
        except PeerDeskError as err:
            log.info("reload of %s failed: %s", type(self).__name__, err)
            self.show_status("⚠ " + error_text(err))
            return
        self._stale = False

    def run(self, operation: Op) -> bool:
        """Run an edit made on the page (not in a dialog); a refusal is shown. True when it was done."""
        if self.session is None or self.session.read_only:
            return False
        try:
            self.session.run(operation)
        except PeerDeskError as err:
            show_error(self, err)
            return False
        return True

    def show_status(self, message: str) -> None:
        """A passing message in the window's status bar (what was just done, or could not be done)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, STATUS_MS)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def reload(self) -> None:
        raise NotImplementedError

    def update_actions(self) -> None:
        """Enable the page's editing actions by what is selected (the window disables them when read-only)."""


def action_button(action: QAction, parent: QWidget, *, mnemonic: bool = True) -> QToolButton:
    """A text button for an action. A tool button drops the action's '&': with `mnemonic` it keeps it, so the
    button has its Alt+letter on the page too."""
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if mnemonic:
        action.changed.connect(lambda: button.setText(action.text()))
        button.setText(action.text())
    return button


def button_row(actions: list[QAction], parent: QWidget) -> tuple[QHBoxLayout, list[QToolButton]]:
    """A row of `action_button`s, left-aligned."""
    row = QHBoxLayout()
    buttons = [action_button(action, parent) for action in actions]
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    return row, buttons


def scrolled_body(page: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """A page that scrolls as a whole (its tables as tall as their rows): the body to fill and its layout. The
    scroll area takes no Tab stop of its own: it scrolls to whichever control gets the focus."""
    scroll = QScrollArea(page, widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget(scroll)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return body, QVBoxLayout(body)


class Feature(NamedTuple):
    """One entry of the navigation list: its title, its actions (made at start-up) and its page (made when first
    shown; `page` imports the page's module only then)."""

    title: Callable[[], str]
    actions: type[PageActions]
    page: Callable[[PageActions, Session | None, QWidget], Page]
