"""Crash trials: a writer killed with SIGKILL at a random moment loses nothing it reported saved and leaves a
healthy file; a multi-row save is wholly there or wholly absent.

PEERDESK_CRASH_SEEDS sets how many seeds each trial runs (default 30).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerdesk import inspection, lock
from peerdesk.errors import ReadOnly
from peerdesk.store import Workspace

SEEDS = int(os.environ.get("PEERDESK_CRASH_SEEDS", "30"))
ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "template.peerdesk"
    Workspace.create(path, actor="setup").close()
    return path


def _kill_at_random(path: Path, mode: str, seed: int) -> list[int]:
    """Run the child, SIGKILL it 50-400 ms after it is ready, and return the ids it reported committed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), mode], stdout=subprocess.PIPE, env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time.sleep(random.Random(seed).uniform(0.05, 0.4))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate(timeout=10)
    assert child.returncode == -signal.SIGKILL
    lines = out.split(b"\n")[:-1]  # a line cut by the kill has no newline yet and proves nothing
    return [int(line) for line in lines]


def _reopen_after_crash(path: Path) -> Workspace:
    """The dead child's lock is stale (its process is gone on this computer) and is taken over."""
    ws = Workspace.open(path, actor="after the crash", take_over=True)
    assert ws.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert ws.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return ws


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(SEEDS))
def test_single_row_saves_survive_sigkill(template: Path, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "crash.peerdesk"
    shutil.copyfile(template, path)
    reported = _kill_at_random(path, "single", seed)
    assert reported, "the child saved nothing before the kill: the trial proves nothing"
    ws = _reopen_after_crash(path)
    present = {r[0] for r in ws.conn.execute("SELECT id FROM people")}
    assert set(reported) <= present
    assert ws.change_counter() >= len(reported)
    ws.close()


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(SEEDS))
def test_multi_row_save_is_all_or_nothing_after_sigkill(template: Path, tmp_path: Path, seed: int) -> None:
    path = tmp_path / "crash.peerdesk"
    shutil.copyfile(template, path)
    reported = _kill_at_random(path, "multi", 1000 + seed)
    assert reported
    ws = _reopen_after_crash(path)
    people = {r[0] for r in ws.conn.execute("SELECT id FROM people WHERE name LIKE 'Crash %'")}
    complete = {r[0] for r in ws.conn.execute(
        "SELECT p.peer_supporter_id FROM placements p JOIN decisions d ON d.placement_id = p.id "
        "WHERE p.planned_end_date = '2027-12-31'")}
    assert set(reported) <= people
    assert people == complete  # no person without its placement and decision, and no half-updated placement
    assert ws.conn.execute("SELECT count(*) FROM placements").fetchone()[0] == len(people)
    assert ws.conn.execute("SELECT count(*) FROM decisions").fetchone()[0] == len(people)
    ws.close()


def test_my_own_crashed_session_is_no_obstacle(template: Path, tmp_path: Path) -> None:
    """Same OS user, same computer, process gone: the file opens at once, and the opener learns why."""
    path = tmp_path / "crash.peerdesk"
    shutil.copyfile(template, path)
    _kill_at_random(path, "single", 7)
    if inspection.has_hot_journal(path):  # killed mid-save: a read-only look must not roll the journal back
        with pytest.raises(ReadOnly, match="crash"):
            Workspace.open(path, actor="reader", read_only=True)
    ws = Workspace.open(path, actor="reader")
    left = lock.recovered(ws.lock_token)
    assert left is not None and left.person == "crash trial" and lock.is_stale(left)
    ws.close()
    assert inspection.inspect(path, full=True).integrity == []


def test_checks_and_viewers_while_another_process_saves(template: Path, tmp_path: Path) -> None:
    """A journal that comes and goes is normal: a look never calls the file damaged, unreadable or a bug."""
    from peerdesk import check

    path = tmp_path / "busy.peerdesk"
    shutil.copyfile(template, path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen([sys.executable, str(CHILD), str(path), "single"], stdout=subprocess.DEVNULL,
                          env=env) as writer:
        try:
            time.sleep(0.5)  # past "ready": the child saves in a loop
            looks, deadline = 0, time.monotonic() + 3
            while time.monotonic() < deadline:
                report = check.check(path)
                assert report.healthy, report.lines()
                Workspace.open(path, actor="viewer", read_only=True).close()  # as a second PC does
                looks += 1
            assert looks >= 1  # a writer saving in a tight loop makes every reader wait its turn
        finally:
            writer.kill()
