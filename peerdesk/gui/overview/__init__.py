"""The Overview, the worked example of a feature's GUI: its actions (actions.py), its page (page.py), one table model
per view (models.py) and its dialogs (dialogs.py), over the domain's people and placements modules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.gui.overview.actions import OverviewActions
from peerdesk.gui.page import Feature, Page, PageActions
from peerdesk.gui.session import Session


def _page(actions: PageActions, session: Session | None, parent: QWidget) -> Page:
    from peerdesk.gui.overview.page import OverviewPage

    assert isinstance(actions, OverviewActions)
    return OverviewPage(actions, session, parent)


FEATURE = Feature(lambda: QCoreApplication.translate("Navigation", "Overview"), OverviewActions, _page)
