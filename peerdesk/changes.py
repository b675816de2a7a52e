"""What a domain operation changed, and the operation that undoes it (Anki's OpChanges, without a global).

Every operation that changes data takes the workspace first and returns a `Change`: its result, the tables it
touched (pages reload only when a table they show is among them) and `undo`, itself an operation whose own Change
carries the redo. An operation that found nothing to change returns a Change with `undo=None` and writes nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from peerdesk import schema
from peerdesk.errors import NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

if TYPE_CHECKING:
    from peerdesk.progress import Progress
    from peerdesk.store import Workspace

T = TypeVar("T")
Op = Callable[["Workspace"], "Change[Any]"]

REMOVE = QT_TRANSLATE_NOOP("Edit", "Remove")
GONE = QT_TRANSLATE_NOOP("Edit", "That record no longer exists in this workspace.")
RESTORE = QT_TRANSLATE_NOOP("Edit", "Restore")


class Change(NamedTuple, Generic[T]):
    label: Msg  # what the user did, in sentence case: the undo stack's text and the change log's entry
    result: T
    touched: frozenset[str]
    undo: Op | None

    @property
    def changed(self) -> bool:
        return self.undo is not None


def op(operation: Callable[..., Change[Any]], /, **params: object) -> Op:
    """An operation with its parameters bound, to run later on a workspace (as undo, redo or from the GUI)."""
    return functools.partial(operation, **params)


def unchanged(label: Msg, result: T = None) -> Change[T]:  # type: ignore[assignment]
    return Change(label, result, frozenset(), None)


def touched(*tables: str) -> frozenset[str]:
    return frozenset(tables)


def set_removed(ws: Workspace, *, table: str, ids: Sequence[int], removed: bool, label: Msg | None = None
                ) -> Change[tuple[int, ...]]:
    """Soft-delete (or restore) rows of a table by its policy's soft-delete column, as one undoable change.

    The rows stay in the file and every record that names them keeps working; undo restores them.
    """
    column = schema.TABLES[table].soft_delete
    if column is None:
        raise ValueError(f"{table} has no soft-delete column")
    label = label or (REMOVE if removed else RESTORE)
    ids = tuple(ids)
    with ws.write(label) as db:
        cursor = db.conn.executemany(f"UPDATE {table} SET {column} = ?, saved_by = ?, saved_at = ? WHERE id = ?",
                                     [(int(removed), *ws.saved().values(), i) for i in ids])
        if cursor.rowcount != len(ids):  # rolled back whole: an undo step for rows that are not there would lie
            raise NotFound(GONE)
    return Change(label, ids, touched(table), op(set_removed, table=table, ids=ids, removed=not removed,
                                                 label=RESTORE if removed else REMOVE))


def add_rows(ws: Workspace, *, table: str, rows: Sequence[dict[str, object]], label: Msg,
             progress: Progress | None = None, chunk: int = 1000) -> Change[tuple[int, ...]]:
    """Bulk input (an import of thousands of rows): one transaction and one undo step, which soft-deletes them all.

    The rows must already be validated (fields.*, with their row numbers). `progress` hears how far it got and may
    cancel: then nothing is written at all.
    """
    if schema.TABLES[table].soft_delete is None:
        raise ValueError(f"{table} has no soft-delete column: its rows could not be undone")
    ids: list[int] = []
    saved = ws.saved()
    if not rows:
        return unchanged(label, ())
    # One prepared statement for every row (they share their columns): a tenth of the cost of a table insert each.
    columns = [*rows[0], *saved]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with ws.write(label) as db:
        for start in range(0, len(rows), chunk):
            if progress:
                progress.step(start, len(rows))
            for row in rows[start:start + chunk]:
                ids.append(db.conn.execute(sql, [*(row[c] for c in rows[0]), *saved.values()]).lastrowid)
        if progress:
            progress.step(len(rows), len(rows))
    return Change(label, tuple(ids), touched(table), op(set_removed, table=table, ids=tuple(ids), removed=True))


def compound(label: Msg, operations: Iterable[Op]) -> Op:
    """Several operations as one change (one transaction, one undo step); its undo runs theirs in reverse."""
    operations = tuple(operations)

    def run(ws: Workspace) -> Change[list[Any]]:
        with ws.write(label):
            done = [operation(ws) for operation in operations]
        undos = [c.undo for c in reversed(done) if c.undo is not None]
        return Change(label, [c.result for c in done], frozenset().union(*(c.touched for c in done)),
                      compound(label, undos) if undos else None)

    return run
