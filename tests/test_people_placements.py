"""People, placements and renewal decisions round-trip, validate and undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peerdesk.errors import InvalidInput
from peerdesk.people import add_person, get_unit, list_people, set_person_removed, set_unit, update_person
from peerdesk.placements import (
    add_placement,
    get_placement,
    list_placements,
    record_decision,
    set_decision_withdrawn,
    update_placement,
)
from peerdesk.setup_unit import UnitSetup, create_unit_workspace
from peerdesk.store import Workspace

TODAY = dt.date(2026, 11, 23)


def _setup(**overrides: object) -> UnitSetup:
    values = dict(unit_name="Stödboendet Björken", unit_kind="supported_housing", manager="Åsa Nyström",
                  peer_supporters=["Jonas Öberg"], employer="NSPH Väst", supervisor="Karin Åström",
                  start_date=dt.date(2026, 1, 12), planned_end_date=dt.date(2027, 1, 11))
    values.update(overrides)
    return UnitSetup(**values)  # type: ignore[arg-type]


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


def test_second_peer_supporter_and_edits(ws: Workspace) -> None:
    new = add_person(ws, "Lina Östlund", "peer_supporter")
    placement = add_placement(ws, peer_supporter_id=new, employer="NSPH Väst", supervisor_id=None,
                              start_date=dt.date(2026, 11, 1), planned_end_date=dt.date(2027, 10, 31))
    update_placement(ws, placement, peer_supporter_id=new, employer="NSPH Väst", supervisor_id=None,
                     start_date=dt.date(2026, 11, 1), planned_end_date=dt.date(2027, 12, 31))
    assert get_placement(ws, placement).planned_end_date == dt.date(2027, 12, 31)
    update_person(ws, new, name="Lina Östlund-Berg", role="peer_supporter")
    assert get_placement(ws, placement).peer_supporter == "Lina Östlund-Berg"
    assert get_placement(ws, placement).decisions == ()


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


def test_renewal_history_and_withdrawal(ws: Workspace) -> None:
    p = list_placements(ws)[-1]  # the newer placement, never renewed
    new_end = p.planned_end_date.replace(year=p.planned_end_date.year + 1)
    decision = record_decision(ws, p.id, outcome="renewed", decided_on=TODAY, end_date=new_end,
                               funder="Regionen", decided_by="Maria Lindqvist")
    renewed = get_placement(ws, p.id)
    assert renewed.planned_end_date == new_end
    assert [(d.outcome, d.new_end_date, d.funder) for d in renewed.decisions] == [("renewed", new_end, "Regionen")]

    set_decision_withdrawn(ws, decision, True)  # undo
    assert get_placement(ws, p.id).planned_end_date == p.planned_end_date
    assert get_placement(ws, p.id).decisions == ()
    set_decision_withdrawn(ws, decision, False)  # redo
    assert get_placement(ws, p.id).planned_end_date == new_end

    ended = record_decision(ws, p.id, outcome="ended", decided_on=TODAY, end_date=TODAY)
    assert get_placement(ws, p.id).ended_on == TODAY
    assert get_placement(ws, p.id).days_left(TODAY) is None
    with pytest.raises(InvalidInput, match="already ended"):
        record_decision(ws, p.id, outcome="renewed", decided_on=TODAY, end_date=new_end)
    set_decision_withdrawn(ws, ended, True)
    assert get_placement(ws, p.id).ended_on is None


def test_renewal_must_extend(ws: Workspace) -> None:
    p = list_placements(ws)[0]
    with pytest.raises(InvalidInput) as err:
        record_decision(ws, p.id, outcome="renewed", decided_on=TODAY, end_date=p.planned_end_date)
    assert err.value.field == "end_date"


def test_remove_and_restore_person(ws: Workspace) -> None:
    staff = next(p for p in list_people(ws) if p.role == "staff_representative")
    set_person_removed(ws, staff.id, True)
    assert staff.id not in [p.id for p in list_people(ws)]
    assert staff.id in [p.id for p in list_people(ws, include_removed=True)]
    set_person_removed(ws, staff.id, False)
    assert staff.id in [p.id for p in list_people(ws)]


def test_running_peer_supporter_cannot_be_removed(ws: Workspace) -> None:
    supporter = list_placements(ws)[0].peer_supporter_id
    with pytest.raises(InvalidInput, match="running placement"):
        set_person_removed(ws, supporter, True)


def test_every_save_records_who_and_when(ws: Workspace) -> None:
    ws.actor = "Sara Åkesson"
    set_unit(ws, "Träffpunkt Solrosen", "meeting_place")
    unit = get_unit(ws)
    assert unit.saved_by == "Sara Åkesson" and unit.saved_at.startswith(str(dt.date.today().year))
    last = ws.conn.execute("SELECT actor, action FROM change_log ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("Sara Åkesson", "set unit")


def test_demo_has_two_placements_one_renewed(ws: Workspace) -> None:
    older, newer = list_placements(ws)
    today = dt.date.today()
    assert 400 <= older.days_since_start(today) <= 440 and len(older.decisions) == 1
    assert 140 <= newer.days_since_start(today) <= 160 and newer.decisions == ()
    roles = {p.role for p in list_people(ws)}
    assert roles == {"unit_manager", "supervisor", "staff_representative", "peer_supporter"}
    assert ws.is_demo
