"""Opening: who are you, a file someone else holds, a lock taken over, another process's changes, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from keyboard import answer_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from peerdesk import lock, people
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.opening import Choice
from peerdesk.gui.overview.dialogs import PersonDialog
from peerdesk.gui.translation import Translators
from peerdesk.gui.who import WhoAreYouDialog
from peerdesk.settings import Settings
from peerdesk.store import Workspace


def _window(qtbot: QtBot, settings: Settings, translators: Translators) -> MainWindow:
    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    return main


def _choose_with_keys(*keys: Qt.Key) -> list[WhoAreYouDialog]:
    def answer(dialog: WhoAreYouDialog) -> None:
        for key in keys:
            QtBot.keyClick(dialog.list, key)
    return answer_modal(WhoAreYouDialog, answer)


def test_who_are_you_is_asked_and_remembered(qtbot: QtBot, settings: Settings, translators: Translators,
                                             demo_path: Path) -> None:
    main = _window(qtbot, settings, translators)
    asked = _choose_with_keys(Qt.Key.Key_Up, Qt.Key.Key_Return)  # from Maria (unit manager) up to Karin
    assert main.open_path(demo_path) is None
    assert asked and asked[0].chosen().name == "Karin Åström"
    assert main.session.ws.actor == "Karin Åström"
    assert lock.holder(main.session.ws.conn).person == "Karin Åström"  # others see who holds the file
    main.close_session()

    again = _window(qtbot, settings, translators)
    asked = _choose_with_keys(Qt.Key.Key_Return)  # the remembered person is preselected: Enter confirms
    again.open_path(demo_path)
    assert asked and again.session.ws.actor == "Karin Åström"


def test_cancelling_who_are_you_the_first_time_asks_again(qtbot: QtBot, settings: Settings,
                                                          translators: Translators, demo_path: Path) -> None:
    main = _window(qtbot, settings, translators)
    cancel_shown: list[bool] = []

    def first(dialog: WhoAreYouDialog) -> None:
        cancel_shown.append(any("Cancel" in b.text() for b in dialog.findChildren(QPushButton)))
        _choose_with_keys(Qt.Key.Key_Up, Qt.Key.Key_Return)  # asked again: Karin this time
        dialog.reject()  # Esc

    asked = answer_modal(WhoAreYouDialog, first)
    assert main.open_path(demo_path) is None
    assert asked and cancel_shown == [False]  # an answer is needed the first time
    assert main.session.ws.actor == "Karin Åström"
    assert main.acting.text() == "Acting as Karin Åström"  # always in view in the status bar


def test_a_file_in_use_opens_read_only_with_a_banner(qtbot: QtBot, settings: Settings, translators: Translators,
                                                    demo_path: Path) -> None:
    holder = Workspace.open(demo_path, actor="Jonas Öberg")
    try:
        main = _window(qtbot, settings, translators)

        def read_only(box: QMessageBox) -> None:
            take_over = next(b for b in box.buttons() if "Take over" in b.text())
            assert not take_over.isEnabled()  # the holder is alive
            next(b for b in box.buttons() if "read-only" in b.text()).click()

        shown = answer_modal(QMessageBox, read_only)
        assert main.open_path(demo_path, ask_who=False) is None
        main.show()
        assert shown and "in use by Jonas Öberg" in shown[0].text()
        assert main.session.read_only
        assert main.banner.isVisible() and "Jonas Öberg" in main.banner.label.text()
        assert "read-only" in main.windowTitle()
        assert not any(action.isEnabled() for action in main.editing_actions())
    finally:
        holder.close()


def test_a_lock_taken_over_turns_the_window_read_only_and_keeps_the_input(qtbot: QtBot, window: MainWindow,
                                                                         demo_path: Path) -> None:
    window.feature_actions[0].add_person.trigger()
    dialog = window.findChild(PersonDialog)
    dialog.name.setText("Nora Nyström")
    # Someone else takes the lock over (as after a heartbeat gap), straight through the lock record.
    conn = sqlite3.connect(demo_path, isolation_level=None)
    lock.release(conn, window.session.ws.lock_token)
    assert lock.try_acquire(conn, lock.me("Karin Åström")) is None
    conn.close()

    dialog.submit()
    assert dialog.isVisible() and dialog.name.text() == "Nora Nyström"
    assert "took this workspace over" in dialog.findChild(QLabel, "general_error").text()
    assert window.session.read_only and window.banner.isVisible()
    assert not any(action.isEnabled() for action in window.editing_actions())


def test_a_heartbeat_that_finds_the_lock_gone_turns_read_only(qtbot: QtBot, window: MainWindow,
                                                              demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path, isolation_level=None)
    lock.release(conn, window.session.ws.lock_token)
    assert lock.try_acquire(conn, lock.me("Karin Åström")) is None
    conn.close()
    window.session._heartbeat.timeout.emit()  # what the heartbeat timer does every minute
    assert window.session.read_only
    assert "Karin Åström" in window.banner.label.text()


def test_a_read_only_viewer_reloads_what_another_process_saved(qtbot: QtBot, settings: Settings,
                                                               translators: Translators, demo_path: Path) -> None:
    writer = Workspace.open(demo_path, actor="Jonas Öberg")
    try:
        main = _window(qtbot, settings, translators)
        answer_modal(QMessageBox, lambda box: next(b for b in box.buttons() if "read-only" in b.text()).click())
        main.open_path(demo_path, ask_who=False)
        main.show()  # the page on screen reloads at once; a hidden one when it is next shown
        qtbot.waitExposed(main)
        people.add_person(writer, "Vera Väst", "staff_representative")
        main.session.check_external_changes()  # what the reload timer does every few seconds
        assert "Vera Väst" in [p.name for p in main.pages[0].people_model.rows]
    finally:
        writer.close()


def test_a_file_that_is_not_a_workspace_is_explained(qtbot: QtBot, settings: Settings, translators: Translators,
                                                     tmp_path: Path) -> None:
    junk = tmp_path / "notes.peerdesk"
    junk.write_text("shopping list", encoding="utf-8")
    main = _window(qtbot, settings, translators)
    shown = answer_modal(QMessageBox, lambda box: next(b for b in box.buttons() if "Quit" in b.text()).click())
    assert main.open_path(junk, can_cancel=False) is Choice.QUIT
    assert shown and "not a PeerDesk workspace" in shown[0].text()
    assert junk.read_text(encoding="utf-8") == "shopping list"
