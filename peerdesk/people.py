"""The unit and the people named in a workspace (staff and peer supporters, never service users)."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.errors import InvalidInput, NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.privacy import check_free_text
from peerdesk.store import Workspace

ROLES: dict[str, Msg] = {
    "unit_manager": QT_TRANSLATE_NOOP("Role", "Unit manager"),
    "peer_supporter": QT_TRANSLATE_NOOP("Role", "Peer supporter"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "Supervisor"),
    "staff_representative": QT_TRANSLATE_NOOP("Role", "Staff representative"),
}

UNIT_KINDS: dict[str, Msg] = {
    "meeting_place": QT_TRANSLATE_NOOP("UnitKind", "Meeting place"),
    "supported_housing": QT_TRANSLATE_NOOP("UnitKind", "Supported housing"),
    "activity_house": QT_TRANSLATE_NOOP("UnitKind", "Activity house"),
    "guidance_service": QT_TRANSLATE_NOOP("UnitKind", "Guidance service"),
    "ward": QT_TRANSLATE_NOOP("UnitKind", "Psychiatric ward"),
    "clinic": QT_TRANSLATE_NOOP("UnitKind", "Clinic"),
    "other": QT_TRANSLATE_NOOP("UnitKind", "Other"),
}

NAME = QT_TRANSLATE_NOOP("Field", "Name")
UNIT_NAME = QT_TRANSLATE_NOOP("Field", "Unit name")
MAX_NAME = 120


@dataclass(frozen=True)
class Unit:
    name: str
    kind: str
    saved_by: str
    saved_at: str


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str
    removed: bool
    saved_by: str
    saved_at: str


def clean_name(text: str, label: Msg = NAME, field: str = "name") -> str:
    """A required short text: trimmed, not empty, not too long, and free of identity numbers."""
    name = " ".join(text.split())
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("People", "{label} is required."), field=field, label=label)
    if len(name) > MAX_NAME:
        raise InvalidInput(QT_TRANSLATE_NOOP("People", "{label} is too long (at most {max} characters)."),
                           field=field, label=label, max=MAX_NAME)
    check_free_text(name, label, field)
    return name


def _check_choice(value: str, choices: dict[str, Msg], field: str) -> None:
    if value not in choices:
        raise InvalidInput(QT_TRANSLATE_NOOP("People", "Unknown choice “{value}”."), field=field, value=value)


def get_unit(ws: Workspace) -> Unit | None:
    row = ws.conn.execute("SELECT name, kind, saved_by, saved_at FROM unit WHERE id = 1").fetchone()
    return Unit(*row) if row else None


def set_unit(ws: Workspace, name: str, kind: str) -> None:
    name = clean_name(name, UNIT_NAME, "unit_name")
    _check_choice(kind, UNIT_KINDS, "unit_kind")
    with ws.write("set unit") as db:
        db["unit"].upsert({"id": 1, "name": name, "kind": kind, **ws.saved()}, pk="id")


def list_people(ws: Workspace, *, include_removed: bool = False) -> list[Person]:
    sql = "SELECT id, name, role, removed, saved_by, saved_at FROM people"
    sql += "" if include_removed else " WHERE removed = 0"
    return [Person(r[0], r[1], r[2], bool(r[3]), r[4], r[5])
            for r in ws.conn.execute(sql + " ORDER BY name COLLATE NOCASE, id")]


def get_person(ws: Workspace, person_id: int) -> Person:
    row = ws.conn.execute("SELECT id, name, role, removed, saved_by, saved_at FROM people WHERE id = ?",
                          (person_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("People", "That person no longer exists in this workspace."))
    return Person(row[0], row[1], row[2], bool(row[3]), row[4], row[5])


def add_person(ws: Workspace, name: str, role: str) -> int:
    name = clean_name(name)
    _check_choice(role, ROLES, "role")
    with ws.write("add person") as db:
        return db["people"].insert({"name": name, "role": role, **ws.saved()}).last_pk


def update_person(ws: Workspace, person_id: int, *, name: str, role: str) -> None:
    name = clean_name(name)
    _check_choice(role, ROLES, "role")
    get_person(ws, person_id)
    with ws.write("edit person") as db:
        db["people"].update(person_id, {"name": name, "role": role, **ws.saved()})


def set_person_removed(ws: Workspace, person_id: int, removed: bool) -> None:
    """Remove (or restore) a person. Removal hides them but keeps every record that names them."""
    get_person(ws, person_id)
    if removed:
        busy = ws.conn.execute(
            "SELECT 1 FROM placements WHERE removed = 0 AND ended_on IS NULL AND peer_supporter_id = ?",
            (person_id,)).fetchone()
        if busy:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "People", "This person is the peer supporter of a running placement: end or remove the placement "
                "first."), field="person")
    with ws.write("remove person" if removed else "restore person") as db:
        db["people"].update(person_id, {"removed": int(removed), **ws.saved()})
