"""The command line contract (DESIGN.md §8): output, exit codes, languages, and never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk import __version__


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "peerdesk", *args, "--lang", lang] if args and args[0] != "--version"
                          else [sys.executable, "-m", "peerdesk", *args], capture_output=True, text=True, env=env,
                          timeout=60)
    assert "Traceback" not in proc.stderr
    return proc


def test_version() -> None:
    proc = run("--version")
    assert (proc.returncode, proc.stdout.strip()) == (0, f"PeerDesk {__version__}")


def test_demo_writes_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.peerdesk"
    first = run("demo", str(path))
    assert first.returncode == 0 and path.exists()
    before = path.read_bytes()
    again = run("demo", str(path), lang="sv")
    assert again.returncode == 1
    assert again.stderr.strip().endswith("finns redan: den skrevs inte över.")
    assert path.read_bytes() == before


def test_check_good_file(demo_path: Path) -> None:
    proc = run("check", str(demo_path))
    assert proc.returncode == 0
    assert "healthy" in proc.stdout.splitlines()[0]


def test_check_speaks_swedish(demo_path: Path) -> None:
    english = run("check", str(demo_path)).stdout.splitlines()[0]
    swedish = run("check", str(demo_path), lang="sv")
    assert swedish.returncode == 0 and swedish.stdout.splitlines()[0] != english


@pytest.mark.parametrize("kind", ["text", "truncated"])
def test_check_bad_files(tmp_path: Path, demo_path: Path, kind: str) -> None:
    if kind == "text":
        path = tmp_path / "notes.peerdesk"
        path.write_text("inte en arbetsplats", encoding="utf-8")
    else:
        path = demo_path
        path.write_bytes(path.read_bytes()[:3000])
    before = path.read_bytes()
    proc = run("check", str(path))
    assert proc.returncode == 1
    assert str(path) in proc.stdout.splitlines()[0] + proc.stderr
    assert path.read_bytes() == before


def test_wrong_usage_exits_2() -> None:
    assert run("check").returncode == 2
    assert run("nonsense-command").returncode == 2


def test_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    proc = run("backups", str(tmp_path / "nope.peerdesk"))
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and "does not exist" in proc.stderr


def test_backup_backups_and_restore(demo_path: Path) -> None:
    made = run("backup", str(demo_path))
    assert made.returncode == 0
    listed = run("backups", str(demo_path)).stdout.splitlines()
    assert len(listed) == 1 and "made by hand" in listed[0]
    backup_path = listed[0].split("\t")[0]
    restored = run("restore", backup_path, "--workspace", str(demo_path), "--as", "Maria Lindqvist")
    assert restored.returncode == 0, restored.stderr
    assert run("check", str(demo_path), "--full").returncode == 0


def test_restore_refuses_a_workspace_in_use(demo_path: Path) -> None:
    from peerdesk.store import Workspace

    backup_path = run("backup", str(demo_path)).stdout.split(" ", 3)[-1].strip().rstrip(".")
    holder = Workspace.open(demo_path, actor="Sara Åkesson")
    try:
        proc = run("restore", backup_path, "--workspace", str(demo_path))
        assert proc.returncode == 3
        assert "Sara Åkesson" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    finally:
        holder.close()


def test_repair_a_garbled_header(demo_path: Path) -> None:
    from peerdesk.store import Workspace

    Workspace.open(demo_path, actor="x").close()  # known to this machine's index
    data = bytearray(demo_path.read_bytes())
    data[:16] = b"garbage garbage!"
    demo_path.write_bytes(bytes(data))
    assert run("check", str(demo_path)).returncode == 1
    repaired = run("check", str(demo_path), "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert run("check", str(demo_path), "--full").returncode == 0
