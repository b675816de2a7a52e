"""Editing from the main window: each save is one undoable step; Ctrl+Z and Ctrl+Shift+Z undo and redo it."""

from __future__ import annotations

from keyboard import answer_modal, retype, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk import people, placements
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.overview.dialogs import DecisionDialog, PersonDialog, PlacementDialog
from peerdesk.gui.overview.page import OverviewPage

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _overview(window: MainWindow) -> OverviewPage:
    page = window.pages[0]
    assert isinstance(page, OverviewPage)
    return page


def _names(window: MainWindow) -> list[str]:
    return [p.name for p in _overview(window).people_model.rows]


def _select_placement(window: MainWindow, supporter: str) -> None:
    page = _overview(window)
    row = next(i for i, p in enumerate(page.placements_model.rows) if p.peer_supporter == supporter)
    page.placements_view.selectRow(row)


def _ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)


def test_add_person_then_undo_and_redo_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.feature_actions[0].add_person.trigger()
    dialog = window.findChild(PersonDialog)
    type_text(qtbot, dialog.name, "Östen Ärlig")
    assert dialog.role.currentData() == "peer_supporter"  # the usual addition is preselected, never a manager
    _ok(qtbot, dialog)
    assert "Östen Ärlig" in _names(window)
    added = next(p for p in people.list_people(window.session.ws) if p.name == "Östen Ärlig")
    assert added.role == "peer_supporter"
    assert added.saved_by == "Maria Lindqvist"  # who saved it: the person this user said they are

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "Östen Ärlig" not in _names(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert "Östen Ärlig" in _names(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    window.actions.redo.trigger()  # Edit › Redo does the same
    assert "Östen Ärlig" in _names(window)


def test_an_invalid_name_keeps_the_dialog_and_the_text(qtbot: QtBot, window: MainWindow) -> None:
    window.feature_actions[0].add_person.trigger()
    dialog = window.findChild(PersonDialog)
    type_text(qtbot, dialog.name, "Åke 19121212-1212")
    _ok(qtbot, dialog)
    error = dialog.findChild(QLabel, "name_error")
    assert dialog.isVisible() and error.isVisible() and "identity" in error.text()
    assert dialog.name.text() == "Åke 19121212-1212"
    assert "Åke 19121212-1212" not in _names(window)


def test_edit_a_planned_end_date_and_undo_it(qtbot: QtBot, window: MainWindow) -> None:
    _select_placement(window, "Sara Åkesson")
    before = next(p for p in placements.list_placements(window.session.ws) if p.peer_supporter == "Sara Åkesson")
    window.feature_actions[0].edit_placement.trigger()
    dialog = window.findChild(PlacementDialog)
    retype(qtbot, dialog.form.findChild(QLineEdit, "planned_end_date"), "2030-12-31")
    _ok(qtbot, dialog)
    shown = {p.peer_supporter: p.planned_end_date.isoformat() for p in _overview(window).placements_model.rows}
    assert shown["Sara Åkesson"] == "2030-12-31"

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    shown = {p.peer_supporter: p.planned_end_date for p in _overview(window).placements_model.rows}
    assert shown["Sara Åkesson"] == before.planned_end_date


def test_record_a_renewal_decision_and_see_it_in_the_history(qtbot: QtBot, window: MainWindow) -> None:
    _select_placement(window, "Sara Åkesson")
    window.feature_actions[0].record_decision.trigger()
    dialog = window.findChild(DecisionDialog)
    retype(qtbot, dialog.end_date, "2031-06-30")
    retype(qtbot, dialog.form.findChild(QLineEdit, "funder"), "Region Västra Götaland")
    _ok(qtbot, dialog)
    history = _overview(window).decisions_model
    cells = [[history.index(r, c).data() for c in range(history.columnCount())] for r in range(history.rowCount())]
    assert ["Sara Åkesson", cells[-1][1], "Renewed until 2031-06-30", "Region Västra Götaland",
            "Maria Lindqvist"] in cells
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert history.rowCount() == 1  # withdrawn: only the demo's own decision is left


def test_remove_a_person_is_undoable_and_a_refusal_is_a_message(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(window)
    page.people_view.selectRow(_names(window).index("Ahmed Hassan"))
    window.feature_actions[0].remove_person.trigger()
    assert "Ahmed Hassan" not in _names(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "Ahmed Hassan" in _names(window)

    page.people_view.selectRow(_names(window).index("Jonas Öberg"))  # runs a placement: the domain refuses
    said: list[str] = []
    answer_modal(QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    window.feature_actions[0].remove_person.trigger()
    assert said and "running placement" in said[0]
    assert "Jonas Öberg" in _names(window)


def test_a_missing_peer_supporter_is_added_from_the_placement_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.feature_actions[0].add_placement.trigger()
    dialog = window.findChild(PlacementDialog)
    retype(qtbot, dialog.employer, "NSPH Skåne")
    steps = window.session.stack.count()

    def add(person: PersonDialog) -> None:
        assert person.role.currentData() == "peer_supporter"
        type_text(qtbot, person.name, "Åsa Nyström")
        _ok(qtbot, person)

    answer_modal(PersonDialog, add)
    qtbot.mouseClick(dialog.add_person, Qt.MouseButton.LeftButton)
    assert dialog.supporter.currentText() == "Åsa Nyström"  # chosen at once
    assert dialog.employer.text() == "NSPH Skåne"  # nothing typed was lost
    assert window.session.stack.count() == steps + 1  # its own undoable edit
    _ok(qtbot, dialog)
    assert "Åsa Nyström" in [p.peer_supporter for p in _overview(window).placements_model.rows]


def test_delete_removes_a_person_only_from_the_people_table(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(window)
    page.people_view.selectRow(_names(window).index("Ahmed Hassan"))
    page.people_view.setFocus()
    qtbot.keyClick(page.people_view, Qt.Key.Key_Delete)
    assert "Ahmed Hassan" not in _names(window)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    page.people_view.selectRow(_names(window).index("Ahmed Hassan"))
    window.feature_actions[0].add_person.trigger()
    dialog = window.findChild(PersonDialog)
    type_text(qtbot, dialog.name, "Ebba")
    dialog.name.setCursorPosition(0)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    assert dialog.name.text() == "bba"  # Delete edits the text there
    assert "Ahmed Hassan" in _names(window)
