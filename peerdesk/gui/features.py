"""The features in the navigation list, in order. A new feature is one entry here (its own folder holds the rest)."""

from __future__ import annotations

from peerdesk.gui import activities, checklist, jobdesc, overview, reports, survey
from peerdesk.gui.page import Feature

# In the order of a placement's life: the introduction, the job description, the daily log, what the users say,
# then the reports.
FEATURES: list[Feature] = [overview.FEATURE, checklist.FEATURE, jobdesc.FEATURE, activities.FEATURE, survey.FEATURE,
                           reports.FEATURE]
