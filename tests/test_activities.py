"""The activity log's domain: durations, the rules of an entry, the privacy guard on its texts, supervision without
text, study circles and study hours, types, filters with Swedish letters, the bin, and every operation's undo."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.activities import circles, log, types
from peerdesk.activities.durations import format_duration, parse_duration
from peerdesk.activities.entries import (
    Context,
    Entry,
    add_activity,
    delete_activities,
    get_activity,
    last_activity,
    restore_activities,
    update_activity,
)
from peerdesk.errors import InvalidInput
from peerdesk.people import list_people
from peerdesk.store import Workspace

TODAY = dt.date.today()


@pytest.fixture
def ws(ws: Workspace) -> Workspace:
    """The demo workspace without its demo log: these tests count what they log themselves."""
    with ws.write("start with an empty log") as db:
        db.execute("DELETE FROM activities")
        db.execute("DELETE FROM study_circles")
    return ws


def _supporter(ws: Workspace, name: str = "Jonas Öberg") -> int:
    return next(p.id for p in list_people(ws) if p.name == name)


def _entry(ws: Workspace, **values: object) -> Entry:
    base: dict[str, object] = {"day": TODAY, "type_key": "one_to_one", "duration": "45 min", "participants": 1,
                               "peer_supporter_id": _supporter(ws)}
    return Entry(**{**base, **values})  # type: ignore[arg-type]


def _refused(ws: Workspace, field: str, **values: object) -> str:
    with pytest.raises(InvalidInput) as caught:
        add_activity(ws, _entry(ws, **values))
    assert caught.value.field == field
    return caught.value.message()


# -- durations -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "minutes"), [
    ("90", 90), ("45 min", 45), ("45min", 45), ("1,5 h", 90), ("1.5h", 90), ("1:30", 90), ("2 h 15 min", 135),
    ("0,75 h", 45), (" 1 tim ", 60), ("24 h", 1440), (30, 30)])
def test_durations_as_people_write_them(typed: str | int, minutes: int) -> None:
    assert parse_duration(typed) == minutes


@pytest.mark.parametrize(("typed", "says"), [
    ("1,5", "needs its unit: write 1,5 h for hours or 1,5 min for minutes"),
    ("-5", "cannot be negative"), ("25 h", "more than 24 hours"), ("0", "at least one minute"),
    ("en timme", "Write minutes (90, 45 min), hours (1,5 h, 1.5h) or hours:minutes (1:30)"),
    ("", "how long did it take?")])
def test_a_wrong_duration_shows_the_accepted_forms(typed: str, says: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_duration(typed)
    assert caught.value.field == "duration" and says in caught.value.message()
    assert caught.value.message().startswith("Duration:")


@given(st.integers(min_value=1, max_value=1440))
def test_every_duration_round_trips(minutes: int) -> None:
    shown = format_duration(minutes)
    assert parse_duration(shown) == minutes
    assert parse_duration(str(minutes)) == minutes
    assert parse_duration(f"{minutes} min") == minutes
    assert parse_duration(f"{minutes // 60}:{minutes % 60:02}") == minutes


@given(st.integers(min_value=1, max_value=48).map(lambda halves: halves / 2))
def test_decimal_hours_round_trip_with_comma_or_point(hours: float) -> None:
    assert parse_duration(f"{hours} h".replace(".", ",")) == round(hours * 60)
    assert parse_duration(f"{hours}h") == round(hours * 60)


@given(st.text())
def test_no_input_crashes_the_duration_parser(text: str) -> None:
    try:
        minutes = parse_duration(text)
    except InvalidInput as err:
        assert err.field == "duration" and err.message().startswith("Duration:")
    else:
        assert 1 <= minutes <= 1440


# -- the rules of an entry -------------------------------------------------------------------------------------

def test_log_an_activity_and_undo_it(ws: Workspace) -> None:
    change = add_activity(ws, _entry(ws, theme="Egenmakt", note="Pratade om sömn"))
    saved = get_activity(ws, change.result)
    assert (saved.minutes, saved.participants, saved.place, saved.peer_supporter) == (45, 1, "unit", "Jonas Öberg")
    assert change.touched == {"activities"}
    change.undo(ws)
    assert get_activity(ws, change.result).removed
    assert log.totals(ws, log.Filter()).activities == 0


@pytest.mark.parametrize(("field", "values", "says"), [
    ("day", {"day": TODAY + dt.timedelta(days=1)}, "is in the future"),
    ("day", {"day": dt.date(2020, 1, 1)}, "is before Jonas Öberg's placement started"),
    ("day", {"day": "1/12"}, "is not a date"),
    ("duration", {"duration": "-30"}, "cannot be negative"),
    ("duration", {"duration": "25 h"}, "more than 24 hours"),
    ("participants", {"participants": -1}, "cannot be negative"),
    ("participants", {"participants": 201}, "201 is more than 200"),
    ("participants", {"participants": "många"}, "is not a whole number"),
    ("type", {"type_key": ""}, "choose the kind of activity"),
    ("type", {"type_key": None}, "choose the kind of activity"),
    ("peer_supporter", {"peer_supporter_id": None}, "choose the peer supporter"),
])
def test_bad_input_gets_a_specific_message_by_its_field(ws: Workspace, field: str, values: dict, says: str) -> None:
    assert says in _refused(ws, field, **values)


def test_a_peer_supporter_is_chosen_among_peer_supporters(ws: Workspace) -> None:
    manager = _supporter(ws, "Maria Lindqvist")
    assert "choose the peer supporter" in _refused(ws, "peer_supporter", peer_supporter_id=manager)


@pytest.mark.parametrize("number", ["19121212-1212", "121212-1212", "1212121212", "191212121212", "121212+1212",
                                    "701063-2391", "7010632391"])
def test_theme_and_note_refuse_identity_numbers(ws: Workspace, number: str) -> None:
    for field in ("theme", "note"):
        message = _refused(ws, field, **{field: f"Följde med {number} till vårdcentralen"})
        assert number in message and message.startswith("Theme:" if field == "theme" else "Note:")
    assert log.totals(ws, log.Filter()).activities == 0


def test_a_bare_ten_digit_run_is_refused_with_a_hint_on_phone_numbers(ws: Workspace) -> None:
    assert "e.g. 070-123 45 67" in _refused(ws, "note", note="ring 1212121212")


@pytest.mark.parametrize("text", ["070-123 45 67", "Ring 08-123 456 78", "121212-1213", "991332-1234",
                                  "2026-11-23", "kostade 1 250 kr", "0701234567"])
def test_phone_numbers_dates_and_near_misses_pass(ws: Workspace, text: str) -> None:
    assert get_activity(ws, add_activity(ws, _entry(ws, note=text)).result).note == text


@pytest.mark.parametrize("key", types.SUPERVISION)
def test_supervision_carries_no_text(ws: Workspace, key: str) -> None:
    assert "stays out of PeerDesk" in _refused(ws, "note", type_key=key, participants=0, note="Vi pratade om X")
    assert "stays out of PeerDesk" in _refused(ws, "theme", type_key=key, participants=0, theme="Gränser")
    saved = get_activity(ws, add_activity(ws, _entry(ws, type_key=key, participants=0, duration="2 h")).result)
    assert (saved.theme, saved.note, saved.minutes) == ("", "", 120)
    assert not types.get_type(ws, key).text


def test_an_accompanied_visit_records_where_to_and_whether_it_took_place(ws: Workspace) -> None:
    assert "not one of the choices" in _refused(ws, "visit_destination", type_key="accompanied_visit")
    assert "whether the visit took place" in _refused(ws, "visit_took_place", type_key="accompanied_visit",
                                                      visit_destination="psychiatry")
    saved = get_activity(ws, add_activity(ws, _entry(ws, type_key="accompanied_visit", place="outside",
                                                     visit_destination="authority", visit_took_place=False)).result)
    assert (saved.visit_destination, saved.visit_took_place, saved.place) == ("authority", 0, "outside")
    other = get_activity(ws, add_activity(ws, _entry(ws, visit_destination="housing", visit_took_place=True)).result)
    assert (other.visit_destination, other.visit_took_place) == (None, None)  # only visits carry them


def test_edit_and_undo_redo(ws: Workspace) -> None:
    activity_id = add_activity(ws, _entry(ws, note="före")).result
    change = update_activity(ws, activity_id, _entry(ws, duration="1:30", participants=3, note="efter"))
    assert (get_activity(ws, activity_id).minutes, get_activity(ws, activity_id).note) == (90, "efter")
    redo = change.undo(ws)
    assert (get_activity(ws, activity_id).minutes, get_activity(ws, activity_id).note) == (45, "före")
    redo.undo(ws)
    assert get_activity(ws, activity_id).participants == 3
    assert not update_activity(ws, activity_id, get_activity(ws, activity_id).entry()).changed


def test_delete_goes_to_the_bin_and_restores(ws: Workspace) -> None:
    ids = tuple(add_activity(ws, _entry(ws, note=f"n{i}")).result for i in range(3))
    change = delete_activities(ws, ids[:2])
    assert log.totals(ws, log.Filter()).activities == 1
    assert [a.id for a in log.page(ws, log.Filter(removed=True))] == [ids[1], ids[0]]
    restore_activities(ws, (ids[0],))
    assert log.totals(ws, log.Filter()).activities == 2
    change.undo(ws)  # undoing the delete restores both
    assert log.totals(ws, log.Filter()).activities == 3


def test_repeat_last_is_the_entry_saved_last(ws: Workspace) -> None:
    add_activity(ws, _entry(ws, note="first"))
    add_activity(ws, _entry(ws, type_key="outreach", duration="10", note="second"))
    last = last_activity(ws)
    assert last is not None and (last.type_key, last.minutes, last.note) == ("outreach", 10, "second")
    assert last_activity(ws, _supporter(ws, "Sara Åkesson")) is None


# -- filters, sorting, totals ----------------------------------------------------------------------------------

def test_text_filter_folds_swedish_letters(ws: Workspace) -> None:
    add_activity(ws, _entry(ws, theme="Öppet hus", note="Kaffe i ÅNGBÅTEN"))
    add_activity(ws, _entry(ws, note="ödmjukhet och ärlighet"))
    add_activity(ws, _entry(ws, note="Oslo och Angered"))

    def found(text: str) -> int:
        return log.totals(ws, log.Filter(text=text)).activities
    assert found("ö") == 2 and found("Ö") == 2 and found("o") == 2  # "o" matches Oslo and "och", never ö
    assert found("ångbåten") == 1 and found("ÄRLIGHET") == 1 and found("öppet HUS") == 1
    assert found("å") == 1 and found("a") == 2  # Kaffe, Angered
    assert found("100%") == 0 and found("_") == 0  # LIKE's wildcards are plain characters here


def test_filters_period_type_supporter_and_totals(ws: Workspace) -> None:
    jonas, sara = _supporter(ws), _supporter(ws, "Sara Åkesson")
    add_activity(ws, _entry(ws, duration="1:30", participants=4))
    add_activity(ws, _entry(ws, type_key="outreach", duration="15", participants=1, peer_supporter_id=sara))
    add_activity(ws, _entry(ws, day=TODAY - dt.timedelta(days=40), participants=2))
    start, end = log.period("week", TODAY)
    assert start is not None and end is not None and start.weekday() == 0 and (end - start).days == 6
    this_month = log.Filter(*log.period("month", TODAY))
    total = log.totals(ws, this_month)
    assert (total.activities, total.minutes, total.participants) == (2, 105, 5)
    assert log.totals(ws, log.Filter(type_key="outreach")).activities == 1
    assert log.totals(ws, log.Filter(peer_supporter_id=jonas)).activities == 2
    rows, shown = log.first_page(ws, log.Filter(), limit=2)
    assert len(rows) == 2 and shown.activities == 3 and shown.minutes == 150


def test_sort_by_any_column(ws: Workspace) -> None:
    for minutes, note in [(30, "b"), (90, "a"), (10, "c")]:
        add_activity(ws, _entry(ws, duration=str(minutes), note=note))
    add_activity(ws, _entry(ws, type_key="outreach", duration="5"))
    by = lambda column, desc=False, **kw: [a.minutes for a in log.page(  # noqa: E731
        ws, log.Filter(), log.Sort(column, desc, **kw))]
    assert by("minutes") == [5, 10, 30, 90]
    assert by("note", True) == [10, 30, 90, 5]
    for column in log.SORTS:
        assert len(by(column)) == 4
    assert by("type", type_order=["outreach", "one_to_one"])[0] == 5


def test_paging_reads_in_order_without_gaps(ws: Workspace) -> None:
    for i in range(25):
        add_activity(ws, _entry(ws, day=TODAY - dt.timedelta(days=i % 5), note=str(i)))
    seen = [a.id for offset in range(0, 25, 10) for a in log.page(ws, log.Filter(), log.Sort(), offset, 10)]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == 25


# -- study circles ---------------------------------------------------------------------------------------------

def test_study_circle_sessions_attendance_and_study_hours(ws: Workspace) -> None:
    co_leader = _supporter(ws, "Ahmed Hassan")
    change = circles.add_circle(ws, theme="Egenmakt", start_date=TODAY - dt.timedelta(days=30),
                                planned_sessions="8", co_leader_id=co_leader)
    circle = change.result
    assert "choose the study circle" in _refused(ws, "circle", type_key="study_circle")
    for attending, duration in [(6, "1:30"), (4, "2 h"), (5, "90")]:
        add_activity(ws, _entry(ws, type_key="study_circle", participants=attending, duration=duration,
                                circle_id=circle))
    found = circles.get_circle(ws, circle)
    assert (found.sessions, found.average_attendance, found.co_leader) == (3, 5.0, "Ahmed Hassan")
    assert found.study_hours == pytest.approx(300 / 45)  # 6.7 study hours of 45 minutes
    assert log.page(ws, log.Filter())[0].circle == "Egenmakt"
    edit = circles.update_circle(ws, circle, theme="Egenmakt II", start_date=found.start_date,
                                 planned_sessions=10, co_leader_id=None)
    assert circles.get_circle(ws, circle).theme == "Egenmakt II"
    edit.undo(ws)
    assert circles.get_circle(ws, circle).co_leader_id == co_leader
    removed = circles.remove_circle(ws, circle)
    assert circles.list_circles(ws) == [] and log.page(ws, log.Filter())[0].circle == "Egenmakt"
    removed.undo(ws)
    change.undo(ws)
    assert circles.list_circles(ws) == []


def test_a_circle_refuses_bad_input(ws: Workspace) -> None:
    for values, field in [({"theme": ""}, "circle_theme"), ({"planned_sessions": 0}, "planned_sessions"),
                          ({"start_date": "i höstas"}, "start_date"), ({"theme": "19121212-1212"}, "circle_theme")]:
        with pytest.raises(InvalidInput) as caught:
            circles.add_circle(ws, **{"theme": "Egenmakt", "start_date": TODAY, "planned_sessions": 8, **values})
        assert caught.value.field == field


# -- types -----------------------------------------------------------------------------------------------------

def test_built_in_types_show_in_the_readers_language_until_renamed(ws: Workspace) -> None:
    talk = types.get_type(ws, "one_to_one")
    assert (talk.label("sv"), talk.label("en")) == ("Enskilt samtal", "One-to-one talk")
    change = types.rename_type(ws, "one_to_one", "Stödsamtal")
    assert {types.get_type(ws, "one_to_one").label(lang) for lang in ("sv", "en")} == {"Stödsamtal"}
    change.undo(ws)
    assert types.get_type(ws, "one_to_one").label("en") == "One-to-one talk"
    assert len(types.list_types(ws)) == 14


def test_a_unit_adds_hides_and_deletes_its_own_types(ws: Workspace) -> None:
    key = types.add_type(ws, "Promenadgrupp").result
    assert types.get_type(ws, key).label("en") == "Promenadgrupp"
    with pytest.raises(InvalidInput):
        types.add_type(ws, "promenadgrupp")
    with pytest.raises(InvalidInput):
        types.add_type(ws, "Enskilt samtal")  # a built-in label in either language is taken
    activity = add_activity(ws, _entry(ws, type_key=key)).result
    with pytest.raises(InvalidInput) as caught:
        types.delete_type(ws, key)
    assert "cannot be deleted" in caught.value.message()
    hide = types.hide_type(ws, key, True)
    assert key not in {t.key for t in types.list_types(ws, include_hidden=False)}
    assert "choose the kind of activity" in _refused(ws, "type", type_key=key)  # not for new entries
    update_activity(ws, activity, _entry(ws, type_key=key, duration="50"))  # an entry keeps its hidden type
    hide.undo(ws)
    with pytest.raises(InvalidInput):
        types.delete_type(ws, "other")  # built-in: hide it instead
    unused = types.add_type(ws, "Tillfällig").result
    deleted = types.delete_type(ws, unused)
    assert unused not in types.types_by_key(ws)
    deleted.undo(ws)
    assert unused in types.types_by_key(ws)


def test_context_knows_placements_and_circles(ws: Workspace) -> None:
    ctx = Context.load(ws)
    assert set(ctx.supporters.values()) == {"Jonas Öberg", "Sara Åkesson"}
    assert ctx.started[_supporter(ws)] < TODAY


# -- notes retention -------------------------------------------------------------------------------------------

def test_old_notes_are_cleared_after_a_backup_and_counts_stay(ws: Workspace, data_dir: object) -> None:
    from peerdesk.activities import retention
    from peerdesk.backup import list_backups

    old = add_activity(ws, _entry(ws, day=TODAY - dt.timedelta(days=400), note="gammal anteckning",
                                  theme="Tema")).result
    new = add_activity(ws, _entry(ws, note="ny anteckning")).result
    assert retention.retention_years(ws) is None  # off by default
    assert retention.clear_expired_notes(ws) == 0
    change = retention.set_notes_retention(ws, 1)
    assert change.result == 1 and retention.retention_years(ws) == 1
    kept = get_activity(ws, old)
    assert (kept.note, kept.theme, kept.minutes, kept.participants) == ("", "Tema", 45, 1)
    assert get_activity(ws, new).note == "ny anteckning"
    assert log.totals(ws, log.Filter(text="gammal")).activities == 0  # the search text forgot it too
    assert "notes" in [b.reason for b in list_backups(ws.path)]
    change.undo(ws)
    assert get_activity(ws, old).note == "gammal anteckning" and retention.retention_years(ws) is None
    with pytest.raises(InvalidInput):
        retention.set_notes_retention(ws, 0)
    retention.set_notes_retention(ws, 2)
    later = dt.date.today() + dt.timedelta(days=800)
    assert retention.clear_expired_notes(ws, today=later) == 2
