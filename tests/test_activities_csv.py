"""CSV import and export of the activity log: Swedish Excel conventions, all or nothing, duplicates, round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from peerdesk.activities import circles, csvio, log
from peerdesk.activities.entries import Entry, add_activity
from peerdesk.backup import list_backups
from peerdesk.people import list_people
from peerdesk.progress import Cancelled, Progress
from peerdesk.store import Workspace

TODAY = dt.date.today()


@pytest.fixture
def ws(ws: Workspace) -> Workspace:
    """The demo workspace without its demo log: these tests count what they log themselves."""
    with ws.write("start with an empty log") as db:
        db.execute("DELETE FROM activities")
        db.execute("DELETE FROM study_circles")
    return ws
DAY = (TODAY - dt.timedelta(days=3)).isoformat()


def _supporter(ws: Workspace, name: str = "Jonas Öberg") -> int:
    return next(p.id for p in list_people(ws) if p.name == name)


def _fill(ws: Workspace) -> None:
    jonas = _supporter(ws)
    circle = circles.add_circle(ws, theme="Egenmakt", start_date=TODAY - dt.timedelta(days=20),
                                planned_sessions=8).result
    for entry in [
        Entry(DAY, "one_to_one", "45 min", 1, theme="=HYPERLINK(\"x\")", note='Sa "hej"; gick sedan',
              peer_supporter_id=jonas),
        Entry(DAY, "study_circle", "2 h", 6, peer_supporter_id=jonas, circle_id=circle, theme="Gränser"),
        Entry(TODAY, "accompanied_visit", "1:30", 1, place="outside", peer_supporter_id=jonas,
              visit_destination="psychiatry", visit_took_place=True, note="-ny tid bokad"),
        Entry(TODAY, "supervision_group", "2 h", 0, peer_supporter_id=_supporter(ws, "Sara Åkesson")),
        Entry(TODAY, "outreach", "10", 1, note="@sms, ringde tillbaka", peer_supporter_id=jonas),
    ]:
        add_activity(ws, entry)


def _import(ws: Workspace, data: bytes, tmp_path: Path, **options: object) -> csvio.Plan:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    _, plan = csvio.import_csv(ws, path, **options)  # type: ignore[arg-type]
    return plan


def test_export_opens_in_swedish_excel_and_makes_formulas_inert(ws: Workspace, tmp_path: Path) -> None:
    _fill(ws)
    out = tmp_path / "out.csv"
    assert csvio.export_csv(ws, out, log.Filter(), "sv") == 5
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == ("Datum;Typ;Minuter;Deltagare;Plats;Tema;Anteckning;Peer supporter;Ledsagning till;"
                        "Ledsagning genomförd;Studiecirkel")
    assert lines[1].startswith(f"{DAY};Enskilt samtal;45;1;På enheten;\"'=HYPERLINK(\"\"x\"\")\";")
    assert ";Egenmakt" in lines[2] and "Psykiatri;ja;" in lines[3] and "'-ny tid bokad" in lines[3]
    assert "'@sms" in lines[5]
    english = tmp_path / "en.csv"
    csvio.export_csv(ws, english, log.Filter(start=TODAY), "en")
    assert english.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Date;Type;Minutes;Participants")


def test_round_trip_gives_an_identical_file(ws: Workspace, tmp_path: Path, data_dir: Path) -> None:
    _fill(ws)
    first = tmp_path / "first.csv"
    csvio.export_csv(ws, first, log.Filter(), "sv")
    ids = tuple(a.id for a in log.page(ws, log.Filter()))
    from peerdesk.activities.entries import delete_activities

    delete_activities(ws, ids)  # a workspace without those rows (the circle is still there)
    change, plan = csvio.import_csv(ws, first)
    assert len(plan.rows) == 5 and plan.duplicates == []
    second = tmp_path / "second.csv"
    csvio.export_csv(ws, second, log.Filter(), "sv")
    assert second.read_bytes() == first.read_bytes()
    assert [b.reason for b in list_backups(ws.path)][:1] == ["import"]  # a backup first
    change.undo(ws)  # one undo step takes the whole import back
    assert log.totals(ws, log.Filter()).activities == 0


def test_any_bad_row_rejects_the_whole_import(ws: Workspace, tmp_path: Path) -> None:
    future = (TODAY + dt.timedelta(days=5)).isoformat()
    data = ("Datum;Typ;Minuter;Deltagare;Peer supporter;Anteckning\n"
            f"{DAY};Enskilt samtal;45;1;Jonas Öberg;ok\n"
            f"{future};Enskilt samtal;45;1;Jonas Öberg;\n"
            f"{DAY};Okänd typ;45;1;Jonas Öberg;\n"
            f"{DAY};Enskilt samtal;1,5;1;Jonas Öberg;\n"
            f"{DAY};Enskilt samtal;45;300;Jonas Öberg;\n"
            f"{DAY};Enskilt samtal;45;1;Nils Nilsson;\n"
            f"{DAY};Enskilt samtal;45;1;Jonas Öberg;pnr 19121212-1212\n").encode()
    with pytest.raises(csvio.ImportRejected) as caught:
        _import(ws, data, tmp_path)
    found = [(e.row, e.column) for e in caught.value.errors]
    assert found == [(3, "Datum"), (4, "Typ"), (5, "Minuter"), (6, "Deltagare"), (7, "Peer supporter"),
                     (8, "Anteckning")]
    messages = [e.error.message() for e in caught.value.errors]
    assert messages[0].startswith("Row 3, Date:") and "in the future" in messages[0]
    assert "needs its unit" in messages[2] and "Nils Nilsson" in messages[4]
    assert "6 row(s) have errors" in caught.value.message()
    assert log.totals(ws, log.Filter()).activities == 0  # nothing written


def test_excel_conventions_windows_1252_comma_decimal_english_headers(ws: Workspace, tmp_path: Path) -> None:
    data = ("Date,Type,Minutes,Participants,Where,Peer supporter,Note\r\n"
            f"{DAY},One-to-one talk,\"1,5 h\",2,outside,Sara Åkesson,Träffade på Åhléns\r\n"
            f"{DAY},outreach,1:30,1,Utanför,Jonas Öberg,\r\n").encode("cp1252")
    plan = _import(ws, data, tmp_path)
    rows = log.page(ws, log.Filter(), log.Sort("day", descending=False))
    assert len(plan.rows) == 2 and [r.minutes for r in rows] == [90, 90]
    assert rows[0].note == "Träffade på Åhléns" and rows[0].place == "outside" and rows[1].type_key == "outreach"
    bom = b"\xef\xbb\xbf" + f"Datum;Typ;Minuter;Deltagare;Peer supporter\n{DAY};Annat;1.5h;0;Jonas Öberg\n".encode()
    assert len(_import(ws, bom, tmp_path).rows) == 1


def test_identical_rows_are_reported_and_skipped_unless_allowed(ws: Workspace, tmp_path: Path) -> None:
    data = f"Datum;Typ;Minuter;Deltagare;Peer supporter\n{DAY};Annat;30;0;Jonas Öberg\n".encode()
    assert len(_import(ws, data, tmp_path).rows) == 1
    again = _import(ws, data, tmp_path)
    assert again.rows == [] and again.duplicates == [2]
    assert len(_import(ws, data, tmp_path, allow_duplicates=True).rows) == 1
    assert log.totals(ws, log.Filter()).activities == 2


def test_a_missing_column_is_named(ws: Workspace, tmp_path: Path) -> None:
    from peerdesk.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        _import(ws, f"Datum;Typ;Deltagare\n{DAY};Annat;0\n".encode(), tmp_path)
    assert "Minutes" in caught.value.message() and "Peer supporter" in caught.value.message()


def test_a_cancelled_check_writes_nothing(ws: Workspace) -> None:
    table = csvio.parse_csv(("Datum;Typ;Minuter;Deltagare;Peer supporter\n" +
                             f"{DAY};Annat;30;0;Jonas Öberg\n" * 600).encode())
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        csvio.plan_import(ws, table, csvio.guess_mapping(table.headers), progress=progress)
    plan = csvio.plan_import(ws, table, csvio.guess_mapping(table.headers), allow_duplicates=True)
    cancel = Progress()
    cancel.cancel()
    with pytest.raises(Cancelled):
        csvio.import_plan(ws, plan, cancel)
    assert log.totals(ws, log.Filter()).activities == 0
