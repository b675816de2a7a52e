"""File commands: a new workspace never replaces a file, the closed-file work always reopens the workspace, a
failed repair shows no empty report, progress blocks the window, read-only sessions cannot restore or repair."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from keyboard import answer_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWizard
from pytestqt.qtbot import QtBot

from peerdesk import backup, cloud, paths
from peerdesk.demo import write_demo
from peerdesk.errors import Busy, StorageError
from peerdesk.gui import check_dialog as repair
from peerdesk.gui import worker
from peerdesk.gui.backups_dialog import BackupsDialog
from peerdesk.gui.check_dialog import CheckDialog
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.translation import Translators
from peerdesk.gui.wizard import SetupWizard
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.progress import Cancelled, Progress
from peerdesk.settings import Settings
from peerdesk.store import Workspace

PROBLEM = QT_TRANSLATE_NOOP("Store", "{path} is busy: another program kept it locked for over {seconds} seconds. "
                                     "Try again.")


def test_an_existing_file_is_refused_before_the_wizard(qtbot: QtBot, window: MainWindow, demo_path: Path,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_demo(paths.default_workspace()).close()  # so New workspace asks for a name
    wanted = tmp_path / "second"
    answers = [str(demo_path), str(wanted)]
    asked: list[Any] = []

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(kwargs.get("options"))
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    refused: list[str] = []
    answer_modal(QMessageBox, lambda box: (refused.append(box.text()), box.accept()))
    targets: list[Path] = []
    answer_modal(SetupWizard, lambda wizard: (targets.append(wizard.target), wizard.reject()))
    window.actions.new_workspace.trigger()
    assert refused and "already exists" in refused[0]
    assert asked == [QFileDialog.Option.DontConfirmOverwrite] * 2  # Qt's own "Replace?" never comes up
    assert targets == [wanted.with_suffix(".peerdesk")]  # asked again, then the wizard started with a new name


def test_a_new_workspace_in_a_synced_folder_is_warned_about(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write_demo(paths.default_workspace()).close()
    target = tmp_path / "Dropbox" / "unit.peerdesk"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(cloud, "cloud_service", lambda path: "Dropbox" if "Dropbox" in str(path) else None)
    warned: list[str] = []

    def fill_in(wizard: SetupWizard) -> None:
        answer_modal(QMessageBox, lambda box: (warned.append(box.text()), next(
            b for b in box.buttons() if "Keep" in b.text()).click()))
        wizard.unit.line("unit_name").setText("Ängen")
        wizard.next()
        for field in ("manager", "peer_supporters", "employer"):
            wizard.people.line(field).setText("Åsa Öberg")
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    answer_modal(SetupWizard, fill_in)
    window.actions.new_workspace.trigger()
    assert window.session is not None and window.session.ws.path == target
    assert warned and "Dropbox" in warned[0]


def test_the_workspace_is_reopened_even_after_a_bug(qtbot: QtBot, window: MainWindow) -> None:
    def broken(path: Path, actor: str) -> None:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        window.files.while_closed(None, broken)
    assert window.session is not None and not window.session.read_only


def test_a_failed_repair_shows_its_reason_and_no_empty_report(qtbot: QtBot, window: MainWindow,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(parent: object, path: Path, actor: str, way: str, backup: object) -> None:
        raise StorageError(PROBLEM, path=path, seconds=5)

    monkeypatch.setattr(repair, "repair", fails)
    boxes: list[str] = []

    def ask_repair(dialog: CheckDialog) -> None:
        answer_modal(QMessageBox, lambda box: (boxes.append(box.text()), box.accept(),
                                               answer_modal(QMessageBox, lambda more: (boxes.append(more.text()),
                                                                                       more.accept()), tries=10)))
        dialog.choice = "repair"
        dialog.accept()

    answer_modal(CheckDialog, ask_repair)
    window.actions.check_repair.trigger()
    qtbot.wait(300)  # long enough for a second box to have been seen
    assert len(boxes) == 1 and "busy" in boxes[0]
    assert window.session is not None


def test_progress_blocks_the_window_while_it_runs(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[Qt.WindowModality] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QProgressDialog):
            seen.append(modal.windowModality())

    QTimer.singleShot(worker.SHOW_AFTER_MS + 200, look)
    assert worker.run_with_progress(window, "Working…", lambda: time.sleep(0.8) or 42) == 42
    assert seen == [Qt.WindowModality.WindowModal]


def test_long_work_shows_how_far_it_got_and_cancel_stops_it(qtbot: QtBot, window: MainWindow) -> None:
    progress = Progress()
    shown: list[tuple[int, int]] = []

    def work() -> int:
        for done in range(10_000):
            progress.step(done, 10_000)
            time.sleep(0.001)
        return 1

    def press_cancel(dialog: QProgressDialog) -> None:
        qtbot.waitUntil(lambda: dialog.value() > 0)  # the bar follows the work
        shown.append((dialog.value(), dialog.maximum()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape is Cancel, as a keyboard user would press it

    seen = answer_modal(QProgressDialog, press_cancel)
    with pytest.raises(Cancelled):
        worker.run_with_progress(window, "Importing…", work, progress)
    assert seen and shown and shown[0][1] == 10_000 and 0 < shown[0][0] < 10_000
    assert progress.done < 9_999  # it stopped where it was


def test_a_network_hiccup_in_the_backup_timer_stays_quiet(qtbot: QtBot, window: MainWindow,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def busy() -> int:
        raise Busy(PROBLEM, path=window.session.ws.path, seconds=5)

    monkeypatch.setattr(window.session.ws, "change_counter", busy)
    window.auto_backups._tick()  # what the timer does; an escaping error would reach the "a bug" dialog
    window.session.check_external_changes()


def test_a_read_only_session_cannot_restore_or_repair(qtbot: QtBot, settings: Settings, translators: Translators,
                                                      demo_path: Path) -> None:
    backup.backup_file(demo_path, "manual")
    holder = Workspace.open(demo_path, actor="Jonas Öberg")
    try:
        main = MainWindow(settings, translators)
        qtbot.addWidget(main)
        answer_modal(QMessageBox, lambda box: next(b for b in box.buttons() if "read-only" in b.text()).click())
        main.open_path(demo_path, ask_who=False)
        assert main.session.read_only
        enabled: list[bool] = []

        def look(dialog: BackupsDialog | CheckDialog) -> None:
            button = dialog.restore if isinstance(dialog, BackupsDialog) else dialog.repair
            enabled.append(button.isEnabled())
            dialog.reject()

        answer_modal(BackupsDialog, look)
        main.actions.backups.trigger()
        answer_modal(CheckDialog, look)
        main.actions.check_repair.trigger()
        assert enabled == [False, False]
    finally:
        holder.close()
