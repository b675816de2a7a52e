"""The pieces reports are made of: tables that split across pages with their header repeated, and bar charts that
read as well on a black-and-white office printer as on screen (each bar carries its value; no colour is needed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from peerdesk.reports.document import BOLD, FONT, styles

HEADER_GREY = 0.85
STRIPE_GREY = 0.95
BAR_GREY = 0.35


def text(value: object, style: Any | None = None) -> Any:
    """A paragraph of plain text (escaped: a note may hold "<" or "&")."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(str(value)).replace("\n", "<br/>"), style or styles().body)


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None,
          right: Sequence[int] = ()) -> Any:
    """A table whose header row repeats on every page it spans; `right`: the columns of numbers, right-aligned.
    Cells that are not flowables already become wrapping paragraphs."""
    from reportlab.lib.colors import Color
    from reportlab.platypus import LongTable, TableStyle

    s = styles()

    def cell(value: object, column: int, bold: bool = False) -> Any:
        if hasattr(value, "wrap"):
            return value
        return text(value, s.cell_bold if bold else s.cell_right if column in right else s.cell)

    data = [[cell(h, i, bold=True) for i, h in enumerate(header)]]
    data += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    grid = LongTable(data, colWidths=list(widths) if widths else None, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # the table's own default would be Helvetica, declared on the page
        ("GRID", (0, 0), (-1, -1), 0.4, Color(0.45, 0.45, 0.45)),
        ("BACKGROUND", (0, 0), (-1, 0), Color(HEADER_GREY, HEADER_GREY, HEADER_GREY)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), Color(STRIPE_GREY, STRIPE_GREY, STRIPE_GREY))
                 for r in range(2, len(data), 2)]
    grid.setStyle(TableStyle(commands))
    return grid


def bars(labels: Sequence[str], values: Sequence[float], *, width: float, height: float,
         value_text: Any = None) -> Any:
    """A vertical bar chart: one grey bar per label, its value written above it (`value_text` formats it)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import Color

    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 26
    chart.width, chart.height = width - 36, height - 42
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.angle = 0 if len(labels) <= 12 else 45
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max(values, default=0)
    chart.valueAxis.valueMax = top * 1.18 if top > 0 else 1  # room for the values above the bars
    chart.bars[0].fillColor = Color(BAR_GREY, BAR_GREY, BAR_GREY)
    chart.bars[0].strokeColor = Color(0, 0, 0)
    chart.barLabelFormat = value_text or (lambda v: f"{v:g}")
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing
