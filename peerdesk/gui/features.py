"""The features in the navigation list, in order. A new feature is one entry here (its own folder holds the rest)."""

from __future__ import annotations

from peerdesk.gui import activities, checklist, jobdesc, overview, survey
from peerdesk.gui.page import Feature

# In the order of a placement's life: the introduction, the job description, the daily log, then what the users say.
FEATURES: list[Feature] = [overview.FEATURE, checklist.FEATURE, jobdesc.FEATURE, activities.FEATURE, survey.FEATURE]
