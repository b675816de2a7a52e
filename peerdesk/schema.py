"""The workspace schema as ordered sqlite-utils migrations. Append new steps; never edit an applied one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, NamedTuple

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


class TablePolicy(NamedTuple):
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


table("activity_types", TablePolicy(QT_TRANSLATE_NOOP("Check", "Activity types"), soft_delete=SOFT_DELETE))
table("study_circles", TablePolicy(QT_TRANSLATE_NOOP("Check", "Study circles"), soft_delete=SOFT_DELETE))
table("activities", TablePolicy(QT_TRANSLATE_NOOP("Check", "Activity log"), soft_delete=SOFT_DELETE))


@_step("0004_activities")
def _activities(db: Database) -> None:
    # The activity log (peerdesk/activities). `activity_types` holds what a unit changed about a built-in type (its
    # own wording, hidden) and the unit's own types; `search` is theme and note case-folded in Python (SQLite's
    # lower() and LIKE do not fold å, ä, ö), so a text filter is one LIKE on it. Written compactly: the schema's text
    # lives on the file's first pages, which a repair of a file cut short must still find.
    for sql in (
        "CREATE TABLE activity_types (key TEXT PRIMARY KEY, own_label TEXT NOT NULL DEFAULT '', "
        f"hidden INT NOT NULL DEFAULT 0, custom INT NOT NULL DEFAULT 0, removed INT NOT NULL DEFAULT 0, {_SAVED})",
        "CREATE TABLE study_circles (id INTEGER PRIMARY KEY, theme TEXT NOT NULL, start_date TEXT NOT NULL, "
        "planned_sessions INT NOT NULL, co_leader_id INT REFERENCES people(id), removed INT NOT NULL DEFAULT 0, "
        f"{_SAVED})",
        "CREATE TABLE activities (id INTEGER PRIMARY KEY, day TEXT NOT NULL, type_key TEXT NOT NULL, "
        "minutes INT NOT NULL, participants INT NOT NULL, place TEXT NOT NULL, theme TEXT NOT NULL, "
        "note TEXT NOT NULL, peer_supporter_id INT NOT NULL REFERENCES people(id), visit_destination TEXT, "
        "visit_took_place INT, circle_id INT REFERENCES study_circles(id), search TEXT NOT NULL, "
        f"removed INT NOT NULL DEFAULT 0, {_SAVED})",
        "CREATE INDEX activities_day ON activities (removed, day, id)",
        # A text filter and its totals read this narrow index, not the rows: a keystroke costs a third less.
        "CREATE INDEX activities_text ON activities (removed, search, day, minutes, participants)",
    ):
        db.execute(sql)
table("checklist_items", TablePolicy(QT_TRANSLATE_NOOP("Check", "Introduction checklists"), soft_delete=SOFT_DELETE))
table("checklist_history", TablePolicy(QT_TRANSLATE_NOOP("Check", "Checklist history and comments"),
                                       soft_delete=SOFT_DELETE))
table("checklist_template", TablePolicy(QT_TRANSLATE_NOOP("Check", "The workspace's checklist template"),
                                        soft_delete=SOFT_DELETE))


@_step("0005_checklist")
def _checklist(db: Database) -> None:
    # The introduction checklist (peerdesk.checklist): each placement's items, their history and comments, and the
    # workspace's own template. Placements made before this step get their checklist here, from the built-in
    # template and their own dates; nothing else is changed.
    import datetime as dt

    from peerdesk.checklist.items import builtin_rows, new_items
    from peerdesk.dates import now_utc

    item_columns = """key TEXT, phase TEXT NOT NULL, owner TEXT NOT NULL,
            anchor TEXT NOT NULL CHECK (anchor IN ('start', 'end')), offset_days INTEGER NOT NULL,
            position INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', help TEXT NOT NULL DEFAULT '',
            decision INTEGER NOT NULL DEFAULT 0"""
    for sql in (
        f"""CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY, placement_id INTEGER NOT NULL REFERENCES placements(id), {item_columns},
            due_date TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'na')),
            done_on TEXT, done_by TEXT NOT NULL DEFAULT '', na_reason TEXT NOT NULL DEFAULT '',
            answer_choice TEXT, answer TEXT NOT NULL DEFAULT '',
            removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE checklist_history (
            id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES checklist_items(id), at TEXT NOT NULL,
            actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{{}}',
            removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE checklist_template (id INTEGER PRIMARY KEY, {item_columns},
            removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
    ):
        db.execute(" ".join(sql.split()))  # stored as written: one line keeps the schema table small
    saved = {"saved_by": "PeerDesk (upgrade)", "saved_at": now_utc()}
    template = builtin_rows()
    for placement_id, start, end in db.execute(
            "SELECT id, start_date, planned_end_date FROM placements ORDER BY id").fetchall():
        rows = new_items(template, placement_id, dt.date.fromisoformat(start), dt.date.fromisoformat(end), saved)
        db["checklist_items"].insert_all(rows)
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
table("survey_statements", TablePolicy(QT_TRANSLATE_NOOP("Check", "Survey statements"), soft_delete=SOFT_DELETE))
table("survey_rounds", TablePolicy(QT_TRANSLATE_NOOP("Check", "Survey rounds"), soft_delete=SOFT_DELETE))
table("survey_round_statements", TablePolicy(QT_TRANSLATE_NOOP("Check", "Survey tallies")))  # kept with the round


@_step("0007_survey")
def _survey(db: Database) -> None:
    # The users' survey (peerdesk.survey): the workspace's statements for the next round (built-in ones by key, their
    # text '' until the unit rewords them; written on the first edit, until then the built-in ones), rounds, and each
    # round's own copy of its statements with the tally as counts per answer. Answer sheets are never stored.
    counts = ", ".join(f"{a} INTEGER NOT NULL DEFAULT 0 CHECK ({a} >= 0)"
                       for a in ("agree", "partly", "disagree", "dont_know"))
    for sql in (
        f"""CREATE TABLE survey_statements (id INTEGER PRIMARY KEY, key TEXT, text TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL, removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE survey_rounds (id INTEGER PRIMARY KEY, name TEXT NOT NULL, first_day TEXT NOT NULL,
            last_day TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', handed_out INTEGER NOT NULL DEFAULT 0,
            returned INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, {_SAVED})""",
        f"""CREATE TABLE survey_round_statements (id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES survey_rounds(id), key TEXT, text TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL, {counts}, {_SAVED})""",
        "CREATE INDEX survey_round_statements_by_round ON survey_round_statements (round_id, position)",
    ):
        db.execute(" ".join(sql.split()))
