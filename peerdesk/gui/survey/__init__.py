"""The users' survey page: its actions (actions.py), page (page.py), one table model per view (models.py), the tally
grid's view (grid.py) and dialogs (dialogs.py), over peerdesk.survey."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.gui.page import Feature, Page, PageActions
from peerdesk.gui.session import Session
from peerdesk.gui.survey.actions import SurveyActions


def _page(actions: PageActions, session: Session | None, parent: QWidget) -> Page:
    from peerdesk.gui.survey.page import SurveyPage

    assert isinstance(actions, SurveyActions)
    return SurveyPage(actions, session, parent)


FEATURE = Feature(lambda: QCoreApplication.translate("Navigation", "What the users say"), SurveyActions, _page)
