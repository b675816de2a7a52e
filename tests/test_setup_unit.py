"""The set-up rules, one page at a time: the wizard's Next and `UnitSetup.validated` share them."""

from __future__ import annotations

import datetime as dt

import pytest

from peerdesk.errors import InvalidInput
from peerdesk.setup_unit import SetupPeople, UnitSetup, check_people, check_placement, check_unit, list_field

NUMBER = "19121212-1212"  # a valid Swedish personal identity number (a well-known test number)


def _people(**overrides: object) -> SetupPeople:
    values: dict[str, object] = dict(manager=" Åsa  Nyström ", peer_supporters=["Jonas Öberg"], employer="NSPH Väst")
    values.update(overrides)
    return check_people(**values)  # type: ignore[arg-type]


def test_setup_check_unit_cleans_and_names_the_field() -> None:
    assert check_unit("  Stödboendet  Björken ", "supported_housing") == ("Stödboendet Björken", "supported_housing")
    for args, field in [(("", "meeting_place"), "unit_name"), ((f"Ängen {NUMBER}", "meeting_place"), "unit_name"),
                        (("Ängen", "castle"), "unit_kind")]:
        with pytest.raises(InvalidInput) as err:
            check_unit(*args)
        assert err.value.field == field


def test_setup_check_people_cleans_and_leaves_out_blank_optional_names() -> None:
    assert _people(peer_supporters=["", "Sara  Ödman"], staff_representatives=[" "], supervisor=" ") == SetupPeople(
        manager="Åsa Nyström", peer_supporters=["Sara Ödman"], supervisor="", staff_representatives=[],
        employer="NSPH Väst")


@pytest.mark.parametrize(("override", "field"), [
    ({"manager": ""}, "manager"),
    ({"peer_supporters": ["", "  "]}, "peer_supporters"),
    ({"peer_supporters": [f"Jonas {NUMBER}"]}, "peer_supporters"),
    ({"peer_supporters": ["Jonas", f"Sara {NUMBER}"]}, "peer_supporters_2"),
    ({"supervisor": f"Karin {NUMBER}"}, "supervisor"),
    ({"staff_representatives": [f"Ali {NUMBER}"]}, "staff"),
    ({"staff_representatives": ["Ali", "x" * 500]}, "staff_2"),
    ({"employer": " "}, "employer"),
])
def test_setup_check_people_names_the_widget_of_the_wrong_field(override: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        _people(**override)
    assert err.value.field == field


def test_setup_check_placement_wants_the_end_after_the_start() -> None:
    check_placement(dt.date(2026, 1, 12), dt.date(2027, 1, 11))
    with pytest.raises(InvalidInput) as err:
        check_placement(dt.date(2026, 1, 12), dt.date(2026, 1, 12))
    assert err.value.field == "planned_end_date"


def test_setup_validated_uses_the_page_checks_in_page_order() -> None:
    setup = UnitSetup(unit_name="", unit_kind="castle", manager="", peer_supporters=[], employer="", supervisor="",
                      start_date=dt.date(2026, 1, 12), planned_end_date=dt.date(2026, 1, 1),
                      staff_representatives=[f"Ali {NUMBER}"])
    fields = []
    for fix in [{"unit_name": "Ängen"}, {"unit_kind": "meeting_place"}, {"manager": "Åsa"},
                {"peer_supporters": ["Jonas"]}, {"staff_representatives": ["Ali"]},
                {"employer": "NSPH"}, {"planned_end_date": dt.date(2027, 1, 1)}]:
        with pytest.raises(InvalidInput) as err:
            setup.validated()
        fields.append(err.value.field)
        vars(setup).update(fix)
    assert fields == ["unit_name", "unit_kind", "manager", "peer_supporters", "staff", "employer",
                      "planned_end_date"]
    assert setup.validated().staff_representatives == ["Ali"]


def test_setup_list_field() -> None:
    assert [list_field("staff", i) for i in range(3)] == ["staff", "staff_2", "staff_3"]
