"""Checklist items and their history in words: for the command line, reports and the GUI's history list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from peerdesk.checklist.builtin import OWNERS, PHASES
from peerdesk.checklist.items import STATES, HistoryEntry, Item, list_items
from peerdesk.errors import NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.placements import NO_PLACEMENTS, Placement, list_placements, placement_named
from peerdesk.store import Workspace

ACTIONS = {
    "done": QT_TRANSLATE_NOOP("Checklist", "Ticked as done"),
    "reopened": QT_TRANSLATE_NOOP("Checklist", "Reopened"),
    "not_applicable": QT_TRANSLATE_NOOP("Checklist", "Marked not applicable"),
    "answered": QT_TRANSLATE_NOOP("Checklist", "Answered"),
    "comment": QT_TRANSLATE_NOOP("Checklist", "Comment"),
    "edited": QT_TRANSLATE_NOOP("Checklist", "Edited"),
    "added": QT_TRANSLATE_NOOP("Checklist", "Added"),
    "removed": QT_TRANSLATE_NOOP("Checklist", "Removed"),
    "restored": QT_TRANSLATE_NOOP("Checklist", "Restored"),
}
FIELDS = {
    "label": QT_TRANSLATE_NOOP("Checklist", "wording"),
    "help": QT_TRANSLATE_NOOP("Checklist", "why it matters"),
    "phase": QT_TRANSLATE_NOOP("Checklist", "phase"),
    "owner": QT_TRANSLATE_NOOP("Checklist", "owner"),
    "due_date": QT_TRANSLATE_NOOP("Checklist", "due date"),
}
OVERDUE = QT_TRANSLATE_NOOP("Checklist", "Overdue")
_DONE = QT_TRANSLATE_NOOP("Checklist", "Done {date} ({who})")
_NA = QT_TRANSLATE_NOOP("Checklist", "Not applicable: {reason}")
_OPEN_OVERDUE = QT_TRANSLATE_NOOP("Checklist", "Open, overdue")
_CLEARED = QT_TRANSLATE_NOOP("Checklist", "answer cleared")


def state_text(item: Item, today: dt.date, translate: Translate) -> str:
    """Open / Open, overdue / Done 2026-01-12 (Maria Lindqvist) / Not applicable: reason."""
    if item.state == "done":
        return _DONE.tr(translate, date=item.done_on.isoformat() if item.done_on else "", who=item.done_by)
    if item.state == "na":
        return _NA.tr(translate, reason=item.na_reason)
    return (_OPEN_OVERDUE if item.overdue(today) else STATES["open"]).tr(translate)


def history_text(entry: HistoryEntry, item: Item, lang: str, translate: Translate) -> str:
    """What one history row says: the action, then what it changed."""
    action = ACTIONS[entry.action].tr(translate) if entry.action in ACTIONS else entry.action
    d = entry.details()
    if entry.action == "answered":
        chosen = d.get("choice")
        words = [item.builtin.choice(chosen, lang)] if chosen and item.builtin and chosen in item.builtin.choices \
            else []
        words += [d["text"]] if d.get("text") else []
        detail = " – ".join(words) or _CLEARED.tr(translate)
    elif entry.action == "edited":
        detail = ", ".join(FIELDS[f].tr(translate) for f in d.get("fields", []) if f in FIELDS)
    else:
        detail = d.get("reason") or d.get("text") or d.get("on") or ""
    return f"{action}: {detail}" if detail else action


def line(item: Item, lang: str, today: dt.date, translate: Translate) -> str:
    """One item as a line of tab-separated columns: phase, state, due date, owner, item, answer."""
    return "\t".join([PHASES[item.phase].tr(translate), state_text(item, today, translate), item.due_date.isoformat(),
                      OWNERS[item.owner].tr(translate), item.title(lang), item.answer_text(lang)])


def lines(items: Sequence[Item], lang: str, today: dt.date, translate: Translate, *,
          overdue_only: bool = False) -> list[str]:
    return [line(i, lang, today, translate) for i in items if not overdue_only or i.overdue(today)]


_HEADING = QT_TRANSLATE_NOOP("Checklist", "== {name}: {start} – {end} ==")


def choose_placements(ws: Workspace, name: str | None) -> list[Placement]:
    """The placement whose peer supporter is named exactly `name`; without a name every placement not ended (else
    every placement). Unknown or ambiguous names raise NotFound listing the candidates."""
    if name is not None:
        return [placement_named(ws, name)]
    found = list_placements(ws)
    if not found:
        raise NotFound(NO_PLACEMENTS)
    return [p for p in found if p.ended_on is None] or found


def placement_lines(ws: Workspace, chosen: Sequence[Placement], lang: str, today: dt.date, translate: Translate,
                    *, overdue_only: bool = False) -> list[str]:
    """The checklists of `chosen` as lines; with more than one placement, each starts with a heading line (left
    out, like its placement, when no line of it is printed)."""
    out: list[str] = []
    for p in chosen:
        shown = lines(list_items(ws, p.id), lang, today, translate, overdue_only=overdue_only)
        if shown and len(chosen) > 1:
            out.append(_HEADING.tr(translate, name=p.peer_supporter, start=p.start_date.isoformat(),
                                   end=p.planned_end_date.isoformat()))
        out += shown
    return out
