"""The attendance sheet of a study circle: its theme and session dates with empty lines for the participants'
names and signatures, filled in by hand (PeerDesk never stores them). Sessions not logged yet are left for their
date to be written in."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peerdesk.activities.circles import Circle, list_circles
from peerdesk.errors import NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.query import Reader
from peerdesk.reports import parts
from peerdesk.reports.common import unit_name
from peerdesk.reports.document import ReportInfo, styles
from peerdesk.reports.kinds import Request
from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Report", "Attendance sheet")
NEEDS = ("circle",)

SESSIONS_PER_SHEET = 4
LINES = 18

THEME = QT_TRANSLATE_NOOP("Report", "Study circle: {theme}")
LEADERS = QT_TRANSLATE_NOOP("Report", "Leaders: {names}")
PLANNED = QT_TRANSLATE_NOOP("Report", "Planned sessions: {planned}, logged so far: {held}")
HOW = QT_TRANSLATE_NOOP("Report", "Each participant writes their name once and signs for every session they attend. "
                                  "The names stay on this sheet: they are never entered into PeerDesk.")
NAME = QT_TRANSLATE_NOOP("Report", "Name")
SESSION = QT_TRANSLATE_NOOP("Report", "Session {number}")
NO_CIRCLES = QT_TRANSLATE_NOOP("Report", "This workspace has no study circles yet.")
_UNKNOWN = QT_TRANSLATE_NOOP("Report", "There is no study circle called {name}. Study circles: {candidates}")
_CHOOSE = QT_TRANSLATE_NOOP("Report", "Choose a study circle with --circle NAME: {candidates}")


def circle_named(reader: Reader, name: str | None) -> Circle:
    """The circle whose theme is exactly `name` (the only one when no name is given); NotFound with the
    candidates otherwise."""
    found = list_circles(reader)
    if not found:
        raise NotFound(NO_CIRCLES)
    candidates = ", ".join(c.theme for c in found)
    if name is None:
        if len(found) == 1:
            return found[0]
        raise NotFound(_CHOOSE, candidates=candidates)
    chosen = [c for c in found if c.theme == name]
    if len(chosen) != 1:
        raise NotFound(_UNKNOWN, name=name, candidates=candidates)
    return chosen[0]


def session_days(reader: Reader, circle: Circle) -> list[dt.date]:
    return [dt.date.fromisoformat(d) for (d,) in reader.rows(
        "SELECT day FROM activities WHERE circle_id = ? AND removed = 0 ORDER BY day, id", (circle.id,))]


def build(ws: Workspace, request: Request, translate: Translate) -> tuple[ReportInfo, list[Any]]:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    circle = circle_named(ws, request.circle)
    days = session_days(ws, circle)
    columns = [d.isoformat() for d in days] + [""] * max(0, circle.planned_sessions - len(days))
    last = days[-1] if days else circle.start_date
    title = TITLE.tr(translate)
    info = ReportInfo(title, unit_name(ws), f"{circle.start_date.isoformat()} – {last.isoformat()}",
                      subject=circle.theme, draft=request.draft)
    s = styles()
    leaders = ", ".join(n for n in _leaders(ws, circle) if n)
    head: list[Any] = [parts.text(title, s.title), parts.text(THEME.tr(translate, theme=circle.theme), s.heading)]
    if leaders:
        head.append(parts.text(LEADERS.tr(translate, names=leaders)))
    head += [parts.text(PLANNED.tr(translate, planned=circle.planned_sessions, held=len(days))),
             parts.text(HOW.tr(translate), s.small)]
    story: list[Any] = []
    for first in range(0, len(columns), SESSIONS_PER_SHEET):
        if story:
            story.append(PageBreak())
        shown = columns[first:first + SESSIONS_PER_SHEET]
        header = [NAME.tr(translate)] + [
            f"{SESSION.tr(translate, number=first + i + 1)}\n{day or '____-__-__'}" for i, day in enumerate(shown)]
        lines = [[Spacer(1, 8 * mm)] + [""] * len(shown) for _ in range(LINES)]  # room to write and sign
        grid = parts.table(header, lines, widths=[70 * mm] + [26 * mm] * len(shown))
        story += [*head, grid]
    return info, story


def _leaders(reader: Reader, circle: Circle) -> list[str]:
    """The peer supporters who logged its sessions, then the co-leader."""
    names = [n for (n,) in reader.rows(
        "SELECT DISTINCT p.name FROM activities a JOIN people p ON p.id = a.peer_supporter_id "
        "WHERE a.circle_id = ? AND a.removed = 0 ORDER BY p.name", (circle.id,))]
    return names + ([circle.co_leader] if circle.co_leader and circle.co_leader not in names else [])
