"""A read-only look at a file: is it a healthy PeerDesk workspace, not newer than this code?

A damaged, foreign or too-new file is only ever read here, through a read-only connection; SQLite's environmental
failures become known errors with a clear message.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from peerdesk import schema
from peerdesk.errors import (
    Busy,
    Damaged,
    NotAWorkspace,
    NotFound,
    PeerDeskError,
    StorageError,
    TooNew,
)
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.identity import known_id, meta_id

BUSY_TIMEOUT_S = 10.0
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Inspection:
    """What a read-only look at a file found; raising a known error is how it says 'no'.

    `integrity` and `foreign_keys` are filled by a full inspection only: empty means no problem found.
    """

    applied: list[str]
    pending: list[str] = field(default_factory=list)
    workspace_id: str | None = None
    hot_journal: bool = False
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[tuple[str, int | None, str]] = field(default_factory=list)


@contextlib.contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's environmental failures into known errors with a clear message."""
    try:
        yield
    except sqlite3.Error as exc:
        raise classify(exc, path) from exc


def classify(exc: sqlite3.Error, path: Path) -> PeerDeskError | sqlite3.Error:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return Busy(QT_TRANSLATE_NOOP(
            "Store", "{path} is busy: another program kept it locked for over {seconds} seconds. Try again."),
            path=path, seconds=int(BUSY_TIMEOUT_S))
    if name == "SQLITE_READONLY_DBMOVED":  # a restore or repair replaced the file under this open session
        return StorageError(QT_TRANSLATE_NOOP(
            "Store", "{path} was replaced while it was open here (by a restore or a repair). Nothing was changed; "
            "close it and open it again."), path=path)
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return StorageError(QT_TRANSLATE_NOOP(
            "Store", "Could not write to {path} ({reason}). Nothing was changed; check free disk space and that "
            "the folder is writable, then save again."), path=path, reason=str(exc))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: {reason}."), path=path, reason=str(exc))
    return exc


def _header_problem(path: Path) -> PeerDeskError | None:
    """Cheap checks on the raw header before SQLite opens the file.

    A file the workspace index knows (opened or backed up here as a workspace before) whose header is gone is called
    damaged, not foreign: the user must hear that their workspace broke and that its backups can be restored.
    """
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER):
        if known_id(path):
            return Damaged(QT_TRANSLATE_NOOP(
                "Store", "{path} is a PeerDesk workspace, but its first bytes are damaged: it cannot be read."),
                path=path)
        if size == 0:
            return NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is empty, not a PeerDesk workspace."), path=path)
        return NotAWorkspace(QT_TRANSLATE_NOOP(
            "Store", "{path} is not a PeerDesk workspace (or its first bytes are damaged)."), path=path)
    if len(header) < 100:
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: the file is cut short."), path=path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_count = header[24:28] == header[92:96]  # the page count is only valid when these agree
    # A crash mid-save can leave the new page count written before the pages themselves; the journal's rollback
    # restores both, so with a journal present the size is judged by SQLite after the rollback, on a private copy.
    journal = journal_of(path)
    mid_save = journal.exists() and journal.stat().st_size > 0
    if page_size < 512 or (valid_count and not mid_save and pages * page_size > size):
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: the file is cut short."), path=path)
    return None


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    # isolation_level=None: we open every transaction ourselves (BEGIN IMMEDIATE), sqlite-utils nests inside.
    if read_only:
        return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_S)
    return sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)


def journal_of(path: Path) -> Path:
    return Path(f"{path}-journal")


def has_hot_journal(path: Path) -> bool:
    """A crash left a rollback journal that no live writer holds. SQLite itself decides: a read-only connection
    refuses to read past a hot journal, while the journal of a writer that is still running is not hot."""
    journal = journal_of(path)
    if not (journal.exists() and journal.stat().st_size > 0):
        return False
    conn = connect(path, read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
    finally:
        conn.close()


def roll_back_hot_journal(path: Path) -> None:
    """SQLite rolls a hot journal back on the first read through a writable connection: what was committed before
    the crash stays, the unfinished transaction is undone (in rollback-journal mode the commit point is the
    journal's deletion, so a journal that is still there belongs to a transaction that never committed)."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


@contextlib.contextmanager
def committed_view(path: Path) -> Iterator[tuple[sqlite3.Connection, bool]]:
    """A read-only connection showing the last committed state, and whether a crash had left a hot journal.

    A hot journal must be rolled back before anything can be read. That is done on a private copy of the file and
    its journal, never on the file itself: a look must not write, and a damaged file keeps its journal for repair.
    Only a writable open of a file whose copy proved healthy rolls back in place (roll_back_hot_journal).
    """
    hot = has_hot_journal(path)
    with contextlib.ExitStack() as stack:
        target = path
        if hot:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="peerdesk-")))  # 0700: private
            target = folder / "copy.peerdesk"
            shutil.copyfile(path, target)
            shutil.copyfile(journal_of(path), journal_of(target))
            roll_back_hot_journal(target)
        conn = connect(target, read_only=True)
        stack.callback(conn.close)
        yield conn, hot


def inspect(path: Path, *, full: bool = False) -> Inspection:
    """Check a file without writing to it: a PeerDesk workspace, healthy, and not newer than this code.

    `full` adds integrity_check and foreign_key_check, reported in the result rather than raised. A hot journal
    left by a crash is rolled back on a private copy only (see committed_view).
    """
    path = Path(path)
    if path.is_dir():
        raise NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is a folder, not a workspace file."), path=path)
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Store", "{path} does not exist."), path=path)
    try:
        problem = _header_problem(path)
    except OSError as exc:
        raise StorageError(QT_TRANSLATE_NOOP("Store", "Could not read {path}: {reason}."), path=path,
                           reason=exc.strerror or str(exc)) from exc
    if problem:
        raise problem
    with known_errors(path), committed_view(path) as (conn, hot):
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: SQLite's quick check failed."),
                          path=path, details=rows)
        if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            raise NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is not a PeerDesk workspace."), path=path)
        applied = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            (schema.MIGRATION_SET,))]
        found = Inspection(applied, [n for n in schema.KNOWN_STEPS if n not in applied],
                           workspace_id=meta_id(conn), hot_journal=hot)
        if full:
            found.integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
            found.foreign_keys = [(r[0], r[1], r[2]) for r in conn.execute("PRAGMA foreign_key_check")]
    unknown = [n for n in applied if n not in schema.KNOWN_STEPS]
    if unknown:
        raise too_new(path, unknown[-1])
    return found


def too_new(path: Path, step: str) -> TooNew:
    return TooNew(QT_TRANSLATE_NOOP(
        "Store", "{path} was written by a newer PeerDesk (schema step {step}). Update PeerDesk to open it; "
        "the file was not changed."), path=path, step=step)
