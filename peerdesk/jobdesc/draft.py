"""A placement's job description and its draft: started from the workspace template, written section by section
(autosaved, with a version counter per section so that a stale editor is refused), its task list, its review date.

Structural edits (sections added, renamed, moved, removed; tasks; the review date) are undoable Changes. Autosaving
text is not an undo step (the editor undoes typing itself) and does not run the privacy guard: a draft keeps what was
typed, and only a revision must be clean (revisions.py).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from typing import NamedTuple

from peerdesk import templates
from peerdesk.changes import Change, op, set_removed, touched, unchanged
from peerdesk.errors import InvalidInput, NotFound, PeerDeskError
from peerdesk.fields import long_text, short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.jobdesc import sections
from peerdesk.jobdesc.content import SECTION_MAX, Section, Task, tasks_from_json, tasks_to_json
from peerdesk.jobdesc.template import list_template
from peerdesk.placements import get_placement
from peerdesk.store import Workspace

DRAFT = touched("jd_sections")
JOB_DESCRIPTIONS = touched("job_descriptions", "jd_sections")
REVIEW_MONTHS = 6
MAX_TASK = 300

START = QT_TRANSLATE_NOOP("Edit", "Start job description")
AUTOSAVE = QT_TRANSLATE_NOOP("Edit", "Save draft text")
ADD_SECTION = QT_TRANSLATE_NOOP("Edit", "Add section")
RENAME_SECTION = QT_TRANSLATE_NOOP("Edit", "Rename section")
MOVE_SECTION = QT_TRANSLATE_NOOP("Edit", "Move section")
REMOVE_SECTION = QT_TRANSLATE_NOOP("Edit", "Remove section")
ADD_TASKS = QT_TRANSLATE_NOOP("Edit", "Add task")
EDIT_TASK = QT_TRANSLATE_NOOP("Edit", "Edit task")
REMOVE_TASK = QT_TRANSLATE_NOOP("Edit", "Remove task")
MOVE_TASK = QT_TRANSLATE_NOOP("Edit", "Move task")
SET_REVIEW = QT_TRANSLATE_NOOP("Edit", "Set next review date")

TASK = QT_TRANSLATE_NOOP("Field", "Task")
ACTIVITY_TYPES = QT_TRANSLATE_NOOP("Field", "Activity types")
SECTION_LABEL = QT_TRANSLATE_NOOP("JobDesc", "Section “{title}”")
GONE = QT_TRANSLATE_NOOP("JobDesc", "That job description no longer exists.")
SECTION_GONE = QT_TRANSLATE_NOOP("JobDesc", "That section is no longer in the draft.")
TASK_GONE = QT_TRANSLATE_NOOP("JobDesc", "That task is no longer in the list.")
STALE = QT_TRANSLATE_NOOP(
    "JobDesc", "{section}: the draft was changed elsewhere since you started typing (another computer took the "
    "workspace over, or a backup was restored). Your text was not saved over it: compare the two and merge them.")


def section_label(title: str) -> Msg:
    """A section's label in a message ("Section “Tasks”"), with the title as the user wrote it."""
    return SECTION_LABEL.bind(title=title)


def section_field(section_id: int) -> str:
    """The field name errors carry for a section, so the page can show that section."""
    return f"section_{section_id}"


class StaleDraft(PeerDeskError):
    """The section changed underneath the editor: `theirs` is the stored text, `version` its counter."""

    def __init__(self, section: Section) -> None:
        super().__init__(STALE, section=section_label(section.title))
        self.section_id, self.theirs, self.version = section.id, section.body, section.version


class JobDescription(NamedTuple):
    id: int
    placement_id: int
    review_on: dt.date | None


def get_job_description(ws: Workspace, placement_id: int) -> JobDescription | None:
    return ws.one(JobDescription, "SELECT id, placement_id, review_on FROM job_descriptions WHERE removed = 0 AND "
                                  "placement_id = ? ORDER BY id DESC", (placement_id,))


def job_description(ws: Workspace, jd_id: int) -> JobDescription:
    found = ws.one(JobDescription, "SELECT id, placement_id, review_on FROM job_descriptions WHERE removed = 0 AND "
                                   "id = ?", (jd_id,))
    if found is None:
        raise NotFound(GONE)
    return found


def start_job_description(ws: Workspace, placement_id: int, lang: str) -> Change[int]:
    """Start a placement's job description from the workspace template, its titles in `lang` (the language it is
    written in); the draft's sections are empty, ready to write."""
    get_placement(ws, placement_id)
    if get_job_description(ws, placement_id):
        raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "This placement already has a job description."),
                           field="placement")
    with ws.write(START) as db:
        jd_id = db["job_descriptions"].insert({"placement_id": placement_id, **ws.saved()}).last_pk
        db["jd_sections"].insert_all([
            {"job_description_id": jd_id, "key": s.key, "title": s.shown_title(lang), "kind": s.kind,
             "position": n, **ws.saved()} for n, s in enumerate(list_template(ws))])
    return Change(START, jd_id, JOB_DESCRIPTIONS, op(_set_started, jd_id=jd_id, started=False))


def _set_started(ws: Workspace, jd_id: int, started: bool) -> Change[int]:
    """Undo (and redo) of starting: only while it has no revision, since revisions are never taken back."""
    if not started and ws.value("SELECT 1 FROM jd_revisions WHERE job_description_id = ?", (jd_id,)):
        raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "The job description has saved revisions: it stays."))
    with ws.write(START) as db:
        db["job_descriptions"].update(jd_id, {"removed": int(not started), **ws.saved()})
    return Change(START, jd_id, JOB_DESCRIPTIONS, op(_set_started, jd_id=jd_id, started=not started))


_SECTIONS = "SELECT id, key, title, kind, body, tasks, version FROM jd_sections"


def _section(row: tuple) -> Section:
    return Section(row[0], row[1], row[2], row[3], row[4], tasks_from_json(row[5]), row[6])


def list_sections(ws: Workspace, jd_id: int) -> list[Section]:
    """The draft: its sections in order."""
    return [_section(r) for r in ws.rows(f"{_SECTIONS} WHERE removed = 0 AND job_description_id = ? "
                                         "ORDER BY position, id", (jd_id,))]


def get_section(ws: Workspace, section_id: int) -> Section:
    rows = ws.rows(f"{_SECTIONS} WHERE removed = 0 AND id = ?", (section_id,))
    if not rows:
        raise NotFound(SECTION_GONE)
    return _section(rows[0])


def _owner(ws: Workspace, section_id: int) -> sections.Scope:
    owner = ws.value("SELECT job_description_id FROM jd_sections WHERE removed = 0 AND id = ?", (section_id,))
    if owner is None:
        raise NotFound(SECTION_GONE)
    return sections.Scope("jd_sections", owner)


# -- writing the text -----------------------------------------------------------------------------------------------

def save_text(ws: Workspace, section_id: int, body: str, *, expected_version: int,
              base: str | None = None) -> Change[int]:
    """Autosave one section's text (Markdown). The editor says which version it started from (and, optionally, the
    text it last loaded or saved): if the stored section moved on since, StaleDraft carries the stored text and
    nothing is written. Returns the new version. Not an undo step; no privacy check (see the module's doc)."""
    current = get_section(ws, section_id)
    if current.version != expected_version or (base is not None and current.body != base):
        raise StaleDraft(current)
    text = long_text(body, section_label(current.title), section_field(section_id), max_len=SECTION_MAX,
                     privacy=False)
    if text == current.body:
        return unchanged(AUTOSAVE, current.version)
    with ws.write(AUTOSAVE) as db:
        db["jd_sections"].update(section_id, {"body": text, "version": current.version + 1, **ws.saved()})
    return Change(AUTOSAVE, current.version + 1, DRAFT, None)


# -- sections of the draft ------------------------------------------------------------------------------------------

def add_section(ws: Workspace, jd_id: int, title: str) -> Change[int]:
    job_description(ws, jd_id)
    section_id = sections.insert(ws, sections.Scope("jd_sections", jd_id), ADD_SECTION,
                                 {"title": sections.clean_title(title), "kind": "text"})
    return Change(ADD_SECTION, section_id, DRAFT, op(set_removed, table="jd_sections", ids=(section_id,),
                                                      removed=True, label=REMOVE_SECTION))


def rename_section(ws: Workspace, section_id: int, title: str) -> Change[None]:
    old = get_section(ws, section_id)
    title = sections.clean_title(title)
    if title == old.title:
        return unchanged(RENAME_SECTION)
    with ws.write(RENAME_SECTION) as db:
        db["jd_sections"].update(section_id, {"title": title, **ws.saved()})
    return Change(RENAME_SECTION, None, DRAFT, op(rename_section, section_id=section_id, title=old.title))


def move_section(ws: Workspace, section_id: int, offset: int) -> Change[None]:
    return sections.move(ws, _owner(ws, section_id), section_id, offset, MOVE_SECTION, DRAFT)


def remove_section(ws: Workspace, section_id: int) -> Change[tuple[int, ...]]:
    """Remove a section from the draft (undoable; revisions that hold it keep it)."""
    get_section(ws, section_id)
    return set_removed(ws, table="jd_sections", ids=(section_id,), removed=True, label=REMOVE_SECTION)


# -- the task list --------------------------------------------------------------------------------------------------

class Suggestion(NamedTuple):
    key: str
    text: str
    activity_types: tuple[str, ...]


def suggestions(lang: str) -> list[Suggestion]:
    """The typical tasks of a peer supporter (resources/templates/jobdesc_tasks.json), to pick and adapt."""
    return [Suggestion(it.key, it.label(lang), tuple(it.extra.get("activity_types", ())))
            for it in templates.load("jobdesc_tasks")]


def activity_types() -> dict[str, templates.TemplateItem]:
    return {it.key: it for it in templates.load("activity_types")}


def clean_task(text: str, types: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    text = short_text(text, TASK, "task", max_len=MAX_TASK)
    known = activity_types()
    for key in types:
        if key not in known:
            raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "{label}: “{value}” is not an activity type."),
                               field="activity_types", label=ACTIVITY_TYPES, value=key)
    return text, tuple(dict.fromkeys(types))


def _tasks_section(ws: Workspace, section_id: int) -> Section:
    section = get_section(ws, section_id)
    if section.kind != "tasks":
        raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "Tasks belong in the task list section."), field="task")
    return section


def _write_tasks(ws: Workspace, section_id: int, tasks: Sequence[Task], label: Msg) -> Change[None]:
    old = _tasks_section(ws, section_id).tasks
    with ws.write(label) as db:
        db["jd_sections"].update(section_id, {"tasks": tasks_to_json(tasks), **ws.saved()})
    return Change(label, None, DRAFT, op(_write_tasks, section_id=section_id, tasks=old, label=label))


def add_tasks(ws: Workspace, section_id: int, new: Sequence[tuple[str, Sequence[str], str | None]]) -> Change[None]:
    """Add tasks (text, activity types, the suggestion's key or None) at the end of the list, as one edit."""
    section = _tasks_section(ws, section_id)
    added = [Task(secrets.token_hex(6), *clean_task(text, types), key) for text, types, key in new]
    if not added:
        return unchanged(ADD_TASKS)
    return _write_tasks(ws, section_id, [*section.tasks, *added], ADD_TASKS)


def _index(section: Section, task_id: str) -> int:
    for n, task in enumerate(section.tasks):
        if task.id == task_id:
            return n
    raise NotFound(TASK_GONE)


def update_task(ws: Workspace, section_id: int, task_id: str, text: str, types: Sequence[str]) -> Change[None]:
    section = _tasks_section(ws, section_id)
    n = _index(section, task_id)
    text, kinds = clean_task(text, types)
    old = section.tasks[n]
    if (old.text, old.activity_types) == (text, kinds):
        return unchanged(EDIT_TASK)
    tasks = list(section.tasks)
    tasks[n] = Task(old.id, text, kinds, old.key)
    return _write_tasks(ws, section_id, tasks, EDIT_TASK)


def remove_task(ws: Workspace, section_id: int, task_id: str) -> Change[None]:
    section = _tasks_section(ws, section_id)
    n = _index(section, task_id)
    return _write_tasks(ws, section_id, [*section.tasks[:n], *section.tasks[n + 1:]], REMOVE_TASK)


def move_task(ws: Workspace, section_id: int, task_id: str, offset: int) -> Change[None]:
    section = _tasks_section(ws, section_id)
    old = _index(section, task_id)
    new = max(0, min(len(section.tasks) - 1, old + offset))
    if new == old:
        return unchanged(MOVE_TASK)
    tasks = list(section.tasks)
    tasks.insert(new, tasks.pop(old))
    return _write_tasks(ws, section_id, tasks, MOVE_TASK)


# -- the next review -------------------------------------------------------------------------------------------------

def months_after(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def set_review_date(ws: Workspace, jd_id: int, day: dt.date | None) -> Change[None]:
    old = job_description(ws, jd_id)
    if old.review_on == day:
        return unchanged(SET_REVIEW)
    with ws.write(SET_REVIEW) as db:
        db["job_descriptions"].update(jd_id, {"review_on": day.isoformat() if day else None, **ws.saved()})
    return Change(SET_REVIEW, None, touched("job_descriptions"), op(set_review_date, jd_id=jd_id, day=old.review_on))
