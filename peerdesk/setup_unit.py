"""Creating a unit's workspace in one go: what the first-run wizard and `peerdesk demo` both do."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peerdesk.errors import InvalidInput
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import ROLES, UNIT_KINDS, UNIT_NAME, clean_name
from peerdesk.placements import EMPLOYER, check_dates
from peerdesk.store import Workspace

MANAGER = QT_TRANSLATE_NOOP("Field", "Unit manager")
PEER_SUPPORTER = QT_TRANSLATE_NOOP("Field", "Peer supporter")
SUPERVISOR = QT_TRANSLATE_NOOP("Field", "Supervisor")


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
        """A cleaned copy, or InvalidInput naming the first wrong field."""
        if self.unit_kind not in UNIT_KINDS:
            raise InvalidInput(QT_TRANSLATE_NOOP("Setup", "Choose the kind of unit."), field="unit_kind")
        supporters = [clean_name(n, PEER_SUPPORTER, "peer_supporters") for n in self.peer_supporters if n.strip()]
        if not supporters:
            raise InvalidInput(QT_TRANSLATE_NOOP("Setup", "Name at least one peer supporter."),
                               field="peer_supporters")
        check_dates(self.start_date, self.planned_end_date)
        return UnitSetup(
            clean_name(self.unit_name, UNIT_NAME, "unit_name"), self.unit_kind,
            clean_name(self.manager, MANAGER, "manager"), supporters,
            clean_name(self.employer, EMPLOYER, "employer"),
            clean_name(self.supervisor, SUPERVISOR, "supervisor") if self.supervisor.strip() else "",
            self.start_date, self.planned_end_date,
            [clean_name(n, ROLES["staff_representative"], "staff") for n in self.staff_representatives if n.strip()])


def create_unit_workspace(path: Path, setup: UnitSetup, *, actor: str,
                          then: Callable[[Workspace], None] | None = None) -> Workspace:
    """Validate everything, then create the file and write the unit, its people and placements in one transaction
    (with `then`, whatever more it writes joins that transaction).

    If that transaction fails the new file is removed again, so a failed set-up leaves nothing behind.
    """
    s = setup.validated()
    ws = Workspace.create(path, actor=actor)
    try:
        with ws.write("create workspace") as db:
            saved = ws.saved()
            db["unit"].insert({"id": 1, "name": s.unit_name, "kind": s.unit_kind, **saved})
            people = db["people"]
            people.insert({"name": s.manager, "role": "unit_manager", **saved})
            supervisor_id = people.insert({"name": s.supervisor, "role": "supervisor", **saved}).last_pk \
                if s.supervisor else None
            for name in s.staff_representatives:
                people.insert({"name": name, "role": "staff_representative", **saved})
            for name in s.peer_supporters:
                person_id = people.insert({"name": name, "role": "peer_supporter", **saved}).last_pk
                db["placements"].insert({
                    "peer_supporter_id": person_id, "supervisor_id": supervisor_id, "employer": s.employer,
                    "start_date": s.start_date.isoformat(), "planned_end_date": s.planned_end_date.isoformat(),
                    **saved})
            if then:
                then(ws)
    except BaseException:
        ws.close()
        with contextlib.suppress(OSError):
            Path(path).unlink()
        raise
    return ws
