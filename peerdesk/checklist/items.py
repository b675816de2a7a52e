"""A placement's checklist items: queries, and the operations that change them (each one undoable Change).

Every item is a copy: of the workspace's own template when it has one, else of the built-in template. A copied
built-in item keeps its key and no words of its own (`label` and `help` empty), so it shows in the reader's
language; what the unit rewords is kept as written. Due dates are stored, and count from the placement's start or
planned end date (`anchor`, `offset_days`): when those dates move, the open items' due dates move with them
(`move_due_dates`, called inside the placement's own edit, so one undo step covers both).

Each change to an item writes one history row (who, when, what): the item's history. Undoing the change puts the
item's values back and hides that history row (the change never happened); redoing shows it again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from peerdesk.changes import Change, op, touched, unchanged
from peerdesk.checklist.builtin import OWNERS, PHASES, BuiltinItem, builtin
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.fields import choice, date, long_text, short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.store import Workspace

ITEMS, HISTORY, TEMPLATE = "checklist_items", "checklist_history", "checklist_template"
TOUCHED = touched(ITEMS, HISTORY)
STATES = {"open": QT_TRANSLATE_NOOP("Checklist", "Open"), "done": QT_TRANSLATE_NOOP("Checklist", "Done"),
          "na": QT_TRANSLATE_NOOP("Checklist", "Not applicable")}
MAX_LABEL, MAX_ANSWER, MAX_REASON, MAX_COMMENT, MAX_HELP = 300, 500, 300, 2000, 1000

TICK = QT_TRANSLATE_NOOP("Edit", "Tick checklist item")
REOPEN = QT_TRANSLATE_NOOP("Edit", "Reopen checklist item")
NOT_APPLICABLE = QT_TRANSLATE_NOOP("Edit", "Mark checklist item not applicable")
ANSWER = QT_TRANSLATE_NOOP("Edit", "Answer checklist item")
COMMENT = QT_TRANSLATE_NOOP("Edit", "Comment on checklist item")
EDIT_ITEM = QT_TRANSLATE_NOOP("Edit", "Edit checklist item")
ADD_ITEM = QT_TRANSLATE_NOOP("Edit", "Add checklist item")
REMOVE_ITEM = QT_TRANSLATE_NOOP("Edit", "Remove checklist item")
RESTORE_ITEM = QT_TRANSLATE_NOOP("Edit", "Restore checklist item")
MOVE_ITEM = QT_TRANSLATE_NOOP("Edit", "Move checklist item")

ITEM_LABEL = QT_TRANSLATE_NOOP("Field", "Item")
HELP = QT_TRANSLATE_NOOP("Field", "Why it matters")
PHASE = QT_TRANSLATE_NOOP("Field", "Phase")
OWNER = QT_TRANSLATE_NOOP("Field", "Owner")
DUE = QT_TRANSLATE_NOOP("Field", "Due date")
DONE_ON = QT_TRANSLATE_NOOP("Field", "Done on")
REASON = QT_TRANSLATE_NOOP("Field", "Reason")
ANSWER_FIELD = QT_TRANSLATE_NOOP("Field", "Answer")
DETAILS = QT_TRANSLATE_NOOP("Field", "Details")
COMMENT_FIELD = QT_TRANSLATE_NOOP("Field", "Comment")
GONE = QT_TRANSLATE_NOOP("Checklist", "That checklist item no longer exists in this workspace.")
PLACEMENT_GONE = QT_TRANSLATE_NOOP("Checklist", "That placement no longer exists in this workspace.")
# A due date this far from the placement's dates is almost surely a typing mistake.
DUE_MARGIN = dt.timedelta(days=3 * 366)


class Item(NamedTuple):
    id: int
    placement_id: int
    key: str | None  # the built-in item it was copied from; None for the unit's own items
    phase: str
    owner: str
    anchor: str
    offset_days: int
    due_date: dt.date
    position: int
    label: str  # the unit's own wording; "" = the built-in words in the reader's language
    help: str
    decision: bool
    state: str  # open, done, na
    done_on: dt.date | None
    done_by: str
    na_reason: str
    answer_choice: str | None
    answer: str
    removed: bool
    saved_by: str
    saved_at: str

    @property
    def builtin(self) -> BuiltinItem | None:
        return builtin().get(self.key) if self.key else None

    def title(self, lang: str) -> str:
        item = self.builtin
        return self.label or (item.label(lang) if item else "")

    def help_text(self, lang: str) -> str:
        item = self.builtin
        return self.help or (item.help(lang) if item else "")

    def choices(self, lang: str) -> dict[str, str]:
        item = self.builtin
        return {key: item.choice(key, lang) for key in item.choices} if item else {}

    def answer_text(self, lang: str) -> str:
        """The answer as it shows on the item and in print: the chosen answer, then the details."""
        parts = []
        if self.answer_choice and self.builtin and self.answer_choice in self.builtin.choices:
            parts.append(self.builtin.choice(self.answer_choice, lang))
        if self.answer:
            parts.append(self.answer)
        return " – ".join(parts)

    @property
    def settled(self) -> bool:
        return self.state != "open"

    def overdue(self, today: dt.date) -> bool:
        return self.state == "open" and not self.removed and self.due_date < today


class HistoryEntry(NamedTuple):
    id: int
    item_id: int
    at: str
    actor: str
    action: str  # see text.ACTIONS
    detail: str  # JSON: what changed

    def details(self) -> dict[str, Any]:
        return json.loads(self.detail) if self.detail else {}


class TemplateRow(NamedTuple):
    """One item of a template to copy into a new checklist (built-in or the workspace's own)."""

    key: str | None
    phase: str
    owner: str
    anchor: str
    offset_days: int
    position: int
    label: str
    help: str
    decision: bool


def builtin_rows() -> list[TemplateRow]:
    per_phase: dict[str, int] = {}
    rows = []
    for item in builtin().values():
        position = per_phase[item.phase] = per_phase.get(item.phase, -1) + 1
        rows.append(TemplateRow(item.key, item.phase, item.owner, item.anchor, item.offset_days, position, "", "",
                                item.decision))
    return rows


def due_date(anchor: str, offset_days: int, start: dt.date, planned_end: dt.date) -> dt.date:
    return (start if anchor == "start" else planned_end) + dt.timedelta(days=offset_days)


def new_items(template: Iterable[TemplateRow], placement_id: int, start: dt.date, planned_end: dt.date,
              saved: Mapping[str, str]) -> list[dict[str, object]]:
    """The rows of a new checklist (the columns of the schema step that created the table, and no more)."""
    return [{"placement_id": placement_id, "key": t.key, "phase": t.phase, "owner": t.owner, "anchor": t.anchor,
             "offset_days": t.offset_days,
             "due_date": due_date(t.anchor, t.offset_days, start, planned_end).isoformat(),
             "position": t.position, "label": t.label, "help": t.help, "decision": int(t.decision),
             "state": "open", **saved} for t in template]


# -- reading ---------------------------------------------------------------------------------------------------

_ITEMS = ("SELECT id, placement_id, key, phase, owner, anchor, offset_days, due_date, position, label, help, decision, "
          "state, done_on, done_by, na_reason, answer_choice, answer, removed, saved_by, saved_at FROM checklist_items")
_PHASE_ORDER = {phase: n for n, phase in enumerate(PHASES)}


def sort_key(item: Item) -> tuple[int, int, int]:
    return _PHASE_ORDER.get(item.phase, len(PHASES)), item.position, item.id


def list_items(ws: Workspace, placement_id: int, *, include_removed: bool = False) -> list[Item]:
    """The placement's items in phase order, then in the unit's order within each phase."""
    where = "" if include_removed else " AND removed = 0"
    return sorted(ws.query(Item, f"{_ITEMS} WHERE placement_id = ?{where}", (placement_id,)), key=sort_key)


def get_item(ws: Workspace, item_id: int) -> Item:
    item = ws.one(Item, f"{_ITEMS} WHERE id = ?", (item_id,))
    if item is None:
        raise NotFound(GONE)
    return item


def list_history(ws: Workspace, item_id: int) -> list[HistoryEntry]:
    """What happened to the item, oldest first (comments among them); undone changes are not shown."""
    return ws.query(HistoryEntry, "SELECT id, item_id, at, actor, action, detail FROM checklist_history "
                                  "WHERE item_id = ? AND removed = 0 ORDER BY at, id", (item_id,))


def placement_dates(ws: Workspace, placement_id: int) -> tuple[dt.date, dt.date]:
    row = ws.rows("SELECT start_date, planned_end_date FROM placements WHERE id = ?", (placement_id,))
    if not row:
        raise NotFound(PLACEMENT_GONE)
    return dt.date.fromisoformat(row[0][0]), dt.date.fromisoformat(row[0][1])


class Progress(NamedTuple):
    settled: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.settled / self.total) if self.total else 100


def progress(items: Sequence[Item]) -> tuple[Progress, dict[str, Progress]]:
    """Overall and per phase (every phase, in order): done and not applicable count as settled."""
    kept = [i for i in items if not i.removed]
    per_phase = {phase: Progress(sum(i.settled for i in kept if i.phase == phase),
                                 sum(1 for i in kept if i.phase == phase)) for phase in PHASES}
    return Progress(sum(i.settled for i in kept), len(kept)), per_phase


def next_due(items: Sequence[Item], count: int = 3) -> list[Item]:
    """The open items due first (overdue ones first of all)."""
    return sorted((i for i in items if i.state == "open" and not i.removed), key=lambda i: (i.due_date, *sort_key(i))
                  )[:count]


# -- writing ---------------------------------------------------------------------------------------------------

def move_due_dates(ws: Workspace, placement_id: int) -> None:
    """The open items' due dates follow the placement's dates (inside the placement's edit; its undo, which moves
    the dates back, moves them back too). Settled items keep the dates they had."""
    start, end = placement_dates(ws, placement_id)
    with ws.write(EDIT_ITEM) as db:
        db.conn.execute(
            "UPDATE checklist_items SET due_date = date(CASE anchor WHEN 'start' THEN ? ELSE ? END, "
            "printf('%+d days', offset_days)) WHERE placement_id = ? AND state = 'open'",
            (start.isoformat(), end.isoformat(), placement_id))


def _stored(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _edit(ws: Workspace, item: Item, label: Msg, values: dict[str, object], action: str,
          detail: dict[str, object] | None = None) -> Change[int]:
    """Change an item's values and write its history row, as one undoable change."""
    before = {k: _stored(getattr(item, k)) for k in values}
    values = {k: _stored(v) for k, v in values.items()}
    if values and before == values:
        return unchanged(label, item.id)
    saved = ws.saved()
    with ws.write(label) as db:
        if values:
            db[ITEMS].update(item.id, {**values, **saved})
        history_id = db[HISTORY].insert({"item_id": item.id, "at": saved["saved_at"], "actor": ws.actor,
                                         "action": action, "detail": json.dumps(detail or {}, ensure_ascii=False),
                                         **saved}).last_pk
    return Change(label, item.id, TOUCHED, op(_put_back, item_id=item.id, values=before, history_id=history_id,
                                              hide=True, label=label))


def _put_back(ws: Workspace, *, item_id: int, values: dict[str, object], history_id: int, hide: bool,
              label: Msg) -> Change[int]:
    """Undo (hide=True) or redo (hide=False) of `_edit`: the item's values as given, its history row hidden or
    shown again."""
    item = get_item(ws, item_id)
    current = {k: _stored(getattr(item, k)) for k in values}
    with ws.write(label) as db:
        if values:
            db[ITEMS].update(item_id, {**values, **ws.saved()})
        db.conn.execute("UPDATE checklist_history SET removed = ? WHERE id = ?", (int(hide), history_id))
    return Change(label, item_id, TOUCHED, op(_put_back, item_id=item_id, values=current, history_id=history_id,
                                              hide=not hide, label=label))


def _settle(ws: Workspace, day: dt.date | None) -> dict[str, object]:
    """Settled on `day` (today unless given: the demo and imports settle items in the past) by whoever acts."""
    day = date(day or dt.date.today(), DONE_ON, "done_on", latest=dt.date.today() + dt.timedelta(days=1))
    return {"done_on": day, "done_by": ws.actor}


def tick(ws: Workspace, item_id: int, *, done_on: dt.date | None = None) -> Change[int]:
    """Mark an item done (today unless `done_on`), by whoever is acting."""
    item = get_item(ws, item_id)
    if item.state == "done":
        return unchanged(TICK, item_id)
    settled = _settle(ws, done_on)
    return _edit(ws, item, TICK, {"state": "done", **settled, "na_reason": ""}, "done",
                 {"on": _stored(settled["done_on"])})


def reopen(ws: Workspace, item_id: int) -> Change[int]:
    """Back to open: the due date follows the placement's dates again."""
    item = get_item(ws, item_id)
    if item.state == "open":
        return unchanged(REOPEN, item_id)
    start, end = placement_dates(ws, item.placement_id)
    return _edit(ws, item, REOPEN, {"state": "open", "done_on": None, "done_by": "", "na_reason": "",
                                    "due_date": due_date(item.anchor, item.offset_days, start, end)}, "reopened")


def toggle(ws: Workspace, item_id: int) -> Change[int]:
    """Tick an open item, reopen a settled one (the checkbox)."""
    return tick(ws, item_id) if get_item(ws, item_id).state == "open" else reopen(ws, item_id)


def not_applicable(ws: Workspace, item_id: int, *, reason: str, done_on: dt.date | None = None) -> Change[int]:
    """Settle an item as not applicable to this placement: a reason is required."""
    reason = short_text(reason, REASON, "reason", max_len=MAX_REASON)
    item = get_item(ws, item_id)
    if item.state == "na" and item.na_reason == reason:
        return unchanged(NOT_APPLICABLE, item_id)
    return _edit(ws, item, NOT_APPLICABLE, {"state": "na", **_settle(ws, done_on), "na_reason": reason},
                 "not_applicable", {"reason": reason})


def answer(ws: Workspace, item_id: int, *, choice_key: str | None, details: str,
           done_on: dt.date | None = None) -> Change[int]:
    """Answer a decision item (who supplies the phone, how supervision is arranged…): one of its choices and/or
    details in words. An open item that gets an answer is done; an answer cleared leaves the state as it was."""
    item = get_item(ws, item_id)
    if not item.decision:
        raise InvalidInput(QT_TRANSLATE_NOOP("Checklist", "This item is a task to tick, not a decision to answer."),
                           field="answer_choice")
    if choice_key:
        choice(choice_key, item.choices("en"), ANSWER_FIELD, "answer_choice")
    details = short_text(details, DETAILS, "answer", required=False, max_len=MAX_ANSWER)
    values: dict[str, object] = {"answer_choice": choice_key or None, "answer": details}
    if (choice_key or details) and item.state == "open":
        values.update({"state": "done", **_settle(ws, done_on)})
    return _edit(ws, item, ANSWER, values, "answered", {"choice": choice_key or None, "text": details})


def comment(ws: Workspace, item_id: int, *, text: str) -> Change[int]:
    text = long_text(text, COMMENT_FIELD, "comment", required=True, max_len=MAX_COMMENT)
    return _edit(ws, get_item(ws, item_id), COMMENT, {}, "comment", {"text": text})


def _check_due(ws: Workspace, placement_id: int, due: dt.date | str) -> tuple[dt.date, dt.date, dt.date]:
    start, end = placement_dates(ws, placement_id)
    day = date(due, DUE, "due_date", earliest=start - DUE_MARGIN, latest=end + DUE_MARGIN)
    return day, start, end


def _own_words(text: str, builtin_words: Iterable[str]) -> str:
    """What the unit typed, or "" when it is one of the built-in wordings (then the reader's language shows)."""
    return "" if text in builtin_words else text


def edit_item(ws: Workspace, item_id: int, *, label: str, help: str, phase: str, owner: str,
              due: dt.date | str) -> Change[int]:
    """Reword an item, or change its phase, owner or due date, for this placement only."""
    item = get_item(ws, item_id)
    label = short_text(label, ITEM_LABEL, "label", max_len=MAX_LABEL)
    help = long_text(help, HELP, "help", max_len=MAX_HELP)
    choice(phase, PHASES, PHASE, "phase")
    choice(owner, OWNERS, OWNER, "owner")
    day, start, end = _check_due(ws, item.placement_id, due)
    known = item.builtin
    values: dict[str, object] = {
        "label": _own_words(label, known.labels.values() if known else ()),
        "help": _own_words(help, known.helps.values() if known else ()),
        "phase": phase, "owner": owner, "due_date": day,
        "offset_days": (day - (start if item.anchor == "start" else end)).days}
    if phase != item.phase:
        values["position"] = _next_position(ws, item.placement_id, phase)
    changed = sorted(k for k in ("label", "help", "phase", "owner", "due_date")
                     if _stored(values[k]) != _stored(getattr(item, k)))
    return _edit(ws, item, EDIT_ITEM, values, "edited", {"fields": changed, "label": label})


def _next_position(ws: Workspace, placement_id: int, phase: str) -> int:
    return int(ws.value("SELECT coalesce(max(position), -1) + 1 FROM checklist_items WHERE placement_id = ? AND "
                        "phase = ?", (placement_id, phase)))


def add_item(ws: Workspace, placement_id: int, *, label: str, help: str, phase: str, owner: str,
             due: dt.date | str, decision: bool = False) -> Change[int]:
    """The unit's own item, last in its phase; its due date counts from the start date (and moves with it)."""
    label = short_text(label, ITEM_LABEL, "label", max_len=MAX_LABEL)
    help = long_text(help, HELP, "help", max_len=MAX_HELP)
    choice(phase, PHASES, PHASE, "phase")
    choice(owner, OWNERS, OWNER, "owner")
    day, start, _ = _check_due(ws, placement_id, due)
    saved = ws.saved()
    with ws.write(ADD_ITEM) as db:
        item_id = db[ITEMS].insert({
            "placement_id": placement_id, "key": None, "phase": phase, "owner": owner, "anchor": "start",
            "offset_days": (day - start).days, "due_date": day.isoformat(),
            "position": _next_position(ws, placement_id, phase), "label": label, "help": help,
            "decision": int(decision), "state": "open", **saved}).last_pk
        history_id = db[HISTORY].insert({"item_id": item_id, "at": saved["saved_at"], "actor": ws.actor,
                                         "action": "added", "detail": json.dumps({"label": label},
                                                                                 ensure_ascii=False),
                                         **saved}).last_pk
    return Change(ADD_ITEM, item_id, TOUCHED, op(_put_back, item_id=item_id, values={"removed": 1},
                                                 history_id=history_id, hide=True, label=ADD_ITEM))


def remove_item(ws: Workspace, item_id: int) -> Change[int]:
    """Remove an item from this placement's checklist: it stays in the file, with its history, and can be shown
    and restored."""
    item = get_item(ws, item_id)
    if item.removed:
        return unchanged(REMOVE_ITEM, item_id)
    return _edit(ws, item, REMOVE_ITEM, {"removed": True}, "removed")


def restore_item(ws: Workspace, item_id: int) -> Change[int]:
    item = get_item(ws, item_id)
    if not item.removed:
        return unchanged(RESTORE_ITEM, item_id)
    return _edit(ws, item, RESTORE_ITEM, {"removed": False}, "restored")


def move_item(ws: Workspace, item_id: int, step: int) -> Change[int]:
    """Move an item one place up (step -1) or down (+1) within its phase; undo moves it back."""
    item = get_item(ws, item_id)
    siblings = [i for i in list_items(ws, item.placement_id) if i.phase == item.phase]
    at = next((n for n, i in enumerate(siblings) if i.id == item_id), None)
    if at is None or not 0 <= at + step < len(siblings):
        return unchanged(MOVE_ITEM, item_id)
    # Positions may be equal after edits elsewhere: renumber the phase, then swap the two.
    order = [i.id for i in siblings]
    order[at], order[at + step] = order[at + step], order[at]
    with ws.write(MOVE_ITEM) as db:
        db.conn.executemany("UPDATE checklist_items SET position = ? WHERE id = ?",
                            [(n, i) for n, i in enumerate(order)])
    return Change(MOVE_ITEM, item_id, touched(ITEMS), op(move_item, item_id=item_id, step=-step))
