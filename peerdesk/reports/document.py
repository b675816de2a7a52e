"""A PeerDesk report as a PDF, the frame every report shares (reportlab; no Qt).

Every page carries the unit's name and the report's title at the top, the period, the date of printing and
"page N of M" at the bottom, and a draft's "DRAFT" mark across it. The text is set in DejaVu Sans, shipped in
`resources/fonts/` and embedded (the standard Helvetica is neither embedded nor able to write the Baltic languages);
the PDF's metadata names the title, the unit as author, and the subject.

A report builder makes a list of flowables with `styles()`, `parts.table` and `parts.bars` and hands it to `render`.
reportlab is imported here only, when a report is made: it costs about 100 ms, which start-up need not pay.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple

from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from peerdesk.paths import resources_dir

FONT, BOLD, ITALIC, BOLD_ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"
MARGIN_MM = 18
DRAFT_ALPHA = 0.22  # over the page: the text beneath stays readable, and the mark shows on any office printer

PAGE = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
PRINTED = QT_TRANSLATE_NOOP("Report", "Printed {date}")
DRAFT = QT_TRANSLATE_NOOP("Report", "DRAFT")


@functools.cache
def register_fonts() -> None:
    """Register DejaVu Sans (and its bold and italic) once, and make it the default font of canvases and of charts
    (whose defaults were read when reportlab was imported), so that no page declares the standard Helvetica."""
    from reportlab import rl_config
    from reportlab.graphics import shapes
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name in (FONT, BOLD, ITALIC, BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    rl_config.canvas_basefontname = FONT
    shapes.STATE_DEFAULTS["fontName"] = FONT


class Styles(NamedTuple):
    title: Any
    heading: Any
    subheading: Any
    body: Any
    small: Any
    cell: Any
    cell_right: Any
    cell_bold: Any


@functools.cache
def styles() -> Styles:
    """The paragraph styles of every report, in the shipped font."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=6),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=13, leading=16, spaceBefore=10,
                               spaceAfter=5, keepWithNext=True),
        subheading=ParagraphStyle("subheading", parent=body, fontName=BOLD, fontSize=10.5, leading=13.5,
                                  spaceBefore=6, spaceAfter=3, keepWithNext=True),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
    )


class ReportInfo(NamedTuple):
    """What every page says about the report. `period` is already in words ("2026-01-01 – 2026-12-01")."""

    title: str
    unit: str
    period: str
    subject: str = ""
    draft: bool = False
    printed: dt.date | None = None  # default: today


def render(target: Path | IO[bytes], info: ReportInfo, story: Sequence[Any],
           translate: Translate = untranslated) -> int:
    """Lay out `story` on A4 pages in the shared frame and write the PDF to `target`; returns the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    words = _PageWords(
        printed=PRINTED.tr(translate, date=(info.printed or dt.date.today()).isoformat()),
        page=PAGE.tr(translate, page="{page}", pages="{pages}"), draft=DRAFT.tr(translate))
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path | str) else target, pagesize=A4,
        leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm, topMargin=(MARGIN_MM + 8) * mm,
        bottomMargin=(MARGIN_MM + 4) * mm, title=info.title, author=info.unit, subject=info.subject or info.title,
        creator="PeerDesk")
    pages: list[int] = []

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        return _framed_canvas()(info, words, pages, *args, **kwargs)

    doc.build(list(story), canvasmaker=make_canvas)
    return pages[0] if pages else 0


class _PageWords(NamedTuple):
    printed: str
    page: str  # with {page} and {pages} still to fill in
    draft: str


@functools.cache
def _framed_canvas() -> type:
    """A canvas that holds its pages back until the end, so that each can say how many there are in all."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class FramedCanvas(Canvas):
        def __init__(self, info: ReportInfo, words: _PageWords, pages: list[int], *args: Any,
                     **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._info, self._words, self._pages = info, words, pages
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            self._pages.append(total)
            super().save()

        def _frame(self, number: int, total: int) -> None:
            width, height = A4
            left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
            info, words = self._info, self._words
            if info.draft:
                self.saveState()
                self.setFillColor(Color(0.3, 0.3, 0.3, alpha=DRAFT_ALPHA))
                self.setFont(BOLD, 96)
                self.translate(width / 2, height / 2)
                self.rotate(50)
                self.drawCentredString(0, -30, words.draft)
                self.restoreState()
            self.saveState()
            self.setFillGray(0)
            self.setFont(BOLD, 9)
            top = height - MARGIN_MM * mm
            self.drawString(left, top, info.unit)
            self.setFont(FONT, 9)
            self.drawRightString(right, top, info.title + (f" – {words.draft}" if info.draft else ""))
            self.setLineWidth(0.5)
            self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
            bottom = MARGIN_MM * mm
            self.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
            self.setFont(FONT, 8)
            self.drawString(left, bottom, f"{info.period} · {words.printed}")
            self.drawRightString(right, bottom, words.page.format(page=number, pages=total))
            self.restoreState()

    return FramedCanvas
