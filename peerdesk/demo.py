"""The demo workspace: a realistic Swedish unit to explore without touching the unit's own data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from peerdesk.activities.demo_log import write_demo_log
from peerdesk.checklist import demo as checklist_demo
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.jobdesc.demo import add_job_descriptions
from peerdesk.people import add_person
from peerdesk.placements import add_placement, list_placements, record_decision
from peerdesk.setup_unit import UnitSetup, create_unit_workspace
from peerdesk.store import Workspace
from peerdesk.survey.demo import add_rounds as add_survey_rounds

DEMO_ACTOR = "PeerDesk (demo)"
DEMO = QT_TRANSLATE_NOOP("Edit", "Write the demo workspace")
EMPLOYER = "NSPH Väst (demo)"


def _months_before(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 - months
    return dt.date(month_index // 12, month_index % 12 + 1, min(day.day, 28))


def _a_year_after(day: dt.date) -> dt.date:
    return day.replace(year=day.year + 1)  # day is at most the 28th: no leap-day surprise


def write_demo(path: Path, today: dt.date | None = None) -> Workspace:
    """Write the demo workspace to `path` (refusing an existing file), in one transaction, and return it open.

    Jonas started about fourteen months ago and was renewed once; Sara started about five months ago. Both have
    logged their activities since (a year at most), with a study circle each. The users' survey ran in spring
    and autumn, and a third round is out now.
    """
    today = today or dt.date.today()
    first_start, second_start = _months_before(today, 14), _months_before(today, 5)

    def add_the_rest(ws: Workspace) -> None:
        with ws.write(DEMO) as db:
            db["meta"].insert({"key": "demo", "value": "1"}, replace=True)
        jonas = list_placements(ws)[0]
        checklist_demo.complete(ws, jonas.id, jonas.peer_supporter, today)
        record_decision(ws, jonas.id, outcome="renewed", decided_on=jonas.planned_end_date - dt.timedelta(days=45),
                        end_date=_a_year_after(jonas.planned_end_date), funder="Västra regionen, brukarstöd",
                        decided_by="Maria Lindqvist")
        sara = add_person(ws, "Sara Åkesson", "peer_supporter").result
        sara_placement = add_placement(ws, peer_supporter_id=sara, employer=EMPLOYER,
                                       supervisor_id=jonas.supervisor_id, start_date=second_start,
                                       planned_end_date=_a_year_after(second_start)).result
        checklist_demo.part_way(ws, sara_placement, "Sara Åkesson", today)
        write_demo_log(ws, today)
        add_job_descriptions(ws, today)
        add_survey_rounds(ws, today)

    return create_unit_workspace(Path(path), UnitSetup(
        unit_name="Träffpunkt Solrosen", unit_kind="meeting_place", manager="Maria Lindqvist",
        peer_supporters=["Jonas Öberg"], employer=EMPLOYER, supervisor="Karin Åström",
        start_date=first_start, planned_end_date=_a_year_after(first_start),
        staff_representatives=["Ahmed Hassan"]), actor=DEMO_ACTOR, then=add_the_rest)
