"""Data safety in the GUI: automatic backups, File › Backups… with restore, a damaged file, check and repair."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard import answer_modal
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from peerdesk import backup, cloud, people
from peerdesk.gui.backups_dialog import BackupsDialog, BackupsModel
from peerdesk.gui.check_dialog import CheckDialog
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.translation import Translators, local_time
from peerdesk.gui.who import WhoAreYouDialog
from peerdesk.settings import Settings


def _names(window: MainWindow) -> list[str]:
    return [p.name for p in people.list_people(window.session.ws)]


def test_opening_backs_up_and_a_backup_can_be_restored(qtbot: QtBot, window: MainWindow, demo_path: Path) -> None:
    QThreadPool.globalInstance().waitForDone()
    made = backup.list_backups(demo_path)
    assert [b.reason for b in made] == ["open"]
    people.add_person(window.session.ws, "Efter Backup", "supervisor")

    def restore_newest(dialog: BackupsDialog) -> None:
        assert dialog.model.rowCount() == 1 and dialog.model.index(0, BackupsModel.REASON).data() == "on opening"
        answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
        dialog.restore.click()

    seen = answer_modal(BackupsDialog, restore_newest)
    window.actions.backups.trigger()
    assert seen
    assert "Efter Backup" not in _names(window)  # the restored state, shown at once
    assert window.session is not None and not window.session.read_only
    assert "restore" in [b.reason for b in backup.list_backups(demo_path)]  # the state before was kept


def test_a_damaged_file_offers_its_newest_backup(qtbot: QtBot, settings: Settings, translators: Translators,
                                                 demo_path: Path) -> None:
    made = backup.backup_file(demo_path, "manual")
    data = bytearray(demo_path.read_bytes())
    data[:16] = b"garbage garbage!"  # a garbled header
    demo_path.write_bytes(bytes(data))
    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    said: list[str] = []

    def restore(box: QMessageBox) -> None:
        said.append(box.text())
        button = next(b for b in box.buttons() if "newest good backup" in b.text())
        assert not any(ch.isdigit() for ch in button.text())  # no date: an older backup may be the one restored
        answer_modal(QMessageBox, lambda done: (said.append(done.text()), done.accept()))
        button.click()

    answer_modal(QMessageBox, restore)
    assert main.open_path(demo_path, ask_who=False, can_cancel=False) is None
    assert said and "damaged" in said[0]
    assert len(said) == 2 and local_time(made.created) in said[1]  # afterwards: which backup it was
    assert "Maria Lindqvist" in _names(main)


def test_check_and_repair_reports_a_healthy_file(qtbot: QtBot, window: MainWindow) -> None:
    report: list[str] = []
    repair_offered: list[bool] = []

    def read(dialog: CheckDialog) -> None:
        report.append(dialog.findChild(QPlainTextEdit).toPlainText())
        repair_offered.append(dialog.repair.isVisible())
        dialog.reject()

    answer_modal(CheckDialog, read)
    window.actions.check_repair.trigger()
    assert report and "healthy PeerDesk workspace" in report[0], report
    assert repair_offered == [False]


def test_a_workspace_in_a_synced_folder_can_be_moved_out(qtbot: QtBot, settings: Settings, translators: Translators,
                                                        demo_path: Path, data_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cloud, "cloud_service", lambda path: "OneDrive" if "OneDrive" in str(path) else None)
    synced = demo_path.parent / "OneDrive" / "unit.peerdesk"
    synced.parent.mkdir()
    demo_path.rename(synced)
    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    warned: list[str] = []

    def who(dialog: WhoAreYouDialog) -> None:
        answer_modal(QMessageBox, lambda box: (warned.append(box.text()), next(
            b for b in box.buttons() if "Move" in b.text()).click()))
        dialog.accept()

    answer_modal(WhoAreYouDialog, who)
    assert main.open_path(synced) is None
    QThreadPool.globalInstance().waitForDone()
    assert warned and "OneDrive" in warned[0]
    assert main.session is not None and main.session.ws.path == data_dir / "unit.peerdesk"
    assert "Maria Lindqvist" in _names(main)
    assert not synced.exists() and list(synced.parent.glob("unit.moved-*.peerdesk"))  # kept aside, never deleted


def test_a_damaged_file_without_backups_can_be_repaired_when_opening(qtbot: QtBot, settings: Settings,
                                                                     translators: Translators,
                                                                     demo_path: Path) -> None:
    from peerdesk.store import Workspace

    Workspace.open(demo_path, actor="x").close()  # known to this computer's index: its header can be rebuilt
    data = bytearray(demo_path.read_bytes())
    data[:16] = b"garbage garbage!"
    demo_path.write_bytes(bytes(data))
    assert not backup.list_backups(demo_path)
    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    said: list[str] = []

    def repair(box: QMessageBox) -> None:
        said.append(box.text())
        button = next(b for b in box.buttons() if "pair" in b.text())
        answer_modal(QMessageBox, lambda done: (said.append(done.text()), done.accept()))
        button.click()

    answer_modal(QMessageBox, repair)
    assert main.open_path(demo_path, ask_who=False, can_cancel=False) is None
    assert len(said) == 2 and "damaged" in said[0]
    assert said[1] == f"{demo_path} was repaired and is a healthy PeerDesk workspace again."
    assert "Maria Lindqvist" in _names(main)
