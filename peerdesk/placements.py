"""Placements (one peer supporter at this unit) and their renewal decisions, kept as history."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.checklist.items import move_due_dates
from peerdesk.checklist.own_template import create_checklist
from peerdesk.dates import add_years
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.fields import short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import clean_name, get_person
from peerdesk.store import Workspace

ENDING_SOON_DAYS = 60
MAX_DECISION_AHEAD = dt.timedelta(days=366)  # a funding decision is made for the coming year, not further ahead
MAX_TEXT = 200

PLACEMENTS = touched("placements")  # a placement's checklist shows with it and moves with its dates
DECISIONS = touched("placements", "decisions")
EMPLOYER = QT_TRANSLATE_NOOP("Field", "Employer organisation")
GONE = QT_TRANSLATE_NOOP("Placements", "That placement no longer exists in this workspace.")
DECISION_GONE = QT_TRANSLATE_NOOP("Placements", "That decision no longer exists in this workspace.")
FUNDER = QT_TRANSLATE_NOOP("Field", "Funder")
DECIDED_BY = QT_TRANSLATE_NOOP("Field", "Decided by")
ADD_PLACEMENT = QT_TRANSLATE_NOOP("Edit", "Add placement")
EDIT_PLACEMENT = QT_TRANSLATE_NOOP("Edit", "Edit placement")
RECORD_DECISION = QT_TRANSLATE_NOOP("Edit", "Record renewal decision")
CORRECT_DECISION = QT_TRANSLATE_NOOP("Edit", "Correct renewal decision")
WITHDRAW_DECISION = QT_TRANSLATE_NOOP("Edit", "Withdraw renewal decision")
REINSTATE_DECISION = QT_TRANSLATE_NOOP("Edit", "Reinstate renewal decision")


class Decision(NamedTuple):
    id: int
    placement_id: int
    outcome: str  # 'renewed' or 'ended'
    decided_on: dt.date
    new_end_date: dt.date | None
    ended_on: dt.date | None
    previous_end_date: dt.date
    funder: str
    decided_by: str
    withdrawn: bool  # withdrawn decisions stay in the history, marked so, with who withdrew them and when
    saved_by: str
    saved_at: str

    @property
    def end_date(self) -> dt.date:
        """The date the decision is about: renewed until, or ended on."""
        return self.new_end_date or self.ended_on  # type: ignore[return-value]


class Placement(NamedTuple):
    id: int
    peer_supporter_id: int
    peer_supporter: str
    supervisor_id: int | None
    supervisor: str
    employer: str
    start_date: dt.date
    planned_end_date: dt.date
    ended_on: dt.date | None
    decisions: tuple[Decision, ...] = ()

    def days_since_start(self, today: dt.date) -> int:
        """Negative while the placement has not started yet."""
        return (today - self.start_date).days

    def days_left(self, today: dt.date) -> int | None:
        """Days to the planned end date; None once the placement has ended."""
        return None if self.ended_on else (self.planned_end_date - today).days

    def ending_soon(self, today: dt.date) -> bool:
        left = self.days_left(today)
        return left is not None and left < ENDING_SOON_DAYS

    def active_decision(self) -> Decision | None:
        """The latest decision still in force: the one that may be corrected or withdrawn."""
        return next((d for d in reversed(self.decisions) if not d.withdrawn), None)


def default_end_date(start: dt.date) -> dt.date:
    """Funding usually runs one year at a time: the planned end a new placement is offered."""
    return add_years(start, 1)


_DECISIONS = ("SELECT id, placement_id, outcome, decided_on, new_end_date, ended_on, previous_end_date, funder, "
              "decided_by, withdrawn, saved_by, saved_at FROM decisions")


def list_placements(ws: Workspace, placement_id: int | None = None) -> list[Placement]:
    """The placements not removed, oldest first (or just the one with `placement_id`), with their decisions."""
    decisions: dict[int, list[Decision]] = {}
    for d in ws.query(Decision, f"{_DECISIONS} WHERE removed = 0 AND (?1 IS NULL OR placement_id = ?1) "
                      "ORDER BY decided_on, id",
                      (placement_id,)):
        decisions.setdefault(d.placement_id, []).append(d)
    found = ws.query(Placement, """
        SELECT p.id, p.peer_supporter_id, ps.name AS peer_supporter, p.supervisor_id,
               coalesce(sv.name, '') AS supervisor, p.employer, p.start_date, p.planned_end_date, p.ended_on
        FROM placements p JOIN people ps ON ps.id = p.peer_supporter_id LEFT JOIN people sv ON sv.id = p.supervisor_id
        WHERE p.removed = 0 AND (?1 IS NULL OR p.id = ?1) ORDER BY p.start_date, p.id""", (placement_id,))
    return [p._replace(decisions=tuple(decisions.get(p.id, ()))) for p in found]


_UNKNOWN = QT_TRANSLATE_NOOP("Placements", "No placement of {name} in this workspace. Placements: {candidates}")
_AMBIGUOUS = QT_TRANSLATE_NOOP("Placements", "{name} has several placements: {candidates}. Remove or end the "
                                             "others, or name a placement that is unique.")
NO_PLACEMENTS = QT_TRANSLATE_NOOP("Placements", "This workspace has no placements yet.")


def described(p: Placement) -> str:
    """A placement in a list of candidates: its peer supporter and its dates."""
    return f"{p.peer_supporter} ({p.start_date.isoformat()} – {p.planned_end_date.isoformat()})"


def placement_named(ws: Workspace, name: str) -> Placement:
    """The placement whose peer supporter is named exactly `name` (as the command line and reports choose one);
    NotFound listing the candidates when none or several match."""
    found = list_placements(ws)
    if not found:
        raise NotFound(NO_PLACEMENTS)
    chosen = [p for p in found if p.peer_supporter == name]
    if len(chosen) == 1:
        return chosen[0]
    raise NotFound(_AMBIGUOUS if chosen else _UNKNOWN, name=name,
                   candidates=", ".join(described(p) for p in (chosen or found)))


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
    if supervisor_id is not None and get_person(ws, supervisor_id).removed:
        raise InvalidInput(QT_TRANSLATE_NOOP("Placements", "The supervisor chosen has been removed from this "
                                             "workspace: choose another one."), field="supervisor")
    check_dates(start, planned_end)


def check_dates(start: dt.date, planned_end: dt.date) -> None:
    if planned_end <= start:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Placements", "Planned end date: {end} must come after the start date {start}."),
            field="planned_end_date", end=planned_end.isoformat(), start=start.isoformat())


def add_placement(ws: Workspace, *, peer_supporter_id: int, employer: str, supervisor_id: int | None,
                  start_date: dt.date, planned_end_date: dt.date) -> Change[int]:
    employer = clean_name(employer, EMPLOYER, "employer")
    _validate(ws, peer_supporter_id, supervisor_id, start_date, planned_end_date)
    with ws.write(ADD_PLACEMENT) as db:
        placement_id = db["placements"].insert({
            "peer_supporter_id": peer_supporter_id, "supervisor_id": supervisor_id, "employer": employer,
            "start_date": start_date.isoformat(), "planned_end_date": planned_end_date.isoformat(),
            **ws.saved()}).last_pk
        create_checklist(ws, placement_id)  # its items show with the placement: undo (removing it) hides them too
    return Change(ADD_PLACEMENT, placement_id, PLACEMENTS,
                  op(set_removed, table="placements", ids=(placement_id,), removed=True))


def update_placement(ws: Workspace, placement_id: int, *, peer_supporter_id: int, employer: str,
                     supervisor_id: int | None, start_date: dt.date, planned_end_date: dt.date) -> Change[None]:
    employer = clean_name(employer, EMPLOYER, "employer")
    old = get_placement(ws, placement_id)
    new = (peer_supporter_id, employer, supervisor_id, start_date, planned_end_date)
    before = (old.peer_supporter_id, old.employer, old.supervisor_id, old.start_date, old.planned_end_date)
    if new == before:
        return unchanged(EDIT_PLACEMENT)
    if supervisor_id == old.supervisor_id:  # an unchanged supervisor who has since been removed stays named
        _validate(ws, peer_supporter_id, None, start_date, planned_end_date)
    else:
        _validate(ws, peer_supporter_id, supervisor_id, start_date, planned_end_date)
    with ws.write(EDIT_PLACEMENT) as db:
        db["placements"].update(placement_id, {
            "peer_supporter_id": peer_supporter_id, "supervisor_id": supervisor_id, "employer": employer,
            "start_date": start_date.isoformat(), "planned_end_date": planned_end_date.isoformat(),
            **ws.saved()})
        move_due_dates(ws, placement_id)
    return Change(EDIT_PLACEMENT, None, PLACEMENTS, op(
        update_placement, placement_id=placement_id, peer_supporter_id=old.peer_supporter_id, employer=old.employer,
        supervisor_id=old.supervisor_id, start_date=old.start_date, planned_end_date=old.planned_end_date))


def _check_decision(p: Placement, outcome: str, decided_on: dt.date, end_date: dt.date, today: dt.date) -> dict:
    """The placement's new dates for this decision, or InvalidInput. `p` is the placement before the decision."""
    if decided_on > today + MAX_DECISION_AHEAD:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Placements", "Decided on: {date} is more than a year from now. Check the year."),
            field="decided_on", date=decided_on.isoformat())
    if outcome == "renewed":
        if end_date <= p.planned_end_date:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Placements", "Renewed until: {end} must come after the current planned end date {current}."),
                field="end_date", end=end_date.isoformat(), current=p.planned_end_date.isoformat())
        if end_date > add_years(p.planned_end_date, 5):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Placements", "Renewed until: {end} is more than five years after the current planned end date. "
                "Check the year."), field="end_date", end=end_date.isoformat())
        return {"planned_end_date": end_date.isoformat()}
    if outcome == "ended":
        if end_date < p.start_date:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Placements", "Ended on: {end} is before the placement started ({start})."),
                field="end_date", end=end_date.isoformat(), start=p.start_date.isoformat())
        return {"ended_on": end_date.isoformat()}
    raise InvalidInput(QT_TRANSLATE_NOOP("Placements", "A decision is either renewed or ended."), field="outcome")


def _ended_already(p: Placement, today: dt.date) -> InvalidInput:
    ended = p.ended_on.isoformat() if p.ended_on else ""
    if p.ended_on and p.ended_on > today:
        return InvalidInput(QT_TRANSLATE_NOOP(
            "Placements", "This placement ends on {date} by an earlier decision. Correct or withdraw that decision "
            "first."), field="outcome", date=ended)
    return InvalidInput(QT_TRANSLATE_NOOP(
        "Placements", "This placement ended on {date}. Correct or withdraw that decision first."),
        field="outcome", date=ended)


def record_decision(ws: Workspace, placement_id: int, *, outcome: str, decided_on: dt.date,
                    end_date: dt.date, funder: str = "", decided_by: str = "",
                    today: dt.date | None = None) -> Change[int]:
    """Record a renewal decision: renewed until `end_date` (a new planned end) or ended on `end_date`.

    The placement's dates change in the same transaction; the decision row keeps the previous end date so that
    withdrawing it restores the dates exactly. Undo removes the decision (it was never made).
    """
    today = today or dt.date.today()
    p = get_placement(ws, placement_id)
    if p.ended_on:
        raise _ended_already(p, today)
    funder = short_text(funder, FUNDER, "funder", required=False, max_len=MAX_TEXT)
    decided_by = short_text(decided_by, DECIDED_BY, "decided_by", required=False, max_len=MAX_TEXT)
    change = _check_decision(p, outcome, decided_on, end_date, today)
    with ws.write(RECORD_DECISION) as db:
        decision_id = db["decisions"].insert({
            "placement_id": placement_id, "outcome": outcome, "decided_on": decided_on.isoformat(),
            "new_end_date": end_date.isoformat() if outcome == "renewed" else None,
            "ended_on": end_date.isoformat() if outcome == "ended" else None,
            "previous_end_date": p.planned_end_date.isoformat(), "funder": funder, "decided_by": decided_by,
            **ws.saved()}).last_pk
        db["placements"].update(placement_id, {**change, **ws.saved()})
        move_due_dates(ws, placement_id)
    return Change(RECORD_DECISION, decision_id, DECISIONS, op(_set_decision_state, decision_id=decision_id,
                                                             column="removed", value=True))


def _decision(ws: Workspace, decision_id: int) -> tuple[Decision, Placement]:
    d = ws.one(Decision, f"{_DECISIONS} WHERE removed = 0 AND id = ?", (decision_id,))
    if d is None:
        raise NotFound(DECISION_GONE)
    return d, get_placement(ws, d.placement_id)


def _require_active(d: Decision, p: Placement) -> None:
    if p.active_decision() != d or d.withdrawn:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Placements", "Only the latest decision in force can be changed: withdraw the later decisions first."),
            field="decision")


def _dates_with(d: Decision, in_force: bool) -> dict[str, str | None]:
    """The placement's dates with decision `d` in force, or as they were before it."""
    if not in_force:
        return {"planned_end_date": d.previous_end_date.isoformat(), "ended_on": None}
    if d.outcome == "renewed":
        return {"planned_end_date": d.end_date.isoformat(), "ended_on": None}
    return {"planned_end_date": d.previous_end_date.isoformat(), "ended_on": d.end_date.isoformat()}


def _set_decision_state(ws: Workspace, decision_id: int, column: str, value: bool) -> Change[None]:
    """Withdraw/reinstate (kept in the history) or remove/restore (undo of recording) a decision, with the
    placement's dates following when the decision leaves or enters force. Only the latest decision is in force."""
    row = ws.one(Decision, f"{_DECISIONS} WHERE id = ?", (decision_id,))
    if row is None:
        raise NotFound(DECISION_GONE)
    state = {"withdrawn": row.withdrawn, "removed": bool(ws.value("SELECT removed FROM decisions WHERE id = ?",
                                                                  (decision_id,)))}
    was_in_force = not any(state.values())
    state[column] = value
    in_force = not any(state.values())
    p = get_placement(ws, row.placement_id)
    if was_in_force and not in_force:
        _require_active(row, p)
    active = p.active_decision()
    if in_force and not was_in_force and active and (active.decided_on, active.id) > (row.decided_on, row.id):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Placements", "A later decision is in force: withdraw it first."), field="decision")
    labels = {("withdrawn", True): WITHDRAW_DECISION, ("withdrawn", False): REINSTATE_DECISION,
              ("removed", True): RECORD_DECISION, ("removed", False): RECORD_DECISION}
    label = labels[column, value]
    with ws.write(label) as db:
        db["decisions"].update(decision_id, {column: int(value), **ws.saved()})
        if in_force != was_in_force:
            db["placements"].update(row.placement_id, {**_dates_with(row, in_force), **ws.saved()})
            move_due_dates(ws, row.placement_id)
    return Change(label, None, DECISIONS, op(_set_decision_state, decision_id=decision_id, column=column,
                                              value=not value))


def withdraw_decision(ws: Workspace, decision_id: int) -> Change[None]:
    """Withdraw the latest decision in force: it stays in the history marked as withdrawn (by whom and when), and the
    placement's dates go back to what they were before it."""
    _decision(ws, decision_id)
    return _set_decision_state(ws, decision_id, "withdrawn", True)


def correct_decision(ws: Workspace, decision_id: int, *, outcome: str, decided_on: dt.date, end_date: dt.date,
                     funder: str = "", decided_by: str = "", today: dt.date | None = None) -> Change[None]:
    """Correct the latest decision in force (a wrong date, the wrong outcome); undo puts the old values back."""
    today = today or dt.date.today()
    d, p = _decision(ws, decision_id)
    if d.withdrawn:
        raise InvalidInput(QT_TRANSLATE_NOOP("Placements", "A withdrawn decision cannot be corrected."),
                           field="decision")
    _require_active(d, p)
    funder = short_text(funder, FUNDER, "funder", required=False, max_len=MAX_TEXT)
    decided_by = short_text(decided_by, DECIDED_BY, "decided_by", required=False, max_len=MAX_TEXT)
    if (d.outcome, d.decided_on, d.end_date, d.funder, d.decided_by) == (outcome, decided_on, end_date, funder,
                                                                         decided_by):
        return unchanged(CORRECT_DECISION)
    before = p._replace(planned_end_date=d.previous_end_date, ended_on=None)
    change = _check_decision(before, outcome, decided_on, end_date, today)
    with ws.write(CORRECT_DECISION) as db:
        db["decisions"].update(decision_id, {
            "outcome": outcome, "decided_on": decided_on.isoformat(),
            "new_end_date": end_date.isoformat() if outcome == "renewed" else None,
            "ended_on": end_date.isoformat() if outcome == "ended" else None,
            "funder": funder, "decided_by": decided_by, **ws.saved()})
        db["placements"].update(p.id, {**_dates_with(d, False), **change, **ws.saved()})
        move_due_dates(ws, p.id)
    return Change(CORRECT_DECISION, None, DECISIONS, op(
        correct_decision, decision_id=decision_id, outcome=d.outcome, decided_on=d.decided_on, end_date=d.end_date,
        funder=d.funder, decided_by=d.decided_by, today=max(today, d.decided_on)))
