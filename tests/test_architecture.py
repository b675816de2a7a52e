"""The shape the features rely on: the domain knows no Qt, the GUI runs no SQL, every table has a policy, and a
workspace written at every historical schema step upgrades to the current one with its data intact."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from peerdesk import backup, schema
from peerdesk.store import Workspace

PACKAGE = Path(__file__).resolve().parent.parent / "peerdesk"


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append(node.module or "")
    return names


def test_the_domain_imports_neither_qt_nor_the_gui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("gui/"):
            continue
        for name in _imports(path):
            # The command line starts the GUI, and reaches Qt's translator only through gui/translation.py.
            allowed = rel == "cli.py" and name in ("peerdesk.gui.app", "peerdesk.gui.translation")
            if name.split(".")[0] in ("PySide6", "shiboken6") or (name.startswith("peerdesk.gui") and not allowed):
                offenders.append(f"{rel}: {name}")
    assert offenders == []


def test_the_gui_never_touches_sqlite() -> None:
    offenders = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        offenders += [f"{rel}: imports {n}" for n in _imports(path) if n.split(".")[0] in ("sqlite3", "sqlite_utils")]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("conn", "execute", "executemany", "db"):
                offenders.append(f"{rel}:{node.lineno}: .{node.attr}")
    assert offenders == []


def test_every_table_has_a_policy(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "w.peerdesk", actor="a")
    tables = [r[0] for r in ws.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    ws.close()
    assert sorted(set(tables) - set(schema.TABLES)) == []
    for name, policy in schema.TABLES.items():
        assert policy.rebuild in ("copy", "fts", "skip"), name
        assert policy.soft_delete in (None, schema.SOFT_DELETE), name
        assert (policy.rebuild == "fts") == (policy.source is not None), name


# Representative rows for each table, as they could be at any step: only the columns a step's table has are used.
_ROWS = {
    "meta": [{"key": "workspace_id", "value": "0123456789abcdef0123456789abcdef"},
             {"key": "change_counter", "value": "7"}, {"key": "created_at", "value": "2025-01-01T00:00:00+00:00"}],
    "unit": [{"id": 1, "name": "Aktivitetshuset Ängen", "kind": "activity_house"}],
    "people": [{"id": 1, "name": "Åsa Nyström", "role": "unit_manager", "removed": 0},
               {"id": 2, "name": "Jonas Öberg", "role": "peer_supporter", "removed": 0},
               {"id": 3, "name": "Borttagen Person", "role": "supervisor", "removed": 1}],
    "placements": [{"id": 1, "peer_supporter_id": 2, "supervisor_id": None, "employer": "NSPH Väst",
                    "start_date": "2025-01-13", "planned_end_date": "2026-01-12", "ended_on": None, "removed": 0}],
    "decisions": [{"id": 1, "placement_id": 1, "outcome": "renewed", "decided_on": "2025-11-20",
                   "new_end_date": "2026-01-12", "ended_on": None, "previous_end_date": "2025-12-31",
                   "funder": "Region", "decided_by": "Åsa Nyström", "withdrawn": 0}],
    "change_log": [{"id": 1, "at": "2025-01-01T00:00:00+00:00", "actor": "v1", "action": "set unit"}],
}
_SAVED = {"saved_by": "old", "saved_at": "2025-01-01T00:00:00+00:00"}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _file_at(path: Path, last_step: str) -> dict[str, list[tuple]]:
    """A workspace as an older PeerDesk left it after `last_step`, with data in every table; returns that data."""
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    names = schema.KNOWN_STEPS
    following = names[names.index(last_step) + 1] if last_step != names[-1] else None
    schema.migrations().apply(db, stop_before=following)
    written = {}
    for table, rows in _ROWS.items():
        have = _columns(conn, table)
        for row in rows:
            values = {k: v for k, v in {**row, **_SAVED}.items() if k in have}
            db[table].insert(values)
        columns = [c for c in have if c in rows[0]]
        written[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
    conn.close()
    return written


@pytest.mark.parametrize("last_step", schema.KNOWN_STEPS)
def test_a_workspace_from_every_schema_step_upgrades_with_its_data(tmp_path: Path, last_step: str) -> None:
    path = tmp_path / f"{last_step}.peerdesk"
    written = _file_at(path, last_step)
    ws = Workspace.open(path, actor="Åsa Nyström")
    assert [r[0] for r in ws.rows("SELECT name FROM _sqlite_migrations")] == schema.KNOWN_STEPS
    for table, rows in written.items():
        columns = [c for c in _columns(ws.conn, table) if c in _ROWS[table][0]][:len(rows[0])]
        assert ws.rows(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid") == rows, table
    ws.close()
    upgraded = last_step != schema.KNOWN_STEPS[-1]
    made = backup.list_backups(path)
    assert [b.reason for b in made] == (["migration"] if upgraded else [])
    if upgraded:  # the backup holds the file as it was before the upgrade
        old = sqlite3.connect(made[0].path)
        assert old.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid").fetchall()[-1] == (last_step,)
        old.close()
