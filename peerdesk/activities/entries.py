"""Activities: one logged piece of work each, with counts and categories, never a service user's identity.

`check` is the one set of rules for every entry, typed or imported: a date neither in the future nor before the peer
supporter's placement started, a duration of 1 minute to 24 hours, 0–200 participants, a type, and per type the
details it carries (none of theme or note for supervision; destination and outcome for an accompanied visit; the
circle for a study circle session). Theme and note pass the privacy guard.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peerdesk.activities.durations import DURATION, parse_duration
from peerdesk.activities.types import ActivityType, types_by_key
from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.fields import choice, count, date, row_label, short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.query import Reader
from peerdesk.store import Workspace

ACTIVITIES = touched("activities")
LOG_ACTIVITY = QT_TRANSLATE_NOOP("Edit", "Log activity")
EDIT_ACTIVITY = QT_TRANSLATE_NOOP("Edit", "Edit activity")
DELETE_ACTIVITY = QT_TRANSLATE_NOOP("Edit", "Delete activity")
RESTORE_ACTIVITY = QT_TRANSLATE_NOOP("Edit", "Restore activity")

DATE = QT_TRANSLATE_NOOP("Field", "Date")
TYPE = QT_TRANSLATE_NOOP("Field", "Type")
PARTICIPANTS = QT_TRANSLATE_NOOP("Field", "Participants")
PLACE = QT_TRANSLATE_NOOP("Field", "Where")
THEME = QT_TRANSLATE_NOOP("Field", "Theme")
NOTE = QT_TRANSLATE_NOOP("Field", "Note")
PEER_SUPPORTER = QT_TRANSLATE_NOOP("Field", "Peer supporter")
VISIT_DESTINATION = QT_TRANSLATE_NOOP("Field", "Visit to")
VISIT_TOOK_PLACE = QT_TRANSLATE_NOOP("Field", "Visit took place")
CIRCLE = QT_TRANSLATE_NOOP("Field", "Study circle")

PLACES: dict[str, Msg] = {
    "unit": QT_TRANSLATE_NOOP("Activities", "At the unit"),
    "outside": QT_TRANSLATE_NOOP("Activities", "Outside"),
}
DESTINATIONS: dict[str, Msg] = {
    "healthcare": QT_TRANSLATE_NOOP("Activities", "Healthcare"),
    "psychiatry": QT_TRANSLATE_NOOP("Activities", "Psychiatry"),
    "authority": QT_TRANSLATE_NOOP("Activities", "Social insurance agency or other authority"),
    "social_services": QT_TRANSLATE_NOOP("Activities", "Social services"),
    "housing": QT_TRANSLATE_NOOP("Activities", "Housing"),
    "other": QT_TRANSLATE_NOOP("Activities", "Other"),
}
MAX_PARTICIPANTS = 200
MAX_THEME = 120
MAX_NOTE = 500

_GONE = QT_TRANSLATE_NOOP("Activities", "That activity no longer exists in this workspace.")


class Entry(NamedTuple):
    """What is typed (or imported) for one activity: raw text is fine, `check` cleans it."""

    day: str | dt.date
    type_key: str | None
    duration: str | int
    participants: str | int
    place: str = "unit"
    theme: str = ""
    note: str = ""
    peer_supporter_id: int | None = None
    visit_destination: str | None = None
    visit_took_place: bool | None = None
    circle_id: int | None = None


class Activity(NamedTuple):
    id: int
    day: dt.date
    type_key: str
    minutes: int
    participants: int
    place: str
    theme: str
    note: str
    peer_supporter_id: int
    peer_supporter: str
    visit_destination: str | None
    visit_took_place: int | None
    circle_id: int | None
    circle: str
    removed: bool
    saved_by: str
    saved_at: str

    def entry(self) -> Entry:
        """As typed: to edit it, or to repeat it."""
        return Entry(self.day, self.type_key, self.minutes, self.participants, self.place, self.theme, self.note,
                     self.peer_supporter_id, self.visit_destination,
                     None if self.visit_took_place is None else bool(self.visit_took_place), self.circle_id)

    def values(self) -> tuple[object, ...]:
        """What an export shows of it: two rows with the same values are the same entry twice."""
        return (self.day.isoformat(), self.type_key, self.minutes, self.participants, self.place, self.theme,
                self.note, self.peer_supporter_id, self.visit_destination, self.visit_took_place, self.circle_id)


class Context(NamedTuple):
    """What checking an entry needs to know of the workspace, read once (an import checks thousands of rows)."""

    types: dict[str, ActivityType]
    supporters: dict[int, str]  # peer supporters (not removed): id → name
    started: dict[int, dt.date]  # peer supporter id → the earliest start of their placements
    circles: dict[int, str]  # study circles (not removed): id → theme
    today: dt.date

    @classmethod
    def load(cls, reader: Reader, today: dt.date | None = None) -> Context:
        return cls(
            types_by_key(reader),
            dict(reader.rows("SELECT id, name FROM people WHERE removed = 0 AND role = 'peer_supporter' "
                             "ORDER BY name COLLATE NOCASE, id")),
            {pid: dt.date.fromisoformat(start) for pid, start in reader.rows(
                "SELECT peer_supporter_id, min(start_date) FROM placements WHERE removed = 0 "
                "GROUP BY peer_supporter_id")},
            dict(reader.rows("SELECT id, theme FROM study_circles WHERE removed = 0 ORDER BY start_date, id")),
            today or dt.date.today())


def check(ctx: Context, entry: Entry, *, row: int | None = None, keep_type: str | None = None) -> dict[str, object]:
    """The entry as a row of the `activities` table, or InvalidInput naming the field (with `row` for an import).

    `keep_type`: an edited entry may keep its type even when that type has since been hidden.
    """
    kind = _type(ctx, entry.type_key, row, keep_type)
    supporter = entry.peer_supporter_id
    if supporter is None or supporter not in ctx.supporters:
        raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "{label}: choose the peer supporter who did it."),
                           field="peer_supporter", label=row_label(PEER_SUPPORTER, row))
    day = date(entry.day, DATE, "day", row=row)
    if day > ctx.today:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Activities", "{label}: {date} is in the future. Log an activity once it has taken place."),
            field="day", label=row_label(DATE, row), date=day.isoformat())
    started = ctx.started.get(supporter)
    if started is not None and day < started:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Activities", "{label}: {date} is before {name}'s placement started ({start})."),
            field="day", label=row_label(DATE, row), date=day.isoformat(), name=ctx.supporters[supporter],
            start=started.isoformat())
    minutes = parse_duration(entry.duration, DURATION, "duration", row=row)
    participants = _participants(entry.participants, row)
    place = choice(entry.place, PLACES, PLACE, "place", row=row)
    theme = short_text(entry.theme, THEME, "theme", required=False, max_len=MAX_THEME, row=row)
    note = short_text(entry.note, NOTE, "note", required=False, max_len=MAX_NOTE, row=row)
    if not kind.text and (theme or note):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Activities", "{label}: supervision is logged without theme or note. What is said in supervision stays "
            "out of PeerDesk."), field="theme" if theme else "note", label=row_label(THEME if theme else NOTE, row))
    values: dict[str, object] = {
        "day": day.isoformat(), "type_key": kind.key, "minutes": minutes, "participants": participants,
        "place": place, "theme": theme, "note": note, "peer_supporter_id": supporter,
        "visit_destination": None, "visit_took_place": None, "circle_id": None, "search": search_text(theme, note)}
    if kind.visit:
        values["visit_destination"] = choice(entry.visit_destination, DESTINATIONS, VISIT_DESTINATION,
                                             "visit_destination", row=row)
        if entry.visit_took_place is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "{label}: say whether the visit took place."),
                               field="visit_took_place", label=row_label(VISIT_TOOK_PLACE, row))
        values["visit_took_place"] = int(bool(entry.visit_took_place))
    if kind.circle:
        if entry.circle_id is None or entry.circle_id not in ctx.circles:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Activities", "{label}: choose the study circle this session belongs to (or create it first)."),
                field="circle", label=row_label(CIRCLE, row))
        values["circle_id"] = entry.circle_id
    return values


def _type(ctx: Context, key: str | None, row: int | None, keep_type: str | None) -> ActivityType:
    kind = ctx.types.get(key or "")
    if kind is None or (kind.hidden and key != keep_type):
        raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "{label}: choose the kind of activity."), field="type",
                           label=row_label(TYPE, row))
    return kind


def _participants(value: str | int, row: int | None) -> int:
    label = row_label(PARTICIPANTS, row)
    if isinstance(value, str) and not value.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "{label}: how many service users were there? 0 if none."),
                           field="participants", label=label)
    number = count(value, PARTICIPANTS, "participants", minimum=-10**9,
                   maximum=10**9, row=row)
    if number < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Activities", "{label}: a number of people cannot be negative."),
                           field="participants", label=label)
    if number > MAX_PARTICIPANTS:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Activities", "{label}: {value} is more than {max}. Count the service users who were there (0 for work "
            "without them)."), field="participants", label=label, value=number, max=MAX_PARTICIPANTS)
    return number


def search_text(theme: str, note: str) -> str:
    """What the text filter searches, case-folded here because SQLite folds only A–Z."""
    return f"{theme}\n{note}".casefold()


# -- reading ---------------------------------------------------------------------------------------------------

SELECT = """SELECT a.id, a.day, a.type_key, a.minutes, a.participants, a.place, a.theme, a.note,
    a.peer_supporter_id, p.name AS peer_supporter, a.visit_destination, a.visit_took_place, a.circle_id,
    coalesce(c.theme, '') AS circle, a.removed, a.saved_by, a.saved_at
    FROM activities a JOIN people p ON p.id = a.peer_supporter_id LEFT JOIN study_circles c ON c.id = a.circle_id"""


def get_activity(reader: Reader, activity_id: int) -> Activity:
    found = reader.one(Activity, f"{SELECT} WHERE a.id = ?", (activity_id,))
    if found is None:
        raise NotFound(_GONE)
    return found


def last_activity(reader: Reader, peer_supporter_id: int | None = None) -> Activity | None:
    """The entry saved last (by that peer supporter), for "Repeat last"."""
    return reader.one(Activity, f"{SELECT} WHERE a.removed = 0 AND (?1 IS NULL OR a.peer_supporter_id = ?1) "
                                "ORDER BY a.id DESC LIMIT 1", (peer_supporter_id,))


# -- writing ---------------------------------------------------------------------------------------------------

def add_activity(ws: Workspace, entry: Entry, *, today: dt.date | None = None) -> Change[int]:
    values = check(Context.load(ws, today), entry)
    with ws.write(LOG_ACTIVITY) as db:
        activity_id = db["activities"].insert({**values, **ws.saved()}).last_pk
    return Change(LOG_ACTIVITY, activity_id, ACTIVITIES,
                  op(set_removed, table="activities", ids=(activity_id,), removed=True, label=DELETE_ACTIVITY))


def update_activity(ws: Workspace, activity_id: int, entry: Entry, *, today: dt.date | None = None
                    ) -> Change[None]:
    old = get_activity(ws, activity_id)
    values = check(Context.load(ws, today), entry, keep_type=old.type_key)
    before = _columns(old)
    if {k: before[k] for k in values} == values:
        return unchanged(EDIT_ACTIVITY)
    _write_columns(ws, activity_id, values)
    return Change(EDIT_ACTIVITY, None, ACTIVITIES, op(_put_back, activity_id=activity_id, values=before))


def _columns(a: Activity) -> dict[str, object]:
    return {"day": a.day.isoformat(), "type_key": a.type_key, "minutes": a.minutes, "participants": a.participants,
            "place": a.place, "theme": a.theme, "note": a.note, "peer_supporter_id": a.peer_supporter_id,
            "visit_destination": a.visit_destination, "visit_took_place": a.visit_took_place,
            "circle_id": a.circle_id, "search": search_text(a.theme, a.note)}


def _write_columns(ws: Workspace, activity_id: int, values: dict[str, object]) -> None:
    with ws.write(EDIT_ACTIVITY) as db:
        db["activities"].update(activity_id, {**values, **ws.saved()})


def _put_back(ws: Workspace, activity_id: int, values: dict[str, object]) -> Change[None]:
    """Undo (and redo) of an edit: the values as they were, which were valid when saved (the date rules move on
    with today, so they are not checked again)."""
    before = _columns(get_activity(ws, activity_id))
    _write_columns(ws, activity_id, values)
    return Change(EDIT_ACTIVITY, None, ACTIVITIES, op(_put_back, activity_id=activity_id, values=before))


def delete_activities(ws: Workspace, ids: tuple[int, ...]) -> Change[tuple[int, ...]]:
    """Into the bin (undoable; restore_activities brings them back later)."""
    return set_removed(ws, table="activities", ids=ids, removed=True, label=DELETE_ACTIVITY)


def restore_activities(ws: Workspace, ids: tuple[int, ...]) -> Change[tuple[int, ...]]:
    return set_removed(ws, table="activities", ids=ids, removed=False, label=RESTORE_ACTIVITY)
