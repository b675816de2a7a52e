"""A survey round's results as a PDF (`peerdesk report survey --round NAME`), and the same section for the follow-up
pack (`followup.py`).

Per statement, each answer as a horizontal bar with its share and count, and n (the sheets that came back): the
bars are grey and every one carries its figures in words, so a black-and-white printer loses nothing. Beside the
round before it: the share who agreed then and now, and the change in percentage points. In a report that leaves
the unit (`request.suppress_small`) a round with fewer than five sheets prints no figures, and counts of 1 and 2 show
as "<3" (with no bar and no share, which would give them away).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peerdesk.errors import NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.people import get_unit
from peerdesk.reports import parts
from peerdesk.reports.document import BOLD, FONT, ReportInfo, styles
from peerdesk.survey.results import FEWEST, KEYS, TOO_FEW, RoundResults, StatementResult, compare, results, signed
from peerdesk.survey.rounds import ANSWER_WORDS, NO_ANSWER, Round, find_round, list_rounds

if TYPE_CHECKING:
    from peerdesk.reports.kinds import Request
    from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Report", "What the users say")
NEEDS = ("round",)

NO_ROUNDS = QT_TRANSLATE_NOOP("Survey", "There are no survey rounds yet.")
ROUND_FACTS = QT_TRANSLATE_NOOP(
    "Survey", "Weeks {weeks} ({first} – {last}). Handed out: {handed_out}. Came back: {returned}.")
WHERE = QT_TRANSLATE_NOOP("Survey", "Handed out at: {place}.")
N = QT_TRANSLATE_NOOP("Survey", "n = {n}")
NOT_TALLIED = QT_TRANSLATE_NOOP("Survey", "No answers have been entered for this round yet.")
INSIDE_ONLY = QT_TRANSLATE_NOOP(
    "Survey", "Fewer than {fewest} sheets came back: these results are for use inside the unit only.")
COMPARED = QT_TRANSLATE_NOOP("Survey", "Compared with {name}")
STATEMENT = QT_TRANSLATE_NOOP("Survey", "Statement")
AGREED = QT_TRANSLATE_NOOP("Survey", "Agree, {name}")
CHANGE = QT_TRANSLATE_NOOP("Survey", "Change")
POINTS = QT_TRANSLATE_NOOP("Survey", "The change is in percentage points of the sheets that came back; “–”: not "
                                     "asked in the earlier round.")

BAR_MM, ROW = 70, 13


def rounds_for(ws: Workspace, name: str | None) -> tuple[RoundResults, RoundResults | None]:
    """The round asked for (the latest when none is named) and the round before it, if any."""
    every = list_rounds(ws)
    if not every:
        raise NotFound(NO_ROUNDS)
    chosen = find_round(ws, name) if name else every[0]
    earlier = every[every.index(chosen) + 1] if every.index(chosen) + 1 < len(every) else None
    return results(ws, chosen.id), results(ws, earlier.id) if earlier else None


def period_text(the_round: Round) -> str:
    return f"{the_round.first_day.isoformat()} – {the_round.last_day.isoformat()}"


def build(ws: Workspace, request: Request, translate: Translate) -> tuple[ReportInfo, list[Any]]:
    latest, earlier = rounds_for(ws, request.round)
    unit = get_unit(ws)
    title = TITLE.tr(translate)
    story = [parts.text(f"{title}: {latest.round.name}", styles().title)]
    story += round_section(latest, request.suppress_small, request.lang, translate)
    if earlier is not None:
        story += comparison_section(earlier, latest, request.suppress_small, request.lang, translate)
    return ReportInfo(title=title, unit=unit.name if unit else "", period=period_text(latest.round),
                      draft=request.draft), story


def round_section(result: RoundResults, suppress: bool, lang: str, translate: Translate) -> list[Any]:
    """The facts of the round, then each statement's answers as bars (or why no figures are shown)."""
    s = styles()
    r = result.round
    story = [parts.text(ROUND_FACTS.tr(translate, weeks=r.weeks, first=r.first_day.isoformat(),
                                       last=r.last_day.isoformat(), handed_out=r.handed_out, returned=r.returned))]
    if r.place:
        story.append(parts.text(WHERE.tr(translate, place=r.place)))
    if not result.shown(suppress):
        return [*story, parts.text(TOO_FEW.tr(translate, fewest=FEWEST), s.subheading)]
    if not result.tallied:
        return [*story, parts.text(NOT_TALLIED.tr(translate))]
    if result.too_few:
        story.append(parts.text(INSIDE_ONLY.tr(translate, fewest=FEWEST), s.subheading))
    for statement in result.statements:
        counts, n = statement.texts(suppress, translate)
        rows = []
        for key in KEYS:
            word = (NO_ANSWER if key == "no_answer" else ANSWER_WORDS[key]).tr(translate)
            count = counts[key]
            if count == str(statement.counts[key]):
                rows.append((word, statement.share(key), f"{statement.percent(key)} % ({count})"))
            else:  # suppressed: neither a bar nor a share, which would give the count away
                rows.append((word, None, count))
        story.append(parts.text(f"{statement.statement.wording(lang)}  ({N.tr(translate, n=n)})", s.subheading))
        story.append(bars(rows))
    return story


def bars(rows: list[tuple[str, float | None, str]]) -> Any:
    """Horizontal bars, one per answer: the answer's word, a grey bar as long as its share (a thin frame marks the
    whole), and its figures in words beside it."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import Color, black, white
    from reportlab.lib.units import mm

    label_width, bar_width = 34 * mm, BAR_MM * mm
    drawing = Drawing(label_width + bar_width + 40 * mm, ROW * len(rows))
    grey = Color(parts.BAR_GREY, parts.BAR_GREY, parts.BAR_GREY)
    for n, (word, share, figures) in enumerate(rows):
        y = ROW * (len(rows) - 1 - n)
        drawing.add(String(0, y + 3, word, fontName=FONT, fontSize=9))
        drawing.add(Rect(label_width, y + 2, bar_width, ROW - 4, fillColor=white, strokeColor=black,
                         strokeWidth=0.4))
        if share:
            drawing.add(Rect(label_width, y + 2, bar_width * share, ROW - 4, fillColor=grey, strokeColor=black,
                             strokeWidth=0.4))
        drawing.add(String(label_width + bar_width + 3 * mm, y + 3, figures, fontName=BOLD, fontSize=9))
    return drawing


def comparison_section(earlier: RoundResults, later: RoundResults, suppress: bool, lang: str,
                       translate: Translate) -> list[Any]:
    """The share who agreed in each round, statement by statement, and the change."""
    s = styles()
    story = [parts.text(COMPARED.tr(translate, name=earlier.round.name), s.heading)]
    if not (earlier.shown(suppress) and later.shown(suppress)):
        return [*story, parts.text(TOO_FEW.tr(translate, fewest=FEWEST))]
    rows = []
    for item in compare(earlier, later, lang):
        now = _agreed(item.after, suppress, translate)
        then = "–" if item.before is None else _agreed(item.before, suppress, translate)
        hidden = not (now.endswith("%") and (then.endswith("%") or item.before is None))
        rows.append([item.wording, then, now, "–" if hidden else signed(item.change())])
    story.append(parts.table([STATEMENT.tr(translate), AGREED.tr(translate, name=earlier.round.name),
                              AGREED.tr(translate, name=later.round.name), CHANGE.tr(translate)], rows,
                             widths=[205, 90, 90, 80], right=[1, 2, 3]))
    story.append(parts.text(POINTS.tr(translate), s.small))
    return story


def _agreed(statement: StatementResult, suppress: bool, translate: Translate) -> str:
    """The share who agreed, or what the small-number rule shows instead of its count (then no share either)."""
    shown = statement.texts(suppress, translate)[0]["agree"]
    return f"{statement.percent('agree')} %" if shown == str(statement.counts["agree"]) else shown
