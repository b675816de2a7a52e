"""The command line contract (DESIGN.md §8): output, exit codes, languages, and never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from workspaces import with_placed_supporters

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


LATIN1 = os.fsdecode(b"/tmp/peerdesk-x\xe4.peerdesk")  # a name from an old USB stick: not UTF-8


@pytest.mark.parametrize("kind", ["long", "latin1", "loop"])
@pytest.mark.parametrize("command", ["demo", "check", "backup", "backups", "restore"])
def test_odd_paths_are_one_clear_line(tmp_path: Path, command: str, kind: str) -> None:
    from peerdesk.cli import main

    loop = tmp_path / "loop.peerdesk"
    loop.symlink_to(loop)
    path = {"long": str(tmp_path / ("a" * 300 + ".peerdesk")), "latin1": LATIN1, "loop": str(loop)}[kind]
    argv = ["restore", str(tmp_path / "b.peerdesk"), "--workspace", path] if command == "restore" else [command, path]
    proc = subprocess.run([sys.executable, "-c", "import sys; from peerdesk.cli import main; sys.exit(main())",
                           *[os.fsencode(a) for a in argv], "--lang", "en"], capture_output=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1 and "Unexpected error" not in err and len(err.strip().splitlines()) == 1, err
    assert main is not None


def test_as_with_unreadable_letters_is_one_clear_line(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "peerdesk", "demo", str(tmp_path / "d.peerdesk"), "--as",
                           os.fsencode(os.fsdecode(b"K\xe4rin")), "--lang", "en"], capture_output=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert proc.returncode == 1 and b"Unexpected" not in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_a_damaged_files_first_line_is_printed_once_on_a_terminal(demo_path: Path) -> None:
    demo_path.write_bytes(demo_path.read_bytes()[:3000])
    proc = subprocess.run([sys.executable, "-m", "peerdesk", "check", str(demo_path), "--lang", "en"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    first = proc.stdout.splitlines()[0]
    assert proc.returncode == 1 and proc.stdout.count(first) == 1


def test_repair_that_loses_records_names_the_backup_and_exits_1(demo_path: Path) -> None:
    from test_check import corrupt_table_page

    with_placed_supporters(demo_path, 200)  # several pages of people, one in the middle to damage
    assert run("backup", str(demo_path)).returncode == 0
    corrupt_table_page(demo_path, "people")
    proc = run("check", str(demo_path), "--repair")
    out = proc.stdout.splitlines()
    assert proc.returncode == 1
    assert any("was repaired, but" in line and "records could not be saved" in line for line in out)
    assert any(f"--workspace {demo_path}" in line and "peerdesk restore" in line for line in out)
    assert "could not be saved" in proc.stderr


def test_check_of_a_damaged_file_names_both_ways_out_before_changing_anything(demo_path: Path) -> None:
    from test_check import corrupt_table_page

    with_placed_supporters(demo_path, 200)  # several pages of people, one in the middle to damage
    assert run("backup", str(demo_path)).returncode == 0
    corrupt_table_page(demo_path, "people")
    damaged = demo_path.read_bytes()
    proc = run("check", str(demo_path))
    out = proc.stdout.splitlines()
    assert proc.returncode == 1 and "is damaged" in out[0]
    assert any(line.startswith("Restoring the backup from") for line in out)
    assert any(line.startswith("Recommended: restoring the backup") for line in out)  # nothing saved after it
    assert any(line.startswith("peerdesk restore") or "peerdesk restore" in line for line in out)
    assert any("--repair" in line for line in out)
    assert "malformed" not in proc.stdout + proc.stderr  # SQLite's own words go to the log, for support
    assert demo_path.read_bytes() == damaged  # a check changes nothing


def test_help_and_usage_errors_go_through_the_catalog(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from peerdesk import cli

    def shouting(lang: str) -> object:
        def translate(context: str, text: str) -> str:  # a stand-in catalog
            return text.replace("also ", "även ").replace("the following arguments are required", "krävs")
        cli._translate_argparse(translate)
        return translate

    monkeypatch.setattr(cli, "_translator", shouting)
    monkeypatch.setattr(cli.argparse, "_", cli.argparse._)  # put argparse's own words back afterwards
    assert cli.main(["check", "--help"]) == 0
    assert "även integrity_check" in capsys.readouterr().out
    assert cli.main(["check"]) == 2
    assert "krävs: FILE" in capsys.readouterr().err


def test_the_program_leaves_its_workspace_closed_when_it_exits_straight_away(demo_path: Path) -> None:
    """`peerdesk` ends without Python's teardown (cli.run): by then the lock is released and no save is left
    half-done, so the next opening has nothing to recover."""
    from peerdesk import inspection, lock

    assert run(str(demo_path), "--smoke").returncode == 0
    assert lock.read_holder(demo_path) is None
    assert not inspection.has_hot_journal(demo_path)
