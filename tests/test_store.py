"""The workspace file: create, reopen, refuse what is not ours, migrate from the first schema version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from peerdesk import backup, schema
from peerdesk.errors import Damaged, NotAWorkspace, NotFound, PeerDeskError, ReadOnly, TooNew
from peerdesk.people import add_person, list_people
from peerdesk.store import Workspace


def test_create_write_reopen(tmp_path: Path) -> None:
    path = tmp_path / "unit.peerdesk"
    ws = Workspace.create(path, actor="Maria")
    person = add_person(ws, "Jonas Öberg", "peer_supporter").result
    ws_id = ws.workspace_id
    ws.close()

    again = Workspace.open(path, actor="Sara")
    assert again.workspace_id == ws_id
    [jonas] = list_people(again)
    assert (jonas.id, jonas.name, jonas.saved_by) == (person, "Jonas Öberg", "Maria")
    assert again.change_counter() == 1
    again.close()


def test_pragmas_on_open(ws: Workspace) -> None:
    pragma = lambda name: ws.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "delete"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 5000
    assert pragma("secure_delete") == 1


def test_create_refuses_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "x.peerdesk"
    path.write_bytes(b"keep me")
    with pytest.raises(PeerDeskError, match="already exists"):
        Workspace.create(path, actor="a")
    assert path.read_bytes() == b"keep me"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Workspace.open(tmp_path / "nope.peerdesk", actor="a")


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    Database(path)["notes"].insert({"text": "someone else's data"})
    before = path.read_bytes()
    with pytest.raises(NotAWorkspace):
        Workspace.open(path, actor="a")
    assert path.read_bytes() == before


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.peerdesk"
    path.write_text("Hej! Det här är ett brev, ingen arbetsplats.", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(NotAWorkspace):
        Workspace.open(path, actor="a")
    assert path.read_bytes() == before


def test_newer_schema_is_refused_untouched(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('peerdesk', '0099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    with pytest.raises(TooNew, match="0099_from_the_future"):
        Workspace.open(demo_path, actor="a")
    with pytest.raises(TooNew):
        Workspace.open(demo_path, actor="a", read_only=True)
    assert demo_path.read_bytes() == before


def test_truncated_file_is_damaged(demo_path: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(Damaged):
        Workspace.open(demo_path, actor="a")


def _first_version_file(path: Path) -> None:
    """A workspace as the first schema version wrote it, with data in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    schema.migrations().apply(db, stop_before="0002_lock")
    saved = {"saved_by": "v1", "saved_at": "2025-01-01T00:00:00+00:00"}
    db["meta"].insert_all([{"key": "workspace_id", "value": "abc"}, {"key": "change_counter", "value": "3"}])
    db["unit"].insert({"id": 1, "name": "Aktivitetshuset Ängen", "kind": "activity_house", **saved})
    db["people"].insert({"name": "Åsa Nyström", "role": "unit_manager", **saved})
    conn.close()


def test_migration_from_first_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "v1.peerdesk"
    _first_version_file(path)
    ws = Workspace.open(path, actor="Åsa")
    assert [b.reason for b in backup.list_backups(path)] == ["migration"]  # always, whoever opens it
    applied = [r[0] for r in ws.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == schema.KNOWN_STEPS
    assert [p.name for p in list_people(ws)] == ["Åsa Nyström"]
    assert ws.lock_token is not None  # the lock table arrived with the migration and is now held
    ws.close()


def test_read_only_refuses_writes(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="a", read_only=True)
    with pytest.raises(ReadOnly):
        add_person(ws, "Ny Person", "supervisor")
    ws.close()


def test_failed_multi_row_write_changes_nothing(ws: Workspace) -> None:
    before = list(ws.conn.iterdump())
    with pytest.raises(RuntimeError), ws.write("half") as db:
        db["people"].insert({"name": "Halv", "role": "supervisor", **ws.saved()})
        raise RuntimeError("power cut")
    assert list(ws.conn.iterdump()) == before


def test_compound_edit_is_one_change_or_none(ws: Workspace) -> None:
    counter = ws.change_counter()
    with ws.write("two people"):
        add_person(ws, "Första Person", "supervisor")
        add_person(ws, "Andra Person", "supervisor")
    assert ws.change_counter() == counter + 1
    before = list(ws.conn.iterdump())
    with pytest.raises(RuntimeError), ws.write("half"):
        add_person(ws, "Tredje Person", "supervisor")
        raise RuntimeError("crash in the middle")
    assert list(ws.conn.iterdump()) == before
    with ws.write("after a failure the workspace still writes"):
        add_person(ws, "Fjärde Person", "supervisor")
    assert "Fjärde Person" in [p.name for p in list_people(ws)]
