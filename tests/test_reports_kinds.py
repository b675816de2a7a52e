"""The checklist, job description, attendance sheet and follow-up pack: what each PDF says matches the domain's own
figures for the same choice; drafts are marked; role drift splits the hours as the agreed tasks say."""

from __future__ import annotations

import datetime as dt
import io
import math
import re

import pypdf
import pytest
from test_reports_summary import pdf_text

from peerdesk.activities.circles import list_circles
from peerdesk.checklist.items import list_items, progress
from peerdesk.errors import NotFound
from peerdesk.jobdesc import draft, revisions
from peerdesk.jobdesc.content import Task
from peerdesk.placements import placement_named
from peerdesk.reports import followup, kinds
from peerdesk.reports.common import decimal, hours, share
from peerdesk.reports.figures import Figures, TypeRow, role_drift, summary_figures
from peerdesk.store import Workspace

TODAY = dt.date.today()


def words(text: str) -> str:
    return " ".join(text.split())


def _request(kind: str, **choices: object) -> kinds.Request:
    start, end = choices.pop("start", TODAY - dt.timedelta(days=364)), choices.pop("end", TODAY)
    return kinds.Request(kind, start, end, str(choices.pop("lang", "en")), **choices)  # type: ignore[arg-type]


def test_the_checklist_lists_every_item_with_its_progress(ws: Workspace) -> None:
    sara = placement_named(ws, "Sara Åkesson")
    items = list_items(ws, sara.id)
    pages, text = pdf_text(ws, _request("checklist", placement="Sara Åkesson"))
    overall, _ = progress(items)
    assert f"All phases {overall.settled} {overall.total} {overall.percent} %" in text
    for item in items:
        assert " ".join(item.title("en").split()) in text
    assert "Jonas Öberg" not in text.split("Page 1")[0]
    _, both = pdf_text(ws, _request("checklist"))  # every placement not ended
    assert "Jonas Öberg: placement" in both and "Sara Åkesson: placement" in both
    assert pages >= 2


def test_the_agreed_job_description_prints_without_the_draft_mark(ws: Workspace) -> None:
    jonas = placement_named(ws, "Jonas Öberg")
    jd = draft.get_job_description(ws, jonas.id)
    agreed = revisions.agreed(revisions.list_revisions(ws, jd.id))
    _, text = pdf_text(ws, _request("jobdesc", placement="Jonas Öberg"))
    assert "DRAFT" not in text
    assert f"Revision {agreed.number}, saved" in text and "Took part:" in text
    assert len(re.findall(r"\bSignature\b", text)) == 2 and "Unit manager" in text and "Peer supporter" in text
    assert "Revision history" in text
    for r in revisions.list_revisions(ws, jd.id):
        assert " ".join(r.summary.split()) in text
    for task in (t for s in agreed.sections for t in s.tasks):
        assert " ".join(task.text.split()) in text
    marked_pages, marked = pdf_text(ws, _request("jobdesc", placement="Jonas Öberg", draft=True))
    assert marked.count("DRAFT") >= 2 * marked_pages  # across the page and in its header


def test_a_job_description_nobody_agreed_is_a_draft_on_every_page(ws: Workspace) -> None:
    pages, text = pdf_text(ws, _request("jobdesc", placement="Sara Åkesson"))
    assert text.count("DRAFT") >= 2 * pages
    _, swedish = pdf_text(ws, _request("jobdesc", placement="Sara Åkesson", lang="sv"))
    assert "Sara Åkesson" in swedish


def test_the_attendance_sheet_has_every_session_and_lines_but_no_names(ws: Workspace) -> None:
    circle = next(c for c in list_circles(ws) if c.theme == "Egenmakt")
    days = [d for (d,) in ws.rows("SELECT day FROM activities WHERE circle_id = ? AND removed = 0", (circle.id,))]
    pages, text = pdf_text(ws, _request("attendance", circle="Egenmakt"))
    assert pages == math.ceil(max(circle.planned_sessions, len(days)) / 4)
    assert "Study circle: Egenmakt" in text and all(d in text for d in days)
    assert f"Session {circle.planned_sessions}" in text
    with pytest.raises(NotFound) as caught:
        pdf_text(ws, _request("attendance", circle="Egen"))
    assert "Egenmakt" in str(caught.value.params)
    with pytest.raises(NotFound):
        pdf_text(ws, _request("attendance"))  # two circles: which one?


def test_role_drift_shares() -> None:
    figures = Figures(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "", (
        TypeRow("one_to_one", "One-to-one talk", 10, 300, 10), TypeRow("outreach", "Outreach", 5, 60, 5),
        TypeRow("other", "Other", 4, 240, 0)), (), (), (), 5, {})
    drift = role_drift(figures, (Task("a", "Talks", ("one_to_one",)), Task("b", "Calls", ("outreach",)),
                                 Task("c", "No types")))
    assert (drift.covered_minutes, drift.other_minutes) == (360, 240)
    assert drift.covered_share == pytest.approx(0.6) and drift.other_share == pytest.approx(0.4)
    assert [t.key for t in drift.other] == ["other"]
    assert role_drift(figures, ()).covered_share == 0.0


def test_the_follow_up_pack_holds_each_section_with_the_domains_figures(ws: Workspace) -> None:
    jonas = placement_named(ws, "Jonas Öberg")
    request = _request("followup", placement="Jonas Öberg")
    figures = summary_figures(ws, request.start, request.end, jonas.peer_supporter_id, "en")
    drift = role_drift(figures, revisions.agreed_tasks(ws, jonas.id))
    _, text = pdf_text(ws, request)
    assert f"Days to the planned end date {jonas.days_left(TODAY)}" in text
    assert "Introduction checklist" in text and "The agreed job description" in text
    assert words(f"Total {decimal(figures.activities, 'en', 0)} {hours(figures.minutes, 'en')} "
                 f"{decimal(figures.participants, 'en', 0)}") in text
    assert words(f"Covered by the agreed tasks {hours(drift.covered_minutes, 'en')} "
                 f"{share(drift.covered_share, 'en')}") in text
    assert words(f"Not covered by the agreed tasks {hours(drift.other_minutes, 'en')} "
                 f"{share(drift.other_share, 'en')}") in text
    assert "Agenda for the follow-up meeting" in text and "Karin Åström" in text
    assert "What the users say" in text  # the latest survey round, beside the one before
    assert len(followup.SECTIONS) == 7
    with pytest.raises(NotFound):
        pdf_text(ws, _request("followup"))  # two placements running: which one?


def test_the_follow_up_pack_without_an_agreed_job_description_says_so(ws: Workspace) -> None:
    _, text = pdf_text(ws, _request("followup", placement="Sara Åkesson", suppress_small=True))
    assert "No version of the job description has been approved" in text
    assert "role drift cannot be measured" in text


@pytest.mark.parametrize(("kind", "choices"), [
    ("summary", {}), ("checklist", {}), ("jobdesc", {"placement": "Jonas Öberg"}),
    ("followup", {"placement": "Jonas Öberg"}), ("attendance", {"circle": "Egenmakt"})])
def test_every_report_embeds_its_fonts_and_never_declares_helvetica(ws: Workspace, kind: str,
                                                                    choices: dict[str, str]) -> None:
    out = io.BytesIO()
    kinds.make(ws, _request(kind, **choices), out)
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            assert "Helvetica" not in str(font.get_object()["/BaseFont"])
            assert "/FontFile2" in font.get_object()["/FontDescriptor"]
    assert reader.metadata.author == "Träffpunkt Solrosen" and reader.metadata.title


def test_a_long_checklist_splits_across_pages_with_its_header_on_each(ws: Workspace) -> None:
    out = io.BytesIO()
    kinds.make(ws, _request("checklist"), out)
    pages = [words(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages]
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert "Item Owner Due State" in page and f"Page {number} of {len(pages)}" in page
