"""The Overview's job-description panel: per placement the agreed version and its date, and a reminder (⚠, not
colour alone) when the review is due or a revision awaits approval."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from peerdesk.gui.translation import Retranslating, arg, text
from peerdesk.jobdesc import draft, revisions
from peerdesk.people import ROLES
from peerdesk.placements import list_placements
from peerdesk.store import Workspace

SHOWS = frozenset({"job_descriptions", "jd_sections", "jd_revisions", "jd_approvals"})


class JobDescReminders(Retranslating, QGroupBox):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="jobdesc_reminders")
        self.lines = QLabel(self, objectName="jobdesc_lines", wordWrap=True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        self.retranslate()

    def reload(self, ws: Workspace | None, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        shown = []
        for p in list_placements(ws) if ws else []:
            if p.ended_on and p.ended_on < today:
                continue
            jd = draft.get_job_description(ws, p.id)  # type: ignore[arg-type]
            if jd is None:
                shown.append(arg(self.tr("%1: no job description yet."), p.peer_supporter))
                continue
            s = revisions.status(ws, jd.id)  # type: ignore[arg-type]
            parts = [arg(self.tr("%1: agreed version revision %2 (%3)."), p.peer_supporter, s.agreed.number,
                         s.agreed.agreed_on.isoformat()) if s.agreed and s.agreed.agreed_on
                     else arg(self.tr("%1: no version agreed yet."), p.peer_supporter)]
            if s.review_due(today):
                parts.append("⚠ " + arg(self.tr("Review was due on %1."), s.review_on.isoformat()))  # type: ignore[union-attr]
            elif s.review_on:
                parts.append(arg(self.tr("Next review: %1."), s.review_on.isoformat()))
            if s.latest and s.awaiting:
                who = [p.peer_supporter if r == "peer_supporter" else text(ROLES[r]).lower() for r in s.awaiting]
                parts.append("⚠ " + arg(self.tr("Revision %1 awaits approval by %2."), s.latest.number,
                                        self.tr(" and ").join(who)))
            shown.append(" ".join(parts))
        self.lines.setText("\n".join(shown))
        self.setVisible(bool(shown))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Local job descriptions"))
        self.lines.setAccessibleName(self.tr("Local job descriptions"))
