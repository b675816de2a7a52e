"""Backups: made through the backup API and verified, owner-only, listed, found for a garbled file, thinned like
Anki's, scheduled by the change counter, restored with the current state backed up first, and saved as a copy."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from test_check import corrupt_table_page

from peerdesk import backup, inspection, paths, relocate, restore
from peerdesk.backup import AutoBackup, BackupInfo, thin
from peerdesk.errors import Damaged, InUse, NotAWorkspace, NotFound, PeerDeskError, StorageError
from peerdesk.people import add_person, list_people
from peerdesk.store import Workspace

UTC = dt.UTC


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(ws_path: Path) -> list[str]:
    ws = Workspace.open(ws_path, actor="x", read_only=True)
    try:
        return [p.name for p in list_people(ws)]
    finally:
        ws.close()


def _garble_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(range(7, 107))
    path.write_bytes(bytes(data))


def test_backup_is_verified_private_and_listed(ws: Workspace) -> None:
    first = backup.make_backup(ws.conn, ws.path, "open", now=dt.datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    add_person(ws, "Ny Handledare", "supervisor")
    second = backup.make_backup(ws.conn, ws.path, "manual", now=dt.datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    assert second.path.parent == first.path.parent == paths.backups_root() / ws.workspace_id
    assert "2026-03-01" in second.path.name and "manual" in second.path.name
    assert (second.reason, second.created, second.size) == ("manual", dt.datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
                                                           second.path.stat().st_size)
    assert backup.list_backups(ws.path) == [second, first]
    copy = sqlite3.connect(second.path)
    assert copy.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert copy.execute("SELECT count(*) FROM lock").fetchone()[0] == 0  # a backup is held by nobody
    assert "Ny Handledare" in [r[0] for r in copy.execute("SELECT name FROM people")]
    copy.close()
    assert _mode(second.path) == 0o600
    assert _mode(second.path.parent) == _mode(paths.backups_root()) == 0o700
    assert _mode(paths.data_dir() / "workspaces.json") == 0o600
    assert _mode(ws.path) == 0o600
    with ws.write("look at the journal") as db:
        db["people"].insert({"name": "Journalen", "role": "supervisor", **ws.saved()})
        assert _mode(inspection.journal_of(ws.path)) == 0o600  # SQLite gives it the workspace file's permissions
    assert not list(second.path.parent.glob(".*"))  # no temporary file left behind


def test_a_copy_that_fails_its_check_is_deleted(ws: Workspace) -> None:
    with ws.write("many") as db:
        db["people"].insert_all({"name": f"Person {i} " + "x" * 100, "role": "supervisor", **ws.saved()}
                                for i in range(200))
    ws.close()
    corrupt_table_page(ws.path, "people")
    conn = sqlite3.connect(ws.path)  # behind store's back: the backup API copies damaged pages faithfully
    with pytest.raises(Damaged, match="Check and repair"):
        backup.make_backup(conn, ws.path, "manual")
    conn.close()
    assert not list((paths.backups_root() / ws.workspace_id).iterdir())


def test_read_only_connection_can_be_backed_up(ws: Workspace) -> None:
    viewer = Workspace.open(ws.path, actor="x", read_only=True)
    made = backup.make_backup(viewer.conn, viewer.path, "periodic")
    viewer.close()
    assert made.reason == "periodic" and backup.list_backups(ws.path) == [made]


def test_backup_file_refuses_what_is_not_a_healthy_workspace(tmp_path: Path, demo_path: Path) -> None:
    made = backup.backup_file(demo_path)
    assert made.reason == "manual" and backup.list_backups(demo_path) == [made]
    usb = tmp_path / "usb"
    copy = backup.backup_file(demo_path, to=usb)
    assert copy.path.parent == usb and copy.path.name.startswith("demo_") and _names(copy.path) == _names(demo_path)
    assert backup.list_backups(demo_path) == [made]  # --to writes outside the backups tree
    letter = tmp_path / "letter.peerdesk"
    letter.write_text("ingen arbetsplats", encoding="utf-8")
    with pytest.raises(NotAWorkspace):
        backup.backup_file(letter)
    demo_path.write_bytes(demo_path.read_bytes()[:5000])
    with pytest.raises(Damaged):
        backup.backup_file(demo_path)


def test_index_finds_the_backups_of_a_garbled_file(ws: Workspace, tmp_path: Path) -> None:
    made = backup.make_backup(ws.conn, ws.path, "manual")
    ws.close()
    _garble_header(ws.path)
    assert backup.list_backups(ws.path) == [made]
    ws.path.unlink()
    assert backup.list_backups(ws.path) == [made]  # even a deleted file's backups are found by its path
    with pytest.raises(NotFound):
        backup.list_backups(tmp_path / "never-seen.peerdesk")


def test_save_copy(ws: Workspace, tmp_path: Path) -> None:
    dest = tmp_path / "usb" / "kopia.peerdesk"
    dest.parent.mkdir()
    backup.save_copy(ws.conn, dest)
    assert inspection.inspect(dest).workspace_id == ws.workspace_id
    assert _names(dest) == [p.name for p in list_people(ws)]
    with pytest.raises(PeerDeskError, match="open workspace itself"):
        backup.save_copy(ws.conn, ws.path)
    with pytest.raises(StorageError, match="Could not create"):  # the USB stick was pulled out
        backup.save_copy(ws.conn, tmp_path / "gone" / "kopia.peerdesk")


def test_restore_backs_up_the_current_state_first(ws: Workspace) -> None:
    good = backup.make_backup(ws.conn, ws.path, "manual", now=dt.datetime(2026, 1, 1, tzinfo=UTC))
    before = [p.name for p in list_people(ws)]
    add_person(ws, "Felaktigt Tillagd", "supervisor")
    counter = ws.change_counter()
    ws.close()
    saved = restore.restore(good.path, ws.path, actor="Maria Lindqvist")
    assert saved is not None and saved.reason == "restore"
    assert "Felaktigt Tillagd" in [r[0] for r in sqlite3.connect(saved.path).execute("SELECT name FROM people")]
    assert _names(ws.path) == before
    assert not inspection.inspect(ws.path, full=True).integrity
    again = Workspace.open(ws.path, actor="Maria Lindqvist")
    assert again.change_counter() > counter  # viewers reload and the next automatic backup sees a change
    assert again.conn.execute("SELECT action FROM change_log ORDER BY id DESC LIMIT 1").fetchone()[0].startswith(
        "restore ")
    again.close()


def test_restore_refuses_while_someone_else_has_it_open(ws: Workspace) -> None:
    good = backup.make_backup(ws.conn, ws.path, "manual")
    before = ws.path.read_bytes()
    with pytest.raises(InUse, match="Maria Lindqvist"):
        restore.restore(good.path, ws.path, actor="Sara Åkesson")
    assert ws.path.read_bytes() == before


def test_restore_over_a_garbled_file_keeps_its_raw_bytes(ws: Workspace) -> None:
    good = backup.make_backup(ws.conn, ws.path, "manual")
    ws.close()
    _garble_header(ws.path)
    damaged = ws.path.read_bytes()
    assert restore.restore(good.path, ws.path, actor="Maria Lindqvist") is None
    [raw] = good.path.parent.glob("*.raw")
    assert raw.read_bytes() == damaged and _mode(raw) == 0o600
    assert not inspection.inspect(ws.path, full=True).integrity


def test_restore_refuses_another_workspaces_backup_and_a_foreign_target(ws: Workspace, tmp_path: Path) -> None:
    other = Workspace.create(tmp_path / "other.peerdesk", actor="x")
    theirs = backup.make_backup(other.conn, other.path, "manual")
    other.close()
    ws.close()
    with pytest.raises(PeerDeskError, match="another workspace"):
        restore.restore(theirs.path, ws.path, actor="x")
    letter = tmp_path / "letter.txt"
    letter.write_text("ingen arbetsplats", encoding="utf-8")
    with pytest.raises(NotAWorkspace):
        restore.restore(theirs.path, letter, actor="x")
    assert letter.read_text(encoding="utf-8") == "ingen arbetsplats"


def _at(*args: int) -> BackupInfo:
    return BackupInfo(Path(f"{args}"), dt.datetime(*args, tzinfo=UTC), 1, "periodic")


def test_thinning_keeps_what_anki_keeps() -> None:
    now = dt.datetime(2022, 2, 22, 12, 0, tzinfo=UTC)
    recent = [_at(2022, 2, 22, 11), _at(2022, 2, 22, 1), _at(2022, 2, 21, 3)]
    daily_older_same_day, daily = _at(2022, 2, 20, 6), _at(2022, 2, 20, 18)
    assert thin([*recent, daily, daily_older_same_day], now) == [daily_older_same_day]


def test_thinning_a_year_of_daily_backups() -> None:
    now = dt.datetime(2022, 1, 1, 0, 0, tzinfo=UTC)
    days = [now - dt.timedelta(days=i) for i in range(1, 366)]  # newest first
    kept = sorted({b.created for b in (_at(d.year, d.month, d.day) for d in days)} -
                  {b.created for b in thin([_at(d.year, d.month, d.day) for d in days], now)}, reverse=True)
    # yesterday, then 12 days, then the newest (Sunday) of 10 weeks, then the newest (last day) of 6 months
    assert kept[:13] == days[:13]
    weekly = kept[13:23]
    assert all(d.weekday() == 6 for d in weekly) and len(weekly) == 10
    monthly = kept[23:]
    assert len(monthly) == 6 and all((d + dt.timedelta(days=1)).day == 1 for d in monthly)
    assert len({(d.year, d.month) for d in monthly}) == 6


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backup_to_a_new_folder_makes_it_private(tmp_path: Path, demo_path: Path) -> None:
    made = backup.backup_file(demo_path, to=tmp_path / "usb" / "peerdesk" / "copies")
    assert _mode(made.path) == 0o600
    assert _mode(tmp_path / "usb") == _mode(tmp_path / "usb" / "peerdesk") == _mode(made.path.parent) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    backup.backup_file(demo_path, to=shared)
    assert _mode(shared) == 0o755  # a folder the user chose keeps its permissions


def _simulate(start: dt.datetime, days: int, per_day: int) -> tuple[dt.datetime, list[BackupInfo]]:
    """Back up `per_day` times a day for `days` days, thinning after each backup as make_backup does."""
    kept: list[BackupInfo] = []
    for day in range(days):
        for n in range(per_day):
            now = start + dt.timedelta(days=day, hours=8 + 3 * n)
            kept.append(BackupInfo(Path(now.isoformat()), now, 1, "periodic"))
            gone = thin(kept, now)
            kept = [b for b in kept if b not in gone]
    return now, kept


@pytest.mark.parametrize("start", [dt.date(2024, 1, 1), dt.date(2024, 2, 29), dt.date(2025, 6, 17),
                                   dt.date(2025, 10, 31), dt.date(2026, 3, 8)])
@pytest.mark.parametrize("per_day", [1, 3])
def test_backups_age_out_as_the_readme_promises(start: dt.date, per_day: int) -> None:
    """420 days of backups: all from 2 days, 12 daily, 10 weekly, 6 monthly, and none older than nine months."""
    now, kept = _simulate(dt.datetime.combine(start, dt.time(), UTC), 420, per_day)
    ages = [(now.date() - b.created.date()).days for b in kept]
    assert max(ages) <= backup.MAX_AGE_DAYS == 273
    assert sorted(ages).count(0) == sorted(ages).count(1) == per_day
    older = sorted(a for a in ages if a > 1)
    assert len(older) == 12 + 10 + 6 and older[:12] == list(range(2, 14))  # one per day, one per week, one per month
    weeks = {(now.date() - dt.timedelta(days=a)).isocalendar()[:2] for a in older[12:22]}
    months = {(now.date() - dt.timedelta(days=a)).replace(day=1) for a in older[22:]}
    assert len(weeks) == 10 and len(months) == 6


def test_sparse_backups_still_age_out() -> None:
    """A workspace opened once a month: the tiers would keep two years of it; the age limit keeps nine months."""
    now = dt.datetime(2026, 6, 1, 12, tzinfo=UTC)
    months = [2026 * 12 + 4 - i for i in range(30)]  # May 2026 back to December 2023
    monthly = [_at(m // 12, m % 12 + 1, 1) for m in months]
    kept = [b for b in monthly if b not in thin(monthly, now)]
    assert kept and all((now - b.created).days <= 273 for b in kept)
    assert min(b.created for b in kept) == dt.datetime(2025, 9, 1, tzinfo=UTC)  # 273 days before 2026-06-01


def test_make_backup_thins_the_folder(ws: Workspace) -> None:
    start = dt.datetime(2026, 1, 1, 8, tzinfo=UTC)
    for hour in range(0, 24 * 40, 6):  # four backups a day for 40 days
        backup.make_backup(ws.conn, ws.path, "periodic", now=start + dt.timedelta(hours=hour))
    found = backup.list_backups(ws.path)
    days = [b.created.date() for b in found]
    assert len(found) == len(set(days[8:])) + 8  # the last 2 days whole (8), then one per day...
    assert len(found) < 40  # ...and weekly after 12 days


def test_due_on_open(ws: Workspace) -> None:
    now = dt.datetime(2026, 5, 1, 8, tzinfo=UTC)
    assert backup.due_on_open(ws.path, now)
    backup.make_backup(ws.conn, ws.path, "open", now=now)
    assert not backup.due_on_open(ws.path, now + dt.timedelta(hours=23))
    assert backup.due_on_open(ws.path, now + dt.timedelta(hours=24))


def test_auto_backup_every_half_hour_and_on_close_only_if_changed(ws: Workspace) -> None:
    now = dt.datetime(2026, 5, 1, 8, tzinfo=UTC)
    auto = AutoBackup(ws.change_counter(), now)
    ws.heartbeat()  # the lock heartbeat is no change
    assert not auto.due(ws.change_counter(), now + dt.timedelta(hours=2))
    assert not auto.due(ws.change_counter(), now, closing=True)
    add_person(ws, "Ny Person", "supervisor")
    assert not auto.due(ws.change_counter(), now + dt.timedelta(minutes=29))
    assert auto.due(ws.change_counter(), now + dt.timedelta(minutes=30))
    assert auto.due(ws.change_counter(), now + dt.timedelta(minutes=1), closing=True)
    auto.made(ws.change_counter(), now + dt.timedelta(minutes=30))
    assert not auto.due(ws.change_counter(), now + dt.timedelta(hours=5), closing=True)
    assert AutoBackup(0).due(1, now)  # time of the last backup unknown: the first tick after a change backs up


def test_restore_newest_good_skips_a_damaged_backup(demo_path: Path) -> None:
    older = backup.backup_file(demo_path, "manual")
    ws = Workspace.open(demo_path, actor="Maria Lindqvist")
    add_person(ws, "Bara i nyare", "supervisor")
    newer = backup.make_backup(ws.conn, demo_path, "manual", now=older.created + dt.timedelta(seconds=5))
    ws.close()
    newer.path.write_bytes(newer.path.read_bytes()[:2048])  # the newest backup is broken
    assert restore.restore_newest_good(demo_path, actor="Maria Lindqvist") == older
    ws = Workspace.open(demo_path, actor="x")
    assert "Bara i nyare" not in [p.name for p in list_people(ws)]
    ws.close()


def test_move_workspace_keeps_the_old_file_aside(demo_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "local" / "unit.peerdesk"
    assert relocate.move_workspace(demo_path, dest, actor="Maria Lindqvist") == dest
    assert not demo_path.exists() and len(list(demo_path.parent.glob("demo.moved-*.peerdesk"))) == 1
    ws = Workspace.open(dest, actor="x")
    assert "Jonas Öberg" in [p.name for p in list_people(ws)]
    ws.close()
    with pytest.raises(PeerDeskError, match="already exists"):
        relocate.move_workspace(dest, dest, actor="x")
