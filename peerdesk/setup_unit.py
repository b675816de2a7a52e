"""Creating a unit's workspace in one go: what the first-run wizard and `peerdesk demo` both do.

The rules live here once: `check_unit`, `check_people` and `check_placement` each check one page of the wizard (the
wizard calls them as the user presses Next), and `UnitSetup.validated` calls all three before anything is written.
Each raises InvalidInput whose `field` is the name of the wizard's widget for the value concerned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from peerdesk import people
from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.people import ROLES, UNIT_KINDS, UNIT_NAME, clean_name
from peerdesk.placements import EMPLOYER, add_placement, check_dates
from peerdesk.store import Workspace

MANAGER = QT_TRANSLATE_NOOP("Field", "Unit manager")
PEER_SUPPORTER = QT_TRANSLATE_NOOP("Field", "Peer supporter")
SUPERVISOR = QT_TRANSLATE_NOOP("Field", "Supervisor")
CREATE = QT_TRANSLATE_NOOP("Edit", "Create workspace")


def list_field(name: str, index: int) -> str:
    """The field of the `index`-th name in a list of names: the first is named like the list (`peer_supporters`),
    the next ones get their number (`peer_supporters_2`, `peer_supporters_3`…)."""
    return name if index == 0 else f"{name}_{index + 1}"


def check_unit(unit_name: str, unit_kind: str) -> tuple[str, str]:
    """The unit's name (cleaned) and kind, or InvalidInput for `unit_name` or `unit_kind`."""
    name = clean_name(unit_name, UNIT_NAME, "unit_name")
    if unit_kind not in UNIT_KINDS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Setup", "Choose the kind of unit."), field="unit_kind")
    return name, unit_kind


class SetupPeople(NamedTuple):
    """The people page, cleaned: blank optional names are left out (an empty supervisor is "")."""

    manager: str
    peer_supporters: list[str]
    supervisor: str
    staff_representatives: list[str]
    employer: str


def _names(names: Sequence[str], label: Msg, list_name: str) -> list[str]:
    return [clean_name(n, label, list_field(list_name, i)) for i, n in enumerate(names) if n.strip()]


def check_people(*, manager: str, peer_supporters: Sequence[str], supervisor: str = "",
                 staff_representatives: Sequence[str] = (), employer: str) -> SetupPeople:
    """The people page in its order on screen, or InvalidInput for the first wrong field: `manager`,
    `peer_supporters` (then `peer_supporters_2`…), `supervisor`, `staff` (then `staff_2`…) or `employer`.

    At least one peer supporter is required; the supervisor and the staff representatives are optional.
    """
    cleaned_manager = clean_name(manager, MANAGER, "manager")
    supporters = _names(peer_supporters, PEER_SUPPORTER, "peer_supporters")
    if not supporters:
        raise InvalidInput(QT_TRANSLATE_NOOP("Setup", "Name at least one peer supporter."),
                           field="peer_supporters")
    return SetupPeople(
        manager=cleaned_manager, peer_supporters=supporters,
        supervisor=clean_name(supervisor, SUPERVISOR, "supervisor") if supervisor.strip() else "",
        staff_representatives=_names(staff_representatives, ROLES["staff_representative"], "staff"),
        employer=clean_name(employer, EMPLOYER, "employer"))


def check_placement(start_date: dt.date, planned_end_date: dt.date) -> None:
    """The placement's dates, or InvalidInput for `planned_end_date`."""
    check_dates(start_date, planned_end_date)


@dataclass
class UnitSetup:
    """Everything the first-run wizard asks for."""

    unit_name: str
    unit_kind: str
    manager: str
    peer_supporters: list[str]
    employer: str
    supervisor: str
    start_date: dt.date
    planned_end_date: dt.date
    staff_representatives: list[str] = field(default_factory=list)

    def validated(self) -> UnitSetup:
        """A cleaned copy, or InvalidInput naming the first wrong field (in the wizard's order of pages)."""
        unit_name, unit_kind = check_unit(self.unit_name, self.unit_kind)
        crew = check_people(manager=self.manager, peer_supporters=self.peer_supporters, supervisor=self.supervisor,
                            staff_representatives=self.staff_representatives, employer=self.employer)
        check_placement(self.start_date, self.planned_end_date)
        return UnitSetup(unit_name, unit_kind, crew.manager, crew.peer_supporters, crew.employer, crew.supervisor,
                         self.start_date, self.planned_end_date, crew.staff_representatives)


def create_unit_workspace(path: Path, setup: UnitSetup, *, actor: str,
                          then: Callable[[Workspace], None] | None = None) -> Workspace:
    """Validate everything, then create the file and write the unit, its people and placements through the domain's
    operations in one transaction (with `then`, whatever more it writes joins that transaction).

    If that transaction fails the new file is removed again, so a failed set-up leaves nothing behind.
    """
    s = setup.validated()
    ws = Workspace.create(path, actor=actor)
    try:
        with ws.write(CREATE):
            people.set_unit(ws, s.unit_name, s.unit_kind)
            people.add_person(ws, s.manager, "unit_manager", confirmed=True)
            supervisor_id = people.add_person(ws, s.supervisor, "supervisor", confirmed=True).result \
                if s.supervisor else None
            for name in s.staff_representatives:
                people.add_person(ws, name, "staff_representative", confirmed=True)
            for name in s.peer_supporters:
                person_id = people.add_person(ws, name, "peer_supporter", confirmed=True).result
                add_placement(ws, peer_supporter_id=person_id, employer=s.employer, supervisor_id=supervisor_id,
                              start_date=s.start_date, planned_end_date=s.planned_end_date)
            if then:
                then(ws)
    except BaseException:
        ws.close()
        with contextlib.suppress(OSError):
            Path(path).unlink()
        raise
    return ws
