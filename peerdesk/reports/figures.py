"""The activity summary's figures for a period: one function, plain values (no reportlab, no Qt).

The summary PDF, the follow-up pack and the summary's CSV export all read `summary_figures`; a regional coordinator
will later combine many units' figures, so they are records of numbers and keys that `as_dict` writes out.
Labels are resolved in the language asked for; keys stay beside them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from peerdesk.activities.circles import STUDY_HOUR_MINUTES
from peerdesk.activities.entries import DESTINATIONS
from peerdesk.activities.types import SUPERVISION, types_by_key
from peerdesk.errors import NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from peerdesk.jobdesc.content import Task
from peerdesk.query import Reader

OUTREACH = "outreach"
FOLLOW_UP = "follow_up_meeting"
WORKPLACE_MEETING = "workplace_meeting"
MEETINGS = (*SUPERVISION, FOLLOW_UP, WORKPLACE_MEETING)  # held, counted; never their content

_NO_SUPPORTER = QT_TRANSLATE_NOOP("Report", "No peer supporter is called {name}. Peer supporters: {candidates}")
_SEVERAL = QT_TRANSLATE_NOOP("Report", "Several peer supporters are called {name}: give them names that differ.")


class TypeRow(NamedTuple):
    key: str
    label: str
    activities: int
    minutes: int
    participants: int  # participant contacts


class MonthRow(NamedTuple):
    month: str  # YYYY-MM
    activities: int
    minutes: int


class CircleRow(NamedTuple):
    theme: str
    sessions: int  # held in the period
    attendance: int  # summed over those sessions
    minutes: int

    @property
    def average_attendance(self) -> float:
        return self.attendance / self.sessions if self.sessions else 0.0

    @property
    def study_hours(self) -> float:
        return self.minutes / STUDY_HOUR_MINUTES


class VisitRow(NamedTuple):
    destination: str  # key of entries.DESTINATIONS
    label: str
    visits: int
    took_place: int


class Figures(NamedTuple):
    start: dt.date
    end: dt.date
    peer_supporter: str  # "" : every peer supporter
    types: tuple[TypeRow, ...]  # the types with activities in the period, in the types' own order
    months: tuple[MonthRow, ...]  # every month of the period, also those without activities
    circles: tuple[CircleRow, ...]
    visits: tuple[VisitRow, ...]
    outreach: int  # outreach contacts
    meetings: dict[str, int]  # MEETINGS key → held

    @property
    def activities(self) -> int:
        return sum(t.activities for t in self.types)

    @property
    def minutes(self) -> int:
        return sum(t.minutes for t in self.types)

    @property
    def participants(self) -> int:
        return sum(t.participants for t in self.types)

    def as_dict(self) -> dict[str, object]:
        """Plain values (dates as ISO text, rows as dicts), to write out and read back."""
        found: dict[str, object] = {name: tuple(row._asdict() for row in value) if isinstance(value, tuple) else value
                                    for name, value in self._asdict().items()}
        found["meetings"] = dict(self.meetings)
        found["start"], found["end"] = self.start.isoformat(), self.end.isoformat()
        return found


def peer_supporter_named(reader: Reader, name: str) -> int:
    """The peer supporter named exactly `name`; NotFound with the candidates otherwise."""
    found = reader.rows("SELECT id, name FROM people WHERE removed = 0 AND role = 'peer_supporter' "
                        "ORDER BY name COLLATE NOCASE, id")
    chosen = [pid for pid, n in found if n == name]
    if len(chosen) == 1:
        return int(chosen[0])
    if chosen:
        raise NotFound(_SEVERAL, name=name)
    raise NotFound(_NO_SUPPORTER, name=name, candidates=", ".join(n for _, n in found))


def _months(start: dt.date, end: dt.date) -> list[str]:
    found, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        found.append(f"{year:04}-{month:02}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def summary_figures(reader: Reader, start: dt.date, end: dt.date, peer_supporter_id: int | None = None,
                    lang: str = "sv", translate: Translate = untranslated) -> Figures:
    """Everything the activity summary shows for `start`–`end` (both included), of one or every peer supporter.
    Activities in the bin are left out."""
    where = "a.removed = 0 AND a.day >= ?1 AND a.day <= ?2 AND (?3 IS NULL OR a.peer_supporter_id = ?3)"
    params = (start.isoformat(), end.isoformat(), peer_supporter_id)
    known = types_by_key(reader)
    by_type = {key: (n, m, p) for key, n, m, p in reader.rows(
        f"SELECT type_key, count(*), sum(minutes), sum(participants) FROM activities a WHERE {where} "
        "GROUP BY type_key", params)}
    order = [k for k in known if k in by_type] + sorted(k for k in by_type if k not in known)
    types = tuple(TypeRow(k, known[k].label(lang) if k in known else k, *by_type[k]) for k in order)
    by_month = {m: (n, mins) for m, n, mins in reader.rows(
        f"SELECT substr(day, 1, 7), count(*), sum(minutes) FROM activities a WHERE {where} GROUP BY 1", params)}
    months = tuple(MonthRow(m, *by_month.get(m, (0, 0))) for m in _months(start, end))
    circles = tuple(CircleRow(*row) for row in reader.rows(
        f"SELECT c.theme, count(*), sum(a.participants), sum(a.minutes) FROM activities a "
        f"JOIN study_circles c ON c.id = a.circle_id WHERE {where} GROUP BY c.id ORDER BY c.start_date, c.id",
        params))
    by_destination = {d: (n, took) for d, n, took in reader.rows(
        f"SELECT visit_destination, count(*), sum(visit_took_place) FROM activities a "
        f"WHERE {where} AND visit_destination IS NOT NULL GROUP BY 1", params)}
    visits = tuple(VisitRow(d, label.tr(translate), *by_destination[d])
                   for d, label in DESTINATIONS.items() if d in by_destination)
    held = {k: by_type.get(k, (0, 0, 0))[0] for k in MEETINGS}
    return Figures(start, end, _name(reader, peer_supporter_id), types, months, circles, visits,
                   by_type.get(OUTREACH, (0, 0, 0))[0], held)


def _name(reader: Reader, person_id: int | None) -> str:
    if person_id is None:
        return ""
    return str(reader.value("SELECT name FROM people WHERE id = ?", (person_id,), default=""))


class Drift(NamedTuple):
    """Hours in activity types the agreed job description's tasks cover, and in types they do not."""

    covered_minutes: int
    other_minutes: int
    covered: tuple[TypeRow, ...]
    other: tuple[TypeRow, ...]

    @property
    def covered_share(self) -> float:
        total = self.covered_minutes + self.other_minutes
        return self.covered_minutes / total if total else 0.0

    @property
    def other_share(self) -> float:
        total = self.covered_minutes + self.other_minutes
        return self.other_minutes / total if total else 0.0


def role_drift(figures: Figures, tasks: Sequence[Task]) -> Drift:
    """How the period's time splits between what the agreed tasks cover and everything else."""
    covered_keys = {key for t in tasks for key in t.activity_types}
    covered = tuple(t for t in figures.types if t.key in covered_keys)
    other = tuple(t for t in figures.types if t.key not in covered_keys)
    return Drift(sum(t.minutes for t in covered), sum(t.minutes for t in other), covered, other)
