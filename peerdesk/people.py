"""The unit and the people named in a workspace (staff and peer supporters, never service users)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from peerdesk import templates
from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.errors import InvalidInput, NeedsConfirmation, NotFound, PeerDeskError
from peerdesk.fields import choice, short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.query import open_reader
from peerdesk.store import Workspace
from peerdesk.templates import TemplateItem

ROLES: dict[str, Msg] = {
    "unit_manager": QT_TRANSLATE_NOOP("Role", "Unit manager"),
    "peer_supporter": QT_TRANSLATE_NOOP("Role", "Peer supporter"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "Supervisor"),
    "staff_representative": QT_TRANSLATE_NOOP("Role", "Staff representative"),
}

# Built-in content with stable keys, labelled in each language (resources/templates/unit_kinds.json).
UNIT_KINDS: dict[str, TemplateItem] = {item.key: item for item in templates.load("unit_kinds")}

UNIT, PEOPLE, PLACEMENTS = touched("unit"), touched("people"), touched("placements")
EDIT_UNIT = QT_TRANSLATE_NOOP("Edit", "Edit unit")
ADD_PERSON = QT_TRANSLATE_NOOP("Edit", "Add person")
EDIT_PERSON = QT_TRANSLATE_NOOP("Edit", "Edit person")
REMOVE_PERSON = QT_TRANSLATE_NOOP("Edit", "Remove person")
RESTORE_PERSON = QT_TRANSLATE_NOOP("Edit", "Restore person")

NAME = QT_TRANSLATE_NOOP("Field", "Name")
ROLE = QT_TRANSLATE_NOOP("Field", "Role")
UNIT_KIND = QT_TRANSLATE_NOOP("Field", "Kind of unit")
UNIT_NAME = QT_TRANSLATE_NOOP("Field", "Unit name")
MAX_NAME = 120


class Unit(NamedTuple):
    name: str
    kind: str
    saved_by: str
    saved_at: str


class Person(NamedTuple):
    id: int
    name: str
    role: str
    removed: bool
    saved_by: str
    saved_at: str


def clean_name(text: str, label: Msg = NAME, field: str = "name") -> str:
    """A required short text (a name): see fields.short_text."""
    return short_text(text, label, field, max_len=MAX_NAME)


def peek_unit_name(path: Path) -> str | None:
    """The unit's name in a workspace file that is not open, for a list of files; None when it cannot be read.
    Reads through a read-only connection, so it never writes (nor rolls back a crashed save)."""
    try:
        reader = open_reader(path)
    except (PeerDeskError, sqlite3.Error, OSError):
        return None
    try:
        return reader.value("SELECT name FROM unit WHERE id = 1")
    except (PeerDeskError, sqlite3.Error):
        return None
    finally:
        reader.close()


def get_unit(ws: Workspace) -> Unit | None:
    return ws.one(Unit, "SELECT name, kind, saved_by, saved_at FROM unit WHERE id = 1")


def set_unit(ws: Workspace, name: str, kind: str) -> Change[None]:
    name = clean_name(name, UNIT_NAME, "unit_name")
    choice(kind, UNIT_KINDS, UNIT_KIND, "unit_kind")
    old = get_unit(ws)
    if old and (old.name, old.kind) == (name, kind):
        return unchanged(EDIT_UNIT)
    with ws.write(EDIT_UNIT) as db:
        db["unit"].upsert({"id": 1, "name": name, "kind": kind, **ws.saved()}, pk="id")
    undo = op(set_unit, name=old.name, kind=old.kind) if old else None
    return Change(EDIT_UNIT, None, UNIT, undo or op(_unset_unit))


def _unset_unit(ws: Workspace) -> Change[None]:
    """Undo of the very first set_unit (a workspace created without a unit)."""
    old = get_unit(ws)
    with ws.write(EDIT_UNIT) as db:
        db.execute("DELETE FROM unit WHERE id = 1")
    return Change(EDIT_UNIT, None, UNIT, op(set_unit, name=old.name, kind=old.kind) if old else None)


_PEOPLE = "SELECT id, name, role, removed, saved_by, saved_at FROM people"


def list_people(ws: Workspace, *, include_removed: bool = False) -> list[Person]:
    where = "" if include_removed else " WHERE removed = 0"
    return ws.query(Person, f"{_PEOPLE}{where} ORDER BY name COLLATE NOCASE, id")


def get_person(ws: Workspace, person_id: int) -> Person:
    person = ws.one(Person, f"{_PEOPLE} WHERE id = ?", (person_id,))
    if person is None:
        raise NotFound(QT_TRANSLATE_NOOP("People", "That person no longer exists in this workspace."))
    return person


def _check_twin(ws: Workspace, name: str, role: str, person_id: int | None) -> None:
    twin = ws.value("SELECT 1 FROM people WHERE removed = 0 AND role = ? AND name = ? COLLATE NOCASE AND id IS NOT ?",
                    (role, name, person_id))
    if twin:
        raise NeedsConfirmation(QT_TRANSLATE_NOOP(
            "People", "There is already a {role} named {name} in this workspace. Add another person with the same "
            "name?"), field="name", role=ROLES[role], name=name)


def add_person(ws: Workspace, name: str, role: str, *, confirmed: bool = False) -> Change[int]:
    """Add a person; a second person with the same name and role needs `confirmed` (NeedsConfirmation otherwise)."""
    name = clean_name(name)
    choice(role, ROLES, ROLE, "role")
    if not confirmed:
        _check_twin(ws, name, role, None)
    with ws.write(ADD_PERSON) as db:
        person_id = db["people"].insert({"name": name, "role": role, **ws.saved()}).last_pk
    return Change(ADD_PERSON, person_id, PEOPLE, op(set_removed, table="people", ids=(person_id,), removed=True))


def _named_by_running_placement(ws: Workspace, person_id: int) -> bool:
    return bool(ws.value("SELECT 1 FROM placements WHERE removed = 0 AND ended_on IS NULL AND peer_supporter_id = ?",
                         (person_id,)))


def update_person(ws: Workspace, person_id: int, *, name: str, role: str, confirmed: bool = False) -> Change[None]:
    name = clean_name(name)
    choice(role, ROLES, ROLE, "role")
    old = get_person(ws, person_id)
    if (old.name, old.role) == (name, role):
        return unchanged(EDIT_PERSON)
    if role != old.role and old.role == "peer_supporter" and _named_by_running_placement(ws, person_id):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "People", "{name} is the peer supporter of a running placement and keeps that role until the placement "
            "has ended or is removed."), field="role", name=old.name)
    if not confirmed and (name.casefold(), role) != (old.name.casefold(), old.role):
        _check_twin(ws, name, role, person_id)
    with ws.write(EDIT_PERSON) as db:
        db["people"].update(person_id, {"name": name, "role": role, **ws.saved()})
    return Change(EDIT_PERSON, None, PEOPLE,
                  op(update_person, person_id=person_id, name=old.name, role=old.role, confirmed=True))


def remove_person(ws: Workspace, person_id: int, *, confirmed: bool = False) -> Change[Person]:
    """Remove a person (undoable). The peer supporter of a running placement cannot be removed; a supervisor named
    by placements is removed from them too, after the user confirmed (NeedsConfirmation otherwise)."""
    person = get_person(ws, person_id)
    if _named_by_running_placement(ws, person_id):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "People", "{name} is the peer supporter of a running placement: end or remove the placement first."),
            field="person", name=person.name)
    supervised = tuple(r[0] for r in ws.rows(
        "SELECT id FROM placements WHERE removed = 0 AND supervisor_id = ? ORDER BY id", (person_id,)))
    if supervised and not confirmed:
        raise NeedsConfirmation(QT_TRANSLATE_NOOP(
            "People", "{name} is the supervisor of {count} placement(s). Remove {name} and leave those placements "
            "without a supervisor until you choose a new one?"), field="person", name=person.name,
            count=len(supervised))
    with ws.write(REMOVE_PERSON) as db:
        db.conn.executemany("UPDATE placements SET supervisor_id = NULL, saved_by = ?, saved_at = ? WHERE id = ?",
                            [(*ws.saved().values(), pid) for pid in supervised])
        set_removed(ws, table="people", ids=(person_id,), removed=True)
    return Change(REMOVE_PERSON, person, PEOPLE | PLACEMENTS,
                  op(_restore_person, person_id=person_id, supervised=supervised))


def _restore_person(ws: Workspace, person_id: int, supervised: tuple[int, ...]) -> Change[None]:
    with ws.write(RESTORE_PERSON) as db:
        set_removed(ws, table="people", ids=(person_id,), removed=False)
        db.conn.executemany("UPDATE placements SET supervisor_id = ?, saved_by = ?, saved_at = ? WHERE id = ?",
                            [(person_id, *ws.saved().values(), pid) for pid in supervised])
    return Change(RESTORE_PERSON, None, PEOPLE | PLACEMENTS, op(remove_person, person_id=person_id, confirmed=True))
