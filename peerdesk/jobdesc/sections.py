"""What the template's sections and a draft's sections share: titles, insertion at the end, reordering."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from peerdesk.changes import Change, op, unchanged
from peerdesk.errors import NotFound
from peerdesk.fields import short_text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

if TYPE_CHECKING:
    from peerdesk.store import Workspace

TITLE = QT_TRANSLATE_NOOP("Field", "Section title")
MAX_TITLE = 120
GONE = QT_TRANSLATE_NOOP("JobDesc", "That section no longer exists.")


class Scope(NamedTuple):
    """The sections of the workspace template (`owner` None) or of one job description's draft."""

    table: str
    owner: int | None = None

    def where(self) -> tuple[str, tuple[object, ...]]:
        if self.owner is None:
            return "removed = 0", ()
        return "removed = 0 AND job_description_id = ?", (self.owner,)


def clean_title(text: str, *, required: bool = True) -> str:
    return short_text(text, TITLE, "title", required=required, max_len=MAX_TITLE)


def insert(ws: Workspace, scope: Scope, label: Msg, values: dict[str, object]) -> int:
    where, params = scope.where()
    last = ws.value(f"SELECT max(position) FROM {scope.table} WHERE {where}", params)
    owner = {} if scope.owner is None else {"job_description_id": scope.owner}
    with ws.write(label) as db:
        return db[scope.table].insert({**owner, **values, "position": (last if last is not None else -1) + 1,
                                       **ws.saved()}).last_pk


def move(ws: Workspace, scope: Scope, section_id: int, offset: int, label: Msg,
         tables: frozenset[str]) -> Change[None]:
    """Move a section `offset` places up (negative) or down among the others; undo moves it back."""
    where, params = scope.where()
    order = [r[0] for r in ws.rows(f"SELECT id FROM {scope.table} WHERE {where} ORDER BY position, id", params)]
    if section_id not in order:
        raise NotFound(GONE)
    old = order.index(section_id)
    new = max(0, min(len(order) - 1, old + offset))
    if new == old:
        return unchanged(label)
    order.insert(new, order.pop(old))
    with ws.write(label) as db:
        saved = ws.saved()
        db.conn.executemany(f"UPDATE {scope.table} SET position = ?, saved_by = ?, saved_at = ? WHERE id = ?",
                            [(n, saved["saved_by"], saved["saved_at"], i) for n, i in enumerate(order)])
    return Change(label, None, tables, op(move, scope=scope, section_id=section_id, offset=old - new, label=label,
                                          tables=tables))
