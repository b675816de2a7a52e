"""The introduction checklist: every item by phase with its owner, due date, state, answer and comments, and the
progress overall and per phase; one placement, or every placement not ended."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from peerdesk.checklist.builtin import OWNERS, PHASES
from peerdesk.checklist.items import Item, list_history, list_items, progress
from peerdesk.checklist.text import choose_placements, state_text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.placements import Placement
from peerdesk.reports import parts
from peerdesk.reports.common import share, table_heading, unit_name
from peerdesk.reports.document import ReportInfo, styles
from peerdesk.reports.kinds import Request
from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Report", "Introduction checklist")
NEEDS = ("placement",)

PLACEMENT = QT_TRANSLATE_NOOP("Report", "{name}: placement {start} – {end}")
PROGRESS = QT_TRANSLATE_NOOP("Report", "Progress")
PHASE = QT_TRANSLATE_NOOP("Report", "Phase")
SETTLED = QT_TRANSLATE_NOOP("Report", "Settled")
OF = QT_TRANSLATE_NOOP("Report", "Items")
ALL_PHASES = QT_TRANSLATE_NOOP("Report", "All phases")
ITEM = QT_TRANSLATE_NOOP("Report", "Item")
OWNER = QT_TRANSLATE_NOOP("Report", "Owner")
DUE = QT_TRANSLATE_NOOP("Report", "Due")
STATE = QT_TRANSLATE_NOOP("Report", "State")
ANSWER = QT_TRANSLATE_NOOP("Report", "Answer: {text}")
COMMENT = QT_TRANSLATE_NOOP("Report", "Comment ({who}, {day}): {text}")
NO_ITEMS = QT_TRANSLATE_NOOP("Report", "This placement has no checklist items.")


def build(ws: Workspace, request: Request, translate: Translate) -> tuple[ReportInfo, list[Any]]:
    chosen = choose_placements(ws, request.placement)
    today = dt.date.today()
    title = TITLE.tr(translate)
    names = ", ".join(p.peer_supporter for p in chosen)
    info = ReportInfo(title, unit_name(ws), placements_period(chosen), subject=names, draft=request.draft)
    s = styles()
    story: list[Any] = [parts.text(title, s.title)]
    for p in chosen:
        items = list_items(ws, p.id)
        story.append(parts.text(placement_line(p, translate), s.heading))
        story += progress_table(items, request.lang, translate)
        story += item_tables(ws, items, request.lang, today, translate)
    return info, story


def placements_period(chosen: Sequence[Placement]) -> str:
    return (f"{min(p.start_date for p in chosen).isoformat()} – "
            f"{max(p.planned_end_date for p in chosen).isoformat()}")


def placement_line(p: Placement, translate: Translate) -> str:
    return PLACEMENT.tr(translate, name=p.peer_supporter, start=p.start_date.isoformat(),
                        end=p.planned_end_date.isoformat())


def progress_table(items: Sequence[Item], lang: str, translate: Translate) -> list[Any]:
    """Settled items (done or not applicable) overall and per phase."""
    from reportlab.lib.units import mm

    if not items:
        return [parts.text(NO_ITEMS.tr(translate))]
    overall, per_phase = progress(items)
    rows = [[PHASES[phase].tr(translate), str(p.settled), str(p.total), share(p.percent / 100, lang)]
            for phase, p in per_phase.items() if p.total]
    rows.append([ALL_PHASES.tr(translate), str(overall.settled), str(overall.total),
                 share(overall.percent / 100, lang)])
    return [parts.text(PROGRESS.tr(translate), styles().subheading),
            parts.table([PHASE.tr(translate), SETTLED.tr(translate), OF.tr(translate), PROGRESS.tr(translate)],
                        rows, widths=[70 * mm, 24 * mm, 24 * mm, 24 * mm], right=[1, 2, 3])]


def item_tables(ws: Workspace, items: Sequence[Item], lang: str, today: dt.date, translate: Translate,
                only: Any = None) -> list[Any]:
    """One table per phase: item (with its answer and comments), owner, due date, state. `only`: a test that
    picks the items to show."""
    from reportlab.lib.units import mm

    story: list[Any] = []
    for phase, label in PHASES.items():
        shown = [i for i in items if i.phase == phase and not i.removed and (only is None or only(i))]
        if not shown:
            continue
        story += [*table_heading(label.tr(translate), styles().subheading), parts.table(
            [ITEM.tr(translate), OWNER.tr(translate), DUE.tr(translate), STATE.tr(translate)],
            [[item_text(ws, i, lang, translate), OWNERS[i.owner].tr(translate), i.due_date.isoformat(),
              state_text(i, today, translate)] for i in shown],
            widths=[72 * mm, 38 * mm, 24 * mm, 40 * mm])]
    return story


def item_text(ws: Workspace, item: Item, lang: str, translate: Translate) -> str:
    lines = [item.title(lang)]
    if item.answer_text(lang):
        lines.append(ANSWER.tr(translate, text=item.answer_text(lang)))
    for entry in list_history(ws, item.id):
        if entry.action == "comment" and entry.details().get("text"):
            lines.append(COMMENT.tr(translate, who=entry.actor, day=entry.at[:10], text=entry.details()["text"]))
    return "\n".join(lines)
