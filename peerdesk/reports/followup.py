"""The follow-up pack, the document for the renewal decision: placement facts and the days left, checklist status,
the agreed job description, the activity summary for the period, role drift, and an agenda page for the follow-up
meeting between peer supporter, unit manager and supervisor.

The pack is the list `SECTIONS`: each section is a function of the `Pack` returning its flowables, so a new part
(the survey's "What the users say") is one more function and one more line there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, NamedTuple

from peerdesk.checklist.items import list_items
from peerdesk.checklist.text import choose_placements
from peerdesk.errors import NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg, Translate
from peerdesk.jobdesc import draft, revisions
from peerdesk.jobdesc.content import Task
from peerdesk.placements import Placement, described
from peerdesk.reports import checklist, jobdesc, parts, summary
from peerdesk.reports.common import hours, period_text, share, table_heading, unit_name
from peerdesk.reports.document import FONT, ReportInfo, styles
from peerdesk.reports.figures import Figures, TypeRow, role_drift, summary_figures
from peerdesk.reports.kinds import Request
from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Report", "Follow-up pack")
NEEDS = ("period", "placement")

FOR = QT_TRANSLATE_NOOP("Report", "Peer supporter: {name}")
FACTS = QT_TRANSLATE_NOOP("Report", "The placement")
EMPLOYER = QT_TRANSLATE_NOOP("Report", "Employer organisation")
SUPERVISOR = QT_TRANSLATE_NOOP("Report", "Supervisor")
STARTED = QT_TRANSLATE_NOOP("Report", "Started")
PLANNED_END = QT_TRANSLATE_NOOP("Report", "Planned end date")
DAYS_LEFT = QT_TRANSLATE_NOOP("Report", "Days to the planned end date")
ENDED = QT_TRANSLATE_NOOP("Report", "Ended")
DECISIONS = QT_TRANSLATE_NOOP("Report", "Renewal decisions")
RENEWED = QT_TRANSLATE_NOOP("Report", "{day}: renewed until {end} ({funder}), decided by {who}")
ENDED_DECISION = QT_TRANSLATE_NOOP("Report", "{day}: to end on {end}, decided by {who}")
CHECKLIST = QT_TRANSLATE_NOOP("Report", "Introduction checklist")
OPEN_ITEMS = QT_TRANSLATE_NOOP("Report", "Items still open")
ALL_SETTLED = QT_TRANSLATE_NOOP("Report", "Every item is done or marked not applicable.")
JOB = QT_TRANSLATE_NOOP("Report", "The agreed job description")
NO_AGREED = QT_TRANSLATE_NOOP("Report", "No version of the job description has been approved by both the unit "
                                        "manager and the peer supporter yet.")
AGREED_ON = QT_TRANSLATE_NOOP("Report", "Revision {number}, agreed {day}.")
ACTIVITIES = QT_TRANSLATE_NOOP("Report", "Activities in the period")
DRIFT = QT_TRANSLATE_NOOP("Report", "Role drift")
DRIFT_HOW = QT_TRANSLATE_NOOP("Report", "The share of the period's hours in activity types that the agreed job "
                                        "description's tasks cover, and in types they do not cover.")
DRIFT_NONE = QT_TRANSLATE_NOOP("Report", "Without an agreed job description whose tasks name activity types, "
                                         "role drift cannot be measured.")
COVERED = QT_TRANSLATE_NOOP("Report", "Covered by the agreed tasks")
NOT_COVERED = QT_TRANSLATE_NOOP("Report", "Not covered by the agreed tasks")
TYPE = QT_TRANSLATE_NOOP("Report", "Activity type")
HOURS = QT_TRANSLATE_NOOP("Report", "Hours")
SHARE = QT_TRANSLATE_NOOP("Report", "Share of hours")
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
AGENDA = QT_TRANSLATE_NOOP("Report", "Agenda for the follow-up meeting")
ATTENDING = QT_TRANSLATE_NOOP("Report", "Taking part: {names}")
WHEN = QT_TRANSLATE_NOOP("Report", "Date and place:")
POINTS = (
    QT_TRANSLATE_NOOP("Report", "How the work has gone: the activities of the period"),
    QT_TRANSLATE_NOOP("Report", "Tasks and role: what the job description covers, what has drifted, what to change"),
    QT_TRANSLATE_NOOP("Report", "The introduction: the items still open"),
    QT_TRANSLATE_NOOP("Report", "Supervision, workplace meetings and the work environment"),
    QT_TRANSLATE_NOOP("Report", "Boundaries and workload"),
    QT_TRANSLATE_NOOP("Report", "Renewal: the funding, the decision and its dates"),
    QT_TRANSLATE_NOOP("Report", "Next follow-up meeting"),
)
_SEVERAL = QT_TRANSLATE_NOOP("Report", "Several placements are running: choose one with --placement NAME "
                                       "({candidates}).")


class Pack(NamedTuple):
    """What every section of the pack may draw on, read once."""

    ws: Workspace
    request: Request
    translate: Translate
    placement: Placement
    figures: Figures  # the placement's peer supporter, the request's period
    tasks: tuple[Task, ...]  # of the agreed job description
    today: dt.date


def placement_facts(pack: Pack) -> list[Any]:
    t, p = pack.translate, pack.placement
    rows = [[EMPLOYER.tr(t), p.employer], [SUPERVISOR.tr(t), p.supervisor], [STARTED.tr(t), p.start_date.isoformat()],
            [PLANNED_END.tr(t), p.planned_end_date.isoformat()]]
    left = p.days_left(pack.today)
    rows.append([ENDED.tr(t), p.ended_on.isoformat()] if p.ended_on or left is None
                else [DAYS_LEFT.tr(t), str(left)])
    story: list[Any] = [parts.text(FACTS.tr(t), styles().heading), _facts(rows)]
    decisions = [d for d in p.decisions if not d.withdrawn]
    if decisions:
        story.append(parts.text(DECISIONS.tr(t), styles().subheading))
        for d in decisions:
            words = RENEWED if d.outcome == "renewed" else ENDED_DECISION
            story.append(parts.text(words.tr(t, day=d.decided_on.isoformat(),
                                             end=(d.new_end_date or d.ended_on or d.previous_end_date).isoformat(),
                                             funder=d.funder, who=d.decided_by)))
    return story


def _facts(rows: list[list[str]]) -> Any:
    """Label and value pairs, without a header row."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    s = styles()
    grid = Table([[parts.text(a, s.cell_bold), parts.text(b, s.cell)] for a, b in rows],
                 colWidths=[60 * mm, 114 * mm], hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, (0.6,) * 3),
                              ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return grid


def checklist_status(pack: Pack) -> list[Any]:
    t, lang = pack.translate, pack.request.lang
    items = list_items(pack.ws, pack.placement.id)
    story = [parts.text(CHECKLIST.tr(t), styles().heading), *checklist.progress_table(items, lang, t)]
    still_open = [i for i in items if i.state == "open" and not i.removed]
    if not items:
        return story
    if not still_open:
        return [*story, parts.text(ALL_SETTLED.tr(t))]
    return [*story, parts.text(OPEN_ITEMS.tr(t), styles().subheading),
            *checklist.item_tables(pack.ws, items, lang, pack.today, t, only=lambda i: i.state == "open")]


def job_description(pack: Pack) -> list[Any]:
    from reportlab.platypus import PageBreak

    t = pack.translate
    jd = draft.get_job_description(pack.ws, pack.placement.id)
    agreed = revisions.agreed(revisions.list_revisions(pack.ws, jd.id)) if jd else None
    if agreed is None:
        return [parts.text(JOB.tr(t), styles().heading), parts.text(NO_AGREED.tr(t))]
    return [PageBreak(), parts.text(JOB.tr(t), styles().heading),
            parts.text(AGREED_ON.tr(t, number=agreed.number, day=agreed.agreed_on.isoformat()
                                    if agreed.agreed_on else "")),
            *jobdesc.content(agreed.sections, pack.request.lang, t)]


def activity_summary(pack: Pack) -> list[Any]:
    from reportlab.platypus import PageBreak

    return [PageBreak(), parts.text(ACTIVITIES.tr(pack.translate), styles().heading),
            parts.text(period_text(pack.request)), *summary.sections(pack.figures, pack.request, pack.translate)]


def role_drift_section(pack: Pack) -> list[Any]:
    from reportlab.lib.units import mm

    t, lang = pack.translate, pack.request.lang
    story: list[Any] = [*table_heading(DRIFT.tr(t), styles().heading), parts.text(DRIFT_HOW.tr(t))]
    if not any(task.activity_types for task in pack.tasks):
        return [*story, parts.text(DRIFT_NONE.tr(t))]
    drift = role_drift(pack.figures, pack.tasks)
    total = drift.covered_minutes + drift.other_minutes

    def rows(types: tuple[TypeRow, ...]) -> list[list[str]]:
        return [[f"– {r.label}", hours(r.minutes, lang), share(r.minutes / total, lang) if total else ""]
                for r in types]

    def group(label: Msg, minutes: int, part: float) -> list[Any]:
        bold = styles().cell_bold
        return [parts.text(label.tr(t), bold), parts.text(hours(minutes, lang), bold),
                parts.text(share(part, lang), bold)]

    body = [group(COVERED, drift.covered_minutes, drift.covered_share), *rows(drift.covered),
            group(NOT_COVERED, drift.other_minutes, drift.other_share), *rows(drift.other),
            [TOTAL.tr(t), hours(total, lang), share(1.0, lang) if total else ""]]
    story.append(parts.table([TYPE.tr(t), HOURS.tr(t), SHARE.tr(t)], body, widths=[114 * mm, 30 * mm, 30 * mm],
                             right=[1, 2]))
    return story


def agenda(pack: Pack) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    t, s, p = pack.translate, styles(), pack.placement
    names = [p.peer_supporter, *_managers(pack.ws), p.supervisor]
    story: list[Any] = [PageBreak(), parts.text(AGENDA.tr(t), s.title),
                        parts.text(ATTENDING.tr(t, names=", ".join(n for n in names if n))),
                        parts.text(WHEN.tr(t) + " " + "_" * 50)]
    for number, point in enumerate(POINTS, 1):
        story += [parts.text(f"{number}. {point.tr(t)}", s.subheading), Spacer(1, 16 * mm)]
    return story


def _managers(ws: Workspace) -> list[str]:
    return [n for (n,) in ws.rows("SELECT name FROM people WHERE removed = 0 AND role = 'unit_manager' "
                                  "ORDER BY name")]


def what_the_users_say(pack: Pack) -> list[Any]:
    """The latest survey round with answers, compared with the one before (peerdesk.survey)."""
    from peerdesk.survey.followup import followup_section

    return followup_section(pack.ws, pack.request, pack.translate)


SECTIONS: tuple[Callable[[Pack], list[Any]], ...] = (
    placement_facts,
    checklist_status,
    job_description,
    activity_summary,
    role_drift_section,
    what_the_users_say,
    agenda,
)


def choose_placement(ws: Workspace, name: str | None) -> Placement:
    chosen = choose_placements(ws, name)
    if len(chosen) > 1:
        raise NotFound(_SEVERAL, candidates=", ".join(described(p) for p in chosen))
    return chosen[0]


def build(ws: Workspace, request: Request, translate: Translate) -> tuple[ReportInfo, list[Any]]:
    placement = choose_placement(ws, request.placement)
    figures = summary_figures(ws, request.start, request.end, placement.peer_supporter_id, request.lang, translate)
    pack = Pack(ws, request, translate, placement, figures, revisions.agreed_tasks(ws, placement.id),
                dt.date.today())
    title = TITLE.tr(translate)
    info = ReportInfo(title, unit_name(ws), period_text(request), subject=placement.peer_supporter,
                      draft=request.draft)
    story: list[Any] = [parts.text(title, styles().title), parts.text(FOR.tr(translate,
                                                                             name=placement.peer_supporter))]
    if request.suppress_small:
        story.append(parts.text(summary.SUPPRESSED.tr(translate), styles().small))
    for section in SECTIONS:
        story += section(pack)
    return info, story
