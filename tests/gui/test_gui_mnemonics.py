"""No two visible items of one menu or one dialog share an underlined letter (Alt+letter must do one thing), in
both languages: every menu, and every dialog the app can show."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import catalog_built
from keyboard import answer_modal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QRadioButton,
    QToolButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from peerdesk import backup, cloud
from peerdesk.gui.backups_dialog import BackupsDialog
from peerdesk.gui.check_dialog import CheckDialog
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.overview.dialogs import DecisionDialog, PersonDialog, PlacementDialog, UnitDialog
from peerdesk.gui.translation import Translators
from peerdesk.gui.wizard import DEMO, PEOPLE, PLACEMENT, UNIT, SetupWizard
from peerdesk.store import Workspace

pytestmark = pytest.mark.skipif(not catalog_built(), reason="the Swedish catalog (.qm) is not built: run make setup")


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _clashes(texts: list[str]) -> list[str]:
    keys = Counter(_key(t) for t in texts if _key(t))
    return [t for t in texts if keys[_key(t)] > 1 and _key(t)]


def _menu_clashes(menu: QMenu) -> list[str]:
    found = _clashes([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_clashes(action.menu())
    return found


def _dialog_texts(top: QWidget) -> Iterator[str]:
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            yield widget.text()


def _dialog_clashes(top: QWidget) -> list[str]:
    return [f"{top.windowTitle()}: {t}" for t in _clashes(list(_dialog_texts(top)))]


@pytest.fixture(params=["en", "sv"])
def lang(request: pytest.FixtureRequest, translators: Translators) -> str:
    translators.install(request.param)
    return request.param


def test_the_check_finds_a_clash() -> None:
    assert _clashes(["Öppna &senaste", "&Säkerhetskopior…", "&Avsluta", "Lägg &till"]) == [
        "Öppna &senaste", "&Säkerhetskopior…"]


def test_menus_and_edit_dialogs(qtbot: QtBot, lang: str, window: MainWindow) -> None:
    window.set_language(lang)
    QApplication.processEvents()
    assert window.actions.file_menu.title() == {"en": "&File", "sv": "&Arkiv"}[lang]
    bar = window.menuBar()
    clashes = _clashes([a.text() for a in bar.actions()])
    for action in bar.actions():
        clashes += _menu_clashes(action.menu())
    page = window.pages[0]
    page.placements_view.selectRow(0)
    page.people_view.selectRow(0)
    a = window.feature_actions[0]
    for action, kind in [(a.edit_unit, UnitDialog), (a.add_person, PersonDialog), (a.add_placement, PlacementDialog),
                         (a.record_decision, DecisionDialog)]:
        action.trigger()
        dialog = window.findChild(kind)
        clashes += _dialog_clashes(dialog)
        if isinstance(dialog, DecisionDialog):
            dialog.form.findChild(QRadioButton, "ended").setChecked(True)  # the end date's label changes
            clashes += _dialog_clashes(dialog)
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    assert not clashes


def test_every_overview_button_has_its_own_mnemonic(qtbot: QtBot, lang: str, window: MainWindow) -> None:
    window.set_language(lang)
    QApplication.processEvents()
    texts = [b.text() for b in window.pages[0].findChildren(QToolButton)]
    assert texts and all(_key(t) for t in texts), texts  # every button can be reached with Alt+letter
    menus = [a.text() for a in window.menuBar().actions()]  # Alt+letter opens these from anywhere
    assert not _clashes(texts + menus)


def test_file_dialogs_and_questions(qtbot: QtBot, lang: str, window: MainWindow, demo_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window.set_language(lang)
    backup.backup_file(demo_path, "manual")
    clashes: list[str] = []

    def look(dialog: QWidget) -> None:
        clashes.extend(_dialog_clashes(dialog))
        if isinstance(dialog, CheckDialog):
            dialog.repair.setVisible(True)  # shown for a damaged file
            clashes.extend(_dialog_clashes(dialog))
        dialog.reject()

    for action, kind in [(window.actions.backups, BackupsDialog), (window.actions.check_repair, CheckDialog)]:
        seen = answer_modal(kind, look)
        action.trigger()
        assert seen

    monkeypatch.setattr(cloud, "cloud_service", lambda path: "OneDrive")
    seen = answer_modal(QMessageBox, lambda box: (clashes.extend(_dialog_clashes(box)), box.reject()))
    window.files.warn_about_cloud(demo_path)  # reject = keep it here
    assert seen
    assert not clashes


def test_opening_questions(qtbot: QtBot, lang: str, window: MainWindow, demo_path: Path) -> None:
    window.set_language(lang)
    clashes: list[str] = []

    def cancel(box: QMessageBox) -> None:
        clashes.extend(_dialog_clashes(box))
        box.button(QMessageBox.StandardButton.Cancel).click()

    window.close_session()
    holder = Workspace.open(demo_path, actor="Jonas Öberg")
    try:
        seen = answer_modal(QMessageBox, cancel)  # in use by someone else
        window.open_path(demo_path, ask_who=False)
        assert seen
    finally:
        holder.close()
    backup.backup_file(demo_path, "manual")
    data = bytearray(demo_path.read_bytes())
    data[:16] = b"garbage garbage!"
    demo_path.write_bytes(bytes(data))
    seen = answer_modal(QMessageBox, cancel)  # damaged: repair, restore, open another, quit, cancel
    window.open_path(demo_path, ask_who=False)
    assert seen and len(seen[0].buttons()) == 5
    assert not clashes


def test_wizard_pages(qtbot: QtBot, lang: str, tmp_path: Path) -> None:
    wizard = SetupWizard(tmp_path / "new.peerdesk", offer_demo=True)
    qtbot.addWidget(wizard)
    wizard.show()
    clashes = _dialog_clashes(wizard)
    wizard.next()
    assert wizard.currentId() == UNIT
    clashes += _dialog_clashes(wizard)
    wizard.unit.line("unit_name").setText("Ängen")
    wizard.next()
    assert wizard.currentId() == PEOPLE
    clashes += _dialog_clashes(wizard)
    for field in ("manager", "peer_supporters", "employer"):
        wizard.people.line(field).setText("Åsa Öberg")
    wizard.next()
    assert wizard.currentId() == PLACEMENT
    clashes += _dialog_clashes(wizard)
    wizard.restart()
    wizard.findChild(QRadioButton, "demo").setChecked(True)
    wizard.next()
    assert wizard.currentId() == DEMO and wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    clashes += _dialog_clashes(wizard)
    assert not clashes


def test_every_reports_control_has_its_own_mnemonic(qtbot: QtBot, lang: str, window: MainWindow) -> None:
    from PySide6.QtWidgets import QCheckBox

    from peerdesk.gui.features import FEATURES
    from peerdesk.gui.reports import FEATURE

    window.set_language(lang)
    window.nav.setCurrentRow(FEATURES.index(FEATURE))
    page = window.pages[FEATURES.index(FEATURE)]
    QApplication.processEvents()
    texts = [w.text() for w in page.findChildren(QToolButton) + page.findChildren(QCheckBox)]
    texts += [label.text() for label in page.findChildren(QLabel) if label.buddy() is not None]
    assert len(texts) == 13 and all(_key(t) for t in texts), texts
    menus = [a.text() for a in window.menuBar().actions()]
    assert not _clashes(texts + menus)
