"""Workspaces as the tests need them, shaped from outside the way use, another program or a crash would."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from peerdesk.store import Workspace


def add_placed_supporters(ws: Workspace, count: int) -> None:
    """`count` more peer supporters, each with a placement that refers to them: the people table spans pages."""
    with ws.write("many") as db:
        for i in range(count):
            person = db["people"].insert({"name": f"Stödperson {i:03d} " + "å" * 40, "role": "peer_supporter",
                                          **ws.saved()}).last_pk
            db["placements"].insert({"peer_supporter_id": person, "employer": "NSPH", "start_date": "2026-01-01",
                                     "planned_end_date": "2026-12-31", **ws.saved()})


def with_placed_supporters(path: Path, count: int) -> None:
    ws = Workspace.open(path, actor="Maria Lindqvist")
    try:
        add_placed_supporters(ws, count)
    finally:
        ws.close()


def set_lock(path: Path, **values: object) -> None:
    """Edit the lock row from outside, as another PeerDesk (or a crash) would have left it."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"UPDATE lock SET {', '.join(f'{k} = ?' for k in values)}", tuple(values.values()))
    conn.close()


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def copy_checkout(root: Path, target: Path) -> Path:
    """The project's source as a fresh clone would hold it (no virtual environment, builds or caches), for tests
    that build from it: a build writes beside its source."""
    import shutil

    shutil.copytree(root, target, ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info",
                                                                "__pycache__", ".hypothesis"))
    return target
