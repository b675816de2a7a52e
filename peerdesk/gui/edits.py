"""The user's edits as undoable domain operations: what each one does, and what undoes it.

Each function runs the edit at once through `Session.edit` (a domain error reaches the dialog, nothing is pushed) and
leaves one command on the undo stack. Undo never deletes: people and decisions are soft-removed or withdrawn.
"""

from __future__ import annotations

import datetime as dt

from peerdesk import people, placements
from peerdesk.gui.session import Session
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import Person, Unit
from peerdesk.placements import Placement


def set_unit(session: Session, old: Unit, name: str, kind: str) -> None:
    ws = session.ws
    session.edit(QT_TRANSLATE_NOOP("Edit", "Edit unit"), lambda: people.set_unit(ws, name, kind),
                 lambda _: people.set_unit(ws, old.name, old.kind))


def add_person(session: Session, name: str, role: str) -> int:
    ws = session.ws
    return session.edit(QT_TRANSLATE_NOOP("Edit", "Add person"), lambda: people.add_person(ws, name, role),
                        undo=lambda pid: people.set_person_removed(ws, pid, True),
                        redo=lambda pid: people.set_person_removed(ws, pid, False))


def update_person(session: Session, old: Person, name: str, role: str) -> None:
    ws = session.ws
    session.edit(QT_TRANSLATE_NOOP("Edit", "Edit person"),
                 lambda: people.update_person(ws, old.id, name=name, role=role),
                 lambda _: people.update_person(ws, old.id, name=old.name, role=old.role))


def remove_person(session: Session, person: Person) -> None:
    ws = session.ws
    session.edit(QT_TRANSLATE_NOOP("Edit", "Remove person"), lambda: people.set_person_removed(ws, person.id, True),
                 lambda _: people.set_person_removed(ws, person.id, False))


def add_placement(session: Session, *, peer_supporter_id: int, employer: str, supervisor_id: int | None,
                  start_date: dt.date, planned_end_date: dt.date) -> int:
    ws = session.ws
    return session.edit(
        QT_TRANSLATE_NOOP("Edit", "Add placement"),
        lambda: placements.add_placement(ws, peer_supporter_id=peer_supporter_id, employer=employer,
                                         supervisor_id=supervisor_id, start_date=start_date,
                                         planned_end_date=planned_end_date),
        undo=lambda pid: placements.set_placement_removed(ws, pid, True),
        redo=lambda pid: placements.set_placement_removed(ws, pid, False))


def update_placement(session: Session, old: Placement, *, peer_supporter_id: int, employer: str,
                     supervisor_id: int | None, start_date: dt.date, planned_end_date: dt.date) -> None:
    ws = session.ws
    session.edit(
        QT_TRANSLATE_NOOP("Edit", "Edit placement"),
        lambda: placements.update_placement(ws, old.id, peer_supporter_id=peer_supporter_id, employer=employer,
                                            supervisor_id=supervisor_id, start_date=start_date,
                                            planned_end_date=planned_end_date),
        lambda _: placements.update_placement(ws, old.id, peer_supporter_id=old.peer_supporter_id,
                                              employer=old.employer, supervisor_id=old.supervisor_id,
                                              start_date=old.start_date, planned_end_date=old.planned_end_date))


def record_decision(session: Session, placement_id: int, *, outcome: str, decided_on: dt.date, end_date: dt.date,
                    funder: str, decided_by: str) -> int:
    ws = session.ws
    return session.edit(
        QT_TRANSLATE_NOOP("Edit", "Record renewal decision"),
        lambda: placements.record_decision(ws, placement_id, outcome=outcome, decided_on=decided_on,
                                           end_date=end_date, funder=funder, decided_by=decided_by),
        undo=lambda did: placements.set_decision_withdrawn(ws, did, True),
        redo=lambda did: placements.set_decision_withdrawn(ws, did, False))
