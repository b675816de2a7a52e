"""People, placements and renewal decisions: every operation, and its undo leaving the data exactly as before (the
redo, the undo's undo, doing it again), without Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peerdesk import schema
from peerdesk.changes import Change, Op, op
from peerdesk.errors import InvalidInput, NeedsConfirmation
from peerdesk.people import (
    add_person,
    get_unit,
    list_people,
    remove_person,
    set_unit,
    update_person,
)
from peerdesk.placements import (
    add_placement,
    correct_decision,
    default_end_date,
    get_placement,
    list_placements,
    record_decision,
    update_placement,
    withdraw_decision,
)
from peerdesk.setup_unit import UnitSetup, create_unit_workspace
from peerdesk.store import Workspace

TODAY = dt.date(2026, 11, 23)
TABLES = ("unit", "people", "placements", "decisions")


def _setup(**overrides: object) -> UnitSetup:
    values = dict(unit_name="Stödboendet Björken", unit_kind="supported_housing", manager="Åsa Nyström",
                  peer_supporters=["Jonas Öberg"], employer="NSPH Väst", supervisor="Karin Åström",
                  start_date=dt.date(2026, 1, 12), planned_end_date=dt.date(2027, 1, 11))
    values.update(overrides)
    return UnitSetup(**values)  # type: ignore[arg-type]


def _data(ws: Workspace) -> dict[str, list[tuple]]:
    """What a user can see: every table's rows not soft-deleted (by the table's policy), without the 'saved by/at'
    stamps an undo renews."""
    out = {}
    for table in TABLES:
        hidden = schema.TABLES[table].soft_delete
        columns = [r[1] for r in ws.rows(f"PRAGMA table_info({table})")
                   if r[1] not in ("saved_by", "saved_at", hidden)]
        where = f" WHERE {hidden} = 0" if hidden else ""
        out[table] = ws.rows(f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY rowid")
    return out


def _undo_redo(ws: Workspace, operation: Op) -> Change:
    """Do, undo (data as before), redo (data as after), undo again (as before), redo again: the change."""
    before = _data(ws)
    change = operation(ws)
    assert change.changed
    after = _data(ws)
    assert after != before
    step = change
    for expected in (before, after, before, after):  # undo, redo, undo, redo: each the previous one's undo
        assert step.undo is not None
        step = step.undo(ws)
        assert _data(ws) == expected and step.touched == change.touched
    return change


def test_create_unit_workspace_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "b.peerdesk"
    create_unit_workspace(path, _setup(), actor="Åsa Nyström").close()
    ws = Workspace.open(path, actor="x")
    assert not ws.is_demo
    assert get_unit(ws).name == "Stödboendet Björken"
    assert {(p.name, p.role) for p in list_people(ws)} == {
        ("Åsa Nyström", "unit_manager"), ("Jonas Öberg", "peer_supporter"), ("Karin Åström", "supervisor")}
    [p] = list_placements(ws)
    assert (p.peer_supporter, p.supervisor, p.employer) == ("Jonas Öberg", "Karin Åström", "NSPH Väst")
    assert p.days_since_start(TODAY) == 315 and p.days_left(TODAY) == 49 and p.ending_soon(TODAY)
    assert ws.rows("SELECT action FROM change_log") == [("Create workspace",)]  # one change, made of operations
    ws.close()


@pytest.mark.parametrize(("override", "field"), [
    ({"unit_name": "  "}, "unit_name"),
    ({"peer_supporters": ["", " "]}, "peer_supporters"),
    ({"planned_end_date": dt.date(2026, 1, 12)}, "planned_end_date"),
    ({"manager": "Åsa 19121212-1212"}, "manager"),
])
def test_invalid_setup_names_the_field_and_writes_nothing(tmp_path: Path, override: dict, field: str) -> None:
    path = tmp_path / "bad.peerdesk"
    with pytest.raises(InvalidInput) as err:
        create_unit_workspace(path, _setup(**override), actor="a")
    assert err.value.field == field
    assert not path.exists()


def test_set_unit_and_its_undo(ws: Workspace) -> None:
    change = _undo_redo(ws, op(set_unit, name="Träffpunkt Vallen", kind="activity_house"))
    assert change.touched == {"unit"}
    assert get_unit(ws).name == "Träffpunkt Vallen"


def test_add_person_and_its_undo(ws: Workspace) -> None:
    change = _undo_redo(ws, op(add_person, name="Lina Östlund", role="peer_supporter"))
    assert change.touched == {"people"}
    assert "Lina Östlund" in [p.name for p in list_people(ws)]


def test_edit_person_and_its_undo(ws: Workspace) -> None:
    staff = next(p for p in list_people(ws) if p.role == "staff_representative")
    _undo_redo(ws, op(update_person, person_id=staff.id, name="Ahmed Hassan-Ali", role="supervisor"))


def test_remove_person_and_its_undo(ws: Workspace) -> None:
    staff = next(p for p in list_people(ws) if p.role == "staff_representative")
    change = _undo_redo(ws, op(remove_person, person_id=staff.id))
    assert change.result.name == "Ahmed Hassan"
    assert staff.id not in [p.id for p in list_people(ws)]
    assert staff.id in [p.id for p in list_people(ws, include_removed=True)]


def test_add_and_edit_placement_and_their_undo(ws: Workspace) -> None:
    lina = add_person(ws, "Lina Östlund", "peer_supporter").result
    added = _undo_redo(ws, op(add_placement, peer_supporter_id=lina, employer="NSPH Väst", supervisor_id=None,
                              start_date=dt.date(2026, 11, 1), planned_end_date=dt.date(2027, 10, 31)))
    assert added.touched == {"placements"}
    placement = added.result
    _undo_redo(ws, op(update_placement, placement_id=placement, peer_supporter_id=lina, employer="NSPH Väst",
                      supervisor_id=None, start_date=dt.date(2026, 11, 1), planned_end_date=dt.date(2027, 12, 31)))
    assert get_placement(ws, placement).planned_end_date == dt.date(2027, 12, 31)
    update_person(ws, lina, name="Lina Östlund-Berg", role="peer_supporter")
    assert get_placement(ws, placement).peer_supporter == "Lina Östlund-Berg"


def test_record_correct_and_withdraw_decisions_and_their_undo(ws: Workspace) -> None:
    p = list_placements(ws)[-1]  # the newer placement, never renewed
    new_end = default_end_date(p.planned_end_date)
    recorded = _undo_redo(ws, op(record_decision, placement_id=p.id, outcome="renewed", decided_on=TODAY,
                                 end_date=new_end, funder="Regionen", decided_by="Maria Lindqvist"))
    assert recorded.touched == {"placements", "decisions"}
    renewed = get_placement(ws, p.id)
    assert renewed.planned_end_date == new_end
    [decision] = renewed.decisions
    assert (decision.outcome, decision.new_end_date, decision.funder) == ("renewed", new_end, "Regionen")

    later = dt.date(new_end.year, 6, 30)
    _undo_redo(ws, op(correct_decision, decision_id=decision.id, outcome="ended", decided_on=TODAY, end_date=later,
                      funder="Regionen", decided_by="Maria Lindqvist"))
    corrected = get_placement(ws, p.id)
    assert (corrected.ended_on, corrected.planned_end_date) == (later, p.planned_end_date)

    _undo_redo(ws, op(withdraw_decision, decision_id=decision.id))
    withdrawn = get_placement(ws, p.id)
    assert (withdrawn.ended_on, withdrawn.planned_end_date) == (None, p.planned_end_date)
    assert withdrawn.decisions[0].withdrawn  # kept in the history, marked withdrawn
    assert withdrawn.decisions[0].saved_by == "Maria Lindqvist"  # who withdrew it (and when)
    assert withdrawn.active_decision() is None
    # A withdrawn 'ended' no longer blocks a renewal.
    record_decision(ws, p.id, outcome="renewed", decided_on=TODAY, end_date=new_end)
    assert get_placement(ws, p.id).planned_end_date == new_end


def test_an_ended_placement_says_when_in_the_right_tense(ws: Workspace) -> None:
    p = list_placements(ws)[-1]
    future = p.planned_end_date - dt.timedelta(days=10)
    record_decision(ws, p.id, outcome="ended", decided_on=TODAY, end_date=future, today=TODAY)
    with pytest.raises(InvalidInput) as err:
        record_decision(ws, p.id, outcome="renewed", decided_on=TODAY, end_date=default_end_date(future), today=TODAY)
    assert f"ends on {future.isoformat()}" in str(err.value) and "Correct or withdraw" in str(err.value)
    with pytest.raises(InvalidInput, match="ended on"):
        record_decision(ws, p.id, outcome="renewed", decided_on=TODAY, end_date=default_end_date(future),
                        today=future + dt.timedelta(days=1))


def test_only_the_latest_decision_can_be_withdrawn(ws: Workspace) -> None:
    p = list_placements(ws)[-1]
    first = record_decision(ws, p.id, outcome="renewed", decided_on=TODAY,
                            end_date=default_end_date(p.planned_end_date)).result
    second = record_decision(ws, p.id, outcome="renewed", decided_on=TODAY + dt.timedelta(days=1),
                             end_date=default_end_date(default_end_date(p.planned_end_date))).result
    with pytest.raises(InvalidInput, match="latest decision"):
        withdraw_decision(ws, first)
    withdraw_decision(ws, second)
    withdraw_decision(ws, first)
    assert get_placement(ws, p.id).planned_end_date == p.planned_end_date


@pytest.mark.parametrize("years_ahead", [2, 4])
def test_a_decision_far_in_the_future_is_refused(ws: Workspace, years_ahead: int) -> None:
    p = list_placements(ws)[-1]
    with pytest.raises(InvalidInput) as err:
        record_decision(ws, p.id, outcome="renewed", decided_on=TODAY.replace(year=TODAY.year + years_ahead),
                        end_date=default_end_date(p.planned_end_date), today=TODAY)
    assert err.value.field == "decided_on"


def test_renewal_must_extend(ws: Workspace) -> None:
    p = list_placements(ws)[0]
    with pytest.raises(InvalidInput) as err:
        record_decision(ws, p.id, outcome="renewed", decided_on=TODAY, end_date=p.planned_end_date)
    assert err.value.field == "end_date"


def test_a_placement_planned_to_end_on_a_leap_day_can_be_renewed(ws: Workspace) -> None:
    p = list_placements(ws)[0]
    update_placement(ws, p.id, peer_supporter_id=p.peer_supporter_id, employer=p.employer,
                     supervisor_id=p.supervisor_id, start_date=p.start_date,
                     planned_end_date=dt.date(2028, 2, 29))
    assert default_end_date(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)
    _undo_redo(ws, op(record_decision, placement_id=p.id, outcome="renewed", decided_on=TODAY,
                      end_date=dt.date(2029, 2, 28), today=TODAY))
    assert get_placement(ws, p.id).planned_end_date == dt.date(2029, 2, 28)


def test_placement_needs_a_peer_supporter_and_sane_dates(ws: Workspace) -> None:
    manager = next(p.id for p in list_people(ws) if p.role == "unit_manager")
    with pytest.raises(InvalidInput) as err:
        add_placement(ws, peer_supporter_id=manager, employer="X", supervisor_id=None,
                      start_date=dt.date(2026, 1, 1), planned_end_date=dt.date(2027, 1, 1))
    assert err.value.field == "peer_supporter"
    supporter = next(p.id for p in list_people(ws) if p.role == "peer_supporter")
    with pytest.raises(InvalidInput, match="must come after"):
        add_placement(ws, peer_supporter_id=supporter, employer="X", supervisor_id=None,
                      start_date=dt.date(2026, 1, 1), planned_end_date=dt.date(2025, 1, 1))


def test_running_peer_supporter_cannot_be_removed_nor_change_role(ws: Workspace) -> None:
    supporter = list_placements(ws)[0].peer_supporter_id
    with pytest.raises(InvalidInput, match="running placement"):
        remove_person(ws, supporter)
    with pytest.raises(InvalidInput, match="running placement") as err:
        update_person(ws, supporter, name="Jonas Öberg", role="supervisor")
    assert err.value.field == "role"


def test_removing_a_supervisor_asks_and_then_clears_the_placements_as_one_undoable_change(ws: Workspace) -> None:
    supervisor = next(p for p in list_people(ws) if p.role == "supervisor")
    before = _data(ws)
    with pytest.raises(NeedsConfirmation, match="supervisor of 2 placement"):
        remove_person(ws, supervisor.id)
    assert _data(ws) == before  # asking changed nothing
    change = _undo_redo(ws, op(remove_person, person_id=supervisor.id, confirmed=True))
    assert change.touched == {"people", "placements"}
    assert {p.supervisor_id for p in list_placements(ws)} == {None}


def test_a_second_person_with_the_same_name_and_role_needs_confirmation(ws: Workspace) -> None:
    with pytest.raises(NeedsConfirmation, match="already"):
        add_person(ws, "ahmed hassan", "staff_representative")
    add_person(ws, "Ahmed Hassan", "supervisor")  # another role: another person
    assert add_person(ws, "Ahmed Hassan", "staff_representative", confirmed=True).changed


def test_an_unchanged_edit_changes_nothing(ws: Workspace) -> None:
    counter = ws.change_counter()
    staff = next(p for p in list_people(ws) if p.role == "staff_representative")
    p = list_placements(ws)[0]
    unit = get_unit(ws)
    for change in (update_person(ws, staff.id, name=staff.name, role=staff.role),
                   update_placement(ws, p.id, peer_supporter_id=p.peer_supporter_id, employer=p.employer,
                                    supervisor_id=p.supervisor_id, start_date=p.start_date,
                                    planned_end_date=p.planned_end_date),
                   set_unit(ws, unit.name, unit.kind)):
        assert not change.changed and change.undo is None
    assert ws.change_counter() == counter


def test_an_id_beyond_sqlites_range_is_not_found(ws: Workspace) -> None:
    from peerdesk.errors import NotFound

    with pytest.raises(NotFound):
        remove_person(ws, 2**70)
    with pytest.raises(NotFound):
        get_placement(ws, -(2**70))


def test_every_save_records_who_and_when(ws: Workspace) -> None:
    ws.actor = "Sara Åkesson"
    set_unit(ws, "Träffpunkt Solrosen 2", "meeting_place")
    unit = get_unit(ws)
    assert unit.saved_by == "Sara Åkesson" and unit.saved_at.startswith(str(dt.date.today().year))
    assert ws.rows("SELECT actor, action FROM change_log ORDER BY id DESC LIMIT 1") == [("Sara Åkesson", "Edit unit")]


def test_demo_has_two_placements_one_renewed(ws: Workspace) -> None:
    older, newer = list_placements(ws)
    today = dt.date.today()
    assert 400 <= older.days_since_start(today) <= 440 and len(older.decisions) == 1
    assert 140 <= newer.days_since_start(today) <= 160 and newer.decisions == ()
    roles = {p.role for p in list_people(ws)}
    assert roles == {"unit_manager", "supervisor", "staff_representative", "peer_supporter"}
    assert ws.is_demo
