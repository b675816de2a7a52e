"""The workspace's own checklist template: a placement's checklist as the unit has made it (its own items, its
wording, its order, without what it removed), kept for the next placement.

Saving copies; it never touches a checklist under way, and a new placement's checklist is a copy of the template at
that moment. Without an own template the built-in one is used.
"""

from __future__ import annotations

from collections.abc import Sequence

from peerdesk.changes import Change, op, touched, unchanged
from peerdesk.checklist.items import (
    ADD_ITEM,
    ITEMS,
    TEMPLATE,
    TemplateRow,
    builtin_rows,
    list_items,
    new_items,
    placement_dates,
)
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.store import Workspace

SAVE_TEMPLATE = QT_TRANSLATE_NOOP("Edit", "Keep as the workspace's checklist template")
BUILTIN_TEMPLATE = QT_TRANSLATE_NOOP("Edit", "Use the built-in checklist template")
TEMPLATE_TOUCHED = touched(TEMPLATE)
_ROWS = "SELECT key, phase, owner, anchor, offset_days, position, label, help, decision FROM checklist_template"


def own_rows(ws: Workspace) -> list[TemplateRow]:
    return ws.query(TemplateRow, f"{_ROWS} WHERE removed = 0 ORDER BY id")


def template_rows(ws: Workspace) -> list[TemplateRow]:
    """What a new checklist copies: the workspace's own template, else the built-in one."""
    return own_rows(ws) or builtin_rows()


def create_checklist(ws: Workspace, placement_id: int) -> list[int]:
    """Copy the template (the workspace's own, else the built-in one) into a new placement's checklist. Called
    inside the placement's own write, so the placement and its checklist are one transaction and one undo step."""
    start, end = placement_dates(ws, placement_id)
    with ws.write(ADD_ITEM) as db:
        return [db[ITEMS].insert(row).last_pk
                for row in new_items(template_rows(ws), placement_id, start, end, ws.saved())]


def has_own_template(ws: Workspace) -> bool:
    return bool(ws.value("SELECT 1 FROM checklist_template WHERE removed = 0 LIMIT 1"))


def save_as_template(ws: Workspace, placement_id: int) -> Change[int]:
    """Keep this placement's checklist (as reworded, reordered, with its own items) as the template for the next
    placement; returns how many items it holds. Undo puts the previous template back."""
    start, end = placement_dates(ws, placement_id)
    items = list_items(ws, placement_id)
    old = [r[0] for r in ws.rows("SELECT id FROM checklist_template WHERE removed = 0")]
    saved = ws.saved()
    with ws.write(SAVE_TEMPLATE) as db:
        new = [db[TEMPLATE].insert({
            "key": i.key, "phase": i.phase, "owner": i.owner, "anchor": i.anchor,
            # An item's due date as it is now (perhaps moved by hand) sets the rule for the next placement.
            "offset_days": (i.due_date - (start if i.anchor == "start" else end)).days if i.state == "open"
            else i.offset_days,
            "position": n, "label": i.label, "help": i.help, "decision": int(i.decision), **saved}).last_pk
            for n, i in enumerate(items)]
        _show(ws, old, False)
    return Change(SAVE_TEMPLATE, len(new), TEMPLATE_TOUCHED, op(_swap, hide=new, show=old, label=SAVE_TEMPLATE))


def use_builtin_template(ws: Workspace) -> Change[int]:
    """New placements get the built-in template again (the own one stays in the file; undo brings it back)."""
    old = [r[0] for r in ws.rows("SELECT id FROM checklist_template WHERE removed = 0")]
    if not old:
        return unchanged(BUILTIN_TEMPLATE, 0)
    return _swap(ws, hide=old, show=[], label=BUILTIN_TEMPLATE)


def _show(ws: Workspace, ids: Sequence[int], shown: bool) -> None:
    with ws.write(SAVE_TEMPLATE) as db:
        db.conn.executemany("UPDATE checklist_template SET removed = ? WHERE id = ?", [(int(not shown), i)
                                                                                     for i in ids])


def _swap(ws: Workspace, *, hide: Sequence[int], show: Sequence[int], label: Msg) -> Change[int]:
    with ws.write(label):
        _show(ws, hide, False)
        _show(ws, show, True)
    return Change(label, len(show), TEMPLATE_TOUCHED, op(_swap, hide=tuple(show), show=tuple(hide), label=label))
