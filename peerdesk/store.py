"""The workspace file: opening, checking, migrating and writing one SQLite file safely.

Safety rules (DESIGN.md §5): rollback journal (the file may sit on a network drive), synchronous=FULL, foreign keys,
a long busy timeout, write transactions that begin IMMEDIATE, secure_delete, quick_check on open, a lock record, and
a damaged, foreign or too-new file is inspected through a read-only connection and never written to.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from peerdesk import lock, schema
from peerdesk.dates import now_utc
from peerdesk.errors import (
    Busy,
    Damaged,
    InUse,
    NotAWorkspace,
    NotFound,
    PeerDeskError,
    ReadOnly,
    StorageError,
    TooNew,
)
from peerdesk.i18n import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_S = 10.0
SQLITE_HEADER = b"SQLite format 3\x00"


class LockLost(ReadOnly):
    """Someone took the lock over while we held it: this session is now read-only."""


@dataclass
class Inspection:
    """What a read-only look at a file found; raising a known error is how it says 'no'."""

    applied: list[str]
    pending: list[str] = field(default_factory=list)


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
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return StorageError(QT_TRANSLATE_NOOP(
            "Store", "Could not write to {path} ({reason}). Nothing was changed; check free disk space and that "
            "the folder is writable, then save again."), path=path, reason=str(exc))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: {reason}."), path=path, reason=str(exc))
    return exc


def _header_problem(path: Path) -> PeerDeskError | None:
    """Cheap checks on the raw header before SQLite opens the file."""
    size = path.stat().st_size
    if size == 0:
        return NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is empty, not a PeerDesk workspace."), path=path)
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_HEADER):
        return NotAWorkspace(QT_TRANSLATE_NOOP(
            "Store", "{path} is not a PeerDesk workspace (or its first bytes are damaged)."), path=path)
    if len(header) < 100:
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: the file is cut short."), path=path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_count = header[24:28] == header[92:96]  # the page count is only valid when these agree
    if page_size < 512 or (valid_count and pages * page_size > size):
        return Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: the file is cut short."), path=path)
    return None


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    # isolation_level=None: we open every transaction ourselves (BEGIN IMMEDIATE), sqlite-utils nests inside.
    if read_only:
        return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_S)
    return sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)


def _recover_hot_journal(path: Path) -> None:
    """After a crash a hot journal must be rolled back before a read-only look can succeed; SQLite does that
    on the first read through a writable connection, restoring the last committed state."""
    journal = Path(f"{path}-journal")
    if journal.exists() and journal.stat().st_size > 0:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def inspect(path: Path) -> Inspection:
    """Check a file without writing to it: a PeerDesk workspace, healthy, and not newer than this code."""
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Store", "{path} does not exist."), path=path)
    problem = _header_problem(path)
    if problem:
        raise problem
    with known_errors(path):
        _recover_hot_journal(path)
        conn = _connect(path, read_only=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                raise Damaged(QT_TRANSLATE_NOOP("Store", "{path} is damaged: SQLite's quick check failed."),
                              path=path, details=rows)
            if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
                raise NotAWorkspace(QT_TRANSLATE_NOOP("Store", "{path} is not a PeerDesk workspace."), path=path)
            applied = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                (schema.MIGRATION_SET,))]
        finally:
            conn.close()
    unknown = [n for n in applied if n not in schema.KNOWN_STEPS]
    if unknown:
        raise TooNew(QT_TRANSLATE_NOOP(
            "Store", "{path} was written by a newer PeerDesk (schema step {step}). Update PeerDesk to open it; "
            "the file was not changed."), path=path, step=unknown[-1])
    return Inspection(applied, [n for n in schema.KNOWN_STEPS if n not in applied])


BackupHook = Callable[[sqlite3.Connection, Path, str], object]


class Workspace:
    """An open workspace. Reads go through `db`; every write through `with ws.write(action) as db:`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool, actor: str) -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn, execute_plugins=False)
        self.read_only = read_only
        self.actor = actor
        self.lock_token: str | None = None
        self.workspace_id = self.meta("workspace_id")

    # -- opening -------------------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, actor: str) -> Workspace:
        """A new, empty workspace at the current schema; an existing file is refused."""
        path = Path(path)
        if path.exists():
            raise PeerDeskError(QT_TRANSLATE_NOOP("Store", "{path} already exists: it was not overwritten."),
                                path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # owner-only from the start
        except OSError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("Store", "Could not create {path}: {reason}."), path=path,
                               reason=exc.strerror) from exc
        with known_errors(path):
            conn = _connect(path, read_only=False)
            _set_pragmas(conn)
            _migrate(conn)
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                ("workspace_id", uuid.uuid4().hex), ("change_counter", "0"), ("created_at", now_utc())])
            conn.execute("COMMIT")
        ws = cls(path, conn, read_only=False, actor=actor)
        ws._take_lock(take_over=False)
        return ws

    @classmethod
    def open(cls, path: Path, *, actor: str, read_only: bool = False, take_over: bool = False,
             backup: BackupHook | None = None) -> Workspace:
        """Open for writing (taking the lock) or read-only (writing nothing at all).

        Raises NotFound, NotAWorkspace, Damaged, TooNew, InUse (with the holder), Busy or StorageError.
        `backup(conn, path, reason)` is called before a migration changes anything.
        """
        path = Path(path)
        found = inspect(path)
        if read_only:
            if found.pending:
                raise ReadOnly(QT_TRANSLATE_NOOP(
                    "Store", "{path} was made by an older PeerDesk and must be upgraded first: open it for "
                    "editing once."), path=path)
            with known_errors(path):
                return cls(path, _connect(path, read_only=True), read_only=True, actor=actor)
        with known_errors(path):
            conn = _connect(path, read_only=False)
            try:
                _set_pragmas(conn)
                ws_lock_ready = "0002_lock" in found.applied
                mine = lock.me(actor)
                if ws_lock_ready:
                    _acquire_or_raise(conn, mine, take_over, path)
                if found.pending:
                    if backup:
                        backup(conn, path, "migration")
                    _migrate(conn)
                    if not ws_lock_ready:
                        _acquire_or_raise(conn, mine, take_over, path)
            except BaseException:
                conn.close()
                raise
        ws = cls(path, conn, read_only=False, actor=actor)
        ws.lock_token = mine.token
        return ws

    def _take_lock(self, *, take_over: bool) -> None:
        mine = lock.me(self.actor)
        with known_errors(self.path):
            _acquire_or_raise(self.conn, mine, take_over, self.path)
        self.lock_token = mine.token

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.lock_token and not self.read_only:
                lock.release(self.conn, self.lock_token)
        self.conn.close()

    # -- reading -------------------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def change_counter(self) -> int:
        """Bumped by every real edit (never by the lock heartbeat): decides reloads and backups."""
        with known_errors(self.path):
            return int(self.meta("change_counter") or 0)

    # -- writing -------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self, action: str) -> Iterator[Database]:
        """One user-visible save: a single IMMEDIATE transaction that wholly happens or not at all.

        Checks the lock is still ours, bumps the change counter and logs who did what.
        """
        if self.read_only:
            raise ReadOnly(QT_TRANSLATE_NOOP("Store", "This workspace is open read-only: nothing can be changed."))
        with known_errors(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                if self.lock_token and not lock.still_ours(self.conn, self.lock_token):
                    self.read_only = True
                    taker = lock.holder(self.conn)
                    raise LockLost(QT_TRANSLATE_NOOP(
                        "Store", "{person} on {host} took this workspace over. It is now read-only here; what you "
                        "typed is still on screen."),
                        person=taker.person if taker else "?", host=taker.host if taker else "?")
                with self.db.atomic():
                    yield self.db
                    self.conn.execute(
                        "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_counter'")
                    self.conn.execute("INSERT INTO change_log (at, actor, action) VALUES (?, ?, ?)",
                                      (now_utc(), self.actor, action))
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def saved(self) -> dict[str, str]:
        """The 'saved by / saved at' columns every domain row carries."""
        return {"saved_by": self.actor, "saved_at": now_utc()}


def _set_pragmas(conn: sqlite3.Connection) -> None:
    for pragma in ("foreign_keys = ON", "journal_mode = DELETE", "synchronous = FULL",
                   f"busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}", "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending step in one IMMEDIATE transaction: the file is upgraded wholly or not at all."""
    db = Database(conn, execute_plugins=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        schema.migrations.apply(db)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _acquire_or_raise(conn: sqlite3.Connection, mine: lock.Holder, take_over: bool, path: Path) -> None:
    other = lock.try_acquire(conn, mine, take_over=take_over)
    if other:
        raise InUse(QT_TRANSLATE_NOOP("Store", "{path} is in use by {person} ({os_user}) on {host} since {since}."),
                    holder=other, path=path, person=other.person, os_user=other.os_user, host=other.host,
                    since=other.since.replace("T", " ")[:16] + " UTC")
