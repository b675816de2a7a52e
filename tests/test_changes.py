"""The building blocks of every operation: soft deletion by the table's policy, compound changes as one undo step,
bulk input in one transaction with progress and cancel, and the read path's known errors."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from peerdesk import people, schema
from peerdesk.changes import add_rows, compound, op, set_removed
from peerdesk.errors import Busy, NotFound
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import Person
from peerdesk.progress import Cancelled, Progress
from peerdesk.store import Workspace

IMPORT = QT_TRANSLATE_NOOP("Test", "Import people")


def _names(ws: Workspace) -> list[str]:
    return [p.name for p in people.list_people(ws)]


def test_every_soft_delete_column_has_the_one_name(ws: Workspace) -> None:
    for table, policy in schema.TABLES.items():
        if policy.soft_delete:
            assert policy.soft_delete in [r[1] for r in ws.rows(f"PRAGMA table_info({table})")], table


def test_bulk_rows_are_one_change_and_one_undo_step(ws: Workspace) -> None:
    counter, before = ws.change_counter(), _names(ws)
    rows = [{"name": f"Person {i:05}", "role": "staff_representative"} for i in range(5000)]
    progress = Progress()
    change = add_rows(ws, table="people", rows=rows, label=IMPORT, progress=progress)
    assert ws.change_counter() == counter + 1  # one transaction, one change
    assert len(change.result) == 5000 and (progress.done, progress.total) == (5000, 5000)
    change.undo(ws)
    assert _names(ws) == before


def test_a_cancelled_bulk_write_writes_nothing(ws: Workspace) -> None:
    counter, before = ws.change_counter(), _names(ws)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        add_rows(ws, table="people", rows=[{"name": "X", "role": "supervisor"}] * 3000, label=IMPORT,
                 progress=progress)
    assert ws.change_counter() == counter and _names(ws) == before


def test_compound_operations_undo_as_one(ws: Workspace) -> None:
    staff = next(p for p in people.list_people(ws) if p.role == "staff_representative")
    before = _names(ws)
    both = compound(QT_TRANSLATE_NOOP("Test", "Two edits"), [
        op(people.add_person, name="Lina Östlund", role="supervisor"),
        op(set_removed, table="people", ids=(staff.id,), removed=True)])
    counter = ws.change_counter()
    change = both(ws)
    assert ws.change_counter() == counter + 1 and change.touched == {"people"}
    assert "Lina Östlund" in _names(ws) and staff.name not in _names(ws)
    redo = change.undo(ws)
    assert _names(ws) == before
    redo.undo(ws)
    assert "Lina Östlund" in _names(ws)


def test_a_busy_file_while_reading_is_a_known_error(ws: Workspace) -> None:
    other = sqlite3.connect(ws.path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    ws.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(Busy):
            people.list_people(ws)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_reader_made_here_can_be_handed_to_a_background_job(ws: Workspace) -> None:
    reader = ws.reader()
    found: list[object] = []
    job = threading.Thread(target=lambda: found.append(reader.value("SELECT count(*) FROM people WHERE removed = 0")))
    try:
        job.start()
        job.join()
    finally:
        reader.close()
    assert found == [len(_names(ws))]


def test_a_second_read_only_connection_reads_the_same(ws: Workspace) -> None:
    reader = ws.reader()
    try:
        assert [p.name for p in reader.query(Person, "SELECT id, name, role, removed, saved_by, saved_at FROM people "
                                                     "WHERE removed = 0 ORDER BY name")] == sorted(_names(ws))
        with pytest.raises(Exception, match="readonly"):
            reader.conn.execute("DELETE FROM people")
    finally:
        reader.close()


def test_removing_a_record_that_is_not_there_changes_nothing(ws: Workspace) -> None:
    before = ws.change_counter()
    with pytest.raises(NotFound):
        set_removed(ws, table="people", ids=[10_000], removed=True)
    assert ws.change_counter() == before
