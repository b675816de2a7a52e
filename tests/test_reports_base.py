"""The frame every report shares: embedded fonts that write Swedish and Baltic letters, the unit, title, period,
date of printing and page numbers on every page, tables that repeat their header when they split, the draft mark,
the PDF's metadata; and the small-number rule for reports that leave the unit."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest

from peerdesk.reports import parts
from peerdesk.reports.document import ReportInfo, render, styles
from peerdesk.reports.suppression import SMALL, row_texts

INFO = ReportInfo(title="Aktivitetssammanställning", unit="Träffpunkt Solrosen", period="2026-01-01 – 2026-11-30",
                  subject="Peer support", printed=dt.date(2026, 12, 1))


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _render(info: ReportInfo = INFO, rows: int = 120) -> bytes:
    out = io.BytesIO()
    story = [parts.text("Sammanställning för Åsa Öberg och Jūratė Žemaitė", styles().title),
             parts.table(["Datum", "Aktivitet", "Minuter"],
                         [[f"2026-03-{1 + i % 28:02}", f"Enskilt samtal {i}", str(30 + i)] for i in range(rows)],
                         right=[2]),
             parts.bars(["jan", "feb", "mar"], [3, 12, 7], width=400, height=160)]
    assert render(out, info, story) == len(_pages(out.getvalue()))
    return out.getvalue()


def test_every_page_names_the_unit_title_period_printing_date_and_its_number() -> None:
    pages = _pages(_render())
    assert len(pages) >= 3  # the long table split
    for number, page in enumerate(pages, 1):
        assert "Träffpunkt Solrosen" in page and "Aktivitetssammanställning" in page
        assert "2026-01-01 – 2026-11-30" in page and "Printed 2026-12-01" in page
        assert f"Page {number} of {len(pages)}" in page
        if "Enskilt samtal" in page:
            assert "Datum" in page and "Minuter" in page  # the table's header repeats on every page it spans
    assert "Åsa Öberg och Jūratė" in pages[0] and "Žemaitė" in pages[0]  # Swedish and Baltic letters


def test_fonts_are_embedded_and_no_page_declares_helvetica() -> None:
    pdf = _render(rows=5)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()
            fonts.add(str(descriptor["/BaseFont"]))
            assert "/FontFile2" in descriptor["/FontDescriptor"]  # a TrueType font, embedded
    assert fonts and not any("Helvetica" in f for f in fonts)
    assert reader.metadata.title == INFO.title and reader.metadata.author == INFO.unit


def test_a_draft_says_so_on_every_page(tmp_path: Path) -> None:
    pages = _pages(_render(INFO._replace(draft=True)))
    assert all("DRAFT" in page for page in pages)
    assert not any("DRAFT" in page for page in _pages(_render()))


@pytest.mark.parametrize(("counts", "total", "cells", "shown_total"), [
    ([5, 7, 9], 21, ["5", "7", "9"], "21"),  # nothing small
    ([0, 7, 9], 16, ["0", "7", "9"], "16"),  # none is not a small group
    ([1, 7, 9], 17, [SMALL, "7", "9"], "hidden"),  # 17 - 7 - 9 would give the hidden 1 away
    ([2, 2, 9], 13, [SMALL, SMALL, "9"], "hidden"),  # both hidden counts add up to 4: both are 2
    ([1, 2, 9], 12, [SMALL, SMALL, "9"], "12"),  # 3 fits 1 + 2 and 2 + 1: neither can be told
    ([1, 1], 2, [SMALL, SMALL], SMALL),
    ([1, 7], None, [SMALL, "7"], None),
])
def test_small_counts_and_what_would_give_them_away_are_hidden(counts: list[int], total: int | None,
                                                              cells: list[str], shown_total: str | None) -> None:
    assert row_texts(counts, total, suppress=True) == (cells, shown_total)
    assert row_texts(counts, total, suppress=False) == ([str(c) for c in counts], None if total is None else str(total))
