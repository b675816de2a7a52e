"""Revisions and sign-off: immutable numbered revisions of the draft, approved by the unit manager and the
placement's peer supporter, each approval bound to the revision's content hash.

A revision approved by both is agreed ("gällande"); the agreed version is the latest revision approved by both, so
an earlier one stays agreed until a newer one is. Only the latest revision can be approved; a signer may withdraw
their approval until the other party has signed. Saving and signing are deliberate acts: their Changes carry no undo.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import NamedTuple

from peerdesk.changes import Change, touched
from peerdesk.dates import now_utc
from peerdesk.errors import Damaged, InvalidInput, NotFound
from peerdesk.fields import long_text, short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.jobdesc import draft
from peerdesk.jobdesc.content import SECTION_MAX, Section, Task, content_hash, from_json, to_json
from peerdesk.jobdesc.pins import check_pin
from peerdesk.people import get_person, list_people
from peerdesk.placements import get_placement
from peerdesk.store import Workspace

SIGNERS = ("unit_manager", "peer_supporter")
PARTICIPANT_ROLES = ("unit_manager", "peer_supporter", "staff_representative", "supervisor")
REVISIONS = touched("jd_revisions")
APPROVALS = touched("jd_approvals", "job_descriptions")
SAVE_REVISION = QT_TRANSLATE_NOOP("Edit", "Save revision")
APPROVE = QT_TRANSLATE_NOOP("Edit", "Approve revision")
WITHDRAW = QT_TRANSLATE_NOOP("Edit", "Withdraw approval")
SUMMARY = QT_TRANSLATE_NOOP("Field", "Summary of changes")
MAX_SUMMARY = 300
GONE = QT_TRANSLATE_NOOP("JobDesc", "That revision does not exist.")


class Approval(NamedTuple):
    id: int
    revision_id: int
    person_id: int
    person_name: str
    role: str
    content_hash: str
    approved_at: str
    withdrawn: bool
    withdrawn_at: str | None


class Participant(NamedTuple):
    person_id: int
    name: str
    role: str


class Revision(NamedTuple):
    id: int
    job_description_id: int
    number: int
    summary: str
    participants: str  # JSON, as stored: who took part in this round
    content: str  # JSON, as stored (content.to_json)
    content_hash: str
    saved_by: str  # the author
    saved_at: str
    approvals: tuple[Approval, ...] = ()

    @property
    def sections(self) -> tuple[Section, ...]:
        return from_json(self.content)

    @property
    def intact(self) -> bool:
        """The stored content is exactly what was saved (and signed)."""
        return content_hash(self.sections) == self.content_hash

    def people(self) -> list[Participant]:
        return [Participant(**p) for p in json.loads(self.participants)]

    def approval(self, role: str) -> Approval | None:
        """The approval in force for `role`: not withdrawn, and bound to this very content."""
        return next((a for a in self.approvals if a.role == role and not a.withdrawn
                     and a.content_hash == self.content_hash), None)

    @property
    def approved_by_both(self) -> bool:
        return self.intact and all(self.approval(role) for role in SIGNERS)

    @property
    def agreed_on(self) -> dt.date | None:
        """The day the second signature was given, once both have signed."""
        if not self.approved_by_both:
            return None
        return max(dt.datetime.fromisoformat(self.approval(r).approved_at).astimezone().date()  # type: ignore[union-attr]
                   for r in SIGNERS)


_REVISIONS = ("SELECT id, job_description_id, number, summary, participants, content, content_hash, saved_by, "
              "saved_at FROM jd_revisions")
_APPROVALS = ("SELECT a.id, a.revision_id, a.person_id, a.person_name, a.role, a.content_hash, a.approved_at, "
              "a.withdrawn, a.withdrawn_at FROM jd_approvals a")


def list_revisions(ws: Workspace, jd_id: int) -> list[Revision]:
    """Every revision, oldest first, with its approvals (withdrawn ones too, marked so)."""
    approvals: dict[int, list[Approval]] = {}
    for a in ws.query(Approval, f"{_APPROVALS} JOIN jd_revisions r ON r.id = a.revision_id "
                                "WHERE r.job_description_id = ? ORDER BY a.approved_at, a.id", (jd_id,)):
        approvals.setdefault(a.revision_id, []).append(a)
    found = ws.query(Revision, f"{_REVISIONS} WHERE job_description_id = ? ORDER BY number", (jd_id,))
    return [r._replace(approvals=tuple(approvals.get(r.id, ()))) for r in found]


def get_revision(ws: Workspace, jd_id: int, number: int) -> Revision:
    found = next((r for r in list_revisions(ws, jd_id) if r.number == number), None)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("JobDesc", "There is no revision {number}."), number=number)
    return found


def agreed(revisions: Sequence[Revision]) -> Revision | None:
    """The agreed version: the latest revision approved by both."""
    return next((r for r in reversed(revisions) if r.approved_by_both), None)


def agreed_tasks(ws: Workspace, placement_id: int) -> tuple[Task, ...]:
    """The task list of the placement's agreed version, each task with the activity types it covers: what the
    summaries measure time against. Empty while nothing is agreed."""
    jd = draft.get_job_description(ws, placement_id)
    found = agreed(list_revisions(ws, jd.id)) if jd else None
    return tuple(t for s in found.sections for t in s.tasks) if found else ()


def checked_content(sections: Sequence[Section]) -> tuple[Section, ...]:
    """The draft as a revision may hold it: every title, text and task through the field rules and the privacy
    guard, the first problem raised naming its section."""
    out = []
    for s in sections:
        label, where = draft.section_label(s.title), draft.section_field(s.id)
        title = short_text(s.title, label, where, max_len=120)
        body = long_text(s.body, label, where, max_len=SECTION_MAX)
        tasks = tuple(Task(t.id, short_text(t.text, label, where, max_len=draft.MAX_TASK), t.activity_types, t.key)
                      for t in s.tasks)
        out.append(Section(s.id, s.key, title, s.kind, body, tasks))
    return tuple(out)


def save_revision(ws: Workspace, jd_id: int, *, summary: str, participant_ids: Sequence[int]) -> Change[int]:
    """Save the draft as the next numbered revision (author and time are who saves it, now), with a required short
    summary and who took part in this round. Refused when the draft holds an identity number (the message names
    the section) or equals the latest revision."""
    draft.job_description(ws, jd_id)
    summary = short_text(summary, SUMMARY, "summary", max_len=MAX_SUMMARY)
    sections = checked_content(draft.list_sections(ws, jd_id))
    revisions = list_revisions(ws, jd_id)
    if not sections:
        raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "The draft has no sections."), field="summary")
    if revisions and revisions[-1].content_hash == content_hash(sections):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "JobDesc", "The draft is the same as revision {number}: there is nothing new to save."),
            field="summary", number=revisions[-1].number)
    participants = []
    for person_id in dict.fromkeys(participant_ids):
        person = get_person(ws, person_id)
        participants.append({"person_id": person.id, "name": person.name, "role": person.role})
    number = (revisions[-1].number if revisions else 0) + 1
    with ws.write(SAVE_REVISION) as db:
        db["jd_revisions"].insert({
            "job_description_id": jd_id, "number": number, "summary": summary,
            "participants": json.dumps(participants, ensure_ascii=False), "content": to_json(sections),
            "content_hash": content_hash(sections), **ws.saved()})
    return Change(SAVE_REVISION, number, REVISIONS, None)


def _revision_by_id(ws: Workspace, revision_id: int) -> Revision:
    jd_id = ws.value("SELECT job_description_id FROM jd_revisions WHERE id = ?", (revision_id,))
    found = next((r for r in list_revisions(ws, jd_id) if r.id == revision_id), None) if jd_id else None
    if found is None:
        raise NotFound(GONE)
    return found


def signer_role(ws: Workspace, jd_id: int, person_id: int) -> str:
    """Who signs as what: the placement's peer supporter as peer supporter, a unit manager as unit manager."""
    placement = get_placement(ws, draft.job_description(ws, jd_id).placement_id)
    person = get_person(ws, person_id)
    if person.id == placement.peer_supporter_id:
        return "peer_supporter"
    if person.role == "unit_manager" and not person.removed:
        return "unit_manager"
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "JobDesc", "{name} cannot sign this job description: the unit manager and the placement's peer supporter "
        "sign it."), field="person", name=person.name)


def signers(ws: Workspace, jd_id: int) -> list[tuple[int, str, str]]:
    """Who may sign: (person id, name, role), the unit managers first, then the peer supporter."""
    placement = get_placement(ws, draft.job_description(ws, jd_id).placement_id)
    managers = [(p.id, p.name, "unit_manager") for p in list_people(ws) if p.role == "unit_manager"]
    return [*managers, (placement.peer_supporter_id, placement.peer_supporter, "peer_supporter")]


def approve(ws: Workspace, revision_id: int, person_id: int, pin: str | None = None,
            today: dt.date | None = None) -> Change[None]:
    """Approve a revision as `person_id` (their PIN, when they have one). The second approval makes the revision
    agreed and sets the next review date to six months later."""
    revision = _revision_by_id(ws, revision_id)
    revisions = list_revisions(ws, revision.job_description_id)
    if revision.number != revisions[-1].number:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "JobDesc", "Revision {number} has been followed by revision {latest}: only the latest can be approved."),
            field="revision", number=revision.number, latest=revisions[-1].number)
    if not revision.intact:
        raise Damaged(QT_TRANSLATE_NOOP(
            "JobDesc", "Revision {number} no longer matches what was saved: it cannot be approved. Check the "
            "workspace (File › Check and repair…)."), number=revision.number)
    role = signer_role(ws, revision.job_description_id, person_id)
    if (already := revision.approval(role)) is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("JobDesc", "{name} has already approved revision {number}."),
                           field="person", name=already.person_name, number=revision.number)
    check_pin(ws, person_id, pin)
    person = get_person(ws, person_id)
    today = today or dt.date.today()
    becomes_agreed = all(revision.approval(r) for r in SIGNERS if r != role)
    with ws.write(APPROVE) as db:
        db["jd_approvals"].insert({
            "revision_id": revision.id, "person_id": person.id, "person_name": person.name, "role": role,
            "content_hash": revision.content_hash, "approved_at": now_utc(), **ws.saved()})
        if becomes_agreed:
            db["job_descriptions"].update(revision.job_description_id, {
                "review_on": draft.months_after(today, draft.REVIEW_MONTHS).isoformat(), **ws.saved()})
    return Change(APPROVE, None, APPROVALS, None)


def withdraw_approval(ws: Workspace, approval_id: int, pin: str | None = None) -> Change[None]:
    """The signer takes their approval back, while the other party has not signed yet (kept in the history)."""
    found = ws.one(Approval, f"{_APPROVALS} WHERE a.id = ? AND a.withdrawn = 0", (approval_id,))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("JobDesc", "That approval is no longer in force."))
    revision = _revision_by_id(ws, found.revision_id)
    if revision.approved_by_both:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "JobDesc", "Both have approved revision {number}: an approval can no longer be withdrawn. Save a new "
            "revision instead."), field="approval", number=revision.number)
    check_pin(ws, found.person_id, pin)
    with ws.write(WITHDRAW) as db:
        db["jd_approvals"].update(approval_id, {"withdrawn": 1, "withdrawn_at": now_utc(), **ws.saved()})
    return Change(WITHDRAW, None, APPROVALS, None)


class Status(NamedTuple):
    """What the page and the Overview say about a job description."""

    latest: Revision | None
    agreed: Revision | None
    draft_changed: bool  # the draft differs from the latest revision (or there is none yet)
    changed_since_agreed: tuple[str, ...]  # titles of the draft's sections that differ from the agreed version
    awaiting: tuple[str, ...]  # roles that still have to approve the latest revision (empty once agreed)
    review_on: dt.date | None

    def review_due(self, today: dt.date) -> bool:
        return self.agreed is not None and self.review_on is not None and self.review_on <= today


def status(ws: Workspace, jd_id: int) -> Status:
    jd = draft.job_description(ws, jd_id)
    revisions = list_revisions(ws, jd_id)
    latest = revisions[-1] if revisions else None
    ok = agreed(revisions)
    now = draft.list_sections(ws, jd_id)
    plain = tuple(Section(s.id, s.key, s.title, s.kind, s.body, s.tasks) for s in now)
    changed = latest is None or content_hash(plain) != latest.content_hash
    since: tuple[str, ...] = ()
    if ok is not None:
        before = {s.id: s for s in ok.sections}
        since = tuple(s.title for s in plain if before.get(s.id) != s)
        removed = [s.title for s in ok.sections if s.id not in {p.id for p in plain}]
        since += tuple(removed)
    awaiting = () if latest is None or latest.approved_by_both else tuple(
        r for r in SIGNERS if latest.approval(r) is None)
    return Status(latest, ok, changed, since, awaiting, jd.review_on)
