"""The Overview's table models: people, placements and renewal decisions (one model per table view)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from peerdesk.gui.table_model import Column, RowsModel
from peerdesk.gui.translation import arg, text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import ROLES, Person
from peerdesk.placements import ENDING_SOON_DAYS, Decision, Placement

SOON_BACKGROUND = QColor("#fff1c2")  # with the ⚠ sign in the text and bold: never colour alone
SOON_FOREGROUND = QColor("#3d2b00")
ROLE = Qt.ItemDataRole


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class PeopleModel(RowsModel[Person]):
    NAME, ROLE = range(2)

    def columns(self) -> list[Column[Person]]:
        return [Column(QT_TRANSLATE_NOOP("Overview", "Name"), lambda p: p.name),
                Column(QT_TRANSLATE_NOOP("Overview", "Role"), lambda p: text(ROLES[p.role]))]


class PlacementsModel(RowsModel[Placement]):
    SUPPORTER, EMPLOYER, SUPERVISOR, START, PLANNED_END, SINCE, LEFT = range(7)

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None) -> None:
        self._fixed_today = today  # for tests; otherwise the real date, asked each time (the app may run overnight)
        super().__init__(parent)

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def columns(self) -> list[Column[Placement]]:
        soon = {ROLE.ToolTipRole: self._left_tip, ROLE.FontRole: lambda p: _bold() if self._soon(p) else None,
                ROLE.BackgroundRole: lambda p: QBrush(SOON_BACKGROUND) if self._soon(p) else None,
                ROLE.ForegroundRole: lambda p: QBrush(SOON_FOREGROUND) if self._soon(p) else None}
        return [
            Column(QT_TRANSLATE_NOOP("Overview", "Peer supporter"), lambda p: p.peer_supporter),
            Column(QT_TRANSLATE_NOOP("Overview", "Employer"), lambda p: p.employer,
                   {ROLE.ToolTipRole: lambda p: p.employer}),
            Column(QT_TRANSLATE_NOOP("Overview", "Supervisor"), lambda p: p.supervisor),
            Column(QT_TRANSLATE_NOOP("Overview", "Start"), lambda p: p.start_date.isoformat()),
            Column(QT_TRANSLATE_NOOP("Overview", "Planned end"), lambda p: p.planned_end_date.isoformat()),
            Column(QT_TRANSLATE_NOOP("Overview", "Days since start"), self._since),
            Column(QT_TRANSLATE_NOOP("Overview", "Days left"), self._days_left, soon),
        ]

    def _soon(self, row: Placement) -> bool:
        return row.ending_soon(self.today)

    def _since(self, row: Placement) -> str:
        since = row.days_since_start(self.today)
        if since >= 0:
            return str(since)
        return self.tr("Starts tomorrow") if since == -1 else arg(self.tr("Starts in %1 days"), -since)

    def _days_left(self, row: Placement) -> str:
        left = row.days_left(self.today)
        if left is None:
            ended = row.ended_on.isoformat() if row.ended_on else ""
            return arg(self.tr("Ends %1") if row.ended_on and row.ended_on > self.today else self.tr("Ended %1"),
                       ended)
        if left < 0:
            return arg(self.tr("⚠ Planned end %1 has passed"), row.planned_end_date.isoformat())
        if left == 1:
            return self.tr("⚠ 1 day left")
        if self._soon(row):
            return arg(self.tr("⚠ %1 days left"), left)
        return str(left)

    def _left_tip(self, row: Placement) -> str | None:
        shown = self._days_left(row)  # the full text, also when the column is too narrow and elides it
        if self._soon(row):
            return shown + "\n" + arg(self.tr("Less than %1 days to the planned end date: time for the renewal "
                                              "decision."), ENDING_SOON_DAYS)
        return shown


class DecisionsModel(RowsModel[Decision]):
    """Every placement's renewal decisions, oldest first: the placements' history, withdrawn ones marked so."""

    SUPPORTER, DECIDED_ON, DECISION, FUNDER, DECIDED_BY = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        self.supporter: dict[int, str] = {}
        super().__init__(parent)

    def set_placements(self, placements: Sequence[Placement]) -> None:
        self.supporter = {d.id: p.peer_supporter for p in placements for d in p.decisions}
        self.set_rows(sorted((d for p in placements for d in p.decisions), key=lambda d: (d.decided_on, d.id)))

    def columns(self) -> list[Column[Decision]]:
        return [
            Column(QT_TRANSLATE_NOOP("Overview", "Peer supporter"), lambda d: self.supporter.get(d.id, "")),
            Column(QT_TRANSLATE_NOOP("Overview", "Decided on"), lambda d: d.decided_on.isoformat()),
            Column(QT_TRANSLATE_NOOP("Overview", "Decision"), self._decision,
                   {ROLE.ToolTipRole: self._withdrawn_tip}),
            Column(QT_TRANSLATE_NOOP("Overview", "Funder"), lambda d: d.funder),
            Column(QT_TRANSLATE_NOOP("Overview", "Decided by"), lambda d: d.decided_by),
        ]

    def _decision(self, d: Decision) -> str:
        shown = arg(self.tr("Renewed until %1") if d.outcome == "renewed" else self.tr("Ended on %1"),
                    d.end_date.isoformat())
        return arg(self.tr("%1 (withdrawn)"), shown) if d.withdrawn else shown

    def _withdrawn_tip(self, d: Decision) -> Any:
        if not d.withdrawn:
            return None
        return arg(self.tr("Withdrawn by %1 on %2"), d.saved_by, d.saved_at[:10])
