"""The pages of the navigation list, in order. A new page is one class added here (later: checklist, job
description, activities, reports)."""

from __future__ import annotations

from peerdesk.gui.pages.base import Page
from peerdesk.gui.pages.overview import OverviewPage

PAGES: list[type[Page]] = [OverviewPage]
