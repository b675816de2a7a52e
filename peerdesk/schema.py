"""The workspace schema as ordered sqlite-utils migrations. Append new steps; never edit an applied one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x50454552  # "PEER" in the SQLite header: tells a PeerDesk workspace from any other SQLite file
MIGRATION_SET = "peerdesk"

Step = Callable[["Database"], None]
STEPS: list[tuple[str, Step]] = []  # in order
KNOWN_STEPS: list[str] = []


def _step(name: str) -> Callable[[Step], Step]:
    def register(step: Step) -> Step:
        STEPS.append((name, step))
        KNOWN_STEPS.append(name)
        return step
    return register


def migrations() -> Migrations:
    """The steps as a sqlite-utils migration set, built when a file is created or upgraded: importing sqlite-utils
    costs about 50 ms, which opening an up-to-date workspace need not pay."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        steps(name=name)(step)
    return steps

_SAVED = "saved_by TEXT NOT NULL, saved_at TEXT NOT NULL"


@_step("0001_initial")
def _initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for sql in (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"""CREATE TABLE unit (
            id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, kind TEXT NOT NULL, {_SAVED})""",
        f"""CREATE TABLE people (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
            removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE placements (
            id INTEGER PRIMARY KEY,
            peer_supporter_id INTEGER NOT NULL REFERENCES people(id),
            supervisor_id INTEGER REFERENCES people(id),
            employer TEXT NOT NULL, start_date TEXT NOT NULL, planned_end_date TEXT NOT NULL, ended_on TEXT,
            removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE decisions (
            id INTEGER PRIMARY KEY, placement_id INTEGER NOT NULL REFERENCES placements(id),
            outcome TEXT NOT NULL CHECK (outcome IN ('renewed', 'ended')), decided_on TEXT NOT NULL,
            new_end_date TEXT, ended_on TEXT, previous_end_date TEXT NOT NULL,
            funder TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '',
            withdrawn INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        "CREATE TABLE change_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL)",
    ):
        db.execute(sql)


@_step("0002_lock")
def _lock(db: Database) -> None:
    # One row naming who holds the workspace: see peerdesk.lock.
    db.execute("""CREATE TABLE lock (
        id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL, person TEXT NOT NULL, os_user TEXT NOT NULL,
        host TEXT NOT NULL, pid INTEGER NOT NULL, since TEXT NOT NULL, heartbeat TEXT NOT NULL)""")

