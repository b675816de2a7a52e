"""The demo workspace: a realistic Swedish unit to explore without touching the unit's own data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peerdesk.people import add_person
from peerdesk.placements import add_placement, record_decision
from peerdesk.setup_unit import UnitSetup, create_unit_workspace
from peerdesk.store import Workspace

DEMO_ACTOR = "PeerDesk (demo)"


def _months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    return dt.date(month_index // 12, month_index % 12 + 1, min(day.day, 28))


def write_demo(path: Path, today: dt.date | None = None) -> Workspace:
    """Write the demo workspace to `path` (refusing an existing file) and return it open."""
    today = today or dt.date.today()
    first_start = _months_before(today, 14)
    ws = create_unit_workspace(Path(path), UnitSetup(
        unit_name="Träffpunkt Solrosen", unit_kind="meeting_place", manager="Maria Lindqvist",
        peer_supporters=["Jonas Öberg"], employer="NSPH Väst (demo)", supervisor="Karin Åström",
        start_date=first_start, planned_end_date=first_start.replace(year=first_start.year + 1),
        staff_representatives=["Ahmed Hassan"]), actor=DEMO_ACTOR)
    with ws.write("mark demo") as db:
        db["meta"].insert({"key": "demo", "value": "1"}, replace=True)
    jonas = ws.conn.execute("SELECT id FROM placements").fetchone()[0]
    record_decision(ws, jonas, outcome="renewed", decided_on=first_start.replace(year=first_start.year + 1)
                    - dt.timedelta(days=45), end_date=first_start.replace(year=first_start.year + 2),
                    funder="Västra regionen, brukarstöd", decided_by="Maria Lindqvist")
    sara = add_person(ws, "Sara Åkesson", "peer_supporter")
    supervisor = ws.conn.execute("SELECT id FROM people WHERE role = 'supervisor'").fetchone()[0]
    second_start = _months_before(today, 5)
    add_placement(ws, peer_supporter_id=sara, employer="NSPH Väst (demo)", supervisor_id=supervisor,
                  start_date=second_start, planned_end_date=second_start.replace(year=second_start.year + 1))
    return ws


def is_demo(ws: Workspace) -> bool:
    return ws.meta("demo") == "1"
