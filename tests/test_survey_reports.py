"""The survey's PDFs: a round's results (their figures are the stored tally), the blank questionnaire (one page in
both languages, large print, no field that identifies anyone) and the follow-up pack's section."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from test_cli import run

from peerdesk.reports import kinds
from peerdesk.reports.document import ReportInfo, render
from peerdesk.store import Workspace
from peerdesk.survey import rounds, statements
from peerdesk.survey.followup import followup_section
from peerdesk.survey.results import results

DAY = dt.date(2026, 12, 1)


def _text(pdf: Path | bytes) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return [page.extract_text() for page in pypdf.PdfReader(source).pages]


def _make(ws: Workspace, kind: str, **choices: object) -> list[str]:
    out = io.BytesIO()
    kinds.make(ws, kinds.Request(kind, DAY, DAY, "en", **choices), out)  # type: ignore[arg-type]
    return _text(out.getvalue())


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


def test_the_results_pdf_shows_the_stored_tally(ws: Workspace) -> None:
    autumn = rounds.find_round(ws, next(r.name for r in rounds.list_rounds(ws) if r.name.startswith("Hösten")))
    text = _flat(_make(ws, "survey", round=autumn.name))
    assert f"Came back: {autumn.returned}" in text and "Compared with Våren" in text
    for statement in results(ws, autumn.id).statements:
        assert f"{statement.statement.wording('en')} (n = {autumn.returned})" in text
        for key, count in statement.counts.items():
            assert f"{statement.percent(key)} % ({count})" in text


def test_a_report_leaving_the_unit_hides_small_counts_and_rounds_of_fewer_than_five_sheets(ws: Workspace) -> None:
    autumn = next(r for r in rounds.list_rounds(ws) if r.name.startswith("Hösten"))
    text = _flat(_make(ws, "survey", round=autumn.name, suppress_small=True))
    assert "<3" in text and "(1)" not in text and "(2)" not in text
    few = rounds.add_round(ws, name="Få svar", first_day="2026-11-02", last_day="2026-11-08", handed_out=10,
                           returned=4).result
    rounds.set_tally(ws, rounds.round_statements(ws, few)[0].id, {"agree": 3, "partly": 1})
    outside = _flat(_make(ws, "survey", round="Få svar", suppress_small=True))
    assert "Too few answers to show" in outside and "%" not in outside.split("Too few")[0].split("Came back")[1]
    assert "75 % (3)" not in outside
    inside = _flat(_make(ws, "survey", round="Få svar"))
    assert "75 % (3)" in inside and "for use inside the unit only" in inside


def test_a_round_not_yet_tallied_says_so(ws: Workspace) -> None:
    latest = rounds.list_rounds(ws)[0]
    assert latest.returned == 0
    assert "No answers have been entered for this round yet." in _flat(_make(ws, "survey", round=latest.name))


def test_the_questionnaire_has_the_statements_faces_and_no_field_that_identifies_anyone(ws: Workspace) -> None:
    pages = _make(ws, "questionnaire", round=rounds.list_rounds(ws)[0].name)
    text = _flat(pages)
    assert len(pages) == 1 and "Träffpunkt Solrosen" in text
    for statement in statements.list_statements(ws):
        assert statement.wording("en") in text
    assert text.count("Do not agree") == len(statements.list_statements(ws))
    for word in ("Name", "name:", "birth", "Personal", "Signature", "Date:"):
        assert word not in text
    assert "Do not write your name" in text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_questionnaire_fits_one_page_with_ten_statements(ws: Workspace, tmp_path: Path, lang: str) -> None:
    for n in range(statements.MOST - len(statements.list_statements(ws))):
        statements.add_statement(ws, f"Jag vet var jag kan få stöd på kvällar och helger ({n}).")
    ws.close()
    out = tmp_path / "questionnaire.pdf"
    proc = run("report", "questionnaire", "--workspace", str(tmp_path / "demo.peerdesk"), "--out", str(out),
               lang=lang)
    assert proc.returncode == 0, proc.stderr
    pages = _text(out)
    assert len(pages) == 1
    assert ("Skriv inte ditt namn" if lang == "sv" else "Do not write your name") in pages[0]


def test_the_questionnaire_is_set_in_large_print(ws: Workspace) -> None:
    out = io.BytesIO()
    kinds.make(ws, kinds.Request("questionnaire", DAY, DAY, "sv"), out)
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.append(size * tm[0])

    pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text(visitor_text=visit)
    body = [s for s in sizes if s > 9.5]  # the frame's own header and footer, for the staff, are smaller
    assert body and min(body) >= 14
    assert len(sizes) - len(body) <= 4  # unit and title at the top, period and page number at the bottom


def test_the_report_command_prints_a_round_and_refuses_an_unknown_one(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "survey.pdf"
    ws = Workspace.open(demo_path, actor="x", read_only=True)
    name = next(r.name for r in rounds.list_rounds(ws) if r.name.startswith("Våren"))
    ws.close()
    proc = run("report", "survey", "--workspace", str(demo_path), "--round", name, "--out", str(out),
               "--suppress-small", lang="sv")
    assert proc.returncode == 0, proc.stderr
    assert "Vad brukarna säger" in _flat(_text(out))
    refused = run("report", "survey", "--workspace", str(demo_path), "--round", "Ingen", "--out", str(out))
    assert refused.returncode == 1 and "Ingen" in refused.stderr


def test_the_followup_section_has_the_latest_tallied_round_and_the_comparison(ws: Workspace) -> None:
    request = kinds.Request("followup", dt.date(2026, 1, 1), dt.date.today(), "en")
    out = io.BytesIO()
    render(out, ReportInfo("Follow-up", "Träffpunkt Solrosen", "2026"), followup_section(ws, request,
                                                                                          lambda c, t: t))
    text = _flat(_text(out.getvalue()))
    autumn, spring = [r for r in rounds.list_rounds(ws) if r.returned]
    assert "What the users say" in text and f"Latest round: {autumn.name}" in text
    assert f"Compared with {spring.name}" in text
    small = kinds.Request("followup", dt.date(2026, 1, 1), dt.date.today(), "en", suppress_small=True)
    out = io.BytesIO()
    render(out, ReportInfo("Follow-up", "x", "2026"), followup_section(ws, small, lambda c, t: t))
    assert "(1)" not in _flat(_text(out.getvalue()))
    early = kinds.Request("followup", dt.date(2000, 1, 1), dt.date(2000, 12, 31), "en")
    out = io.BytesIO()
    render(out, ReportInfo("Follow-up", "x", "2000"), followup_section(ws, early, lambda c, t: t))
    assert "No survey round has been tallied by 2000-12-31." in _flat(_text(out.getvalue()))
