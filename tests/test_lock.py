"""The lock record: who holds a workspace, read-only viewers that write nothing, stale locks, take-over."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
from pathlib import Path

import pytest
from workspaces import dead_pid, set_lock

from peerdesk import lock
from peerdesk.errors import InUse, ReadOnly
from peerdesk.people import add_person
from peerdesk.store import LockLost, Workspace


def test_second_opener_is_told_who_where_and_since(ws: Workspace) -> None:
    with pytest.raises(InUse) as caught:
        Workspace.open(ws.path, actor="Sara Åkesson")
    message = caught.value.message()
    since = lock.holder(ws.conn).since.replace("T", " ")[:16]  # type: ignore[union-attr]
    assert "Maria Lindqvist" in message and socket.gethostname() in message and since in message
    assert caught.value.exit_code == 3
    with pytest.raises(InUse):  # a lock that is alive is never taken over
        Workspace.open(ws.path, actor="Sara Åkesson", take_over=True)


def test_read_only_session_writes_nothing(ws: Workspace) -> None:
    before = (ws.path.read_bytes(), os.stat(ws.path).st_mtime_ns)
    viewer = Workspace.open(ws.path, actor="Sara Åkesson", read_only=True)
    assert viewer.read_only and viewer.change_counter() == ws.change_counter()
    with pytest.raises(ReadOnly):
        add_person(viewer, "Ny Person", "supervisor")
    assert viewer.heartbeat() is False
    viewer.close()
    assert (ws.path.read_bytes(), os.stat(ws.path).st_mtime_ns) == before


@pytest.mark.parametrize("how", ["old heartbeat", "dead process"])
def test_stale_lock_can_be_taken_over(demo_path: Path, how: str) -> None:
    holder = Workspace.open(demo_path, actor="Maria Lindqvist")
    holder.conn.close()  # the holder is gone without releasing: a crash, or a PC switched off
    if how == "old heartbeat":
        old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=6)).replace(microsecond=0).isoformat()
        set_lock(demo_path, heartbeat=old, host="another-pc")
    else:  # someone else's session on this computer (a shared terminal server) that crashed
        set_lock(demo_path, pid=dead_pid(), os_user="someone-else", token="theirs")
    with pytest.raises(InUse):  # without being asked, a stale lock is still reported
        Workspace.open(demo_path, actor="Sara Åkesson")
    taker = Workspace.open(demo_path, actor="Sara Åkesson", take_over=True)
    assert lock.holder(taker.conn).person == "Sara Åkesson"  # type: ignore[union-attr]
    taker.close()


def test_fresh_lock_on_another_computer_is_not_stale(demo_path: Path) -> None:
    Workspace.open(demo_path, actor="Maria Lindqvist").conn.close()
    set_lock(demo_path, host="another-pc", pid=dead_pid())  # a pid means nothing on another computer
    with pytest.raises(InUse, match="another-pc"):
        Workspace.open(demo_path, actor="Sara Åkesson", take_over=True)


def test_first_holder_notices_a_take_over_on_its_next_write(demo_path: Path) -> None:
    first = Workspace.open(demo_path, actor="Maria Lindqvist")
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=10)).replace(microsecond=0).isoformat()
    set_lock(demo_path, heartbeat=old)  # e.g. the laptop slept: its heartbeat stopped
    second = Workspace.open(demo_path, actor="Sara Åkesson", take_over=True)
    before = list(second.conn.iterdump())
    with pytest.raises(LockLost, match="Sara Åkesson"):
        add_person(first, "Jonas Berg", "supervisor")
    assert first.read_only
    assert first.heartbeat() is False
    assert list(second.conn.iterdump()) == before  # the lost write left no trace
    first.close()  # must not release the lock it no longer holds
    assert lock.holder(second.conn).person == "Sara Åkesson"  # type: ignore[union-attr]
    second.close()


def test_heartbeat_is_no_change(ws: Workspace) -> None:
    counter = ws.change_counter()
    set_lock(ws.path, heartbeat="2000-01-01T00:00:00+00:00")
    assert ws.heartbeat() is True
    assert lock.holder(ws.conn).heartbeat > "2000-01-01"  # type: ignore[union-attr]
    assert ws.change_counter() == counter


def test_lock_is_released_on_close(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="Maria Lindqvist")
    ws.close()
    viewer = Workspace.open(demo_path, actor="x", read_only=True)
    assert lock.holder(viewer.conn) is None
    viewer.close()


def test_the_lock_names_the_person_chosen_after_opening(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="root")
    counter = ws.change_counter()
    ws.set_actor("Karin Åström")
    with pytest.raises(InUse, match="Karin Åström"):
        Workspace.open(demo_path, actor="someone else")
    assert ws.change_counter() == counter  # naming the holder is no change to the workspace
    ws.close()


def test_my_own_crashed_lock_opens_straight_away_with_a_note(demo_path: Path) -> None:
    """kill -9 or a power cut: the lock names this OS user on this computer, and its process is gone."""
    Workspace.open(demo_path, actor="Maria Lindqvist").conn.close()
    set_lock(demo_path, pid=dead_pid(), token="from-the-crashed-session")
    ws = Workspace.open(demo_path, actor="Maria Lindqvist")  # not asked, not refused
    left = lock.recovered(ws.lock_token)
    assert left is not None and left.person == "Maria Lindqvist"
    assert lock.recovered(ws.lock_token) is None  # said once
    ws.close()


def test_a_reused_pid_does_not_keep_my_old_lock_alive(demo_path: Path) -> None:
    """After a reboot the pid in the lock may be taken by another process, even by this very one."""
    Workspace.open(demo_path, actor="Maria Lindqvist").conn.close()
    set_lock(demo_path, pid=os.getpid(), token="before-the-reboot")
    Workspace.open(demo_path, actor="Maria Lindqvist").close()
    # A lock taken an hour ago whose pid now belongs to a process started just now: a reused pid.
    hour_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat()
    with subprocess.Popen(["sleep", "5"]) as newcomer:
        left = lock.Holder("x", "p", lock.os_user(), socket.gethostname(), newcomer.pid, hour_ago, hour_ago)
        assert lock.is_own_leftover(left) == Path("/proc").is_dir()  # known where /proc tells when it started
        newcomer.kill()


def test_closing_on_a_full_disk_does_not_strand_the_lock(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="Maria Lindqvist")
    ws.conn.execute("PRAGMA query_only = ON")  # the release's write fails, as on a full disk
    ws.close()
    viewer = Workspace.open(demo_path, actor="x", read_only=True)
    assert lock.holder(viewer.conn) is not None  # the row stayed behind ...
    viewer.close()
    again = Workspace.open(demo_path, actor="Maria Lindqvist")  # ... yet this process opens its file again
    assert lock.recovered(again.lock_token) is not None
    again.close()


def test_a_live_lock_in_this_same_process_is_still_refused(ws: Workspace) -> None:
    with pytest.raises(InUse):
        Workspace.open(ws.path, actor="Sara Åkesson")
