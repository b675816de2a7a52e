"""The demo workspace's checklists: the older placement's introduction complete, the newer one's part-way done
with some items overdue."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from peerdesk.checklist import items as checklist
from peerdesk.checklist.items import Item
from peerdesk.store import Workspace

# Who does what in the demo unit, by owner.
_BY_OWNER = {"unit_manager": "Maria Lindqvist", "peer_supporter": "", "employer": "Karin Åström",
             "staff": "Ahmed Hassan"}
_ANSWERS = {"phone": ("unit", ""), "computer": ("employer", "Konto i enhetens system via IT-avdelningen"),
            "office_material": ("unit", ""), "payment_card": ("unit", "Kortet lånas ut av enhetschefen"),
            "work_environment": ("shared", "Enligt samverkansöverenskommelsen, punkt 4"),
            "supervision": ("employer_group", "NSPH Väst, varannan vecka; individuell handledning vid behov"),
            "workplace_meetings": (None, "Arbetsplatsträffen varje månad och veckomötet på måndagar")}
_NOT_APPLICABLE = {"jonas": {"staff_in_recruitment": "Jonas rekryterades av NSPH Väst innan enheten kom med i "
                                                     "projektet."},
                   "sara": {"second_peer_supporter": "Jonas Öberg arbetar redan här: Sara är den andra."}}
# Sara's items left open (by key): some due already, so they show as overdue.
_SARA_OPEN = {"job_description_agreed", "evaluation_plan", "follow_up_3_months", "follow_up_6_months",
              "renewal_evidence", "renewal_decision", "first_supervision"}


@contextlib.contextmanager
def _acting(ws: Workspace, name: str) -> Iterator[None]:
    before = ws.actor
    ws.actor = name
    try:
        yield
    finally:
        ws.actor = before


def _settle(ws: Workspace, item: Item, who: str, today: dt.date, reasons: dict[str, str]) -> None:
    day = min(item.due_date, today)
    with _acting(ws, who):
        if item.key in reasons:
            checklist.not_applicable(ws, item.id, reason=reasons[item.key], done_on=day)
        elif item.key in _ANSWERS:
            chosen, details = _ANSWERS[item.key]
            checklist.answer(ws, item.id, choice_key=chosen, details=details, done_on=day)
        else:
            checklist.tick(ws, item.id, done_on=day)


def complete(ws: Workspace, placement_id: int, name: str, today: dt.date) -> None:
    """Jonas's introduction, every item settled (before his renewal decision is recorded)."""
    for item in checklist.list_items(ws, placement_id):
        _settle(ws, item, _BY_OWNER[item.owner] or name, today, _NOT_APPLICABLE["jonas"])


def part_way(ws: Workspace, placement_id: int, name: str, today: dt.date) -> None:
    """Sara's introduction: most items settled, some overdue, a comment and one of the unit's own items."""
    by_key = {}
    for item in checklist.list_items(ws, placement_id):
        by_key[item.key] = item
        if item.key not in _SARA_OPEN:
            _settle(ws, item, _BY_OWNER[item.owner] or name, today, _NOT_APPLICABLE["sara"])
    with _acting(ws, "Maria Lindqvist"):
        checklist.comment(ws, by_key["job_description_agreed"].id,
                          text="Utkastet är klart, vi väntar på synpunkter från medarbetarrepresentanten.")
        checklist.add_item(ws, placement_id, label="Ordna en månadsträff för enhetens två peer supportrar",
                           help="De kan stötta varandra och dela erfarenheter.", phase="follow_up",
                           owner="peer_supporter", due=today + dt.timedelta(days=14))
