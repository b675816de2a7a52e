"""The reports PeerDesk prints, by kind, and what one is made from (`peerdesk report KIND`, DESIGN.md §8, and the
Reports page alike).

Each kind is one module with `TITLE` (a Msg), `NEEDS` (which of the request's choices it uses: "period",
"placement", "person", "circle", "round"; the Reports page offers just those) and
`build(ws, request, translate) -> (ReportInfo, story)`. `KINDS` names the module, which is imported only when that
report is chosen or made.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

from peerdesk.dates import parse_date
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from peerdesk.reports.document import render

if TYPE_CHECKING:
    from peerdesk.store import Workspace

KINDS: dict[str, str] = {  # kind → its module, one line per report
    "summary": "peerdesk.reports.summary",
    "checklist": "peerdesk.reports.checklist",
    "jobdesc": "peerdesk.reports.jobdesc",
    "attendance": "peerdesk.reports.attendance",
    "followup": "peerdesk.reports.followup",
    "survey": "peerdesk.survey.report",
    "questionnaire": "peerdesk.survey.questionnaire",
}

FROM = QT_TRANSLATE_NOOP("Report", "From")
TO = QT_TRANSLATE_NOOP("Report", "To")
_BACKWARDS = QT_TRANSLATE_NOOP("Report", "The period ends ({end}) before it starts ({start}).")
_UNKNOWN = QT_TRANSLATE_NOOP("Report", "There is no report “{kind}”. Reports: {kinds}.")


class Request(NamedTuple):
    """What to report on. Names are matched exactly (a placement by its peer supporter's name)."""

    kind: str
    start: dt.date
    end: dt.date
    lang: str = "sv"
    placement: str | None = None
    person: str | None = None
    circle: str | None = None
    round: str | None = None
    suppress_small: bool = False  # for reports that leave the unit: see suppression.py
    draft: bool = False


def period(start: str | None, end: str | None, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The period typed (YYYY-MM-DD); by default from 1 January of this year to today."""
    today = today or dt.date.today()
    first = parse_date(start, FROM, "from") if start else today.replace(month=1, day=1)
    last = parse_date(end, TO, "to") if end else today
    if last < first:
        raise InvalidInput(_BACKWARDS, field="to", start=first.isoformat(), end=last.isoformat())
    return first, last


def make(ws: Workspace, request: Request, target: Path | IO[bytes], translate: Translate = untranslated) -> int:
    """Build the report and write it as a PDF to `target`; returns its page count."""
    if request.kind not in KINDS:
        raise InvalidInput(_UNKNOWN, field="kind", kind=request.kind, kinds=", ".join(KINDS))
    info, story = importlib.import_module(KINDS[request.kind]).build(ws, request, translate)
    return render(target, info, story, translate)
