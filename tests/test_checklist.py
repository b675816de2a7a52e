"""The introduction checklist's domain: the template files, due dates and their moves, every operation with its undo
(the data exactly as before, then as after, twice), the history, the workspace's own template, the upgrade."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from peerdesk import schema, templates
from peerdesk.changes import Change, Op, op
from peerdesk.checklist import items as cl
from peerdesk.checklist import own_template, text
from peerdesk.checklist.builtin import OWNERS, PHASES, builtin, template_folder
from peerdesk.errors import InvalidInput, NotFound, ReadOnly
from peerdesk.language import LANGUAGES
from peerdesk.people import add_person, list_people
from peerdesk.placements import add_placement, get_placement, list_placements, record_decision, update_placement
from peerdesk.store import Workspace

TABLES = ("placements", "checklist_items", "checklist_history", "checklist_template")
START, END = dt.date(2026, 3, 2), dt.date(2027, 3, 1)


def _data(ws: Workspace) -> dict[str, list[tuple]]:
    """What a user can see: the rows not soft-deleted, without the 'saved by/at' columns."""
    out = {}
    for table in TABLES:
        columns = [r[1] for r in ws.rows(f"PRAGMA table_info({table})")
                   if r[1] not in ("saved_by", "saved_at", "removed")]
        out[table] = ws.rows(f"SELECT {', '.join(columns)} FROM {table} WHERE removed = 0 ORDER BY rowid")
    return out


def _undo_redo(ws: Workspace, operation: Op) -> Change:
    before = _data(ws)
    change = operation(ws)
    assert change.changed
    after = _data(ws)
    assert after != before
    step = change
    for expected in (before, after, before, after):
        assert step.undo is not None
        step = step.undo(ws)
        assert _data(ws) == expected
    return change


@pytest.fixture
def placement(ws: Workspace) -> int:
    person = add_person(ws, "Lina Ek", "peer_supporter").result
    return add_placement(ws, peer_supporter_id=person, employer="NSPH Väst", supervisor_id=None,
                         start_date=START, planned_end_date=END).result


def _item(ws: Workspace, placement_id: int, key: str) -> cl.Item:
    return next(i for i in cl.list_items(ws, placement_id) if i.key == key)


# -- the template ------------------------------------------------------------------------------------------------

def test_the_template_files_of_both_languages_load_with_the_same_items() -> None:
    files = {lang: json.loads((template_folder() / f"{lang}.json").read_text(encoding="utf-8"))["items"]
             for lang in LANGUAGES}
    keys = {lang: [i["key"] for i in items] for lang, items in files.items()}
    assert keys["sv"] == keys["en"]
    assert 20 <= len(keys["sv"]) <= 30
    items = builtin()
    assert list(items) == keys["en"]
    for item in items.values():
        for lang in LANGUAGES:
            assert item.label(lang).strip() and item.help(lang).strip(), (item.key, lang)
        assert item.labels["sv"] != item.labels["en"], item.key
        assert item.phase in PHASES and item.owner in OWNERS
    assert {i.phase for i in items.values()} == set(PHASES)  # every phase has items
    assert {i.owner for i in items.values()} == set(OWNERS)  # and every owner


def test_every_failure_the_evaluations_found_has_an_item() -> None:
    items = builtin()
    for key in ("staff_in_recruitment", "tell_staff", "tell_users", "implementation_plan", "phone", "computer",
                "office_material", "payment_card", "work_environment", "workplace_meetings", "supervision",
                "follow_up_meetings", "second_peer_supporter", "renewal_evidence", "collaboration_agreement",
                "job_description_started"):
        assert key in items
    assert set(items["phone"].choices) == {"unit", "employer", "not_needed"}
    assert items["renewal_evidence"].anchor == "end" and items["renewal_evidence"].offset_days < 0
    assert templates.names()  # the checklist folder is not mistaken for a one-file template


def test_a_template_file_that_differs_between_languages_is_refused(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "templates" / "checklist"
    folder.mkdir(parents=True)
    for lang in LANGUAGES:
        data = json.loads((template_folder() / f"{lang}.json").read_text(encoding="utf-8"))
        if lang == "sv":
            data["items"][0]["offset_days"] += 1
        (folder / f"{lang}.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr("peerdesk.checklist.builtin.folder", lambda: tmp_path / "templates")
    builtin.cache_clear()
    try:
        with pytest.raises(templates.TemplateError, match="differ"):
            builtin()
    finally:
        builtin.cache_clear()


# -- creation and due dates --------------------------------------------------------------------------------------

def test_a_new_placement_gets_its_checklist_with_due_dates_from_its_dates(ws: Workspace, placement: int) -> None:
    items = cl.list_items(ws, placement)
    assert [i.key for i in items if i.key in builtin()] == [k for p in PHASES for k, b in builtin().items()
                                                            if b.phase == p]
    assert all(i.state == "open" and i.label == "" for i in items)
    assert _item(ws, placement, "tell_staff").due_date == START - dt.timedelta(days=21)  # before the start
    assert _item(ws, placement, "welcome").due_date == START
    assert _item(ws, placement, "follow_up_3_months").due_date == START + dt.timedelta(days=91)  # after it
    assert _item(ws, placement, "renewal_evidence").due_date == END - dt.timedelta(days=90)  # from the end


def test_the_placement_and_its_checklist_are_one_undo_step(ws: Workspace) -> None:
    person = add_person(ws, "Lina Ek", "peer_supporter").result
    change = add_placement(ws, peer_supporter_id=person, employer="NSPH", supervisor_id=None, start_date=START,
                           planned_end_date=END)
    count = ws.value("SELECT count(*) FROM change_log")
    assert len(cl.list_items(ws, change.result)) == len(builtin())
    change.undo(ws)
    assert change.result not in [p.id for p in list_placements(ws)]
    assert ws.value("SELECT count(*) FROM change_log") == count + 1


def test_moving_the_dates_moves_the_open_items_only_and_undo_moves_them_back(ws: Workspace, placement: int) -> None:
    done = _item(ws, placement, "tell_staff")
    cl.tick(ws, done.id, done_on=dt.date(2026, 2, 9))
    p = get_placement(ws, placement)
    later = dt.timedelta(days=14)
    moved = _undo_redo(ws, op(update_placement, placement_id=placement, peer_supporter_id=p.peer_supporter_id,
                              employer=p.employer, supervisor_id=None, start_date=START + later,
                              planned_end_date=END + later))
    assert moved.changed
    assert _item(ws, placement, "welcome").due_date == START + later
    assert _item(ws, placement, "renewal_evidence").due_date == END + later - dt.timedelta(days=90)
    assert _item(ws, placement, "tell_staff").due_date == done.due_date  # settled: keeps its date
    cl.reopen(ws, done.id)  # open again: it follows the placement's dates
    assert _item(ws, placement, "tell_staff").due_date == START + later - dt.timedelta(days=21)


def test_a_renewal_moves_the_open_renewal_items(ws: Workspace, placement: int) -> None:
    new_end = END.replace(year=END.year + 1)
    record_decision(ws, placement, outcome="renewed", decided_on=dt.date(2026, 11, 20), end_date=new_end)
    assert _item(ws, placement, "renewal_decision").due_date == new_end - dt.timedelta(days=45)
    assert _item(ws, placement, "welcome").due_date == START


# -- states, answers, comments, history --------------------------------------------------------------------------

def test_tick_and_reopen_with_undo_and_history(ws: Workspace, placement: int) -> None:
    item = _item(ws, placement, "welcome")
    _undo_redo(ws, op(cl.tick, item_id=item.id, done_on=START))
    done = cl.get_item(ws, item.id)
    assert (done.state, done.done_on, done.done_by) == ("done", START, "Maria Lindqvist")
    assert not cl.tick(ws, item.id).changed  # already done: nothing to do, no undo step
    _undo_redo(ws, op(cl.reopen, item_id=item.id))
    assert cl.get_item(ws, item.id).state == "open"
    history = cl.list_history(ws, item.id)
    assert [h.action for h in history] == ["done", "reopened"]
    assert history[0].actor == "Maria Lindqvist" and history[0].at
    assert text.history_text(history[0], done, "en", lambda c, t: t) == f"Ticked as done: {START.isoformat()}"


def test_toggle_ticks_an_open_item_and_reopens_a_settled_one(ws: Workspace, placement: int) -> None:
    item = _item(ws, placement, "routines")
    cl.toggle(ws, item.id)
    assert cl.get_item(ws, item.id).state == "done"
    cl.toggle(ws, item.id)
    assert cl.get_item(ws, item.id).state == "open"


def test_not_applicable_needs_a_reason(ws: Workspace, placement: int) -> None:
    item = _item(ws, placement, "second_peer_supporter")
    with pytest.raises(InvalidInput) as err:
        cl.not_applicable(ws, item.id, reason="   ")
    assert err.value.field == "reason"
    _undo_redo(ws, op(cl.not_applicable, item_id=item.id, reason="Two peer supporters already work here."))
    na = cl.get_item(ws, item.id)
    assert (na.state, na.na_reason) == ("na", "Two peer supporters already work here.")
    assert text.state_text(na, START, lambda c, t: t) == "Not applicable: Two peer supporters already work here."


def test_answer_a_decision_item(ws: Workspace, placement: int) -> None:
    item = _item(ws, placement, "phone")
    _undo_redo(ws, op(cl.answer, item_id=item.id, choice_key="employer", details="A smartphone from NSPH Väst"))
    answered = cl.get_item(ws, item.id)
    assert answered.state == "done"  # an answer settles an open decision
    assert answered.answer_text("en") == "The employer organisation – A smartphone from NSPH Väst"
    assert answered.answer_text("sv") == "Arbetsgivaren – A smartphone from NSPH Väst"
    meetings = _item(ws, placement, "workplace_meetings")  # a decision without choices: words only
    cl.answer(ws, meetings.id, choice_key=None, details="The monthly workplace meeting")
    assert cl.get_item(ws, meetings.id).answer_text("sv") == "The monthly workplace meeting"
    with pytest.raises(InvalidInput):
        cl.answer(ws, item.id, choice_key="the_neighbours", details="")
    with pytest.raises(InvalidInput):
        cl.answer(ws, _item(ws, placement, "welcome").id, choice_key=None, details="x")  # not a decision
    history = cl.list_history(ws, item.id)
    assert text.history_text(history[-1], answered, "sv", lambda c, t: t) == (
        "Answered: Arbetsgivaren – A smartphone from NSPH Väst")


def test_comments_are_kept_in_the_history(ws: Workspace, placement: int) -> None:
    item = _item(ws, placement, "tell_users")
    _undo_redo(ws, op(cl.comment, item_id=item.id, text="Told at the user council on 12 February."))
    assert [(h.action, h.details()["text"]) for h in cl.list_history(ws, item.id)] == [
        ("comment", "Told at the user council on 12 February.")]
    with pytest.raises(InvalidInput):
        cl.comment(ws, item.id, text="")
    with pytest.raises(InvalidInput):  # the privacy guard: no personal identity numbers
        cl.comment(ws, item.id, text="Talked to 19811218-9876")


# -- the unit's own changes ----------------------------------------------------------------------------------------

def test_add_edit_reorder_remove_and_restore(ws: Workspace, placement: int) -> None:
    added = _undo_redo(ws, op(cl.add_item, placement_id=placement, label="Show the key cabinet and the alarm",
                              help="", phase="first_day", owner="staff", due=START + dt.timedelta(days=1)))
    items = [i for i in cl.list_items(ws, placement) if i.phase == "first_day"]
    assert items[-1].id == added.result and items[-1].title("sv") == "Show the key cabinet and the alarm"
    assert items[-1].offset_days == 1
    _undo_redo(ws, op(cl.move_item, item_id=added.result, step=-1))
    assert [i.id for i in cl.list_items(ws, placement) if i.phase == "first_day"][-2] == added.result
    assert not cl.move_item(ws, items[0].id, -1).changed  # already first

    welcome = _item(ws, placement, "welcome")
    _undo_redo(ws, op(cl.edit_item, item_id=welcome.id, label="Welcome Lina", help=welcome.help_text("en"),
                      phase="first_day", owner="unit_manager", due=START))
    edited = cl.get_item(ws, welcome.id)
    assert edited.title("sv") == edited.title("en") == "Welcome Lina"  # reworded: shows as written
    assert edited.help == ""  # untouched help stays built-in, in the reader's language
    assert edited.help_text("sv") == builtin()["welcome"].help("sv")

    _undo_redo(ws, op(cl.remove_item, item_id=welcome.id))
    assert welcome.id not in [i.id for i in cl.list_items(ws, placement)]
    assert welcome.id in [i.id for i in cl.list_items(ws, placement, include_removed=True)]
    _undo_redo(ws, op(cl.restore_item, item_id=welcome.id))
    assert [h.action for h in cl.list_history(ws, welcome.id)] == ["edited", "removed", "restored"]


def test_a_due_date_far_from_the_placement_is_refused(ws: Workspace, placement: int) -> None:
    with pytest.raises(InvalidInput) as err:
        cl.add_item(ws, placement, label="x", help="", phase="follow_up", owner="staff", due="2099-01-01")
    assert err.value.field == "due_date"


def test_progress_per_phase_and_overall_and_the_next_due(ws: Workspace, placement: int) -> None:
    cl.tick(ws, _item(ws, placement, "welcome").id)
    cl.not_applicable(ws, _item(ws, placement, "routines").id, reason="Done at the employer organisation.")
    items = cl.list_items(ws, placement)
    overall, per_phase = cl.progress(items)
    assert (overall.settled, overall.total) == (2, len(builtin()))
    assert (per_phase["first_day"].settled, per_phase["first_day"].total) == (2, 3)
    assert list(per_phase) == list(PHASES)
    due = cl.next_due(items)
    assert [i.key for i in due] == ["staff_in_recruitment", "implementation_plan", "tell_staff"]
    assert all(i.overdue(START) for i in due) and not _item(ws, placement, "welcome").overdue(START)


# -- the workspace's own template ---------------------------------------------------------------------------------

def test_own_template_for_the_next_placement_never_rewrites_a_running_checklist(ws: Workspace,
                                                                                placement: int) -> None:
    cl.add_item(ws, placement, label="Our own item", help="Why", phase="first_weeks", owner="staff", due=START)
    cl.remove_item(ws, _item(ws, placement, "payment_card").id)
    cl.tick(ws, _item(ws, placement, "welcome").id)
    running = [(i.id, i.key, i.label, i.state) for i in cl.list_items(ws, placement)]
    sara = next(p for p in list_placements(ws) if p.peer_supporter == "Sara Åkesson")
    before_sara = cl.list_items(ws, sara.id)
    saved = _undo_redo(ws, op(own_template.save_as_template, placement_id=placement))
    assert saved.result == len(builtin())  # one removed, one added
    assert [(i.id, i.key, i.label, i.state) for i in cl.list_items(ws, placement)] == running
    assert cl.list_items(ws, sara.id) == before_sara

    person = add_person(ws, "Nils Ek", "peer_supporter").result
    new = add_placement(ws, peer_supporter_id=person, employer="NSPH", supervisor_id=None, start_date=END,
                        planned_end_date=END.replace(year=2028)).result
    copied = cl.list_items(ws, new)
    assert "payment_card" not in [i.key for i in copied]
    own = next(i for i in copied if i.label == "Our own item")
    assert own.due_date == END and own.state == "open" and own.help == "Why"
    assert all(i.state == "open" for i in copied)

    _undo_redo(ws, op(own_template.use_builtin_template))
    assert not own_template.has_own_template(ws)
    assert not own_template.use_builtin_template(ws).changed


# -- read-only, upgrade -------------------------------------------------------------------------------------------

def test_read_only_changes_nothing(demo_path: Path) -> None:
    ws = Workspace.open(demo_path, actor="x", read_only=True)
    try:
        placement = list_placements(ws)[-1]
        item = cl.list_items(ws, placement.id)[0]
        for operation in (op(cl.toggle, item_id=item.id), op(cl.comment, item_id=item.id, text="x"),
                          op(own_template.save_as_template, placement_id=placement.id)):
            with pytest.raises(ReadOnly):
                operation(ws)
    finally:
        ws.close()


def test_the_demo_has_one_complete_checklist_and_one_part_way(ws: Workspace) -> None:
    jonas, sara = list_placements(ws)
    assert cl.progress(cl.list_items(ws, jonas.id))[0].percent == 100
    today = dt.date.today()
    sara_items = cl.list_items(ws, sara.id)
    assert 0 < cl.progress(sara_items)[0].percent < 100
    assert any(i.overdue(today) for i in sara_items)
    assert any(i.key is None for i in sara_items)  # one of the unit's own items


def test_placements_made_before_the_checklist_get_theirs_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.peerdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    schema.migrations().apply(db, stop_before="0005_checklist")
    saved = {"saved_by": "old", "saved_at": "2025-01-01T00:00:00+00:00"}
    db["people"].insert({"id": 1, "name": "Jonas Öberg", "role": "peer_supporter", **saved})
    for n, (start, end) in enumerate([("2025-01-13", "2026-01-12"), ("2026-02-02", "2027-02-01")], 1):
        db["placements"].insert({"id": n, "peer_supporter_id": 1, "employer": "NSPH Väst", "start_date": start,
                                 "planned_end_date": end, **saved})
    before = conn.execute("SELECT * FROM placements ORDER BY id").fetchall()
    conn.close()

    ws = Workspace.open(path, actor="Åsa Nyström")
    try:
        assert ws.rows("SELECT * FROM placements ORDER BY id") == before  # nothing the unit had is changed
        for placement_id, start, end in ((1, dt.date(2025, 1, 13), dt.date(2026, 1, 12)),
                                         (2, dt.date(2026, 2, 2), dt.date(2027, 2, 1))):
            items = cl.list_items(ws, placement_id)
            assert [i.key for i in items] == [k for p in PHASES for k, b in builtin().items() if b.phase == p]
            by_key = {i.key: i for i in items}
            assert by_key["welcome"].due_date == start
            assert by_key["renewal_decision"].due_date == end - dt.timedelta(days=45)
        cl.tick(ws, items[0].id)  # and they work like any other
        assert list_people(ws)[0].name == "Jonas Öberg"
    finally:
        ws.close()


def test_placements_are_chosen_by_the_exact_name_and_an_ambiguous_one_is_refused(ws: Workspace) -> None:
    assert [p.peer_supporter for p in text.choose_placements(ws, None)] == ["Jonas Öberg", "Sara Åkesson"]
    assert [p.peer_supporter for p in text.choose_placements(ws, "Sara Åkesson")] == ["Sara Åkesson"]
    sara = next(p for p in list_placements(ws) if p.peer_supporter == "Sara Åkesson")
    add_placement(ws, peer_supporter_id=sara.peer_supporter_id, employer="NSPH", supervisor_id=None,
                  start_date=END, planned_end_date=END.replace(year=2028))
    with pytest.raises(NotFound) as err:
        text.choose_placements(ws, "Sara Åkesson")
    assert err.value.message().startswith("Sara Åkesson has several placements: Sara Åkesson (")
    with pytest.raises(NotFound):
        text.choose_placements(ws, "sara åkesson")  # names match exactly
