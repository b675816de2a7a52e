"""The blank questionnaire (`peerdesk report questionnaire`): one A4 page a service user fills in anonymously.

Large print (every word at least 14 pt), black on white, and four faces that differ in form, not colour: a smiling
circle (agree), a square with a straight mouth (partly), a frowning triangle (do not agree) and a dashed circle with a
question mark (don't know), each with its word beneath it on every row. There is no field for a name, a date of birth
or anything else that could tell who filled it in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.people import get_unit
from peerdesk.reports.document import BOLD, FONT, ReportInfo, register_fonts
from peerdesk.survey.rounds import ANSWERS, Round, find_round, round_statements
from peerdesk.survey.statements import list_statements

if TYPE_CHECKING:
    from peerdesk.reports.kinds import Request
    from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Report", "Questionnaire: what the users say")
NEEDS = ("round",)

HEADING = QT_TRANSLATE_NOOP("Questionnaire", "What do you think of the peer support?")
INTRO = (
    QT_TRANSLATE_NOOP("Questionnaire", "We want to know what you think of our peer supporter."),
    QT_TRANSLATE_NOOP("Questionnaire", "Do not write your name. Nobody can tell what you answered."),
    QT_TRANSLATE_NOOP("Questionnaire", "You choose if you want to answer. You can skip a sentence."),
    QT_TRANSLATE_NOOP("Questionnaire", "Put a cross on one face for each sentence."),
)
THANKS = QT_TRANSLATE_NOOP("Questionnaire", "Thank you! Put the sheet in the box or give it to the staff.")
WORDS = {"agree": QT_TRANSLATE_NOOP("Questionnaire", "Agree"), "partly": QT_TRANSLATE_NOOP("Questionnaire", "Partly"),
         "disagree": QT_TRANSLATE_NOOP("Questionnaire", "Do not agree"),
         "dont_know": QT_TRANSLATE_NOOP("Questionnaire", "Don't know")}
NEXT_ROUND = QT_TRANSLATE_NOOP("Report", "For the next round")

SIZE, LEADING = 14, 17.5  # the smallest print on the sheet
FACE_MM, GAP_MM, PAD_MM = 8.5, 2.6, 2.0
LINE = 1.8  # the faces' outline, in points: clear on any office printer


def build(ws: Workspace, request: Request, translate: Translate) -> tuple[ReportInfo, list[Any]]:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    register_fonts()
    the_round: Round | None = find_round(ws, request.round) if request.round else None
    lang = request.lang
    texts = ([s.wording(lang) for s in round_statements(ws, the_round.id)] if the_round
             else [s.wording(lang) for s in list_statements(ws)])
    unit = get_unit(ws)
    unit_name = unit.name if unit else ""
    title = ParagraphStyle("q_title", fontName=BOLD, fontSize=19, leading=22, spaceAfter=1)
    intro = ParagraphStyle("q_intro", fontName=FONT, fontSize=SIZE, leading=LEADING, spaceAfter=1)
    thanks = ParagraphStyle("q_thanks", parent=intro, fontName=BOLD, spaceBefore=4)
    words = [WORDS[a].tr(translate) for a in ANSWERS]
    story: list[Any] = [Paragraph(_escape(HEADING.tr(translate)), title)]
    if unit_name:
        story.append(Paragraph(_escape(unit_name), ParagraphStyle("q_unit", parent=intro, fontName=BOLD,
                                                                  spaceAfter=4)))
    story += [Paragraph(_escape(line.tr(translate)), intro) for line in INTRO]
    story.append(Spacer(1, 3))
    story += [_row(text, words) for text in texts]
    story.append(Paragraph(_escape(THANKS.tr(translate)), thanks))
    period = (f"{the_round.name} · {the_round.first_day.isoformat()} – {the_round.last_day.isoformat()}"
              if the_round else NEXT_ROUND.tr(translate))
    return ReportInfo(title=TITLE.tr(translate), unit=unit_name, period=period), story


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def _row(text: str, words: list[str]) -> Any:
    """One statement: its text on the left, the four faces with their words on the right, a rule beneath."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable, Paragraph

    style = ParagraphStyle("q_statement", fontName=BOLD, fontSize=SIZE, leading=LEADING)
    columns = [max(FACE_MM * mm + 6, stringWidth(w, FONT, SIZE)) + GAP_MM * mm for w in words]

    class Row(Flowable):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.paragraph = Paragraph(_escape(text), style)
            _, text_height = self.paragraph.wrap(available_width - sum(columns) - 4 * mm, available_height)
            self.text_height = text_height
            self.height = max(text_height, FACE_MM * mm + SIZE + 3) + PAD_MM * mm
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            canvas.setStrokeGray(0)
            canvas.setLineWidth(0.8)
            canvas.line(0, 0, self.width, 0)
            self.paragraph.drawOn(canvas, 0, self.height - PAD_MM / 2 * mm - self.text_height)
            x = self.width - sum(columns)
            face_y = self.height - PAD_MM / 2 * mm - FACE_MM * mm / 2
            for answer, word, column in zip(ANSWERS, words, columns, strict=True):
                canvas.setLineWidth(0.5)
                canvas.line(x, 1.2 * mm, x, self.height - 1.2 * mm)  # each face and its word in a cell of its own
                centre = x + column / 2
                _face(canvas, answer, centre, face_y, FACE_MM * mm / 2)
                canvas.setFillGray(0)
                canvas.setFont(FONT, SIZE)
                canvas.drawCentredString(centre, face_y - FACE_MM * mm / 2 - SIZE - 1, word)
                x += column

    return Row()


def _face(canvas: Any, answer: str, x: float, y: float, r: float) -> None:
    """A face of radius `r` centred on (x, y), its form telling the answer without colour."""
    canvas.saveState()
    canvas.setStrokeGray(0)
    canvas.setFillGray(1)
    canvas.setLineWidth(LINE)
    canvas.setLineCap(1)
    eye = r * 0.13
    if answer == "agree":
        canvas.circle(x, y, r, stroke=1, fill=1)
        _eyes(canvas, x, y + r * 0.25, r, eye)
        canvas.arc(x - r * 0.5, y - r * 0.6, x + r * 0.5, y + r * 0.1, startAng=200, extent=140)
    elif answer == "partly":
        canvas.roundRect(x - r, y - r, 2 * r, 2 * r, r * 0.18, stroke=1, fill=1)
        _eyes(canvas, x, y + r * 0.25, r, eye)
        canvas.line(x - r * 0.45, y - r * 0.35, x + r * 0.45, y - r * 0.35)
    elif answer == "disagree":
        path = canvas.beginPath()
        path.moveTo(x - r * 1.1, y + r * 0.85)
        path.lineTo(x + r * 1.1, y + r * 0.85)
        path.lineTo(x, y - r * 1.1)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
        _eyes(canvas, x, y + r * 0.4, r * 0.8, eye)
        canvas.arc(x - r * 0.3, y - r * 0.35, x + r * 0.3, y + r * 0.1, startAng=30, extent=120)
    else:
        canvas.setDash(3, 2.2)
        canvas.circle(x, y, r, stroke=1, fill=1)
        canvas.setDash()
        canvas.setFillGray(0)
        canvas.setFont(BOLD, r * 1.5)
        canvas.drawCentredString(x, y - r * 0.52, "?")
    canvas.restoreState()


def _eyes(canvas: Any, x: float, y: float, r: float, size: float) -> None:
    canvas.setFillGray(0)
    for dx in (-r * 0.35, r * 0.35):
        canvas.circle(x + dx, y, size, stroke=0, fill=1)
    canvas.setFillGray(1)
