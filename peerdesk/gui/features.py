"""The features in the navigation list, in order. A new feature is one entry here (its own folder holds the rest)."""

from __future__ import annotations

from peerdesk.gui import jobdesc, overview
from peerdesk.gui.page import Feature

FEATURES: list[Feature] = [overview.FEATURE, jobdesc.FEATURE]
