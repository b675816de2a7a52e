"""The demo workspace's job descriptions (`peerdesk demo`): for the older placement three revisions, the second
agreed by both, and a draft in progress; for the newer one a first revision awaiting the peer supporter's approval."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from peerdesk.jobdesc import draft, revisions
from peerdesk.people import list_people
from peerdesk.placements import Placement, list_placements
from peerdesk.store import Workspace

PURPOSE_1 = ("Träffpunkten vill att fler besökare ska hitta hit och stanna kvar. Peer supportern bidrar med egen "
             "erfarenhet av återhämtning och visar att det går att komma vidare.")
PURPOSE_2 = PURPOSE_1 + ("\n\nVi vill också att personalen lär sig av peer supporterns perspektiv, så att "
                         "bemötandet blir mer jämlikt.")
USERS = ("Besökare på träffpunkten, särskilt den som är ny eller har varit borta länge. Stödet riktar sig till "
         "grupper, aldrig till namngivna personer i den här arbetsbeskrivningen.")
USERS_3 = USERS + "\n\n- Unga vuxna som kommer via socialpsykiatrins boendestöd\n- Besökare på kvällsöppet"
TASKS_INTRO = ("Uppgifterna väljs tillsammans och prövas under en period. Det som inte fungerar tas upp på "
               "avstämningen.")
NOT_IN_ROLE_1 = ("- Inget umgänge med besökare på fritiden.\n- Peer supportern tar inte över personalens "
                 "sysslor, som att koka kaffe eller städa.")
NOT_IN_ROLE_2 = NOT_IN_ROLE_1 + ("\n- Peer supportern är inte ensam ansvarig i lokalen.\n\nGränser mot sig själv "
                                 "är lika viktiga: tala om det när det blir för mycket.")
HOURS_1 = "Halvtid, måndag till torsdag kl. 9–13, på träffpunkten."
HOURS_3 = ("Halvtid, måndag till onsdag kl. 9–13 och torsdag kl. 15–19 (kvällsöppet). Ledsagning kan ske utanför "
           "träffpunkten.")
MEETINGS_1 = "Peer supportern deltar i arbetsplatsträffen varannan tisdag."
MEETINGS_3 = MEETINGS_1 + " Peer supportern deltar också i brukarrådet en gång i månaden."
SUPERVISION = ("Handledning i grupp hos NSPH Väst varannan vecka. Individuell handledning hos Karin Åström vid "
               "behov.")
EQUIPMENT_1 = "Träffpunkten står för telefon och dator."
EQUIPMENT_2 = ("Träffpunkten står för telefon, dator och kontorsmaterial. Betalkort för aktiviteter lånas av "
               "enhetschefen. Arbetsmiljöansvaret ligger hos NSPH Väst som arbetsgivare; enhetschefen ansvarar för "
               "arbetsmiljön i lokalen.")
FOLLOW_UP_1 = "Avstämning med enhetschef och handledare en gång i månaden."
FOLLOW_UP_2 = FOLLOW_UP_1 + " Arbetsbeskrivningen ses över var sjätte månad."
DRAFT_EQUIPMENT = EQUIPMENT_2 + " Från och med nästa månad får peer supportern ett eget betalkort."


@contextlib.contextmanager
def _as(ws: Workspace, name: str) -> Iterator[None]:
    """Save as `name` for a moment (the demo's people write their own job description)."""
    before, ws.actor = ws.actor, name
    try:
        yield
    finally:
        ws.actor = before


def _at(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time(10, 30), dt.UTC).isoformat()


def _write(ws: Workspace, jd_id: int, texts: dict[str, str]) -> None:
    for section in draft.list_sections(ws, jd_id):
        if section.key in texts:
            draft.save_text(ws, section.id, texts[section.key], expected_version=section.version)


def _task_section(ws: Workspace, jd_id: int) -> int:
    return next(s.id for s in draft.list_sections(ws, jd_id) if s.kind == "tasks")


def _pick(ws: Workspace, jd_id: int, keys: list[str]) -> None:
    chosen = {s.key: s for s in draft.suggestions("sv")}
    draft.add_tasks(ws, _task_section(ws, jd_id), [(chosen[k].text, chosen[k].activity_types, k) for k in keys])


def _revision(ws: Workspace, jd_id: int, summary: str, people: list[int], day: dt.date,
              signed: list[tuple[int, dt.date]]) -> None:
    number = revisions.save_revision(ws, jd_id, summary=summary, participant_ids=people).result
    revision = revisions.get_revision(ws, jd_id, number)
    for person_id, when in signed:
        revisions.approve(ws, revision.id, person_id, today=when)
    with ws.write("demo dates") as db:  # the demo's history happened over the past year
        db.execute("UPDATE jd_revisions SET saved_at = ? WHERE id = ?", [_at(day), revision.id])
        for person_id, when in signed:
            db.execute("UPDATE jd_approvals SET approved_at = ?, saved_at = ? WHERE revision_id = ? AND "
                       "person_id = ?", [_at(when), _at(when), revision.id, person_id])


def _months(day: dt.date, months: int) -> dt.date:
    return draft.months_after(day, months)


def add_job_descriptions(ws: Workspace, today: dt.date) -> None:
    people = {p.name: p.id for p in list_people(ws)}
    manager = people["Maria Lindqvist"]
    staff, supervisor = people["Ahmed Hassan"], people["Karin Åström"]
    older, newer = list_placements(ws)[:2]
    _older(ws, older, manager, staff, supervisor, today)
    _newer(ws, newer, manager, staff, today)


def _older(ws: Workspace, p: Placement, manager: int, staff: int, supervisor: int, today: dt.date) -> None:
    jonas = p.peer_supporter_id
    with _as(ws, "Maria Lindqvist"):
        jd_id = draft.start_job_description(ws, p.id, "sv").result
        _write(ws, jd_id, {"purpose": PURPOSE_1, "users_served": USERS, "tasks": TASKS_INTRO,
                           "not_in_role": NOT_IN_ROLE_1, "hours_place": HOURS_1, "meetings": MEETINGS_1,
                           "supervision": SUPERVISION, "equipment": EQUIPMENT_1, "follow_up": FOLLOW_UP_1})
        _pick(ws, jd_id, ["bridge_building", "one_to_one_talks", "group_activities"])
        first = _months(p.start_date, 1)
        _revision(ws, jd_id, "Första versionen, skriven under introduktionen", [manager, jonas, staff], first,
                  [(manager, first)])
        _write(ws, jd_id, {"purpose": PURPOSE_2, "not_in_role": NOT_IN_ROLE_2, "equipment": EQUIPMENT_2,
                           "follow_up": FOLLOW_UP_2})
        _pick(ws, jd_id, ["accompanying", "study_circles"])
        second = _months(p.start_date, 4)
        _revision(ws, jd_id, "Efter första avstämningen: ledsagning och studiecirkel, tydligare gränser",
                  [manager, jonas, staff, supervisor], second,
                  [(manager, second), (jonas, second + dt.timedelta(days=2))])
        _write(ws, jd_id, {"users_served": USERS_3, "hours_place": HOURS_3, "meetings": MEETINGS_3})
        _pick(ws, jd_id, ["user_council"])
        third = today - dt.timedelta(days=20)
        _revision(ws, jd_id, "Kvällsöppet på torsdagar och plats i brukarrådet", [manager, jonas, supervisor],
                  third, [(manager, third + dt.timedelta(days=1))])
    with _as(ws, p.peer_supporter):
        _write(ws, jd_id, {"equipment": DRAFT_EQUIPMENT})


def _newer(ws: Workspace, p: Placement, manager: int, staff: int, today: dt.date) -> None:
    with _as(ws, "Maria Lindqvist"):
        jd_id = draft.start_job_description(ws, p.id, "sv").result
        _write(ws, jd_id, {
            "purpose": "Sara ska i första hand stödja nya besökare under deras första veckor på träffpunkten.",
            "users_served": "Nya besökare och deras närstående, när de vill.",
            "tasks": TASKS_INTRO, "not_in_role": NOT_IN_ROLE_1, "hours_place": "75 procent, måndag till fredag "
            "kl. 10–15.", "meetings": "Arbetsplatsträffen varannan tisdag.", "supervision": SUPERVISION,
            "equipment": EQUIPMENT_2, "follow_up": FOLLOW_UP_2})
        _pick(ws, jd_id, ["bridge_building", "outreach", "bodily_health"])
        day = today - dt.timedelta(days=6)
        _revision(ws, jd_id, "Första versionen", [manager, p.peer_supporter_id, staff], day,
                  [(manager, day + dt.timedelta(days=1))])
