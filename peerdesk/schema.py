"""The workspace schema as ordered sqlite-utils migrations. Append new steps; never edit an applied one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

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


@dataclass(frozen=True)
class TablePolicy:
    """How PeerDesk treats one table, declared beside the step that creates it.

    `label`: what the repair report calls it. `rebuild`: how repair rebuilds it: "copy" its readable rows, "fts"
    rebuild a full-text index from `source` (its shadow tables are never copied), or "skip" (recreated empty).
    `soft_delete`: the 0/1 column that hides a deleted row (always named `removed`), so deleting can be undone.
    """

    label: Msg
    rebuild: Literal["copy", "fts", "skip"] = "copy"
    soft_delete: str | None = None
    source: str | None = None


TABLES: dict[str, TablePolicy] = {}
SOFT_DELETE = "removed"  # the one name of the soft-delete column, in every table that has one


def table(name: str, policy: TablePolicy) -> None:
    """Declare a table's policy (call it beside the step that creates the table)."""
    TABLES[name] = policy


def migrations() -> Migrations:
    """The steps as a sqlite-utils migration set, built when a file is created or upgraded: importing sqlite-utils
    costs about 50 ms, which opening an up-to-date workspace need not pay."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        steps(name=name)(step)
    return steps

_SAVED = "saved_by TEXT NOT NULL, saved_at TEXT NOT NULL"


table("_sqlite_migrations", TablePolicy(QT_TRANSLATE_NOOP("Check", "Format version"), "skip"))
table("meta", TablePolicy(QT_TRANSLATE_NOOP("Check", "Workspace settings")))
table("unit", TablePolicy(QT_TRANSLATE_NOOP("Check", "The unit")))
table("people", TablePolicy(QT_TRANSLATE_NOOP("Check", "People"), soft_delete=SOFT_DELETE))
table("placements", TablePolicy(QT_TRANSLATE_NOOP("Check", "Placements"), soft_delete=SOFT_DELETE))
table("decisions", TablePolicy(QT_TRANSLATE_NOOP("Check", "Renewal decisions"), soft_delete=SOFT_DELETE))
table("change_log", TablePolicy(QT_TRANSLATE_NOOP("Check", "Change history")))


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


table("lock", TablePolicy(QT_TRANSLATE_NOOP("Check", "Lock record"), "skip"))  # nobody holds a repaired file


@_step("0002_lock")
def _lock(db: Database) -> None:
    # One row naming who holds the workspace: see peerdesk.lock.
    db.execute("""CREATE TABLE lock (
        id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL, person TEXT NOT NULL, os_user TEXT NOT NULL,
        host TEXT NOT NULL, pid INTEGER NOT NULL, since TEXT NOT NULL, heartbeat TEXT NOT NULL)""")


@_step("0003_decisions_removed")
def _decisions_removed(db: Database) -> None:
    # Undoing a decision removes it (hidden); withdrawing one is a decision of its own, kept in the history.
    # Before this step `withdrawn` was set only by undo, so those rows become removed.
    db.execute("ALTER TABLE decisions ADD COLUMN removed INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE decisions SET removed = withdrawn, withdrawn = 0")


table("jd_template", TablePolicy(QT_TRANSLATE_NOOP("Check", "Job description template"), soft_delete=SOFT_DELETE))
table("job_descriptions", TablePolicy(QT_TRANSLATE_NOOP("Check", "Job descriptions"), soft_delete=SOFT_DELETE))
table("jd_sections", TablePolicy(QT_TRANSLATE_NOOP("Check", "Job description drafts"), soft_delete=SOFT_DELETE))
table("jd_revisions", TablePolicy(QT_TRANSLATE_NOOP("Check", "Job description revisions")))  # never deleted
table("jd_approvals", TablePolicy(QT_TRANSLATE_NOOP("Check", "Approvals")))  # withdrawn ones are kept, marked so
table("person_pins", TablePolicy(QT_TRANSLATE_NOOP("Check", "Personal PINs")))


@_step("0006_job_description")
def _job_description(db: Database) -> None:
    # The workspace's section template (built-in sections by key, their title '' until the unit rewords them), one
    # job description per placement with its draft (sections with a version counter), immutable numbered revisions
    # with their content hash, approvals bound to that hash, and personal PINs (salted scrypt hashes only). The
    # template's rows are written on its first edit (peerdesk.jobdesc.template): until then it is the built-in one.
    for sql in (
        f"""CREATE TABLE jd_template (
            id INTEGER PRIMARY KEY, key TEXT, title TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('text', 'tasks')), position INTEGER NOT NULL,
            removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE job_descriptions (
            id INTEGER PRIMARY KEY, placement_id INTEGER NOT NULL REFERENCES placements(id),
            review_on TEXT, removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE jd_sections (
            id INTEGER PRIMARY KEY, job_description_id INTEGER NOT NULL REFERENCES job_descriptions(id),
            key TEXT, title TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('text', 'tasks')),
            position INTEGER NOT NULL, body TEXT NOT NULL DEFAULT '', tasks TEXT NOT NULL DEFAULT '[]',
            version INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE jd_revisions (
            id INTEGER PRIMARY KEY, job_description_id INTEGER NOT NULL REFERENCES job_descriptions(id),
            number INTEGER NOT NULL, summary TEXT NOT NULL, participants TEXT NOT NULL, content TEXT NOT NULL,
            content_hash TEXT NOT NULL, {_SAVED}, UNIQUE (job_description_id, number))""",
        f"""CREATE TABLE jd_approvals (
            id INTEGER PRIMARY KEY, revision_id INTEGER NOT NULL REFERENCES jd_revisions(id),
            person_id INTEGER NOT NULL REFERENCES people(id), person_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('unit_manager', 'peer_supporter')), content_hash TEXT NOT NULL,
            approved_at TEXT NOT NULL, withdrawn INTEGER NOT NULL DEFAULT 0, withdrawn_at TEXT, {_SAVED})""",
        f"""CREATE TABLE person_pins (
            person_id INTEGER PRIMARY KEY REFERENCES people(id), salt TEXT NOT NULL, hash TEXT NOT NULL,
            {_SAVED})""",
        "CREATE INDEX jd_sections_by_description ON jd_sections (job_description_id, position)",
        "CREATE INDEX jd_revisions_by_description ON jd_revisions (job_description_id, number)",
        "CREATE INDEX jd_approvals_by_revision ON jd_approvals (revision_id)",
    ):
        db.execute(sql)
