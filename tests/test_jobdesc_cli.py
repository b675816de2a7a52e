"""`peerdesk jobdesc`: a version as Markdown headed by its number, date, state and approvals; a per-section diff."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from peerdesk.jobdesc import draft
from peerdesk.placements import list_placements
from peerdesk.store import Workspace


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "peerdesk", "jobdesc", *args, "--lang", lang], capture_output=True,
                          text=True, env=env, timeout=60)
    assert "Traceback" not in proc.stderr
    return proc


def test_the_agreed_version_by_default_with_its_header(demo_path: Path) -> None:
    wrong = run("--workspace", str(demo_path), "--placement", "jonas öberg")  # names match exactly
    assert wrong.returncode == 1 and "Jonas Öberg (" in wrong.stderr  # the candidates are named
    proc = run("--workspace", str(demo_path), "--placement", "Jonas Öberg")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "# Local job description: Jonas Öberg, Träffpunkt Solrosen"
    assert lines[1].startswith("Revision 2 · ") and " · agreed · approved by Maria Lindqvist (unit manager)" in lines[1]
    assert "Jonas Öberg (peer supporter)" in lines[1]
    assert "## Arbetsuppgifter" in lines and "## Syfte" in lines
    assert any(line.startswith("- Ledsagning") and "(covers: Accompanied visit)" in line for line in lines)


def test_revisions_agreed_and_draft_in_swedish(demo_path: Path) -> None:
    first = run("--workspace", str(demo_path), "--placement", "Jonas Öberg", "--revision", "3", lang="sv")
    assert first.returncode == 0 and "väntar på godkännande av peer supporter" in first.stdout.splitlines()[1]
    drafted = run("--workspace", str(demo_path), "--placement", "Jonas Öberg", "--revision", "draft", lang="sv")
    assert drafted.returncode == 0 and drafted.stdout.splitlines()[1].startswith("Utkast")
    assert "eget betalkort" in drafted.stdout
    sara = run("--workspace", str(demo_path), "--placement", "Sara Åkesson", "--revision", "agreed")
    assert sara.returncode == 1 and sara.stderr.strip() == "No revision has been approved by both yet."


def test_diff_of_two_revisions_per_section(demo_path: Path) -> None:
    proc = run("--workspace", str(demo_path), "--placement", "Jonas Öberg", "--diff", "1", "2")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "--- Revision 1: Utrustning och arbetsmiljö" in lines
    assert "+++ Revision 2: Utrustning och arbetsmiljö" in lines
    assert "-Träffpunkten står för telefon och dator." in lines
    assert any(line.startswith("+[task] Ledsagning") for line in lines)
    assert not any("Handledning" in line for line in lines if line.startswith("---"))  # unchanged: left out


def test_refusals_and_usage_errors(demo_path: Path, tmp_path: Path) -> None:
    several = run("--workspace", str(demo_path))
    assert several.returncode == 1 and "--placement" in several.stderr and "Sara Åkesson" in several.stderr
    assert run("--workspace", str(demo_path), "--placement", "Jonas Öberg", "--revision", "9").returncode == 1
    assert run("--workspace", str(demo_path), "--placement", "Ingen Alls").returncode == 1
    assert run("--workspace", str(demo_path), "--revision", "x").returncode == 2
    assert run("--workspace", str(demo_path), "--revision", "1", "--diff", "1", "2").returncode == 2
    assert run("--workspace", str(tmp_path / "missing.peerdesk")).returncode == 1


def test_a_draft_with_an_identity_number_is_not_printed(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="Maria Lindqvist")
    jd = draft.get_job_description(ws, list_placements(ws)[1].id)
    section = draft.list_sections(ws, jd.id)[0]
    draft.save_text(ws, section.id, "Ring 19121212-1212", expected_version=section.version)
    ws.close()
    proc = run("--workspace", str(demo_path), "--placement", "Sara Åkesson", "--revision", "draft")
    assert proc.returncode == 1 and "Section “Syfte”" in proc.stderr and proc.stdout == ""


def test_a_file_in_use_elsewhere_is_still_read(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="Maria Lindqvist")  # holds the lock
    try:
        assert run("--workspace", str(demo_path), "--placement", "Sara Åkesson").returncode == 0
    finally:
        ws.close()
