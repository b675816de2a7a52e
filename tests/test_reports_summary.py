"""The activity summary: its figures come from one domain function, match the log's own totals, and the PDF shows
them (in both languages, suppressed when asked); the command line writes the same PDF."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from test_cli import run

from peerdesk.activities import log
from peerdesk.errors import NotFound
from peerdesk.reports import kinds
from peerdesk.reports.common import decimal, hours
from peerdesk.reports.figures import peer_supporter_named, summary_figures
from peerdesk.reports.suppression import SMALL
from peerdesk.store import Workspace


def _year(ws: Workspace) -> tuple[dt.date, dt.date]:
    last = dt.date.fromisoformat(ws.value("SELECT max(day) FROM activities"))
    return last - dt.timedelta(days=364), last


def pdf_text(ws: Workspace, request: kinds.Request) -> tuple[int, str]:
    out = io.BytesIO()
    pages = kinds.make(ws, request, out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == pages
    return pages, " ".join(" ".join(p.extract_text() for p in reader.pages).split())  # words, one space apart


def test_the_figures_match_the_logs_own_totals(ws: Workspace) -> None:
    start, end = _year(ws)
    figures = summary_figures(ws, start, end, lang="en")
    total = log.totals(ws, log.Filter(start=start, end=end))
    assert (figures.activities, figures.minutes, figures.participants) == (
        total.activities, total.minutes, total.participants)
    assert sum(m.activities for m in figures.months) == total.activities
    for t in figures.types:
        assert log.totals(ws, log.Filter(start=start, end=end, type_key=t.key)).activities == t.activities
    sara = peer_supporter_named(ws, "Sara Åkesson")
    hers = summary_figures(ws, start, end, sara)
    assert hers.activities == log.totals(ws, log.Filter(start=start, end=end, peer_supporter_id=sara)).activities
    assert hers.peer_supporter == "Sara Åkesson" and hers.activities < figures.activities
    circles = {c.theme: c for c in figures.circles}
    assert circles["Egenmakt"].sessions == 10 and circles["Egenmakt"].study_hours > 0
    visits = sum(v.visits for v in figures.visits)
    assert visits == next(t.activities for t in figures.types if t.key == "accompanied_visit")
    assert figures.outreach == next(t.activities for t in figures.types if t.key == "outreach")
    assert figures.meetings["supervision_group"] > 0
    plain = figures.as_dict()
    assert plain["start"] == start.isoformat() and isinstance(plain["types"], tuple)


def test_an_unknown_peer_supporter_names_the_candidates(ws: Workspace) -> None:
    with pytest.raises(NotFound) as caught:
        peer_supporter_named(ws, "Sara")
    assert "Sara Åkesson" in str(caught.value.params) and "Jonas Öberg" in str(caught.value.params)


def test_the_pdf_shows_the_figures_in_english_and_swedish(ws: Workspace) -> None:
    start, end = _year(ws)
    figures = summary_figures(ws, start, end, lang="en")
    _, text = pdf_text(ws, kinds.Request("summary", start, end, "en"))
    assert "Activity summary" in text and "Träffpunkt Solrosen" in text and "All peer supporters" in text
    for t in figures.types:
        assert f"{t.label} {t.activities} {hours(t.minutes, 'en')} {decimal(t.participants, 'en', 0)}" in text
    assert (f"Total {figures.activities} {hours(figures.minutes, 'en')} "
            f"{decimal(figures.participants, 'en', 0)}") in text
    assert "Egenmakt" in text and "Återhämtning i vardagen" in text
    assert f"Outreach contacts: {figures.outreach}" in text
    sv_figures = summary_figures(ws, start, end, lang="sv")
    _, swedish = pdf_text(ws, kinds.Request("summary", start, end, "sv", person="Jonas Öberg"))
    assert "Jonas Öberg" in swedish and sv_figures.types[0].label in swedish  # built-in types in Swedish


def test_small_counts_are_suppressed_when_asked(ws: Workspace) -> None:
    start, end = _year(ws)
    figures = summary_figures(ws, start, end, peer_supporter_named(ws, "Sara Åkesson"), "en")
    small = [t for t in figures.types if 1 <= t.activities <= 2]
    assert small, "the demo has a type with one or two activities"
    _, plain = pdf_text(ws, kinds.Request("summary", start, end, "en", person="Sara Åkesson"))
    _, hidden = pdf_text(ws, kinds.Request("summary", start, end, "en", person="Sara Åkesson",
                                           suppress_small=True))
    assert SMALL not in plain and SMALL in hidden
    for t in small:
        assert f"{t.label} {t.activities} " in plain and f"{t.label} {t.activities} " not in hidden
        assert f"{t.label} {SMALL} " in hidden


def test_an_empty_period_says_so(ws: Workspace) -> None:
    _, text = pdf_text(ws, kinds.Request("summary", dt.date(2001, 1, 1), dt.date(2001, 12, 31), "en"))
    assert "No activities were logged in this period." in text


def test_the_command_writes_the_report_and_refuses_unknown_names(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    proc = run("report", "summary", "--out", str(out), "--workspace", str(demo_path), "--person", "Sara Åkesson")
    assert proc.returncode == 0, proc.stderr
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Peer supporter: Sara Åkesson" in text
    wrong = run("report", "summary", "--out", str(out), "--workspace", str(demo_path), "--person", "Sara")
    assert wrong.returncode == 1 and "Sara Åkesson" in wrong.stderr


def test_the_command_speaks_swedish(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sammanstallning.pdf"
    assert run("report", "summary", "--out", str(out), "--workspace", str(demo_path), lang="sv").returncode == 0
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(out).pages).split())
    assert "Aktivitetssammanställning" in text and "Alla peer supportrar" in text and "Aktiviteter per typ" in text
    assert "Sida 1 av" in text and "Enskilt samtal" in text
