"""A job-description version as text: what `peerdesk jobdesc` prints (Markdown headed by number, date, state and
who approved it) and its per-section unified diff of two versions."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peerdesk.errors import InvalidInput, NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.jobdesc import diff, draft, revisions
from peerdesk.jobdesc.content import Section, content_hash, to_markdown
from peerdesk.jobdesc.revisions import Revision
from peerdesk.people import ROLES, get_unit
from peerdesk.placements import Placement, list_placements, placement_named
from peerdesk.store import Workspace

AGREED, DRAFT = "agreed", "draft"
TITLE = QT_TRANSLATE_NOOP("JobDescText", "Local job description: {name}, {unit}")
REVISION = QT_TRANSLATE_NOOP("JobDescText", "Revision {number}")
DRAFT_NAME = QT_TRANSLATE_NOOP("JobDescText", "Draft")
COVERS = QT_TRANSLATE_NOOP("JobDescText", "covers: {types}")
STATE_AGREED = QT_TRANSLATE_NOOP("JobDescText", "agreed")
STATE_EARLIER = QT_TRANSLATE_NOOP("JobDescText", "approved by both, since replaced by a later agreed version")
STATE_AWAITING = QT_TRANSLATE_NOOP("JobDescText", "awaiting approval by {who}")
STATE_REPLACED = QT_TRANSLATE_NOOP("JobDescText", "not approved by both, replaced by a later revision")
APPROVED_BY = QT_TRANSLATE_NOOP("JobDescText", "approved by {who}")
SUMMARY = QT_TRANSLATE_NOOP("JobDescText", "Changes: {summary}")
TOOK_PART = QT_TRANSLATE_NOOP("JobDescText", "Took part: {who}")
DRAFT_CHANGED = QT_TRANSLATE_NOOP("JobDescText", "Draft, not saved as a revision: changed since revision {number}")
DRAFT_SAME = QT_TRANSLATE_NOOP("JobDescText", "Draft: the same as revision {number}")
DRAFT_FIRST = QT_TRANSLATE_NOOP("JobDescText", "Draft: no revision saved yet")
NO_CHANGES = QT_TRANSLATE_NOOP("JobDescText", "No differences.")
TASK_WORD = QT_TRANSLATE_NOOP("JobDescText", "task")
AND = QT_TRANSLATE_NOOP("JobDescText", " and ")


class Version(NamedTuple):
    """One version to show: a revision, or the draft (revision None)."""

    name: str
    sections: tuple[Section, ...]
    revision: Revision | None


def find_placement(ws: Workspace, name: str | None) -> Placement:
    """The placement named exactly by its peer supporter; without a name, the only one with a job description."""
    if name is not None:
        return placement_named(ws, name)
    found = list_placements(ws)
    with_one = [p for p in found if draft.get_job_description(ws, p.id)]
    if len(with_one) == 1:
        return with_one[0]
    if not with_one:
        raise NotFound(QT_TRANSLATE_NOOP("JobDescText", "No placement has a job description yet."))
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "JobDescText", "Several placements have a job description: choose one with --placement NAME ({names})."),
        names=", ".join(p.peer_supporter for p in with_one))


def job_description_id(ws: Workspace, placement: Placement) -> int:
    """The placement's job description; NotFound (saying so in words) when it has none yet."""
    jd = draft.get_job_description(ws, placement.id)
    if jd is None:
        raise NotFound(QT_TRANSLATE_NOOP("JobDescText", "{name}'s placement has no job description yet."),
                       name=placement.peer_supporter)
    return jd.id


def version(ws: Workspace, jd_id: int, which: str | int | None, translate: Translate) -> Version:
    """`which`: a revision number, "agreed", "draft", or None (the agreed version, else the latest revision, else
    the draft). The draft is refused while it holds an identity number (the message names the section)."""
    all_revisions = revisions.list_revisions(ws, jd_id)
    if which is None:
        chosen = revisions.agreed(all_revisions) or (all_revisions[-1] if all_revisions else None)
        which = chosen.number if chosen else DRAFT
    if which == DRAFT:
        return Version(DRAFT_NAME.tr(translate), revisions.checked_content(draft.list_sections(ws, jd_id)), None)
    if which == AGREED:
        chosen = revisions.agreed(all_revisions)
        if chosen is None:
            raise NotFound(QT_TRANSLATE_NOOP("JobDescText", "No revision has been approved by both yet."))
    else:
        chosen = revisions.get_revision(ws, jd_id, int(which))
    return Version(REVISION.tr(translate, number=chosen.number), chosen.sections, chosen)


def day_of(moment: str) -> str:
    return dt.datetime.fromisoformat(moment).astimezone().date().isoformat()


def role_name(role: str, translate: Translate) -> str:
    """A role in the middle of a sentence: "unit manager", "enhetschef"."""
    return ROLES[role].tr(translate).lower() if role in ROLES else role


def _who(revision: Revision, translate: Translate, roles: tuple[str, ...]) -> str:
    names = []
    for role in roles:
        given = revision.approval(role)
        names.append(f"{given.person_name} ({role_name(role, translate)}) {day_of(given.approved_at)}" if given
                     else role_name(role, translate))
    return ", ".join(names)


def state(revision: Revision, all_revisions: list[Revision], translate: Translate) -> str:
    """The revision's state in words: agreed, earlier agreed, awaiting whom, or replaced."""
    agreed = revisions.agreed(all_revisions)
    if revision.approved_by_both:
        return (STATE_AGREED if agreed and agreed.id == revision.id else STATE_EARLIER).tr(translate)
    if revision.number == all_revisions[-1].number:
        waiting = tuple(r for r in revisions.SIGNERS if revision.approval(r) is None)
        return STATE_AWAITING.tr(translate, who=AND.tr(translate).join(role_name(r, translate) for r in waiting))
    return STATE_REPLACED.tr(translate)


def header(ws: Workspace, placement: Placement, jd_id: int, shown: Version, translate: Translate) -> list[str]:
    unit = get_unit(ws)
    lines = ["# " + TITLE.tr(translate, name=placement.peer_supporter, unit=unit.name if unit else "")]
    all_revisions = revisions.list_revisions(ws, jd_id)
    r = shown.revision
    if r is None:
        latest = all_revisions[-1] if all_revisions else None
        if latest is None:
            lines.append(DRAFT_FIRST.tr(translate))
        else:
            same = content_hash(shown.sections) == latest.content_hash
            lines.append((DRAFT_SAME if same else DRAFT_CHANGED).tr(translate, number=latest.number))
        return lines
    parts = [shown.name, day_of(r.saved_at), r.saved_by, state(r, all_revisions, translate)]
    given = tuple(role for role in revisions.SIGNERS if r.approval(role))
    if given:
        parts.append(APPROVED_BY.tr(translate, who=_who(r, translate, given)))
    lines.append(" · ".join(parts))
    lines.append(SUMMARY.tr(translate, summary=r.summary))
    if r.people():
        lines.append(TOOK_PART.tr(translate, who=", ".join(
            f"{p.name} ({role_name(p.role, translate)})" for p in r.people())))
    return lines


def markdown(ws: Workspace, placement_name: str | None, which: str | int | None, translate: Translate,
             lang: str) -> str:
    placement = find_placement(ws, placement_name)
    jd_id = job_description_id(ws, placement)
    shown = version(ws, jd_id, which, translate)
    head = header(ws, placement, jd_id, shown, translate)
    return "\n".join(head) + "\n\n" + to_markdown(shown.sections, lang, COVERS.tr(translate, types="{types}"))


def unified_diff(ws: Workspace, placement_name: str | None, old: str | int, new: str | int,
                 translate: Translate) -> str:
    placement = find_placement(ws, placement_name)
    jd_id = job_description_id(ws, placement)
    a, b = version(ws, jd_id, old, translate), version(ws, jd_id, new, translate)
    lines = diff.unified(a.sections, b.sections, a.name, b.name, task_prefix=_task_prefix(translate))
    return "\n".join(lines or [NO_CHANGES.tr(translate)]) + "\n"


def _task_prefix(translate: Translate) -> str:
    return "[" + TASK_WORD.tr(translate) + "] "
