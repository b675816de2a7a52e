"""The local job description's page: the placement's draft written section by section (autosaved), its task list,
revisions, sign-off and comparison, beside the general description of the role (peerdesk.jobdesc is the domain)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerdesk.gui.jobdesc.actions import JobDescActions
from peerdesk.gui.page import Feature, Page, PageActions
from peerdesk.gui.session import Session


def _page(actions: PageActions, session: Session | None, parent: QWidget) -> Page:
    from peerdesk.gui.jobdesc.page import JobDescPage

    assert isinstance(actions, JobDescActions)
    return JobDescPage(actions, session, parent)


FEATURE = Feature(lambda: QCoreApplication.translate("Navigation", "Job description"), JobDescActions, _page)
