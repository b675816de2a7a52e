"""`peerdesk checklist`: the checklist as plain text, one item per line; only the overdue ones; placements by name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_cli import run

from peerdesk.checklist import items as checklist
from peerdesk.placements import list_placements
from peerdesk.store import Workspace


def test_one_placement_one_item_per_line_in_the_chosen_language(demo_path: Path) -> None:
    proc = run("checklist", "--workspace", str(demo_path), "--placement", "Sara Åkesson", lang="sv")
    assert proc.returncode == 0 and proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert len(lines) == 30
    phase, state, due, owner, item, answer = lines[0].split("\t")
    assert (phase, owner, item) == ("Före start", "Enhetschef", "Skriv en implementeringsplan för introduktionen")
    assert state.startswith("Klar ") and dt.date.fromisoformat(due) and answer == ""
    phone = next(line for line in lines if "tjänstetelefonen" in line)
    assert phone.split("\t")[-1] == "Enheten"  # the answer shows on the item's line
    english = run("checklist", "--workspace", str(demo_path), "--placement", "Sara Åkesson", lang="en")
    assert english.stdout.splitlines()[0].split("\t")[4] == "Write an implementation plan for the introduction"


def test_overdue_only_and_nothing_when_none(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="x", read_only=True)
    jonas, sara = list_placements(ws)
    overdue = [i for i in checklist.list_items(ws, sara.id) if i.overdue(dt.date.today())]
    ws.close()
    proc = run("checklist", "--workspace", str(demo_path), "--placement", "Sara Åkesson", "--overdue")
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == len(overdue) > 0
    assert all("Open, overdue" in line for line in proc.stdout.splitlines())
    done = run("checklist", "--workspace", str(demo_path), "--placement", jonas.peer_supporter, "--overdue")
    assert (done.returncode, done.stdout) == (0, "")
    every = run("checklist", "--workspace", str(demo_path), "--overdue")  # every running placement
    assert every.stdout.splitlines()[0].startswith("== Sara Åkesson: ")


def test_an_unknown_placement_exits_1_with_the_candidates(demo_path: Path) -> None:
    proc = run("checklist", "--workspace", str(demo_path), "--placement", "Sara")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("No placement of Sara in this workspace. Placements: Jonas Öberg (")
    assert "Sara Åkesson (" in proc.stderr
