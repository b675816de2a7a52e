"""Recovering from trouble, driven as a person would: a damaged file through File › Check and repair (restore the
backup, or repair and be told what was lost), our own crashed lock, and a lock that goes stale while we are asked."""

from __future__ import annotations

import datetime as dt
import random
import socket
import sqlite3
from pathlib import Path

import pytest
from keyboard import answer_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from workspaces import dead_pid, set_lock, with_placed_supporters

from peerdesk import backup, inspection, lock
from peerdesk.backup import BackupInfo
from peerdesk.gui import opening
from peerdesk.gui.check_dialog import CheckDialog
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.opening import Opener
from peerdesk.gui.translation import Translators, local_time
from peerdesk.gui.who import WhoAreYouDialog
from peerdesk.settings import Settings
from peerdesk.store import Workspace

UNIT = "Träffpunkt Solrosen"
PEOPLE = ["Ahmed Hassan", "Jonas Öberg", "Karin Åström", "Maria Lindqvist", "Sara Åkesson"]
SUPPORTERS = ["Jonas Öberg", "Sara Åkesson"]
# SQLite's own words, which belong behind Details only.
RAW = ("malformed", "disk image", "sqlite", "pragma", "btree", "b-tree", "integrity_check")


def _raw_words(text: str) -> list[str]:
    return [word for word in RAW if word in text.lower()]


# -- setting the scene -----------------------------------------------------------------------------------------------


def _backup_minutes_ago(path: Path, minutes: int = 5) -> BackupInfo:
    """A good backup, made (as far as its name and the workspace's backups are concerned) a few minutes ago."""
    with inspection.committed_view(path) as (conn, _):
        return backup.make_backup(conn, path, "manual",
                                  now=dt.datetime.now().astimezone() - dt.timedelta(minutes=minutes))


def _main_window(qtbot: QtBot, settings: Settings, translators: Translators) -> MainWindow:
    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def _open_with_file_menu(main: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File › Open…, the file chosen in the file dialog (Qt's own file dialog is not driven here), and "who are
    you" answered with Enter (the suggested person)."""
    monkeypatch.setattr(Opener, "ask_for_file", lambda self: path)
    answer_modal(WhoAreYouDialog, lambda dialog: QtBot.keyClick(dialog.list, Qt.Key.Key_Return))
    main.actions.open.trigger()


def _overwrite_middle(path: Path, size: int = 4096) -> None:
    """The tester's damage: 4096 bytes of noise in the middle of the file, on a page of records (the people's:
    which page lies in the middle changes as the schema grows)."""
    conn = sqlite3.connect(path)
    page, page_size = conn.execute("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master "
                                   "WHERE name = 'people'").fetchone()
    conn.close()
    with path.open("r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(random.Random(4096).randbytes(size))


def _minutes_ago(minutes: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes)).replace(microsecond=0).isoformat()


# -- what the window shows -------------------------------------------------------------------------------------------


def _shown_unit(main: MainWindow) -> str:
    return main.pages[0].unit_name.text()


def _shown_people(main: MainWindow) -> list[str]:
    model = main.pages[0].people_model
    return sorted(model.index(row, model.NAME).data() for row in range(model.rowCount()))


def _shown_supporters(main: MainWindow) -> list[str]:
    model = main.pages[0].placements_model
    return sorted(model.index(row, model.SUPPORTER).data() for row in range(model.rowCount()))


# -- 1. the tester's damaged file: restore the backup ---------------------------------------------------------------


def test_a_damaged_file_is_best_restored_from_its_backup(qtbot: QtBot, settings: Settings, translators: Translators,
                                                         demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _backup_minutes_ago(demo_path)
    main = _main_window(qtbot, settings, translators)
    _open_with_file_menu(main, demo_path, monkeypatch)
    assert main.session is not None and _shown_unit(main) == UNIT
    _overwrite_middle(demo_path)  # while it is open

    seen: dict[str, object] = {}
    said: list[str] = []

    def read_and_restore(dialog: CheckDialog) -> None:
        seen.update(report=dialog.text.toPlainText(), details=dialog.details.toPlainText(),
                    details_hidden=not dialog.details.isVisible(), details_offered=dialog.show_details.isVisible(),
                    repair=(dialog.repair.isVisible(), dialog.repair.isEnabled(), dialog.repair.isDefault()),
                    restore=(dialog.restore.isVisible(), dialog.restore.isEnabled(), dialog.restore.isDefault()),
                    restore_text=dialog.restore.text(), buttons=[b.text() for b in dialog.buttons.buttons()])
        answer_modal(QMessageBox, lambda box: (said.extend([box.text(), box.informativeText()]), box.accept()))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button

    answered = answer_modal(CheckDialog, read_and_restore)
    main.actions.check_repair.trigger()
    assert answered, "the check dialog was not shown"

    report = str(seen["report"])
    lines = report.splitlines()
    when = local_time(made.created)
    assert lines[0].startswith(f"{demo_path} is damaged"), report
    assert any(line.startswith("Repairing loses") for line in lines), report  # what repairing loses
    assert any(line.startswith(f"Restoring the backup from {when} loses") for line in lines), report
    assert lines[-1] == "Recommended: restoring the backup, which loses less.", report
    assert seen["repair"] == (True, True, False)
    assert seen["restore"] == (True, True, True)  # offered, usable, and the default
    assert seen["restore_text"] == f"Restore the &backup from {when}…"
    # SQLite's words only behind Details.
    assert not _raw_words(report) and not any(_raw_words(str(b)) for b in seen["buttons"])  # type: ignore[union-attr]
    assert seen["details_offered"] and seen["details_hidden"] and "malformed" in str(seen["details"])

    assert said and said[0] == f"The backup from {when} was restored. Anything saved after that time is not in it."
    assert not any(_raw_words(text) for text in said)
    # The window shows the backup's state again: the unit, its people and the placements.
    assert main.session is not None and not main.session.read_only
    assert _shown_unit(main) == UNIT and main.windowTitle().startswith(UNIT)
    assert _shown_people(main) == PEOPLE
    assert _shown_supporters(main) == SUPPORTERS
    assert not _raw_words(main.statusBar().currentMessage())


# -- 2. repairing instead, when records are lost ---------------------------------------------------------------------

MANY = 200


def _overwrite_a_page_of_people(path: Path) -> None:
    """Noise over a leaf page in the middle of the people table: the records on it cannot be read any more."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    leaves = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' "
                                         "ORDER BY pageno")]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert len(leaves) >= 3
    with path.open("r+b") as f:
        f.seek((leaves[len(leaves) // 2] - 1) * page_size)
        f.write(random.Random(7).randbytes(page_size))


def test_a_repair_that_loses_records_says_how_many_and_offers_the_backup(
        qtbot: QtBot, settings: Settings, translators: Translators, demo_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with_placed_supporters(demo_path, MANY)
    made = _backup_minutes_ago(demo_path)
    main = _main_window(qtbot, settings, translators)
    _open_with_file_menu(main, demo_path, monkeypatch)
    before = len(_shown_people(main)) + len(_shown_supporters(main))
    assert before == 2 * MANY + len(PEOPLE) + len(SUPPORTERS)
    acting = main.session.ws.actor
    _overwrite_a_page_of_people(demo_path)

    report: list[str] = []
    result: dict[str, object] = {}
    when = local_time(made.created)

    def keep_the_repair(box: QMessageBox) -> None:
        result.update(text=box.text(), informative=box.informativeText(), detailed=box.detailedText(),
                      icon=box.icon(), buttons=[b.text() for b in box.buttons()])
        keep = next((b for b in box.buttons() if b.text() == "&Keep the repaired file"), None)
        keep.click() if keep is not None else box.reject()  # never left open: the test would hang

    def choose_repair(dialog: CheckDialog) -> None:
        report.append(dialog.text.toPlainText())
        answer_modal(QMessageBox, keep_the_repair)
        dialog.repair.click()

    answered = answer_modal(CheckDialog, choose_repair)
    main.actions.check_repair.trigger()
    assert answered and report, "the check dialog was not shown"

    promised = next(line for line in report[0].splitlines() if line.startswith("Repairing loses "))
    lost = int(promised.removeprefix("Repairing loses ").removesuffix(" records."))  # measured before repairing
    assert lost > 0
    assert result, "the repair's result was not shown"
    assert result["text"] == f"{demo_path} was repaired, but {lost} records could not be saved."  # first line
    assert result["icon"] == QMessageBox.Icon.Warning
    assert f"A backup from {when} passed its check." in str(result["informative"])
    assert f"Restore the &backup from {when}" in result["buttons"]  # type: ignore[operator]
    assert not _raw_words(str(result["text"])) and not _raw_words(str(result["informative"]))
    # The window shows the repaired file, writable, without what was lost (at most the records counted).
    assert main.session is not None and not main.session.read_only
    assert main.session.ws.actor == acting  # still the same person, even if the repair lost their record
    after = len(_shown_people(main)) + len(_shown_supporters(main))
    assert 0 < before - after <= lost
    assert _shown_unit(main) == UNIT


# -- 3. our own crashed lock ------------------------------------------------------------------------------------------


def test_my_own_crashed_lock_opens_straight_away_and_says_so(qtbot: QtBot, settings: Settings,
                                                             translators: Translators, demo_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """kill -9 or a power cut: the lock names this OS user on this computer, and its process is gone."""
    Workspace.open(demo_path, actor="Maria Lindqvist").conn.close()  # gone without releasing the lock
    since = _minutes_ago(20)
    set_lock(demo_path, pid=dead_pid(), token="from-the-crashed-session", since=since, heartbeat=_minutes_ago(1))
    left = lock.read_holder(demo_path)
    assert left is not None and left.os_user == lock.os_user() and left.host == socket.gethostname()
    asked: list[lock.Holder] = []
    monkeypatch.setattr(Opener, "_ask_in_use", lambda self, holder, path: asked.append(holder))  # would cancel
    main = _main_window(qtbot, settings, translators)

    _open_with_file_menu(main, demo_path, monkeypatch)

    assert asked == []  # no "in use" question
    assert main.session is not None and not main.session.read_only and not main.banner.isVisible()
    assert _shown_unit(main) == UNIT
    assert main.statusBar().currentMessage() == (
        f"The last session here (Maria Lindqvist, since {local_time(since)}) ended without closing the workspace. "
        "Nothing saved was lost.")
    holder = lock.holder(main.session.ws.conn)
    assert holder is not None and holder.token == main.session.ws.lock_token  # the leftover lock was replaced


# -- 4. a lock held elsewhere that goes stale while we are asked ------------------------------------------------------


def test_take_over_is_enabled_once_the_lock_goes_stale_while_asking(qtbot: QtBot, settings: Settings,
                                                                    translators: Translators, demo_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone on another computer has it open; their laptop goes to sleep while we read the question, and five
    minutes without a heartbeat later the question offers Take over, without being asked again."""
    monkeypatch.setattr(opening, "RECHECK_LOCK_MS", 50)
    Workspace.open(demo_path, actor="Jonas Öberg").conn.close()
    set_lock(demo_path, host="another-pc", heartbeat=_minutes_ago(0))  # alive, elsewhere
    main = _main_window(qtbot, settings, translators)
    states: list[tuple[str, bool]] = []
    still_asking: list[bool] = []
    timers: list[tuple[int, bool]] = []

    def watch_and_take_over(box: QMessageBox) -> None:
        take_over = next(b for b in box.buttons() if "Take over" in b.text())
        states.append((box.text(), take_over.isEnabled()))
        timers.append((box.recheck_timer.interval(), box.recheck_timer.isActive()))
        qtbot.wait(120)  # a recheck or two: still alive, still disabled
        states.append((box.informativeText(), take_over.isEnabled()))
        set_lock(demo_path, heartbeat=_minutes_ago(6))  # no sign of life for six minutes now
        for _ in range(100):  # no qtbot.waitUntil: its failure here would leave the question open
            if take_over.isEnabled():
                break
            qtbot.wait(20)
        states.append((box.informativeText(), take_over.isEnabled()))
        still_asking.append(box.isVisible())
        (take_over if take_over.isEnabled() else box.button(QMessageBox.StandardButton.Cancel)).click()

    shown = answer_modal(QMessageBox, watch_and_take_over)
    _open_with_file_menu(main, demo_path, monkeypatch)

    assert shown, "the in-use question was not shown"
    assert timers == [(50, True)]  # it looks again by itself
    assert states[0][0].startswith("This workspace is in use by Jonas Öberg on another-pc since ")
    assert states[0][1] is False and states[1][1] is False
    assert "five minutes" in states[1][0]
    assert states[2] == ("It looks abandoned (no sign of life for a while, or the program is gone): you may take it "
                         "over.", True)
    assert still_asking == [True]  # the same question, not closed and asked again
    assert main.session is not None and not main.session.read_only
    holder = lock.holder(main.session.ws.conn)
    assert holder is not None and holder.token == main.session.ws.lock_token and holder.host == socket.gethostname()
