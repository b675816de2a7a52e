"""The job description page's state in words: which version is agreed, what the draft changes since it, who still
has to approve, and when the next review is due."""

from __future__ import annotations

import datetime as dt
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from peerdesk import placements
from peerdesk.gui.translation import arg, text
from peerdesk.jobdesc.revisions import Status
from peerdesk.people import ROLES

COLUMNS = 110  # characters per line


class StatusLines(QLabel):
    """Wrapped here, not by the label: a word-wrapped label would make the page's preferred height its minimum and
    widen the window on a small screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="jd_status")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_state(self, started: bool, s: Status | None, who: str, placement: placements.Placement | None,
                   managers: list[str]) -> None:
        """`who`: the placement as chosen (empty when there is none); `managers`: the unit managers' names."""
        if not started or s is None:
            self.setText(arg(self.tr("%1 has no job description yet. Start it from the workspace's section "
                                     "template (Edit › Job description › Section template… changes the "
                                     "template)."), who) if who else self.tr("There is no placement yet."))
            return
        lines = []
        if s.agreed is not None:
            lines.append(arg(self.tr("Agreed version: revision %1, approved by both on %2."), s.agreed.number,
                             s.agreed.agreed_on.isoformat() if s.agreed.agreed_on else ""))
            if s.changed_since_agreed:
                lines.append(arg(self.tr("The draft changes, since the agreed version: %1."),
                                 ", ".join(s.changed_since_agreed)))
            else:
                lines.append(self.tr("The draft is the same as the agreed version."))
        else:
            lines.append(self.tr("No version has been agreed yet."))
        if s.latest is not None and s.awaiting:
            lines.append(arg(self.tr("Revision %1 awaits approval by %2."), s.latest.number,
                             self._people(s.awaiting, placement, managers)))
        if s.latest is None or s.draft_changed:
            lines.append(self.tr("The draft has changes not yet saved as a revision.") if s.latest
                         else self.tr("No revision has been saved yet."))
        if s.review_on is not None:
            review = arg(self.tr("Next review: %1."), s.review_on.isoformat())
            lines.append(("⚠ " + review + " " + self.tr("Review is due.")) if s.review_due(dt.date.today()) else review)
        self.setText("\n".join(textwrap.fill(line, COLUMNS) for line in lines))
        self.setToolTip(" ".join(lines))

    def _people(self, roles: tuple[str, ...], placement: placements.Placement | None, managers: list[str]) -> str:
        names = []
        for role in roles:
            if role == "peer_supporter" and placement:
                names.append(f"{placement.peer_supporter} ({text(ROLES[role]).lower()})")
            elif role == "unit_manager":
                names.append(f"{', '.join(managers) or '?'} ({text(ROLES[role]).lower()})")
        return self.tr(" and ").join(names)
