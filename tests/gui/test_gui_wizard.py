"""The first-run wizard, completed by typing (with å, ä, ö) and pressing Next and Finish; each page checks its own
fields, errors go away once corrected, and closing asks before throwing typed text away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from keyboard import answer_modal, retype, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from peerdesk import paths, people, placements
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.opening import Opened
from peerdesk.gui.wizard import CHOICE, PEOPLE, PLACEMENT, FormPage, SetupWizard
from peerdesk.settings import Settings
from peerdesk.store import Workspace


def _wizard(qtbot: QtBot) -> SetupWizard:
    wizard = SetupWizard(paths.default_workspace(), offer_demo=True)
    # Hidden before pytest-qt closes it: closing a shown wizard with typed text would ask (modally) to discard it.
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()  # focus moves to a refused field only in the active window
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def _press(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _error(page: FormPage, field: str) -> QLabel | None:
    """The message under `field`, if one is on screen."""
    label = page.findChild(QLabel, f"{field}_error")
    return label if label is not None and label.isVisible() else None


def _fill_unit(qtbot: QtBot, wizard: SetupWizard) -> None:
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)  # "create our unit's workspace" is preselected
    type_text(qtbot, wizard.unit.line("unit_name"), "Stödboendet Ängen")
    qtbot.keyClick(wizard.unit.kind, Qt.Key.Key_Down)  # meeting place → supported housing
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PEOPLE


def _fill_until_placement(qtbot: QtBot, wizard: SetupWizard) -> None:
    _fill_unit(qtbot, wizard)
    for field, name in [("manager", "Åsa Öberg"), ("peer_supporters", "Jonas Ek"), ("peer_supporters_2", "Sara Ödman"),
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
    assert error.isVisible() and "Unit name: this is required" in error.text()


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


def test_an_identity_number_in_the_staff_representative_is_refused_on_next(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _fill_unit(qtbot, wizard)
    for field, name in [("manager", "Åsa Öberg"), ("peer_supporters", "Jonas Ek"), ("employer", "NSPH Väst"),
                        ("staff", "Ali Håkansson 19121212-1212")]:
        type_text(qtbot, wizard.people.line(field), name)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PEOPLE  # checked here, not only at Finish
    error = _error(wizard.people, "staff")
    assert error is not None and "Staff representative" in error.text() and "identity" in error.text()
    assert wizard.people.line("staff").text() == "Ali Håkansson 19121212-1212"  # nothing typed is lost
    assert wizard.people.line("staff").hasFocus()

    type_text(qtbot, wizard.people.line("manager"), "s")  # an edit elsewhere leaves the error where it is
    assert _error(wizard.people, "staff") is error
    for _ in " 19121212-1212":
        qtbot.keyClick(wizard.people.line("staff"), Qt.Key.Key_Backspace)
    assert _error(wizard.people, "staff") is None  # gone as soon as it is corrected
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PLACEMENT


def test_each_field_of_the_people_page_is_checked_under_itself(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _fill_unit(qtbot, wizard)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert "Unit manager: this is required" in _error(wizard.people, "manager").text()

    type_text(qtbot, wizard.people.line("manager"), "Åsa Öberg")
    assert _error(wizard.people, "manager") is None
    type_text(qtbot, wizard.people.line("peer_supporters_2"), "Sara 811218-9876")
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert _error(wizard.people, "peer_supporters") is None  # the second one is enough
    assert "identity" in _error(wizard.people, "peer_supporters_2").text()

    retype(qtbot, wizard.people.line("peer_supporters_2"), "Sara Ödman")
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert "Employer organisation: this is required" in _error(wizard.people, "employer").text()
    assert wizard.currentId() == PEOPLE


def test_a_wrong_end_date_clears_when_the_start_is_corrected(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _fill_until_placement(qtbot, wizard)
    retype(qtbot, wizard.placement.line("start_date"), "2026-01-15")
    retype(qtbot, wizard.placement.line("planned_end_date"), "2026-01-10")
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "must come after" in _error(wizard.placement, "planned_end_date").text()
    assert not paths.default_workspace().exists()

    retype(qtbot, wizard.placement.line("start_date"), "2025-01-15")
    assert _error(wizard.placement, "planned_end_date") is None
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.workspace is not None
    wizard.workspace.close()


def test_escape_with_nothing_typed_closes_at_once(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    asked = answer_modal(QMessageBox, lambda box: box.reject(), tries=5)
    qtbot.keyClick(wizard.unit.line("unit_name"), Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Rejected
    assert not asked


def _button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_escape_asks_before_throwing_typed_text_away(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _fill_unit(qtbot, wizard)
    type_text(qtbot, wizard.people.line("manager"), "Åsa")
    seen: list[tuple[str, str]] = []

    def press_enter(box: QMessageBox) -> None:
        seen.append((box.text(), box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answer

    asked = answer_modal(QMessageBox, press_enter)
    qtbot.keyClick(wizard.people.line("manager"), Qt.Key.Key_Escape)
    assert asked and seen == [("Discard what you have entered?", "&Keep editing")]
    assert wizard.isVisible() and wizard.currentId() == PEOPLE
    assert wizard.people.line("manager").text() == "Åsa" and wizard.unit.line("unit_name").text() == "Stödboendet Ängen"

    answer_modal(QMessageBox, lambda box: qtbot.mouseClick(_button(box, "Keep editing"), Qt.MouseButton.LeftButton))
    assert not wizard.close()  # the window's close button asks too
    assert wizard.isVisible()

    asked = answer_modal(QMessageBox, lambda box: qtbot.mouseClick(_button(box, "Discard"),
                                                                  Qt.MouseButton.LeftButton))
    _press(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert asked and not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.workspace is None and not paths.default_workspace().exists()


def test_text_typed_and_removed_again_is_nothing_to_lose(qtbot: QtBot) -> None:
    wizard = _wizard(qtbot)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(qtbot, wizard.unit.line("unit_name"), "Å")
    qtbot.keyClick(wizard.unit.line("unit_name"), Qt.Key.Key_Backspace)
    _press(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == CHOICE
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
