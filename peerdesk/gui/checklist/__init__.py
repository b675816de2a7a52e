"""The introduction checklist's page: its actions (actions.py), page (page.py), one table model per view
(models.py), dialogs (dialogs.py) and the Overview's checklist panel (panel.py), over peerdesk.checklist."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.gui.checklist.actions import ChecklistActions
from peerdesk.gui.page import Feature, Page, PageActions
from peerdesk.gui.session import Session


def _page(actions: PageActions, session: Session | None, parent: QWidget) -> Page:
    from peerdesk.gui.checklist.page import ChecklistPage

    assert isinstance(actions, ChecklistActions)
    return ChecklistPage(actions, session, parent)


FEATURE = Feature(lambda: QCoreApplication.translate("Navigation", "Introduction checklist"), ChecklistActions,
                  _page)
