"""Placements (one peer supporter at this unit) and their renewal decisions, kept as history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peerdesk.errors import InvalidInput, NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import clean_name, get_person
from peerdesk.privacy import check_free_text
from peerdesk.store import Workspace

ENDING_SOON_DAYS = 60

EMPLOYER = QT_TRANSLATE_NOOP("Field", "Employer organisation")
GONE = QT_TRANSLATE_NOOP("Placements", "That placement no longer exists in this workspace.")
FUNDER = QT_TRANSLATE_NOOP("Field", "Funder")
DECIDED_BY = QT_TRANSLATE_NOOP("Field", "Decided by")


@dataclass(frozen=True)
class Decision:
    id: int
    outcome: str  # 'renewed' or 'ended'
    decided_on: dt.date
    new_end_date: dt.date | None
    ended_on: dt.date | None
    previous_end_date: dt.date
    funder: str
    decided_by: str
    saved_by: str
    saved_at: str


@dataclass(frozen=True)
class Placement:
    id: int
    peer_supporter_id: int
    peer_supporter: str
    supervisor_id: int | None
    supervisor: str
    employer: str
    start_date: dt.date
    planned_end_date: dt.date
    ended_on: dt.date | None
    decisions: tuple[Decision, ...]

    def days_since_start(self, today: dt.date) -> int:
        return (today - self.start_date).days

    def days_left(self, today: dt.date) -> int | None:
        """Days to the planned end date; None once the placement has ended."""
        return None if self.ended_on else (self.planned_end_date - today).days

    def ending_soon(self, today: dt.date) -> bool:
        left = self.days_left(today)
        return left is not None and left < ENDING_SOON_DAYS


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _decisions(ws: Workspace, placement_id: int) -> tuple[Decision, ...]:
    rows = ws.conn.execute(
        "SELECT id, outcome, decided_on, new_end_date, ended_on, previous_end_date, funder, decided_by, saved_by, "
        "saved_at FROM decisions WHERE placement_id = ? AND withdrawn = 0 ORDER BY decided_on, id", (placement_id,))
    return tuple(Decision(r[0], r[1], _d(r[2]), _d(r[3]), _d(r[4]), _d(r[5]), r[6], r[7], r[8], r[9]) for r in rows)


def list_placements(ws: Workspace, placement_id: int | None = None) -> list[Placement]:
    """The placements not removed, oldest first (or just the one with `placement_id`)."""
    rows = ws.conn.execute(
        "SELECT p.id, p.peer_supporter_id, ps.name, p.supervisor_id, coalesce(sv.name, ''), p.employer, "
        "p.start_date, p.planned_end_date, p.ended_on FROM placements p "
        "JOIN people ps ON ps.id = p.peer_supporter_id LEFT JOIN people sv ON sv.id = p.supervisor_id "
        "WHERE p.removed = 0 AND (?1 IS NULL OR p.id = ?1) ORDER BY p.start_date, p.id", (placement_id,)).fetchall()
    return [Placement(r[0], r[1], r[2], r[3], r[4], r[5], _d(r[6]), _d(r[7]), _d(r[8]), _decisions(ws, r[0]))
            for r in rows]


def get_placement(ws: Workspace, placement_id: int) -> Placement:
    found = list_placements(ws, placement_id)
    if not found:
        raise NotFound(GONE)
    return found[0]


def _validate(ws: Workspace, peer_supporter_id: int, supervisor_id: int | None, start: dt.date,
              planned_end: dt.date) -> None:
    if get_person(ws, peer_supporter_id).role != "peer_supporter":
        raise InvalidInput(QT_TRANSLATE_NOOP("Placements", "A placement needs a person with the peer supporter "
                                             "role."), field="peer_supporter")
    if supervisor_id is not None:
        get_person(ws, supervisor_id)
    check_dates(start, planned_end)


def check_dates(start: dt.date, planned_end: dt.date) -> None:
    if planned_end <= start:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Placements", "Planned end date: {end} must come after the start date {start}."),
            field="planned_end_date", end=planned_end.isoformat(), start=start.isoformat())


def add_placement(ws: Workspace, *, peer_supporter_id: int, employer: str, supervisor_id: int | None,
                  start_date: dt.date, planned_end_date: dt.date) -> int:
    employer = clean_name(employer, EMPLOYER, "employer")
    _validate(ws, peer_supporter_id, supervisor_id, start_date, planned_end_date)
    with ws.write("add placement") as db:
        return db["placements"].insert({
            "peer_supporter_id": peer_supporter_id, "supervisor_id": supervisor_id, "employer": employer,
            "start_date": start_date.isoformat(), "planned_end_date": planned_end_date.isoformat(),
            **ws.saved()}).last_pk


def update_placement(ws: Workspace, placement_id: int, *, peer_supporter_id: int, employer: str,
                     supervisor_id: int | None, start_date: dt.date, planned_end_date: dt.date) -> None:
    employer = clean_name(employer, EMPLOYER, "employer")
    get_placement(ws, placement_id)
    _validate(ws, peer_supporter_id, supervisor_id, start_date, planned_end_date)
    with ws.write("edit placement") as db:
        db["placements"].update(placement_id, {
            "peer_supporter_id": peer_supporter_id, "supervisor_id": supervisor_id, "employer": employer,
            "start_date": start_date.isoformat(), "planned_end_date": planned_end_date.isoformat(),
            **ws.saved()})


def set_placement_removed(ws: Workspace, placement_id: int, removed: bool) -> None:
    if not ws.conn.execute("SELECT 1 FROM placements WHERE id = ?", (placement_id,)).fetchone():
        raise NotFound(GONE)
    with ws.write("remove placement" if removed else "restore placement") as db:
        db["placements"].update(placement_id, {"removed": int(removed), **ws.saved()})


def record_decision(ws: Workspace, placement_id: int, *, outcome: str, decided_on: dt.date,
                    end_date: dt.date, funder: str = "", decided_by: str = "") -> int:
    """Record a renewal decision: renewed until `end_date` (a new planned end) or ended on `end_date`.

    The placement's dates change in the same transaction; the decision row keeps the previous end date so that
    withdrawing the decision (undo) restores it exactly.
    """
    p = get_placement(ws, placement_id)
    if p.ended_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("Placements", "This placement has already ended on {date}."),
                           field="outcome", date=p.ended_on.isoformat())
    funder = " ".join(funder.split())
    decided_by = " ".join(decided_by.split())
    check_free_text(funder, FUNDER, "funder")
    check_free_text(decided_by, DECIDED_BY, "decided_by")
    if outcome == "renewed":
        if end_date <= p.planned_end_date:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Placements", "Renewed until: {end} must come after the current planned end date {current}."),
                field="end_date", end=end_date.isoformat(), current=p.planned_end_date.isoformat())
        change = {"planned_end_date": end_date.isoformat()}
    elif outcome == "ended":
        if end_date < p.start_date:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Placements", "Ended on: {end} is before the placement started ({start})."),
                field="end_date", end=end_date.isoformat(), start=p.start_date.isoformat())
        change = {"ended_on": end_date.isoformat()}
    else:
        raise InvalidInput(QT_TRANSLATE_NOOP("Placements", "A decision is either renewed or ended."),
                           field="outcome")
    with ws.write("record decision") as db:
        decision_id = db["decisions"].insert({
            "placement_id": placement_id, "outcome": outcome, "decided_on": decided_on.isoformat(),
            "new_end_date": end_date.isoformat() if outcome == "renewed" else None,
            "ended_on": end_date.isoformat() if outcome == "ended" else None,
            "previous_end_date": p.planned_end_date.isoformat(), "funder": funder, "decided_by": decided_by,
            **ws.saved()}).last_pk
        db["placements"].update(placement_id, {**change, **ws.saved()})
    return decision_id


def set_decision_withdrawn(ws: Workspace, decision_id: int, withdrawn: bool) -> None:
    """Withdraw a decision (undo) or reinstate it (redo), with the placement's dates following."""
    row = ws.conn.execute(
        "SELECT placement_id, outcome, new_end_date, ended_on, previous_end_date FROM decisions WHERE id = ?",
        (decision_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Placements", "That decision no longer exists in this workspace."))
    placement_id, outcome, new_end, ended_on, previous_end = row
    if withdrawn:
        change = {"planned_end_date": previous_end, "ended_on": None}
    elif outcome == "renewed":
        change = {"planned_end_date": new_end}
    else:
        change = {"ended_on": ended_on}
    with ws.write("withdraw decision" if withdrawn else "reinstate decision") as db:
        db["decisions"].update(decision_id, {"withdrawn": int(withdrawn), **ws.saved()})
        db["placements"].update(placement_id, {**change, **ws.saved()})
