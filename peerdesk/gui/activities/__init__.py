"""The activity log's GUI: its actions (actions.py), its page with the keyboard-first entry row (page.py, entry.py),
one table model per view (models.py) and its dialogs (dialogs.py, importing.py), over peerdesk.activities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.gui.activities.actions import ActivitiesActions
from peerdesk.gui.page import Feature, Page, PageActions
from peerdesk.gui.session import Session


def _page(actions: PageActions, session: Session | None, parent: QWidget) -> Page:
    from peerdesk.gui.activities.page import ActivitiesPage

    assert isinstance(actions, ActivitiesActions)
    return ActivitiesPage(actions, session, parent)


FEATURE = Feature(lambda: QCoreApplication.translate("Navigation", "Activities"), ActivitiesActions, _page)
