"""The lock record: one row in the workspace naming who has it open for writing.

It works on a shared network drive where OS file locks are unreliable: every holder refreshes a heartbeat each
minute, a second opener reads who holds the file, and a lock whose heartbeat is old (or whose process is gone on
this same computer) is stale and may be taken over. A lock left behind by this same OS user on this same computer
(a crash, a power cut, a close that could not write on a full disk) is no one else's: it is replaced at once, and
`recovered()` tells the opener so it can say that the last session ended without closing. Lock writes do not count
as changes: they never bump the change counter, so they trigger neither reloads nor backups.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import secrets
import socket
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

from peerdesk.dates import now_utc
from peerdesk.transaction import immediate

HEARTBEAT_SECONDS = 60
STALE_AFTER = dt.timedelta(minutes=5)
_held: set[str] = set()  # tokens this process holds right now (a pid alone may be reused after a reboot)
_recovered: dict[str, Holder] = {}  # our token -> the leftover lock of ours it replaced


class Holder(NamedTuple):
    token: str
    person: str
    os_user: str
    host: str
    pid: int
    since: str
    heartbeat: str


def me(person: str) -> Holder:
    now = now_utc()
    return Holder(secrets.token_hex(16), person, os_user(), socket.gethostname(), os.getpid(), now, now)


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def holder(conn: sqlite3.Connection) -> Holder | None:
    row = conn.execute("SELECT token, person, os_user, host, pid, since, heartbeat FROM lock WHERE id = 1").fetchone()
    return Holder(*row) if row else None


def _process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when we cannot tell)."""
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process there
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but belongs to someone else, or we cannot tell: assume alive
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        return not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _pid_is_a_newer_process(h: Holder) -> bool:
    """The pid now belongs to another process than the lock's: it started after the lock was taken, or (for a lock
    of ours) it runs as another user. Known on Linux (/proc); elsewhere False (the pid is trusted)."""
    proc = Path(f"/proc/{h.pid}")
    try:
        if h.os_user == os_user() and hasattr(os, "getuid") and proc.stat().st_uid != os.getuid():
            return True
        ticks = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[19])
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
    except (OSError, ValueError, IndexError, StopIteration):
        return False
    started = dt.datetime.fromtimestamp(boot + ticks / os.sysconf("SC_CLK_TCK"), dt.UTC)
    return started > dt.datetime.fromisoformat(h.since) + dt.timedelta(seconds=2)  # clock ticks are coarse


def _process_gone(h: Holder) -> bool:
    """On this computer: the holder's process no longer runs (dead, or its pid reused since)."""
    if h.host != socket.gethostname() or h.token in _held:
        return False
    return h.pid == os.getpid() or not _process_alive(h.pid) or _pid_is_a_newer_process(h)


def is_stale(h: Holder, now: dt.datetime | None = None) -> bool:
    """Old heartbeat, or the holder's process is gone on this very computer (a crash)."""
    now = now or dt.datetime.now(dt.UTC)
    if now - dt.datetime.fromisoformat(h.heartbeat) > STALE_AFTER:
        return True
    return _process_gone(h)


def is_own_leftover(h: Holder) -> bool:
    """Left behind by this OS user on this computer by a session that no longer runs: ours to replace unasked."""
    return h.os_user == os_user() and _process_gone(h)


def write_holder(conn: sqlite3.Connection, h: Holder) -> None:
    """The one lock row, naming `h` (inside the caller's write transaction)."""
    conn.execute("INSERT OR REPLACE INTO lock (id, token, person, os_user, host, pid, since, heartbeat) "
                 "VALUES (1, ?, ?, ?, ?, ?, ?, ?)", (h.token, h.person, h.os_user, h.host, h.pid, h.since, now_utc()))


def try_acquire(conn: sqlite3.Connection, mine: Holder, *, take_over: bool = False) -> Holder | None:
    """Take the lock; return None on success, or the other holder when it is held and not ours to take.

    A stale lock is taken only with `take_over` (the caller asked the user, or is the command line); a live one never.
    Our own leftover (is_own_leftover) is taken without asking, and remembered for `recovered(mine.token)`.
    """
    with immediate(conn):
        other = holder(conn)
        leftover = other is not None and other.token != mine.token and is_own_leftover(other)
        if other and other.token != mine.token and not leftover and not (take_over and is_stale(other)):
            return other
        write_holder(conn, mine)
    _held.add(mine.token)
    if leftover and other is not None:
        _recovered[mine.token] = other
    return None


def recovered(token: str | None) -> Holder | None:
    """The leftover lock of ours that taking `token` replaced (the last session ended without closing), once."""
    return _recovered.pop(token, None) if token else None


def read_holder(path: Path) -> Holder | None:
    """Who holds the file now, read through a fresh read-only connection (to watch a lock while asking the user).
    Raises a known error (busy, damaged, …) when the file cannot be read."""
    from peerdesk.inspection import connect, known_errors

    with known_errors(path):
        conn = connect(path, read_only=True)
        try:
            return holder(conn)
        finally:
            conn.close()


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
    """Give the lock up. When the file cannot be written (a full disk) the row stays behind, but this process no
    longer counts as holding it: the next open by this user on this computer replaces it (is_own_leftover)."""
    try:
        conn.execute("DELETE FROM lock WHERE id = 1 AND token = ?", (token,))
    finally:
        _held.discard(token)
