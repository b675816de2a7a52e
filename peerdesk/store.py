"""The workspace file: opening, checking, migrating and writing one SQLite file safely.

Safety rules (DESIGN.md §5): rollback journal (the file may sit on a network drive), synchronous=FULL, foreign keys,
a long busy timeout, write transactions that begin IMMEDIATE, secure_delete, quick_check on open, a lock record, and
a damaged, foreign or too-new file is inspected through a read-only connection and never written to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from peerdesk import lock, schema
from peerdesk.dates import now_utc
from peerdesk.errors import InUse, ReadOnly, already_exists, cannot_create
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.identity import remember, workspace_id
from peerdesk.inspection import BUSY_TIMEOUT_S, connect, inspect, known_errors
from peerdesk.query import Reader, open_reader
from peerdesk.transaction import immediate


class LockLost(ReadOnly):
    """Someone took the lock over while we held it: this session is now read-only."""


def in_use(other: lock.Holder, path: Path) -> InUse:
    return InUse(QT_TRANSLATE_NOOP("Store", "{path} is in use by {person} ({os_user}) on {host} since {since}."),
                 holder=other, path=path, person=other.person, os_user=other.os_user, host=other.host,
                 since=f"{dt.datetime.fromisoformat(other.since).astimezone():%Y-%m-%d %H:%M}")


def mark_changed(conn: sqlite3.Connection, actor: str, action: str) -> None:
    """Inside a write transaction: bump the change counter (other processes and backups watch it) and log who did
    what. Every kind of change (an edit, a restore, a repair) marks itself here."""
    conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('change_counter', '0')")
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_counter'")
    conn.execute("INSERT INTO change_log (at, actor, action) VALUES (?, ?, ?)", (now_utc(), actor, action))


class Workspace(Reader):
    """An open workspace. Reads go through the Reader methods (`query`, `one`, `rows`, `value`); every write
    through `with ws.write(label) as db:` inside a domain operation that returns a `changes.Change`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool, actor: str) -> None:
        super().__init__(path, conn)
        self.read_only = read_only
        self.actor = actor
        self.lock_token: str | None = None
        self._writing = False
        self.workspace_id = workspace_id(conn, path)

    @functools.cached_property
    def db(self) -> Database:
        """sqlite-utils over our connection, for domain writes (imported on first use, see schema.migrations)."""
        return _database(self.conn)

    # -- opening -------------------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, *, actor: str) -> Workspace:
        """A new, empty workspace at the current schema; an existing file is refused."""
        path = Path(path)
        conn = new_file(path)
        with known_errors(path):
            try:
                with immediate(conn):
                    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
                        ("workspace_id", secrets.token_hex(16)), ("change_counter", "0"), ("created_at", now_utc())])
            except BaseException:
                conn.close()
                raise
        ws = cls(path, conn, read_only=False, actor=actor)
        try:
            ws._take_lock(take_over=False)
        except BaseException:
            conn.close()
            raise
        remember(path, ws.workspace_id)
        return ws

    @classmethod
    def open(cls, path: Path, *, actor: str, read_only: bool = False, take_over: bool = False) -> Workspace:
        """Open for writing (taking the lock) or read-only (writing nothing at all).

        Raises NotFound, NotAWorkspace, Damaged, TooNew, InUse (with the holder), Busy or StorageError. A file made
        by an older PeerDesk is backed up before it is upgraded, whoever opens it: there is no way around it.
        """
        path = Path(path)
        found = inspect(path)
        if read_only:
            if found.pending:
                raise ReadOnly(QT_TRANSLATE_NOOP(
                    "Store", "{path} was made by an older PeerDesk and must be upgraded first: open it for "
                    "editing once."), path=path)
            if found.hot_journal:  # a read-only connection cannot read past it, and must not roll it back
                raise ReadOnly(QT_TRANSLATE_NOOP(
                    "Store", "{path} was left in the middle of a save by a crash. Open it for editing once (taking "
                    "over the lock) to finish recovering it."), path=path)
            with known_errors(path):
                ws = cls(path, connect(path, read_only=True), read_only=True, actor=actor)
            remember(path, ws.workspace_id)
            return ws
        mine = lock.me(actor)
        with known_errors(path):
            conn = connect(path, read_only=False)
            try:
                # The first statement rolls back a hot journal in place: inspect() proved the rolled-back state
                # healthy on a private copy first.
                _set_pragmas(conn)
                ws_lock_ready = "0002_lock" in found.applied
                if ws_lock_ready:
                    _acquire_or_raise(conn, mine, take_over, path)
                if found.pending:
                    from peerdesk.backup import make_backup  # backup builds on this module

                    make_backup(conn, path, "migration")
                    _migrate(conn)
                    if not ws_lock_ready:
                        _acquire_or_raise(conn, mine, take_over, path)
                _ensure_identity(conn, path)
            except BaseException:
                with contextlib.suppress(sqlite3.Error):  # a failed open must not leave our lock behind
                    lock.release(conn, mine.token)
                conn.close()
                raise
        ws = cls(path, conn, read_only=False, actor=actor)
        ws.lock_token = mine.token
        remember(path, ws.workspace_id)
        return ws

    def _take_lock(self, *, take_over: bool) -> None:
        mine = lock.me(self.actor)
        with known_errors(self.path):
            _acquire_or_raise(self.conn, mine, take_over, self.path)
        self.lock_token = mine.token

    def set_actor(self, name: str) -> None:
        """Who saves from now on; the lock record names them too, for anyone else who tries to open the file.

        Renaming the lock is no change to the workspace: the change counter does not move.
        """
        self.actor = name
        if self.lock_token and not self.read_only:
            with known_errors(self.path):
                if not lock.rename_holder(self.conn, self.lock_token, name):
                    self.read_only = True

    def heartbeat(self) -> bool:
        """Refresh the lock's heartbeat (the GUI calls this every minute; it is no change and bumps no counter).

        False when someone took the lock over: this session is read-only from now on.
        """
        if self.read_only or not self.lock_token:
            return not self.read_only
        with known_errors(self.path):
            if not lock.heartbeat(self.conn, self.lock_token):
                self.read_only = True
        return not self.read_only

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.lock_token and not self.read_only:
                lock.release(self.conn, self.lock_token)
        self.conn.close()

    # -- reading -------------------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        return self.value("SELECT value FROM meta WHERE key = ?", (key,))

    def lock_holder(self) -> lock.Holder | None:
        """Who holds the file's lock now (to name whoever took it over)."""
        with known_errors(self.path):
            return lock.holder(self.conn)

    def reader(self) -> Reader:
        """A second, read-only connection for work off the GUI thread (reports, exports); close it when done."""
        return open_reader(self.path)

    @property
    def is_demo(self) -> bool:
        """The demo workspace (`peerdesk demo`), marked so in the title bar."""
        return self.meta("demo") == "1"

    def change_counter(self) -> int:
        """Bumped by every real edit (never by the lock heartbeat): decides reloads and backups."""
        return int(self.meta("change_counter") or 0)

    # -- writing -------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self, label: Msg | str) -> Iterator[Database]:
        """One user-visible save: a single IMMEDIATE transaction that wholly happens or not at all.

        Checks the lock is still ours, bumps the change counter and logs who did what. Writes opened inside it
        (domain operations composed into one edit) join it as savepoints.
        """
        if self.read_only:
            raise ReadOnly(QT_TRANSLATE_NOOP("Store", "This workspace is open read-only: nothing can be changed."))
        if self._writing:  # a compound edit: nested operations share the outer transaction and count as one change
            with self.db.atomic():
                yield self.db
            return
        with known_errors(self.path), immediate(self.conn), self._nested():
            if self.lock_token and not lock.still_ours(self.conn, self.lock_token):
                self.read_only = True
                taker = lock.holder(self.conn)
                raise LockLost(QT_TRANSLATE_NOOP(
                    "Store", "{person} on {host} took this workspace over. It is now read-only here; what you "
                    "typed is still on screen."),
                    person=taker.person if taker else "?", host=taker.host if taker else "?")
            with self.db.atomic():
                yield self.db
                mark_changed(self.conn, self.actor, label.text if isinstance(label, Msg) else label)

    @contextlib.contextmanager
    def _nested(self) -> Iterator[None]:
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def saved(self) -> dict[str, str]:
        """The 'saved by / saved at' columns every domain row carries."""
        return {"saved_by": self.actor, "saved_at": now_utc()}


def new_file(path: Path) -> sqlite3.Connection:
    """A new file, owner-only from the start, at the current schema (without identity or lock); an existing file
    is refused."""
    if path.exists():
        raise already_exists(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise cannot_create(path, exc) from exc
    with known_errors(path):
        conn = connect(path, read_only=False)
        try:
            _set_pragmas(conn)
            _migrate(conn)
        except BaseException:
            conn.close()
            path.unlink(missing_ok=True)  # we made it a moment ago: leave nothing half-made behind
            raise
    return conn


def _set_pragmas(conn: sqlite3.Connection) -> None:
    for pragma in ("foreign_keys = ON", "journal_mode = DELETE", "synchronous = FULL",
                   f"busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}", "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")


def _database(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending step in one IMMEDIATE transaction: the file is upgraded wholly or not at all."""
    with immediate(conn):
        schema.migrations().apply(_database(conn))


def _ensure_identity(conn: sqlite3.Connection, path: Path) -> None:
    """A file missing its id or change counter (a crash right after its schema was created) gets them, once."""
    have = {r[0] for r in conn.execute("SELECT key FROM meta WHERE key IN ('workspace_id', 'change_counter')")}
    if len(have) == 2:
        return
    with immediate(conn):
        conn.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                         [("workspace_id", workspace_id(conn, path)), ("change_counter", "0")])


def _acquire_or_raise(conn: sqlite3.Connection, mine: lock.Holder, take_over: bool, path: Path) -> None:
    other = lock.try_acquire(conn, mine, take_over=take_over)
    if other:
        raise in_use(other, path)
