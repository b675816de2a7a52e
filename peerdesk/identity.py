"""Which file is which workspace.

Backups are filed by the workspace id inside the file. The index (path -> id, in the data folder) is how a file
whose header is garbled is still recognised as a workspace and still finds its backups.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from pathlib import Path

from peerdesk import paths

log = logging.getLogger(__name__)


def _index_file() -> Path:
    return paths.data_dir() / "workspaces.json"


def _index_key(path: Path) -> str:
    return str(Path(path).resolve())


def _read_index() -> dict[str, str]:
    try:
        raw = json.loads(_index_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a lost index only costs recognising garbled files; the ids inside healthy files still work
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)}


def known_id(path: Path) -> str | None:
    """The workspace id last seen at this path, even when the file itself can no longer be read."""
    return _read_index().get(_index_key(path))


def remember(path: Path, workspace_id: str) -> None:
    """Record path -> id (only when it changed, so opening a file costs no write in the usual case)."""
    index = _read_index()
    key = _index_key(path)
    if index.get(key) == workspace_id:
        return
    index[key] = workspace_id
    target = _index_file()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with os.fdopen(os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600), "w", encoding="utf-8") as f:
            json.dump(index, f, ensure_ascii=False, indent=1)
        os.replace(tmp, target)
    except OSError:
        # The index is a convenience (recognising a garbled file later); a full or read-only data folder must not
        # stop the user from opening their workspace.
        log.warning("could not update the workspace index %s", target, exc_info=True)


def fallback_id(path: Path) -> str:
    """An id for a file that lacks one (e.g. a crash between creating the schema and writing the id), derived from
    its path so that the backup taken before it is upgraded and every later one land in the same folder."""
    return "p" + hashlib.sha256(_index_key(path).encode()).hexdigest()[:31]


def meta_id(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'workspace_id'").fetchone()
    except sqlite3.OperationalError:  # no meta table: a file from before the first schema step
        return None
    return row[0] if row else None


def workspace_id(conn: sqlite3.Connection, path: Path) -> str:
    """The id backups are filed under: the one in the file, else the one known for its path, else derived."""
    return meta_id(conn) or known_id(path) or fallback_id(path)
