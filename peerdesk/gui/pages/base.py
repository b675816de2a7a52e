"""What a page in the navigation list is: a widget with a title that shows the open workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from peerdesk.gui.actions import Actions
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Retranslating


class Page(Retranslating, QWidget):
    """Subclasses show `self.session` in `reload`, name themselves in `nav_title` and retranslate their own labels."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.session: Session | None = None

    def nav_title(self) -> str:
        raise NotImplementedError

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError
