"""About a year of realistic activity for the demo workspace's two peer supporters, with two study circles.

Deterministic (a fixed seed), counts and categories only, as the real log: no service user is ever named.
"""

from __future__ import annotations

import datetime as dt
import random

from peerdesk.activities.circles import add_circle
from peerdesk.activities.entries import Context, Entry, check
from peerdesk.changes import add_rows
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import list_people
from peerdesk.store import Workspace

DEMO_LOG = QT_TRANSLATE_NOOP("Edit", "Write the demo activity log")

# type key, weight, minutes choices, participants range, where, themes
_DAILY = [
    ("one_to_one", 30, (30, 45, 60), (1, 1), "unit", ["Sömn och rutiner", "Att söka stöd", "Vardagen efter "
                                                       "utskrivning", "Självhjälpsgrupper", ""]),
    ("group_activity", 14, (90, 120, 150), (3, 9), "unit", ["Matlagning", "Promenad i parken", "Museibesök",
                                                            "Bowling", "Fika och samtal"]),
    ("accompanied_visit", 10, (60, 90, 120, 180), (1, 1), "outside", [""]),
    ("bridge_building", 8, (30, 45, 60), (1, 1), "unit", ["Visade runt på träffpunkten", "Första besöket", ""]),
    ("outreach", 20, (10, 15, 20, 30), (1, 1), "outside", ["Sms-påminnelse", "Samtal", ""]),
    ("lecture", 2, (60, 90), (8, 25), "outside", ["Egen erfarenhet av återhämtning", "Vad är peer support?"]),
    ("training", 2, (120, 240, 360), (0, 0), "outside", ["Motiverande samtal", "Suicidprevention"]),
    ("other", 3, (30, 60), (0, 2), "unit", ["Planering", "Administration"]),
]
_NOTES = ["", "", "", "Gick bra.", "Ny tid bokad.", "Behöver följas upp nästa vecka.", "Positiv stämning.",
          "Kort samtal, ville ses igen.", "Pratade om att börja i en självhjälpsgrupp."]
_DESTINATIONS = ["healthcare", "healthcare", "psychiatry", "psychiatry", "authority", "social_services", "housing",
                 "other"]


def _by_name(ws: Workspace) -> dict[str, int]:
    return {p.name: p.id for p in list_people(ws)}


def write_demo_log(ws: Workspace, today: dt.date) -> None:
    """Circles first (their sessions name them), then every entry in one transaction."""
    people = _by_name(ws)
    jonas, sara, co_leader = people["Jonas Öberg"], people["Sara Åkesson"], people.get("Ahmed Hassan")
    egenmakt = add_circle(ws, theme="Egenmakt", start_date=today - dt.timedelta(weeks=34), planned_sessions=10,
                          co_leader_id=co_leader).result
    vardag = add_circle(ws, theme="Återhämtning i vardagen", start_date=today - dt.timedelta(weeks=9),
                        planned_sessions=8, co_leader_id=co_leader).result
    ctx = Context.load(ws, today)
    rng = random.Random(2026)
    entries: list[Entry] = []
    for supporter, circle, weekday in ((jonas, egenmakt, 2), (sara, vardag, 3)):
        start = max(ctx.started[supporter], today - dt.timedelta(days=365))
        circle_start = dt.date.fromisoformat(str(ws.value("SELECT start_date FROM study_circles WHERE id = ?",
                                                          (circle,))))
        sessions = 0
        day = start
        while day <= today:
            if day.weekday() < 5 and rng.random() > 0.08:  # some days off
                entries += _a_day(rng, supporter, day)
                if day.weekday() == weekday and day >= circle_start and sessions < 10:
                    sessions += 1
                    entries.append(Entry(day, "study_circle", rng.choice((90, 120)), rng.randint(4, 9),
                                         theme=f"Träff {sessions}", peer_supporter_id=supporter, circle_id=circle))
                if day.day <= 7 and day.weekday() == 1:
                    entries.append(Entry(day, "supervision_group", 120, 0, place="outside",
                                         peer_supporter_id=supporter))
                    entries.append(Entry(day, "user_council", 90, rng.randint(5, 10), theme="Brukarrådets möte",
                                         peer_supporter_id=supporter))
                if day.weekday() == 0 and day.isocalendar().week % 2 == 0:
                    entries.append(Entry(day, "workplace_meeting", 60, 0, peer_supporter_id=supporter))
                if day.day in (15, 16, 17) and day.weekday() == 4:
                    entries.append(Entry(day, "follow_up_meeting", 60, 0, theme="Uppgifter och roll",
                                         peer_supporter_id=supporter))
                if rng.random() < 0.03:
                    entries.append(Entry(day, "supervision_individual", 45, 0, peer_supporter_id=supporter))
            day += dt.timedelta(days=1)
    rows = [check(ctx, entry) for entry in sorted(entries, key=lambda e: e.day)]
    add_rows(ws, table="activities", rows=rows, label=DEMO_LOG)


def _a_day(rng: random.Random, supporter: int, day: dt.date) -> list[Entry]:
    found = []
    for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
        key, _weight, minutes, (low, high), place, themes = rng.choices(_DAILY, [t[1] for t in _DAILY])[0]
        visit = key == "accompanied_visit"
        found.append(Entry(day, key, rng.choice(minutes), rng.randint(low, high), place=place,
                           theme=rng.choice(themes), note=rng.choice(_NOTES), peer_supporter_id=supporter,
                           visit_destination=rng.choice(_DESTINATIONS) if visit else None,
                           visit_took_place=rng.random() < 0.85 if visit else None))
    return found
