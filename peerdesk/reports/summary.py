"""The activity summary: totals by activity type, hours by month as a chart, study circles, accompanied visits,
outreach contacts, and the supervision and follow-up meetings held (never what was said in them)."""

from __future__ import annotations

from typing import Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.reports import parts
from peerdesk.reports.common import decimal, hours, period_text, share, supporter_id, table_heading, unit_name
from peerdesk.reports.document import ReportInfo, styles
from peerdesk.reports.figures import FOLLOW_UP, WORKPLACE_MEETING, Figures, VisitRow, summary_figures
from peerdesk.reports.kinds import Request
from peerdesk.reports.suppression import SMALL, count_text, is_small, row_texts
from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Report", "Activity summary")
NEEDS = ("period", "person")

EVERYONE = QT_TRANSLATE_NOOP("Report", "All peer supporters")
FOR = QT_TRANSLATE_NOOP("Report", "Peer supporter: {name}")
SUPPRESSED = QT_TRANSLATE_NOOP("Report", "Counts of 1 or 2 are shown as “<3”, and figures that would reveal them "
                                         "are hidden.")
BY_TYPE = QT_TRANSLATE_NOOP("Report", "Activities by type")
TYPE = QT_TRANSLATE_NOOP("Report", "Activity type")
NUMBER = QT_TRANSLATE_NOOP("Report", "Number")
HOURS = QT_TRANSLATE_NOOP("Report", "Hours")
CONTACTS = QT_TRANSLATE_NOOP("Report", "Participant contacts")
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
BY_MONTH = QT_TRANSLATE_NOOP("Report", "Hours by month")
CIRCLES = QT_TRANSLATE_NOOP("Report", "Study circles")
CIRCLE = QT_TRANSLATE_NOOP("Report", "Study circle")
SESSIONS = QT_TRANSLATE_NOOP("Report", "Sessions")
AVERAGE = QT_TRANSLATE_NOOP("Report", "Average attendance")
STUDY_HOURS = QT_TRANSLATE_NOOP("Report", "Study hours (45 min)")
VISITS = QT_TRANSLATE_NOOP("Report", "Accompanied visits")
DESTINATION = QT_TRANSLATE_NOOP("Report", "Visit to")
TOOK_PLACE = QT_TRANSLATE_NOOP("Report", "Took place")
SHARE = QT_TRANSLATE_NOOP("Report", "Share that took place")
OUTREACH = QT_TRANSLATE_NOOP("Report", "Outreach contacts: {count}")
MEETINGS = QT_TRANSLATE_NOOP("Report", "Meetings held")
MEETING = QT_TRANSLATE_NOOP("Report", "Meeting")
HELD = QT_TRANSLATE_NOOP("Report", "Held")
GROUP_SUPERVISION = QT_TRANSLATE_NOOP("Report", "Group supervision")
INDIVIDUAL_SUPERVISION = QT_TRANSLATE_NOOP("Report", "Individual supervision")
FOLLOW_UPS = QT_TRANSLATE_NOOP("Report", "Follow-up meetings with manager and supervisor")
WORKPLACE_MEETINGS = QT_TRANSLATE_NOOP("Report", "Workplace meetings")
MEETINGS_NOTE = QT_TRANSLATE_NOOP("Report", "Only that the meetings were held is recorded, never what was said.")
NOTHING = QT_TRANSLATE_NOOP("Report", "No activities were logged in this period.")
MEETING_NAMES = {"supervision_group": GROUP_SUPERVISION, "supervision_individual": INDIVIDUAL_SUPERVISION,
                 FOLLOW_UP: FOLLOW_UPS, WORKPLACE_MEETING: WORKPLACE_MEETINGS}


def build(ws: Workspace, request: Request, translate: Translate) -> tuple[ReportInfo, list[Any]]:
    figures = summary_figures(ws, request.start, request.end, supporter_id(ws, request), request.lang, translate)
    title = TITLE.tr(translate)
    info = ReportInfo(title, unit_name(ws), period_text(request), subject=who(figures, translate),
                      draft=request.draft)
    s = styles()
    story: list[Any] = [parts.text(title, s.title), parts.text(who(figures, translate))]
    if request.suppress_small:
        story.append(parts.text(SUPPRESSED.tr(translate), s.small))
    return info, story + sections(figures, request, translate)


def who(figures: Figures, translate: Translate) -> str:
    return FOR.tr(translate, name=figures.peer_supporter) if figures.peer_supporter else EVERYONE.tr(translate)


def type_table(figures: Figures, request: Request, translate: Translate) -> tuple[list[str], list[list[str]]]:
    """The table by activity type, with its total row, as texts (suppressed when asked)."""
    lang, suppress = request.lang, request.suppress_small
    numbers, number_total = row_texts([t.activities for t in figures.types], figures.activities,
                                      suppress=suppress, translate=translate)
    contacts, contacts_total = row_texts([t.participants for t in figures.types], figures.participants,
                                         suppress=suppress, translate=translate)
    header = [TYPE.tr(translate), NUMBER.tr(translate), HOURS.tr(translate), CONTACTS.tr(translate)]
    rows = [[t.label, grouped(n, lang), hours(t.minutes, lang), grouped(c, lang)]
            for t, n, c in zip(figures.types, numbers, contacts, strict=True)]
    rows.append([TOTAL.tr(translate), grouped(number_total or "", lang), hours(figures.minutes, lang),
                 grouped(contacts_total or "", lang)])
    return header, rows


def grouped(count: str, lang: str) -> str:
    """A count shown as a number with thousands grouped ("1 859"); "<3" and "hidden" as they are."""
    return decimal(int(count), lang, 0) if count.isdigit() else count


def sections(figures: Figures, request: Request, translate: Translate) -> list[Any]:
    """The summary's body (also the follow-up pack's activity section)."""
    from reportlab.lib.units import mm

    s = styles()
    lang, suppress = request.lang, request.suppress_small
    if not figures.types:
        return [parts.text(NOTHING.tr(translate))]
    header, rows = type_table(figures, request, translate)
    story: list[Any] = [*table_heading(BY_TYPE.tr(translate), s.heading),
                        parts.table(header, rows, widths=[84 * mm, 24 * mm, 24 * mm, 42 * mm], right=[1, 2, 3])]
    story += [parts.text(BY_MONTH.tr(translate), s.heading),
              parts.bars([m.month[2:] for m in figures.months], [round(m.minutes / 60, 1) for m in figures.months],
                         width=174 * mm, height=62 * mm, value_text=lambda v: decimal(v, lang, 0))]
    if figures.circles:
        story += [*table_heading(CIRCLES.tr(translate), s.heading), parts.table(
            [CIRCLE.tr(translate), SESSIONS.tr(translate), AVERAGE.tr(translate), STUDY_HOURS.tr(translate)],
            [[c.theme, count_text(c.sessions, suppress), _average(c.average_attendance, lang, suppress),
              decimal(c.study_hours, lang)] for c in figures.circles],
            widths=[84 * mm, 24 * mm, 30 * mm, 36 * mm], right=[1, 2, 3])]
    if figures.visits:
        visits, visits_total = row_texts([v.visits for v in figures.visits], sum(v.visits for v in figures.visits),
                                         suppress=suppress, translate=translate)
        took, took_total = row_texts([v.took_place for v in figures.visits],
                                     sum(v.took_place for v in figures.visits), suppress=suppress,
                                     translate=translate)
        rows = [[v.label, n, t, share(v.took_place / v.visits, lang) if not suppress or not _small(v) else ""]
                for v, n, t in zip(figures.visits, visits, took, strict=True)]
        all_visits, all_took = sum(v.visits for v in figures.visits), sum(v.took_place for v in figures.visits)
        shown = (visits_total or "").isdigit() and (took_total or "").isdigit()
        rows.append([TOTAL.tr(translate), visits_total or "", took_total or "",
                     share(all_took / all_visits, lang) if shown else ""])
        story += [*table_heading(VISITS.tr(translate), s.heading), parts.table(
            [DESTINATION.tr(translate), NUMBER.tr(translate), TOOK_PLACE.tr(translate), SHARE.tr(translate)], rows,
            widths=[84 * mm, 24 * mm, 30 * mm, 36 * mm], right=[1, 2, 3])]
    story.append(parts.text(OUTREACH.tr(translate, count=count_text(figures.outreach, suppress)), s.subheading))
    story += [*table_heading(MEETINGS.tr(translate), s.heading), parts.table(
        [MEETING.tr(translate), HELD.tr(translate)],
        [[MEETING_NAMES[k].tr(translate), count_text(n, suppress)] for k, n in figures.meetings.items()],
        widths=[120 * mm, 24 * mm], right=[1]), parts.text(MEETINGS_NOTE.tr(translate), s.small)]
    return story


def _small(v: VisitRow) -> bool:
    return is_small(v.visits) or is_small(v.took_place)


def _average(value: float, lang: str, suppress: bool) -> str:
    return SMALL if suppress and 0 < value < 3 else decimal(value, lang)
