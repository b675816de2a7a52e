"""The follow-up pack's section "What the users say": the latest tallied survey round up to the end of the pack's
period, and its comparison with the tallied round before it, under the same small-number rule as the survey report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.reports import parts
from peerdesk.reports.document import styles
from peerdesk.survey.report import TITLE, comparison_section, round_section
from peerdesk.survey.results import results
from peerdesk.survey.rounds import list_rounds

if TYPE_CHECKING:
    from peerdesk.reports.kinds import Request
    from peerdesk.store import Workspace

NONE_YET = QT_TRANSLATE_NOOP("Survey", "No survey round has been tallied by {date}.")
LATEST = QT_TRANSLATE_NOOP("Survey", "Latest round: {name}")


def followup_section(ws: Workspace, request: Request, translate: Translate) -> list[Any]:
    """Flowables: the heading, the latest tallied round ending by `request.end` and the comparison with the one
    before it (when there is one); `request.suppress_small` as in the survey report."""
    s = styles()
    story: list[Any] = [parts.text(TITLE.tr(translate), s.heading)]
    tallied = [r for r in (results(ws, r.id) for r in list_rounds(ws) if r.last_day <= request.end) if r.tallied]
    if not tallied:
        return [*story, parts.text(NONE_YET.tr(translate, date=request.end.isoformat()))]
    latest = tallied[0]
    story.append(parts.text(LATEST.tr(translate, name=latest.round.name), s.subheading))
    story += round_section(latest, request.suppress_small, request.lang, translate)
    if len(tallied) > 1:
        story += comparison_section(tallied[1], latest, request.suppress_small, request.lang, translate)
    return story
