"""The first-run wizard, completed by typing (with å, ä, ö) and pressing Next and Finish."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from keyboard import retype, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from peerdesk import paths, people, placements
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.opening import Opened
from peerdesk.gui.wizard import PLACEMENT, SetupWizard
from peerdesk.settings import Settings
from peerdesk.store import Workspace


def _wizard(qtbot: QtBot) -> SetupWizard:
    wizard = SetupWizard(paths.default_workspace(), offer_demo=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _press(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _fill_until_placement(qtbot: QtBot, wizard: SetupWizard) -> None:
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)  # "create our unit's workspace" is preselected
    type_text(qtbot, wizard.unit.line("unit_name"), "Stödboendet Ängen")
    qtbot.keyClick(wizard.unit.kind, Qt.Key.Key_Down)  # meeting place → supported housing
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    for field, name in [("manager", "Åsa Öberg"), ("peer_supporters", "Jonas Ek"), ("peer_supporter_2", "Sara Ödman"),
                        ("supervisor", "Karin Åström"), ("staff", "Ali Håkansson"), ("employer", "NSPH Väst")]:
        type_text(qtbot, wizard.people.line(field), name)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PLACEMENT


def test_typing_through_the_wizard_creates_the_workspace(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _fill_until_placement(qtbot, wizard)
    retype(qtbot, wizard.placement.line("start_date"), "2026-01-15")
    assert wizard.placement.line("planned_end_date").text() == "2027-01-15"  # one year follows the start
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    wizard.workspace.close()
    ws = Workspace.open(paths.default_workspace(), actor="test")
    try:
        assert people.get_unit(ws).name == "Stödboendet Ängen"
        assert people.get_unit(ws).kind == "supported_housing"
        roles = {(p.name, p.role) for p in people.list_people(ws)}
        assert roles == {("Åsa Öberg", "unit_manager"), ("Jonas Ek", "peer_supporter"),
                         ("Sara Ödman", "peer_supporter"), ("Karin Åström", "supervisor"),
                         ("Ali Håkansson", "staff_representative")}
        both = placements.list_placements(ws)
        assert [(p.peer_supporter, p.employer, p.start_date, p.planned_end_date) for p in both] == [
            ("Jonas Ek", "NSPH Väst", dt.date(2026, 1, 15), dt.date(2027, 1, 15)),
            ("Sara Ödman", "NSPH Väst", dt.date(2026, 1, 15), dt.date(2027, 1, 15))]
        assert {p.saved_by for p in people.list_people(ws)} == {"Åsa Öberg"}  # the manager created it
    finally:
        ws.close()


def test_a_wrong_date_is_explained_and_kept(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _fill_until_placement(qtbot, wizard)
    retype(qtbot, wizard.placement.line("start_date"), "2026-02-30")
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    error = wizard.placement.findChild(QLabel, "start_date_error")
    assert error is not None and error.isVisible()
    assert "Start date" in error.text() and "does not exist" in error.text()
    assert wizard.placement.line("start_date").text() == "2026-02-30"
    assert wizard.currentId() == PLACEMENT and wizard.isVisible()
    assert not paths.default_workspace().exists()

    retype(qtbot, wizard.placement.line("start_date"), "2026-02-28")
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.workspace is not None
    wizard.workspace.close()


def test_a_missing_name_blocks_next_and_says_which(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)  # unit name left empty
    assert wizard.currentPage() is wizard.unit
    error = wizard.unit.findChild(QLabel, "unit_name_error")
    assert error.isVisible() and "Unit name is required" in error.text()


def test_choosing_the_demo_writes_it_and_the_title_says_demo(qtbot: QtBot, settings: Settings,
                                                            translators: object) -> None:
    wizard = _wizard(qtbot)
    demo = wizard.findChild(QRadioButton, "demo")
    qtbot.mouseClick(demo, Qt.MouseButton.LeftButton, pos=QPoint(8, demo.height() // 2))  # on its round button
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert Path(paths.demo_workspace()).exists() and not paths.default_workspace().exists()

    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    main.start(Opened(wizard.workspace), ask_who=False)
    assert "Demo" in main.windowTitle() and "Träffpunkt Solrosen" in main.windowTitle()
    assert main.session.ws.actor == "Maria Lindqvist"  # the unit manager, remembered for next time
