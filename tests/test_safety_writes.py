"""Writes that cannot half-happen: injected failures, a full disk and I/O errors change nothing and leave the file
healthy; deleted text is gone from the file; a failing migration leaves the data as it was, with a backup made;
a workspace in a cloud-synced folder is recognised."""

from __future__ import annotations

import datetime as dt
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from peerdesk import backup, check, schema
from peerdesk.cloud import cloud_service
from peerdesk.errors import StorageError
from peerdesk.placements import list_placements, record_decision
from peerdesk.store import Workspace


def _dump(ws: Workspace) -> list[str]:
    """Every table's rows, without the lock row (whose token changes each time the file is opened)."""
    return [line for line in ws.conn.iterdump() if not line.startswith('INSERT INTO "lock"')]


def _many_people(ws: Workspace, count: int) -> None:
    """One save that needs new pages in the file."""
    with ws.write("add many") as db:
        db["people"].insert_all({"name": f"Person {i} " + "x" * 200, "role": "supervisor", **ws.saved()}
                                for i in range(count))


def test_failure_in_the_middle_of_a_domain_save_changes_nothing(ws: Workspace) -> None:
    placement = list_placements(ws)[0]
    before = _dump(ws)
    # record_decision inserts the decision, then moves the placement's end date: make the second step fail.
    ws.conn.execute("CREATE TEMP TRIGGER fail BEFORE UPDATE ON placements BEGIN SELECT RAISE(ABORT, 'injected'); END")
    with pytest.raises(sqlite3.IntegrityError, match="injected"):
        record_decision(ws, placement.id, outcome="ended", decided_on=dt.date(2026, 6, 1),
                        end_date=dt.date(2026, 6, 30))
    ws.conn.execute("DROP TRIGGER fail")
    assert _dump(ws) == before


def test_disk_full_is_a_storage_error_and_changes_nothing(ws: Workspace) -> None:
    before, counter = _dump(ws), ws.change_counter()
    pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: not one more page fits
    with pytest.raises(StorageError, match="Nothing was changed"):
        _many_people(ws, 200)
    ws.conn.execute("PRAGMA max_page_count = 1073741823")
    assert _dump(ws) == before and ws.change_counter() == counter
    assert check.check(ws.path, full=True).healthy
    _many_people(ws, 3)  # with room again, saving works
    assert ws.change_counter() == counter + 1


@pytest.fixture
def file_size_limit() -> Iterator[Callable[[int], None]]:
    """Inject real I/O errors (EFBIG) into this process's file writes; running as root, chmod would prove nothing."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get an error from write(), not a signal

    def limit(size: int) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))

    try:
        yield limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.mark.parametrize("where", ["journal", "commit"])
def test_io_error_is_a_storage_error_and_the_file_stays_healthy(
        ws: Workspace, file_size_limit: Callable[[int], None], where: str) -> None:
    before, counter = _dump(ws), ws.change_counter()
    # "journal": not even the rollback journal can be written; "commit": the journal is written but growing the
    # file itself fails half-way through the commit, so SQLite must roll the file back from its journal.
    file_size_limit(1 if where == "journal" else ws.path.stat().st_size)
    try:
        with pytest.raises(StorageError, match="Nothing was changed"):
            _many_people(ws, 200)
    finally:
        file_size_limit(resource.RLIM_INFINITY)
    assert ws.change_counter() == counter and _dump(ws) == before
    ws.close()
    assert check.check(ws.path, full=True).healthy
    again = Workspace.open(ws.path, actor="Maria Lindqvist")
    assert _dump(again) == before
    again.close()


def test_deleted_text_is_gone_from_the_file(ws: Workspace) -> None:
    marker = "Hemlig Markörsson 4711"
    with ws.write("add") as db:
        person = db["people"].insert({"name": marker, "role": "supervisor", **ws.saved()}).last_pk
    assert marker.encode() in ws.path.read_bytes()  # the test would prove nothing otherwise
    with ws.write("delete") as db:
        db.execute("DELETE FROM people WHERE id = ?", [person])
    assert marker.encode() not in ws.path.read_bytes()
    assert not Path(f"{ws.path}-journal").exists()  # the journal that held the old page is gone too
    for table in ws.db.table_names(fts5=True) + ws.db.table_names(fts4=True):  # any full-text index forgets it
        raise AssertionError(f"full-text table {table}: extend this test to search its shadow tables")


def _first_version_file(path: Path) -> None:
    """A workspace as schema step 0001 left it, with data in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    schema.migrations().apply(db, stop_before="0002_lock")
    saved = {"saved_by": "v1", "saved_at": "2025-01-01T00:00:00+00:00"}
    db["unit"].insert({"id": 1, "name": "Aktivitetshuset Ängen", "kind": "activity_house", **saved})
    db["people"].insert({"name": "Åsa Nyström", "role": "unit_manager", **saved})
    conn.close()


def _dump_file(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_first_version_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v1.peerdesk"
    _first_version_file(path)  # as the brief describes it: no id, no change counter yet
    ws = Workspace.open(path, actor="Åsa Nyström")
    assert [r[0] for r in ws.conn.execute("SELECT name FROM _sqlite_migrations")] == schema.KNOWN_STEPS
    assert ws.workspace_id and ws.change_counter() == 0
    ws.close()
    [made] = backup.list_backups(path)
    assert made.reason == "migration"
    assert [r[0] for r in sqlite3.connect(made.path).execute("SELECT name FROM _sqlite_migrations")] == [
        "0001_initial"]


def test_failing_migration_leaves_the_data_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v1.peerdesk"
    _first_version_file(path)
    before = _dump_file(path)
    broken = []
    for name, step in schema.STEPS:
        def run(db: Database, real: schema.Step = step, name: str = name) -> None:
            real(db)
            if name == "0002_lock":  # after doing its work, the step fails half-way
                db["people"].insert({"name": "half", "role": "x", "saved_by": "", "saved_at": ""})
                raise RuntimeError("injected failure in the middle of a migration")
        broken.append((name, run))
    monkeypatch.setattr(schema, "STEPS", broken)
    with pytest.raises(RuntimeError, match="injected"):
        Workspace.open(path, actor="Åsa Nyström")
    assert _dump_file(path) == before
    assert [b.reason for b in backup.list_backups(path)] == ["migration"]


@pytest.mark.parametrize(("folder", "service"), [
    ("/home/maria/OneDrive - Region Väst/Dokument", "OneDrive"),
    ("/Users/maria/Library/CloudStorage/OneDrive-Personal", "OneDrive"),
    ("/home/maria/Dropbox (Personal)/peer", "Dropbox"),
    ("/Users/maria/Library/CloudStorage/GoogleDrive-maria@example.org/My Drive", "Google Drive"),
    ("/Users/maria/Library/Mobile Documents/com~apple~CloudDocs", "iCloud"),
    ("/mnt/server/verksamhet/peerdesk", None),  # a network drive is fine: the journal stays a rollback journal
    ("/home/maria/Dokument", None),
])
def test_cloud_folders_are_recognised(folder: str, service: str | None) -> None:
    assert cloud_service(Path(folder) / "arbetsplats.peerdesk") == service


def test_onedrive_folder_named_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced = tmp_path / "Företagets filer"
    monkeypatch.setenv("OneDriveCommercial", str(synced))
    assert cloud_service(synced / "a" / "arbetsplats.peerdesk") == "OneDrive"
    assert cloud_service(tmp_path / "elsewhere.peerdesk") is None


def test_a_backup_of_the_open_workspace_keeps_its_save_locked_against_others(ws: Workspace) -> None:
    """An automatic backup looks at the open workspace from another thread while the window saves. Closing any file
    descriptor of a file drops every POSIX lock the process holds on it, so the look must not open the file itself:
    the save's write lock holds, and a second program still has to wait."""
    other = [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], timeout=0, "
             "isolation_level=None)\ntry:\n    c.execute('BEGIN IMMEDIATE')\nexcept sqlite3.OperationalError:\n"
             "    sys.exit(3)\nc.execute('ROLLBACK')", str(ws.path)]
    ws.conn.execute("BEGIN IMMEDIATE")  # a save in progress
    try:
        backup.backup_file(ws.path, "periodic")
        assert subprocess.run(other).returncode == 3  # still locked
    finally:
        ws.conn.execute("ROLLBACK")
    assert subprocess.run(other).returncode == 0
