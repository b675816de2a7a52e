"""Study circles: a series of group meetings on a theme, with a co-leader chosen among the workspace's people.

Sessions are activities of a type with `circle` set, naming the circle. Per circle: sessions held, average
attendance and study hours ("studietimmar", 45-minute units, as study associations count them).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.fields import count, date, short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import get_person
from peerdesk.query import Reader
from peerdesk.store import Workspace

CIRCLES = touched("study_circles")
STUDY_HOUR_MINUTES = 45
ADD_CIRCLE = QT_TRANSLATE_NOOP("Edit", "Add study circle")
EDIT_CIRCLE = QT_TRANSLATE_NOOP("Edit", "Edit study circle")
REMOVE_CIRCLE = QT_TRANSLATE_NOOP("Edit", "Remove study circle")
CIRCLE_THEME = QT_TRANSLATE_NOOP("Field", "Theme")
START = QT_TRANSLATE_NOOP("Field", "Start date")
PLANNED = QT_TRANSLATE_NOOP("Field", "Planned sessions")
MAX_SESSIONS = 200


class Circle(NamedTuple):
    id: int
    theme: str
    start_date: dt.date
    planned_sessions: int
    co_leader_id: int | None
    co_leader: str
    sessions: int  # held: logged sessions not in the bin
    minutes: int
    attendance: int  # summed over the sessions

    @property
    def average_attendance(self) -> float:
        return self.attendance / self.sessions if self.sessions else 0.0

    @property
    def study_hours(self) -> float:
        return self.minutes / STUDY_HOUR_MINUTES


def list_circles(reader: Reader) -> list[Circle]:
    return reader.query(Circle, """
        SELECT c.id, c.theme, c.start_date, c.planned_sessions, c.co_leader_id, coalesce(p.name, '') AS co_leader,
               count(a.id) AS sessions, coalesce(sum(a.minutes), 0) AS minutes,
               coalesce(sum(a.participants), 0) AS attendance
        FROM study_circles c LEFT JOIN people p ON p.id = c.co_leader_id
        LEFT JOIN activities a ON a.circle_id = c.id AND a.removed = 0
        WHERE c.removed = 0 GROUP BY c.id ORDER BY c.start_date DESC, c.id DESC""")


def get_circle(reader: Reader, circle_id: int) -> Circle:
    found = next((c for c in list_circles(reader) if c.id == circle_id), None)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Activities", "That study circle no longer exists in this workspace."))
    return found


def _clean(ws: Workspace, theme: str, start_date: str | dt.date, planned_sessions: str | int,
           co_leader_id: int | None) -> dict[str, object]:
    values: dict[str, object] = {
        "theme": short_text(theme, CIRCLE_THEME, "circle_theme"),
        "start_date": date(start_date, START, "start_date").isoformat(),
        "planned_sessions": count(planned_sessions, PLANNED, "planned_sessions", minimum=1, maximum=MAX_SESSIONS),
        "co_leader_id": co_leader_id}
    if co_leader_id is not None and get_person(ws, co_leader_id).removed:
        raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "The co-leader chosen has been removed from this "
                                             "workspace: choose another one."), field="co_leader")
    return values


def add_circle(ws: Workspace, *, theme: str, start_date: str | dt.date, planned_sessions: str | int,
               co_leader_id: int | None = None) -> Change[int]:
    values = _clean(ws, theme, start_date, planned_sessions, co_leader_id)
    with ws.write(ADD_CIRCLE) as db:
        circle_id = db["study_circles"].insert({**values, **ws.saved()}).last_pk
    return Change(ADD_CIRCLE, circle_id, CIRCLES | touched("activities"),
                  op(set_removed, table="study_circles", ids=(circle_id,), removed=True, label=REMOVE_CIRCLE))


def update_circle(ws: Workspace, circle_id: int, *, theme: str, start_date: str | dt.date,
                  planned_sessions: str | int, co_leader_id: int | None = None) -> Change[None]:
    old = get_circle(ws, circle_id)
    before = {"theme": old.theme, "start_date": old.start_date.isoformat(),
              "planned_sessions": old.planned_sessions, "co_leader_id": old.co_leader_id}
    if co_leader_id == old.co_leader_id:  # an unchanged co-leader who has since been removed stays named
        values = {**_clean(ws, theme, start_date, planned_sessions, None), "co_leader_id": co_leader_id}
    else:
        values = _clean(ws, theme, start_date, planned_sessions, co_leader_id)
    if values == before:
        return unchanged(EDIT_CIRCLE)
    with ws.write(EDIT_CIRCLE) as db:
        db["study_circles"].update(circle_id, {**values, **ws.saved()})
    return Change(EDIT_CIRCLE, None, CIRCLES | touched("activities"), op(
        update_circle, circle_id=circle_id, theme=old.theme, start_date=old.start_date,
        planned_sessions=old.planned_sessions, co_leader_id=old.co_leader_id))


def remove_circle(ws: Workspace, circle_id: int) -> Change[tuple[int, ...]]:
    """Hidden with its theme kept: its logged sessions still name it."""
    get_circle(ws, circle_id)
    change = set_removed(ws, table="study_circles", ids=(circle_id,), removed=True, label=REMOVE_CIRCLE)
    return Change(change.label, change.result, CIRCLES | touched("activities"), change.undo)
