"""The Reports page: choose a report and what it covers, preview it, print it, save it as PDF, export the activity
summary's table as CSV (actions.py, page.py; the PDF is made off the GUI thread by preview.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.gui.page import Feature, Page, PageActions
from peerdesk.gui.reports.actions import ReportsActions
from peerdesk.gui.session import Session


def _page(actions: PageActions, session: Session | None, parent: QWidget) -> Page:
    from peerdesk.gui.reports.page import ReportsPage

    assert isinstance(actions, ReportsActions)
    return ReportsPage(actions, session, parent)


FEATURE = Feature(lambda: QCoreApplication.translate("Navigation", "Reports"), ReportsActions, _page)
