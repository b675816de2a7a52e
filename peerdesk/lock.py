"""The lock record: one row in the workspace naming who has it open for writing.

It works on a shared network drive where OS file locks are unreliable: every holder refreshes a heartbeat each
minute, a second opener reads who holds the file, and a lock whose heartbeat is old (or whose process is gone on
this same computer) is stale and may be taken over. Lock writes do not count as changes: they never bump the change
counter, so they trigger neither reloads nor backups.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import sqlite3
import uuid
from dataclasses import dataclass

from peerdesk.dates import now_utc
from peerdesk.transaction import immediate

HEARTBEAT_SECONDS = 60
STALE_AFTER = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class Holder:
    token: str
    person: str
    os_user: str
    host: str
    pid: int
    since: str
    heartbeat: str


def me(person: str) -> Holder:
    now = now_utc()
    return Holder(uuid.uuid4().hex, person, os_user(), socket.gethostname(), os.getpid(), now, now)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def holder(conn: sqlite3.Connection) -> Holder | None:
    row = conn.execute("SELECT token, person, os_user, host, pid, since, heartbeat FROM lock WHERE id = 1").fetchone()
    return Holder(*row) if row else None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but belongs to someone else, or we cannot tell: assume alive
    return True


def is_stale(h: Holder, now: dt.datetime | None = None) -> bool:
    """Old heartbeat, or the holder's process is gone on this very computer (a crash)."""
    now = now or dt.datetime.now(dt.UTC)
    if now - dt.datetime.fromisoformat(h.heartbeat) > STALE_AFTER:
        return True
    return h.host == socket.gethostname() and h.pid != os.getpid() and not _process_alive(h.pid)


def try_acquire(conn: sqlite3.Connection, mine: Holder, *, take_over: bool = False) -> Holder | None:
    """Take the lock; return None on success, or the other holder when it is held and not ours to take.

    A stale lock is taken only with `take_over` (the caller asked the user, or is the command line); a live one never.
    """
    with immediate(conn):
        other = holder(conn)
        if other and other.token != mine.token and not (take_over and is_stale(other)):
            return other
        conn.execute(
            "INSERT OR REPLACE INTO lock (id, token, person, os_user, host, pid, since, heartbeat) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
            (mine.token, mine.person, mine.os_user, mine.host, mine.pid, mine.since, now_utc()))
    return None


def heartbeat(conn: sqlite3.Connection, token: str) -> bool:
    """Refresh our heartbeat; False when the lock is no longer ours (taken over)."""
    cur = conn.execute("UPDATE lock SET heartbeat = ? WHERE id = 1 AND token = ?", (now_utc(), token))
    return cur.rowcount == 1


def rename_holder(conn: sqlite3.Connection, token: str, person: str) -> bool:
    """Name the person who holds our lock (known only after "who are you"); False when it is no longer ours."""
    return conn.execute("UPDATE lock SET person = ? WHERE id = 1 AND token = ?", (person, token)).rowcount == 1


def still_ours(conn: sqlite3.Connection, token: str) -> bool:
    return conn.execute("SELECT 1 FROM lock WHERE id = 1 AND token = ?", (token,)).fetchone() is not None


def release(conn: sqlite3.Connection, token: str) -> None:
    conn.execute("DELETE FROM lock WHERE id = 1 AND token = ?", (token,))
