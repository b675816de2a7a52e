"""The local job description: the agreed version (else the latest revision, else the draft) with its revision
number and date, who took part, signature lines for the unit manager and the peer supporter, and the revision
history. Anything not agreed by both prints with the draft mark on every page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.jobdesc import revisions
from peerdesk.jobdesc.content import Section, activity_label
from peerdesk.jobdesc.text import COVERS, day_of, find_placement, job_description_id, role_name, state, version
from peerdesk.people import ROLES
from peerdesk.reports import parts
from peerdesk.reports.common import table_heading, unit_name
from peerdesk.reports.document import FONT, ReportInfo, styles
from peerdesk.reports.kinds import Request
from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Report", "Local job description")
NEEDS = ("placement",)

FOR = QT_TRANSLATE_NOOP("Report", "Peer supporter: {name} · placement {start} – {end}")
SHOWN = QT_TRANSLATE_NOOP("Report", "{version}, saved {day} by {author}: {state}")
DRAFT_SHOWN = QT_TRANSLATE_NOOP("Report", "Draft, not yet saved as a revision")
TOOK_PART = QT_TRANSLATE_NOOP("Report", "Took part: {who}")
SIGNATURES = QT_TRANSLATE_NOOP("Report", "Signatures")
SIGNATURE = QT_TRANSLATE_NOOP("Report", "Signature")
NAME = QT_TRANSLATE_NOOP("Report", "Name in print")
DATE = QT_TRANSLATE_NOOP("Report", "Date")
APPROVED = QT_TRANSLATE_NOOP("Report", "Approved in PeerDesk by {name} on {day}")
HISTORY = QT_TRANSLATE_NOOP("Report", "Revision history")
REVISION = QT_TRANSLATE_NOOP("Report", "Revision")
SAVED = QT_TRANSLATE_NOOP("Report", "Saved")
AUTHOR = QT_TRANSLATE_NOOP("Report", "By")
CHANGES = QT_TRANSLATE_NOOP("Report", "Changes")
STATE = QT_TRANSLATE_NOOP("Report", "State")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


def build(ws: Workspace, request: Request, translate: Translate) -> tuple[ReportInfo, list[Any]]:
    placement = find_placement(ws, request.placement)
    jd_id = job_description_id(ws, placement)
    all_revisions = revisions.list_revisions(ws, jd_id)
    shown = version(ws, jd_id, None, translate)
    agreed = revisions.agreed(all_revisions)
    is_agreed = shown.revision is not None and agreed is not None and shown.revision.id == agreed.id
    title = TITLE.tr(translate)
    info = ReportInfo(title, unit_name(ws), f"{placement.start_date.isoformat()} – "
                      f"{placement.planned_end_date.isoformat()}", subject=placement.peer_supporter,
                      draft=request.draft or not is_agreed)
    s = styles()
    story: list[Any] = [parts.text(title, s.title), parts.text(FOR.tr(
        translate, name=placement.peer_supporter, start=placement.start_date.isoformat(),
        end=placement.planned_end_date.isoformat()))]
    r = shown.revision
    if r is None:
        story.append(parts.text(DRAFT_SHOWN.tr(translate), s.body))
    else:
        story.append(parts.text(SHOWN.tr(translate, version=shown.name, day=day_of(r.saved_at), author=r.saved_by,
                                         state=state(r, all_revisions, translate)), s.body))
        if r.people():
            story.append(parts.text(TOOK_PART.tr(translate, who=", ".join(
                f"{p.name} ({role_name(p.role, translate)})" for p in r.people())), s.body))
    story += content(shown.sections, request.lang, translate)
    story += signatures(r, translate)
    if all_revisions:
        story += history(all_revisions, translate)
    return info, story


def content(sections: Sequence[Section], lang: str, translate: Translate) -> list[Any]:
    """The sections: their text (Markdown read plainly: paragraphs, lists, bold) and their tasks."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    s = styles()
    story: list[Any] = []
    for section in sections:
        story.append(parts.text(section.title, s.heading))
        for block in re.split(r"\n\s*\n", section.body.strip()):
            for line in _lines(block):
                marked = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", escape(line))
                story.append(Paragraph(marked, s.body))
        for task in section.tasks:
            covers = ""
            if task.activity_types:
                covers = " (" + COVERS.tr(translate, types=", ".join(
                    activity_label(k, lang) for k in task.activity_types)) + ")"
            story.append(parts.text(f"• {task.text}{covers}", s.body))
    return story


def _lines(block: str) -> list[str]:
    """A Markdown block as lines to print: list items each on their own with a bullet, other lines joined."""
    found: list[str] = []
    for raw in block.splitlines():
        line = raw.strip()
        if not line:
            continue
        item = re.match(r"^(?:[-*+]|\d+[.)])\s+(.*)", line)
        if item:
            found.append(f"• {item.group(1)}")
        elif found and not found[-1].startswith("• "):
            found[-1] += " " + line.lstrip("#").strip()
        else:
            found.append(line.lstrip("#").strip())
    return found


def signatures(r: revisions.Revision | None, translate: Translate) -> list[Any]:
    """Ruled lines to sign by hand for the unit manager and the peer supporter (and who approved in PeerDesk)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Table, TableStyle

    s = styles()
    given = [r.approval(role) if r else None for role in revisions.SIGNERS]
    rows: list[list[Any]] = [[parts.text(ROLES[role].tr(translate), s.cell_bold) for role in revisions.SIGNERS]]
    for label in (SIGNATURE, NAME, DATE):
        rows += [["", ""], [parts.text(label.tr(translate), s.small) for _ in revisions.SIGNERS]]
    rows.append([parts.text(APPROVED.tr(translate, name=g.person_name, day=day_of(g.approved_at)), s.small)
                 if g else "" for g in given])
    grid = Table([[a, "", b] for a, b in rows], colWidths=[78 * mm, 16 * mm, 78 * mm],
                 rowHeights=[None if i % 2 or i == len(rows) - 1 else 12 * mm for i in range(len(rows))],
                 hAlign="LEFT")
    rules = [("LINEABOVE", (col, row), (col, row), 0.6, (0, 0, 0)) for row in (2, 4, 6) for col in (0, 2)]
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("FONTNAME", (0, 0), (-1, -1), FONT), *rules]))
    return [KeepTogether([parts.text(SIGNATURES.tr(translate), s.heading), grid])]


def history(all_revisions: Sequence[revisions.Revision], translate: Translate) -> list[Any]:
    from reportlab.lib.units import mm

    rows = [[str(r.number), day_of(r.saved_at), r.saved_by, r.summary, state(r, list(all_revisions), translate)]
            for r in all_revisions]
    return [*table_heading(HISTORY.tr(translate), styles().heading), parts.table(
        [REVISION.tr(translate), SAVED.tr(translate), AUTHOR.tr(translate), CHANGES.tr(translate),
         STATE.tr(translate)], rows, widths=[20 * mm, 24 * mm, 32 * mm, 58 * mm, 40 * mm], right=[0])]
