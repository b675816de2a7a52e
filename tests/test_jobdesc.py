"""The local job description: template, draft and autosave, revisions, sign-off, PINs, comparison."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.changes import Change
from peerdesk.errors import InvalidInput, NotFound
from peerdesk.jobdesc import diff, draft, pins, revisions, template
from peerdesk.jobdesc.content import Section, Task, content_hash
from peerdesk.people import list_people
from peerdesk.placements import list_placements
from peerdesk.setup_unit import UnitSetup, create_unit_workspace
from peerdesk.store import Workspace


@pytest.fixture
def unit(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_unit_workspace(tmp_path / "unit.peerdesk", UnitSetup(
        unit_name="Aktivitetshuset Ängen", unit_kind="activity_house", manager="Åsa Nyström",
        peer_supporters=["Jonas Öberg"], employer="NSPH Väst", supervisor="Karin Åström",
        start_date=dt.date(2026, 1, 12), planned_end_date=dt.date(2027, 1, 11),
        staff_representatives=["Ahmed Hassan"]), actor="Åsa Nyström")
    yield ws
    ws.close()


def _person(ws: Workspace, name: str) -> int:
    return next(p.id for p in list_people(ws) if p.name == name)


def _started(ws: Workspace, lang: str = "sv") -> int:
    return draft.start_job_description(ws, list_placements(ws)[0].id, lang).result


def _write(ws: Workspace, jd_id: int, title: str, body: str) -> Section:
    section = next(s for s in draft.list_sections(ws, jd_id) if s.title == title)
    draft.save_text(ws, section.id, body, expected_version=section.version)
    return draft.get_section(ws, section.id)


def _undo(ws: Workspace, change: Change) -> Change:
    assert change.undo is not None
    return change.undo(ws)


def _sign_both(ws: Workspace, jd_id: int, number: int) -> None:
    revision = revisions.get_revision(ws, jd_id, number)
    revisions.approve(ws, revision.id, _person(ws, "Åsa Nyström"), today=dt.date(2026, 3, 1))
    revisions.approve(ws, revision.id, _person(ws, "Jonas Öberg"), today=dt.date(2026, 3, 2))


# -- template -------------------------------------------------------------------------------------------------------

def test_a_new_workspace_has_the_built_in_sections_in_both_languages(unit: Workspace) -> None:
    shown = template.list_template(unit)
    assert [s.key for s in shown][:3] == ["purpose", "users_served", "tasks"]
    assert [s.kind for s in shown].count("tasks") == 1
    assert shown[0].shown_title("sv") == "Syfte" and shown[0].shown_title("en") == "Purpose"
    assert template.hint("not_in_role", "sv").startswith("Gränser")


def test_template_sections_are_added_renamed_moved_removed_and_undone(unit: Workspace) -> None:
    added = template.add_section(unit, "Studiecirklar")
    assert template.list_template(unit)[-1].shown_title("en") == "Studiecirklar"
    purpose = template.list_template(unit)[0]
    renamed = template.rename_section(unit, purpose.id, "Varför vi har en peer supporter")
    assert template.get_section(unit, purpose.id).shown_title("en") == "Varför vi har en peer supporter"
    moved = template.move_section(unit, purpose.id, 2)
    assert [s.id for s in template.list_template(unit)].index(purpose.id) == 2
    removed = template.remove_section(unit, purpose.id)
    assert purpose.id not in [s.id for s in template.list_template(unit)]
    for change in (removed, moved, renamed, added):
        _undo(unit, change)
    assert template.list_template(unit)[0].id == purpose.id
    assert template.get_section(unit, purpose.id).title == ""  # back to the built-in label, in each language
    assert "Studiecirklar" not in [s.title for s in template.list_template(unit)]


def test_template_changes_apply_to_job_descriptions_started_later(unit: Workspace) -> None:
    jd_id = _started(unit)
    template.add_section(unit, "Nytt avsnitt")
    assert "Nytt avsnitt" not in [s.title for s in draft.list_sections(unit, jd_id)]
    titles = [s.title for s in draft.list_sections(unit, jd_id)]
    assert titles[0] == "Syfte" and "Arbetsuppgifter" in titles  # started in Swedish


# -- the draft ------------------------------------------------------------------------------------------------------

def test_start_is_once_per_placement_and_undoable(unit: Workspace) -> None:
    placement = list_placements(unit)[0].id
    change = draft.start_job_description(unit, placement, "en")
    with pytest.raises(InvalidInput):
        draft.start_job_description(unit, placement, "en")
    redo = _undo(unit, change)
    assert draft.get_job_description(unit, placement) is None
    _undo(unit, redo)
    assert draft.get_job_description(unit, placement).id == change.result


def test_autosave_counts_versions_and_refuses_a_stale_editor(unit: Workspace) -> None:
    jd_id = _started(unit)
    section = draft.list_sections(unit, jd_id)[0]
    first = draft.save_text(unit, section.id, "Vi vill att fler **vågar** komma hit.\n", expected_version=0)
    assert first.result == 1 and first.undo is None  # autosave is no undo step
    assert draft.get_section(unit, section.id).body == "Vi vill att fler **vågar** komma hit."
    assert not draft.save_text(unit, section.id, "Vi vill att fler **vågar** komma hit.", expected_version=1).touched
    with pytest.raises(draft.StaleDraft) as stale:
        draft.save_text(unit, section.id, "Min text", expected_version=0)
    assert stale.value.theirs == "Vi vill att fler **vågar** komma hit." and stale.value.version == 1
    assert "Syfte" in stale.value.message()
    # The same version with other text (a backup restored, then written to again) is refused too.
    with pytest.raises(draft.StaleDraft):
        draft.save_text(unit, section.id, "Min text", expected_version=1, base="Något annat")
    assert draft.get_section(unit, section.id).body == "Vi vill att fler **vågar** komma hit."


def test_autosave_keeps_an_identity_number_but_a_revision_refuses_it_naming_the_section(unit: Workspace) -> None:
    jd_id = _started(unit)
    _write(unit, jd_id, "Vilka brukare stödet riktar sig till", "Boende, t.ex. 19121212-1212")
    with pytest.raises(InvalidInput) as refused:
        revisions.save_revision(unit, jd_id, summary="Första versionen", participant_ids=[])
    assert "Vilka brukare stödet riktar sig till" in refused.value.message()
    assert refused.value.field.startswith("section_")
    assert revisions.list_revisions(unit, jd_id) == []


def test_draft_sections_are_edited_and_undone(unit: Workspace) -> None:
    jd_id = _started(unit)
    before = [s.id for s in draft.list_sections(unit, jd_id)]
    added = draft.add_section(unit, jd_id, "Studiecirklar")
    renamed = draft.rename_section(unit, added.result, "Studiecirklar i egenmakt")
    moved = draft.move_section(unit, added.result, -100)
    assert draft.list_sections(unit, jd_id)[0].title == "Studiecirklar i egenmakt"
    removed = draft.remove_section(unit, before[1])
    assert before[1] not in [s.id for s in draft.list_sections(unit, jd_id)]
    for change in (removed, moved, renamed, added):
        _undo(unit, change)
    assert [s.id for s in draft.list_sections(unit, jd_id)] == before


def test_tasks_carry_activity_types_and_every_edit_undoes(unit: Workspace) -> None:
    jd_id = _started(unit)
    tasks = next(s for s in draft.list_sections(unit, jd_id) if s.kind == "tasks")
    picked = [s for s in draft.suggestions("sv") if s.key in ("accompanying", "study_circles")]
    added = draft.add_tasks(unit, tasks.id, [(s.text, s.activity_types, s.key) for s in picked])
    shown = draft.get_section(unit, tasks.id).tasks
    assert [t.activity_types for t in shown] == [("accompanied_visit",), ("study_circle",)]
    edited = draft.update_task(unit, tasks.id, shown[0].id, "Följa med till vårdcentralen", ["accompanied_visit"])
    moved = draft.move_task(unit, tasks.id, shown[1].id, -1)
    removed = draft.remove_task(unit, tasks.id, shown[0].id)
    assert [t.id for t in draft.get_section(unit, tasks.id).tasks] == [shown[1].id]
    with pytest.raises(InvalidInput):
        draft.add_tasks(unit, tasks.id, [("Något", ["no_such_type"], None)])
    with pytest.raises(InvalidInput):  # a task is checked at once (it is typed in a dialog that keeps it)
        draft.add_tasks(unit, tasks.id, [("Ring 19121212-1212", [], None)])
    for change in (removed, moved, edited):
        _undo(unit, change)
    assert draft.get_section(unit, tasks.id).tasks == shown
    _undo(unit, added)
    assert draft.get_section(unit, tasks.id).tasks == ()


def test_autosave_survives_an_unclean_exit(unit: Workspace) -> None:
    jd_id = _started(unit)
    section = draft.list_sections(unit, jd_id)[0]
    path = unit.path
    unit.close()
    child = (
        "import os, sys\nfrom pathlib import Path\nfrom peerdesk.store import Workspace\n"
        "from peerdesk.jobdesc import draft\n"
        f"ws = Workspace.open(Path(sys.argv[1]), actor='Jonas Öberg', take_over=True)\n"
        f"draft.save_text(ws, {section.id}, 'Skrivet precis före strömavbrottet: åäö', expected_version=0)\n"
        "print('saved', flush=True)\nos.kill(os.getpid(), 9)\n")
    proc = subprocess.run([sys.executable, "-c", child, str(path)], capture_output=True, text=True, timeout=60,
                          env={**os.environ})
    assert proc.returncode == -signal.SIGKILL and "saved" in proc.stdout
    again = Workspace.open(path, actor="Åsa Nyström", take_over=True)
    try:
        assert draft.get_section(again, section.id).body == "Skrivet precis före strömavbrottet: åäö"
    finally:
        again.close()


# -- revisions and sign-off -----------------------------------------------------------------------------------------

def test_revisions_are_numbered_immutable_and_need_a_summary(unit: Workspace) -> None:
    jd_id = _started(unit)
    _write(unit, jd_id, "Syfte", "Att fler ska våga komma till aktivitetshuset.")
    with pytest.raises(InvalidInput) as no_summary:
        revisions.save_revision(unit, jd_id, summary="  ", participant_ids=[])
    assert no_summary.value.field == "summary"
    people = [_person(unit, n) for n in ("Åsa Nyström", "Jonas Öberg", "Ahmed Hassan")]
    first = revisions.save_revision(unit, jd_id, summary="Första utkastet", participant_ids=people)
    assert first.result == 1 and first.undo is None  # not undone by Ctrl+Z
    with pytest.raises(InvalidInput):  # nothing new
        revisions.save_revision(unit, jd_id, summary="Igen", participant_ids=[])
    _write(unit, jd_id, "Syfte", "Att fler ska våga komma hit, också på kvällarna.")
    assert revisions.save_revision(unit, jd_id, summary="Kvällar", participant_ids=[]).result == 2
    one, two = revisions.list_revisions(unit, jd_id)
    assert one.sections[0].body == "Att fler ska våga komma till aktivitetshuset."  # later edits never reach it
    assert [p.role for p in one.people()] == ["unit_manager", "peer_supporter", "staff_representative"]
    assert one.saved_by == "Åsa Nyström" and one.intact and one.content_hash != two.content_hash


def test_content_hash_is_of_the_exact_content() -> None:
    a = (Section(1, "purpose", "Syfte", "text", "Text"), Section(2, "tasks", "Uppgifter", "tasks", "",
                                                                  (Task("t1", "Ledsagning", ("accompanied_visit",)),)))
    assert content_hash(a) == content_hash(tuple(a))
    assert content_hash(a) != content_hash((Section(1, "purpose", "Syfte", "text", "Text."), a[1]))
    assert content_hash(a) != content_hash((a[1], a[0]))
    assert content_hash(a) != content_hash((a[0], Section(2, "tasks", "Uppgifter", "tasks", "",
                                                          (Task("t1", "Ledsagning", ()),))))


def test_sign_off_needs_both_and_an_edit_does_not_carry_the_approval(unit: Workspace) -> None:
    jd_id = _started(unit)
    _write(unit, jd_id, "Syfte", "Version ett.")
    revisions.save_revision(unit, jd_id, summary="Ett", participant_ids=[])
    one = revisions.get_revision(unit, jd_id, 1)
    manager, supporter = _person(unit, "Åsa Nyström"), _person(unit, "Jonas Öberg")
    with pytest.raises(InvalidInput):  # a supervisor does not sign
        revisions.approve(unit, one.id, _person(unit, "Karin Åström"))
    revisions.approve(unit, one.id, manager)
    with pytest.raises(InvalidInput):
        revisions.approve(unit, one.id, manager)  # once per party
    state = revisions.status(unit, jd_id)
    assert state.agreed is None and state.awaiting == ("peer_supporter",)  # one party is not enough
    revisions.approve(unit, one.id, supporter, today=dt.date(2026, 3, 10))
    state = revisions.status(unit, jd_id)
    assert state.agreed.number == 1 and state.awaiting == () and not state.draft_changed
    assert state.review_on == dt.date(2026, 9, 10)  # six months after agreement

    _write(unit, jd_id, "Syfte", "Version två.")
    state = revisions.status(unit, jd_id)
    assert state.draft_changed and state.changed_since_agreed == ("Syfte",) and state.agreed.number == 1
    revisions.save_revision(unit, jd_id, summary="Två", participant_ids=[])
    two = revisions.get_revision(unit, jd_id, 2)
    assert two.approval("unit_manager") is None  # the approval stayed with revision 1
    with pytest.raises(InvalidInput):  # a superseded revision is not signed any more
        revisions.approve(unit, one.id, manager)
    revisions.approve(unit, two.id, manager)
    assert revisions.status(unit, jd_id).agreed.number == 1  # still the agreed version
    revisions.approve(unit, two.id, supporter)
    assert revisions.status(unit, jd_id).agreed.number == 2  # the last revision approved by both


def test_withdrawing_an_approval_until_the_other_party_has_signed(unit: Workspace) -> None:
    jd_id = _started(unit)
    _write(unit, jd_id, "Syfte", "Text.")
    revisions.save_revision(unit, jd_id, summary="Ett", participant_ids=[])
    one = revisions.get_revision(unit, jd_id, 1)
    revisions.approve(unit, one.id, _person(unit, "Åsa Nyström"))
    given = revisions.get_revision(unit, jd_id, 1).approval("unit_manager")
    assert revisions.withdraw_approval(unit, given.id).undo is None
    kept = revisions.get_revision(unit, jd_id, 1).approvals
    assert len(kept) == 1 and kept[0].withdrawn and kept[0].withdrawn_at  # kept in the history
    _sign_both(unit, jd_id, 1)
    final = revisions.get_revision(unit, jd_id, 1).approval("peer_supporter")
    with pytest.raises(InvalidInput):
        revisions.withdraw_approval(unit, final.id)


def test_a_tampered_revision_loses_its_approval(unit: Workspace) -> None:
    jd_id = _started(unit)
    _write(unit, jd_id, "Syfte", "Text.")
    revisions.save_revision(unit, jd_id, summary="Ett", participant_ids=[])
    _sign_both(unit, jd_id, 1)
    with unit.write("tamper") as db:
        db.execute("UPDATE jd_revisions SET content = replace(content, 'Text.', 'Annan text.')")
    one = revisions.get_revision(unit, jd_id, 1)
    assert not one.intact and not one.approved_by_both and revisions.status(unit, jd_id).agreed is None


def test_pins_guard_signing_and_a_manager_resets_a_forgotten_one(unit: Workspace) -> None:
    jd_id = _started(unit)
    _write(unit, jd_id, "Syfte", "Text.")
    revisions.save_revision(unit, jd_id, summary="Ett", participant_ids=[])
    one = revisions.get_revision(unit, jd_id, 1)
    manager, supporter = _person(unit, "Åsa Nyström"), _person(unit, "Jonas Öberg")
    pins.set_pin(unit, supporter, "4711")
    stored = unit.rows("SELECT salt, hash FROM person_pins WHERE person_id = ?", (supporter,))[0]
    assert "4711" not in stored[1] and len(stored[0]) == 32  # a salted hash only
    with pytest.raises(InvalidInput) as missing:
        revisions.approve(unit, one.id, supporter)
    assert missing.value.field == "pin"
    with pytest.raises(InvalidInput):
        revisions.approve(unit, one.id, supporter, pin="1234")
    with pytest.raises(InvalidInput) as no_old:  # changing one's own PIN asks for the old one
        pins.set_pin(unit, supporter, "2468")
    assert no_old.value.field == "old_pin"
    pins.set_pin(unit, supporter, "2468", old_pin="4711")
    with pytest.raises(InvalidInput):
        pins.set_pin(unit, supporter, "12")
    with pytest.raises(InvalidInput):  # only a unit manager resets
        pins.reset_pin(unit, supporter, _person(unit, "Karin Åström"))
    pins.reset_pin(unit, supporter, manager)
    assert not pins.has_pin(unit, supporter)
    assert unit.value("SELECT action FROM change_log ORDER BY id DESC LIMIT 1") == \
        "Reset PIN: Jonas Öberg (Åsa Nyström)"
    revisions.approve(unit, one.id, supporter)


def test_unknown_revision_is_not_found(unit: Workspace) -> None:
    jd_id = _started(unit)
    with pytest.raises(NotFound):
        revisions.get_revision(unit, jd_id, 7)


# -- comparing ------------------------------------------------------------------------------------------------------

def test_compare_finds_added_removed_changed_and_moved_sections() -> None:
    old = (Section(1, "purpose", "Syfte", "text", "Vi vill nå fler.\n\n- Brobygge\n- Samtal"),
           Section(2, None, "Gamla avsnittet", "text", "Tas bort."),
           Section(3, "tasks", "Uppgifter", "tasks", "", (Task("a", "Ledsagning"), Task("b", "Studiecirkel"))),
           Section(4, "meetings", "Möten", "text", "APT varje vecka."))
    new = (Section(4, "meetings", "Möten och samverkan", "text", "APT varje vecka."),
           Section(1, "purpose", "Syfte", "text", "Vi vill nå många fler.\n\n- Brobygge\n- Samtal\n- Ledsagning"),
           Section(3, "tasks", "Uppgifter", "tasks", "", (Task("a", "Ledsagning till vården"), Task("c", "Brukarråd"))),
           Section(5, None, "Nytt", "text", "Helt ny text."))
    changes = {c.title: c for c in diff.compare(old, new)}
    assert changes["Möten och samverkan"].renamed and changes["Möten och samverkan"].status == "changed"
    assert changes["Möten och samverkan"].moved
    assert changes["Gamla avsnittet"].status == "removed" and changes["Nytt"].status == "added"
    purpose = changes["Syfte"]
    assert purpose.status == "changed" and not purpose.moved
    assert [b.status for b in purpose.blocks] == ["changed", "same", "same", "added"]
    assert diff.Piece("+", "många ") in purpose.blocks[0].pieces
    tasks = {t.status: t for t in changes["Uppgifter"].tasks}
    assert tasks["changed"].new.text == "Ledsagning till vården" and tasks["added"].new.text == "Brukarråd"
    assert tasks["removed"].old.text == "Studiecirkel"
    order = [c.title for c in diff.compare(old, new)]
    assert order.index("Gamla avsnittet") == order.index("Syfte") + 1  # a removed section shows where it stood


def test_paragraphs_join_lines_qt_wrapped() -> None:
    assert diff.paragraphs("En lång rad\nsom fortsätter.\n\n- ett\n- två\n  fortsättning") == [
        "En lång rad som fortsätter.", "- ett", "- två fortsättning"]


def test_unified_diff_per_section() -> None:
    old = (Section(1, None, "Syfte", "text", "Ett.\n\nTvå."),)
    new = (Section(1, None, "Syfte", "text", "Ett.\n\nTre."),)
    lines = diff.unified(old, new, "Revision 1", "Revision 2")
    assert lines[:2] == ["--- Revision 1: Syfte", "+++ Revision 2: Syfte"]
    assert "-Två." in lines and "+Tre." in lines


def test_the_demo_has_job_descriptions_in_every_state(ws: Workspace) -> None:
    older, newer = list_placements(ws)[:2]
    first = revisions.status(ws, draft.get_job_description(ws, older.id).id)
    assert first.latest.number == 3 and first.agreed.number == 2 and first.draft_changed
    assert first.awaiting == ("peer_supporter",)
    second = revisions.status(ws, draft.get_job_description(ws, newer.id).id)
    assert second.latest.number == 1 and second.agreed is None and second.awaiting == ("peer_supporter",)
    # What the summaries count time against: the agreed version's tasks (revision 2), not the draft's.
    assert [t.activity_types for t in revisions.agreed_tasks(ws, older.id)] == [
        ("bridge_building",), ("one_to_one",), ("group_activity",), ("accompanied_visit",), ("study_circle",)]
    assert revisions.agreed_tasks(ws, newer.id) == ()
