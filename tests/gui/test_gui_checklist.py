"""The introduction checklist as a user meets it: tick by keyboard and mouse, answer a decision, undo, filter to
"my items" and to overdue ones, add the unit's own item, read-only, the Overview's panel; models pass the tester."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import catalog_built
from keyboard import type_text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QStyle, QStyleOptionViewItem, QToolButton
from pytestqt.qtbot import QtBot
from test_gui_mnemonics import _clashes, _dialog_clashes, _key

from peerdesk.checklist import items as checklist
from peerdesk.checklist import own_template
from peerdesk.gui import checklist as checklist_feature
from peerdesk.gui.checklist.dialogs import AnswerDialog, ItemDialog, NoteDialog
from peerdesk.gui.checklist.models import HistoryModel, ItemsModel
from peerdesk.gui.checklist.page import ChecklistPage
from peerdesk.gui.features import FEATURES
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.translation import Translators
from peerdesk.placements import list_placements
from peerdesk.settings import Settings
from peerdesk.store import Workspace

PAGE = FEATURES.index(checklist_feature.FEATURE)  # the page's place in the navigation list

CTRL = Qt.KeyboardModifier.ControlModifier


def _page(window: MainWindow) -> ChecklistPage:
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    assert isinstance(page, ChecklistPage)
    return page


def _select(page: ChecklistPage, key: str) -> checklist.Item:
    row = next(r for r, i in enumerate(page.model.rows) if i.key == key)
    page.view.selectRow(row)
    return page.model.rows[row]


def _state(window: MainWindow, item_id: int) -> str:
    return checklist.get_item(window.session.ws, item_id).state


def _ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)


def test_the_page_shows_the_newest_placement_with_its_progress(window: MainWindow) -> None:
    page = _page(window)
    assert page.placement.currentText().startswith("Sara Åkesson")
    overall, _ = checklist.progress(page.all_items)
    assert page.overall_label.text() == f"Overall: {overall.settled} of {overall.total} settled ({overall.percent} %)"
    assert page.phase_labels["before_start"].text() == "Before start:\xa013\xa0of\xa013"  # the count never wraps
    assert page.overall.value() == overall.settled and page.model.rowCount() == overall.total
    page.placement.setCurrentIndex(0)  # Jonas: complete
    assert page.overall_label.text() == "Overall: 29 of 29 settled (100 %)"


def test_tick_with_the_keyboard_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    item = _select(page, "first_supervision")
    before = page.overall.value()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert _state(window, item.id) == "done"
    assert page.overall.value() == before + 1  # the progress follows at once
    assert page.selected_id() == item.id  # and the ticked item stays selected
    row = page.model.row_of(item.id)
    assert page.model.index(row, ItemsModel.DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _state(window, item.id) == "open" and page.overall.value() == before
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _state(window, item.id) == "done"
    assert [h.action for h in checklist.list_history(window.session.ws, item.id)] == ["done"]


def test_tick_with_the_mouse(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    item = _select(page, "evaluation_plan")
    index = page.model.index(page.model.row_of(item.id), ItemsModel.DONE)
    option = QStyleOptionViewItem()
    option.rect = page.view.visualRect(index)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.state = QStyle.StateFlag.State_Enabled
    box = page.view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, page.view)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert _state(window, item.id) == "done"
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert _state(window, item.id) == "open"  # a second click reopens it


def test_answer_an_agreement_item_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    item = _select(page, "phone")
    page.actions.answer.trigger()
    dialog = window.findChild(AnswerDialog)
    combo = dialog.form.findChild(QComboBox, "answer_choice")
    combo.setCurrentIndex(combo.findData("employer"))
    details = dialog.form.findChild(QLineEdit, "answer")
    details.clear()
    type_text(qtbot, details, "En mobil från arbetsgivaren, nummer på anslagstavlan")
    _ok(qtbot, dialog)
    answered = checklist.get_item(window.session.ws, item.id)
    assert answered.answer_choice == "employer"
    shown = page.model.index(page.model.row_of(item.id), ItemsModel.ANSWER).data()
    assert shown == "The employer organisation – En mobil från arbetsgivaren, nummer på anslagstavlan"
    assert "Answer: The employer organisation" in page.state.text()  # on the item's details too
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert checklist.get_item(window.session.ws, item.id).answer_choice == "unit"  # the demo's answer again


def test_not_applicable_needs_a_reason_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    item = _select(page, "follow_up_6_months")
    page.actions.not_applicable.trigger()
    dialog = window.findChild(NoteDialog)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "required" in dialog.findChild(type(dialog.hint), "reason_error").text()
    type_text(qtbot, dialog.note, "Placeringen avslutas efter fyra månader.")
    _ok(qtbot, dialog)
    assert _state(window, item.id) == "na"


def test_filter_to_my_items_overdue_and_one_phase(window: MainWindow) -> None:
    page = _page(window)
    today = dt.date.today()
    overdue = [i for i in page.all_items if i.overdue(today)]
    assert overdue
    page.overdue.setChecked(True)
    assert [i.id for i in page.model.rows] == [i.id for i in overdue]
    row = page.model.row_of(overdue[0].id)
    due = page.model.index(row, ItemsModel.DUE)
    assert due.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon,
    assert page.model.index(row, ItemsModel.STATE).data().startswith("⚠ Open, overdue")  # words,
    assert due.data(Qt.ItemDataRole.BackgroundRole) is not None  # and colour
    page.view.selectRow(row)
    page.actions.toggle_done.trigger()  # ticked: no longer overdue, so no longer shown
    assert overdue[0].id not in [i.id for i in page.model.rows] and len(page.model.rows) == len(overdue) - 1
    page.overdue.setChecked(False)
    page.mine.setChecked(True)  # acting as Maria Lindqvist, the unit manager
    assert page.model.rows and {i.owner for i in page.model.rows} == {"unit_manager"}
    page.mine.setChecked(False)
    page.phase.setCurrentIndex(page.phase.findData("first_day"))
    assert {i.phase for i in page.model.rows} == {"first_day"} and page.model.rowCount() == 3


def test_add_the_units_own_item_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    count = page.model.rowCount()
    page.actions.add_item.trigger()
    dialog = window.findChild(ItemDialog)
    type_text(qtbot, dialog.label, "Gå igenom brandskyddet på våning två")
    dialog.phase.setCurrentIndex(dialog.phase.findData("first_day"))
    dialog.due.setText(page.all_items[0].due_date.isoformat())
    _ok(qtbot, dialog)
    assert page.model.rowCount() == count + 1
    added = next(i for i in page.model.rows if i.label == "Gå igenom brandskyddet på våning två")
    assert added.key is None and added.phase == "first_day" and page.selected_item() is not None
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert page.model.rowCount() == count


def test_remove_show_removed_and_restore(window: MainWindow) -> None:
    page = _page(window)
    item = _select(page, "renewal_decision")
    page.actions.remove_item.trigger()
    assert item.id not in [i.id for i in page.model.rows]
    page.show_removed.setChecked(True)
    _select(page, "renewal_decision")
    assert "(removed)" in page.model.index(page.model.row_of(item.id), ItemsModel.STATE).data()
    assert page.actions.restore_item.isEnabled() and not page.actions.toggle_done.isEnabled()
    page.actions.restore_item.trigger()
    assert not checklist.get_item(window.session.ws, item.id).removed


def test_keep_as_template(window: MainWindow) -> None:
    page = _page(window)
    page.actions.save_template.trigger()
    assert own_template.has_own_template(window.session.ws)
    assert page.template_note.text() == "New placements get the workspace's own checklist template."


def test_read_only_shows_everything_and_changes_nothing(qtbot: QtBot, settings: Settings, translators: Translators,
                                                         demo_path: Path) -> None:
    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    from peerdesk.gui.opening import Opened

    ws = Workspace.open(demo_path, actor="x", read_only=True)
    main.start(Opened(ws, None), ask_who=False)
    main.show()
    page = _page(main)
    assert page.model.rowCount() > 0
    _select(page, "first_supervision")
    assert not any(a.isEnabled() for a in page.actions.editing)
    index = page.model.index(0, ItemsModel.DONE)
    assert not page.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert page.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole) is False


def test_the_overview_shows_progress_and_the_next_three_due(window: MainWindow) -> None:
    panel = window.pages[0].checklist_panel
    texts = [w.text() for w in panel.lines if isinstance(w, QLabel)]
    assert texts[0] == "Jonas Öberg: 29 of 29 settled (100 %)"
    sara = texts.index(next(t for t in texts if t.startswith("Sara Åkesson: ")))
    assert len([t for t in texts[sara + 1:] if t[:1].isdigit() or t.startswith("⚠")]) == 3
    assert texts[sara + 1].startswith("⚠ Overdue: ")
    page = _page(window)
    _select(page, "first_supervision")
    page.actions.toggle_done.trigger()  # the Overview follows when it is shown next
    window.nav.setCurrentRow(0)
    QApplication.processEvents()
    assert "Hold the first supervision" not in " ".join(w.text() for w in panel.lines if isinstance(w, QLabel))


def test_models_pass_the_model_tester(qtmodeltester: object, ws: Workspace) -> None:
    sara = list_placements(ws)[-1]
    model = ItemsModel()
    model.set_rows(checklist.list_items(ws, sara.id, include_removed=True))
    qtmodeltester.check(model, force_py=True)
    history = HistoryModel()
    item = next(i for i in checklist.list_items(ws, sara.id) if i.key == "job_description_agreed")
    history.set_item(item, checklist.list_history(ws, item.id))
    qtmodeltester.check(history, force_py=True)
    assert history.rowCount() == 1 and "Utkastet" in history.index(0, HistoryModel.WHAT).data()
    assert model.index(0, 0, QModelIndex()).isValid()


@pytest.mark.skipif(not catalog_built(), reason="the Swedish catalog (.qm) is not built: run make setup")
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_buttons_filters_and_dialogs_have_their_own_mnemonics(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    window.set_language(lang)
    QApplication.processEvents()
    page = _page(window)
    texts = [b.text() for b in page.findChildren(QToolButton)] + [
        w.text() for w in (page.mine, page.overdue, page.show_removed, page.placement_label, page.phase_label)]
    assert all(_key(t) for t in texts), texts
    assert not _clashes(texts + [a.text() for a in window.menuBar().actions()])
    clashes = []
    for key, action in [("follow_up_6_months", page.actions.edit_item), ("phone", page.actions.answer),
                        ("welcome", page.actions.comment), ("welcome", page.actions.not_applicable)]:
        _select(page, key)
        action.trigger()
        for kind in (ItemDialog, AnswerDialog, NoteDialog):
            dialog = window.findChild(kind)
            if dialog is not None:
                clashes += _dialog_clashes(dialog)
                dialog.close()
                dialog.deleteLater()
        QApplication.processEvents()
    assert not clashes


def test_my_items_follow_the_person_acting(window: MainWindow) -> None:
    page = _page(window)
    page.mine.setChecked(True)
    assert {i.owner for i in page.model.rows} == {"unit_manager"}
    window.session.set_actor("Sara Åkesson")  # as Edit › Switch person does, then the window shows its state
    window._show_state()
    assert page.model.rows and {i.owner for i in page.model.rows} == {"peer_supporter"}
    window.session.set_actor("Someone Else")  # not a person of this workspace: no items of theirs to show
    window._show_state()
    assert not page.mine.isEnabled() and not page.mine.isChecked()


def test_moving_the_placements_dates_moves_the_open_items_in_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    from keyboard import retype

    from peerdesk.gui.overview.dialogs import PlacementDialog

    page = _page(window)
    renewal = _select(page, "renewal_evidence")
    window.nav.setCurrentRow(0)
    overview = window.pages[0]
    overview.placements_view.selectRow(next(r for r, p in enumerate(overview.placements_model.rows)
                                            if p.peer_supporter == "Sara Åkesson"))
    window.feature_actions[0].edit_placement.trigger()
    dialog = window.findChild(PlacementDialog)
    end = dialog.form.findChild(QLineEdit, "planned_end_date")
    later = dt.date.fromisoformat(end.text()) + dt.timedelta(days=30)
    retype(qtbot, end, later.isoformat())
    _ok(qtbot, dialog)
    moved = checklist.get_item(window.session.ws, renewal.id)
    assert moved.due_date == renewal.due_date + dt.timedelta(days=30)
    window.nav.setCurrentRow(PAGE)
    assert page.model.rows[page.model.row_of(renewal.id)].due_date == moved.due_date  # the page shows it
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # one undo: the date and the items together
    assert checklist.get_item(window.session.ws, renewal.id).due_date == renewal.due_date
    assert window.session.stack.count() == 1


def test_move_an_item_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    item = _select(page, "routines")  # last of the first day
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up, CTRL | Qt.KeyboardModifier.ShiftModifier)
    first_day = [i.key for i in page.model.rows if i.phase == "first_day"]
    assert first_day.index("routines") == 1 and page.selected_id() == item.id
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert [i.key for i in page.model.rows if i.phase == "first_day"][-1] == "routines"
