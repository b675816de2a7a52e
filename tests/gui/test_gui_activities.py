"""The Activities page: logging with the keyboard only (Ctrl+N, typing, Enter), repeat last, a text filter with "ö",
delete and undo, errors by their field, the bin, read-only, the import dialog and the models under Qt's tester."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import catalog_built
from keyboard import answer_modal, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.activities import circles, log, types
from peerdesk.gui import activities
from peerdesk.gui.activities.importing import ImportDialog
from peerdesk.gui.activities.models import ActivitiesModel, CirclesModel, TypesModel
from peerdesk.gui.activities.page import ActivitiesPage
from peerdesk.gui.features import FEATURES
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.translation import Translators
from peerdesk.settings import Settings
from peerdesk.store import Workspace

PAGE = FEATURES.index(activities.FEATURE)  # the page's place in the navigation list

CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = dt.date.today().isoformat()


def _page(window: MainWindow) -> ActivitiesPage:
    page = window.pages[PAGE]
    assert isinstance(page, ActivitiesPage)
    return page


def _open(qtbot: QtBot, window: MainWindow) -> ActivitiesPage:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # from the Overview: Ctrl+N shows the page, cursor in the entry row
    page = _page(window)
    assert page.isVisible() and QApplication.focusWidget() is page.entry.day
    return page


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _type_here(qtbot: QtBot, text: str) -> None:
    type_text(qtbot, QApplication.focusWidget(), text)


def _mine(page: ActivitiesPage, text: str) -> list[str]:
    page.search.setText(text)
    return [a.note for a in page.model.rows]


def test_log_three_activities_with_the_keyboard_only(qtbot: QtBot, window: MainWindow) -> None:
    assert window.actions.new_workspace.shortcut().isEmpty()  # Ctrl+N is New activity's
    page = _open(qtbot, window)
    assert page.entry.day.text() == TODAY
    for type_letters, duration, participants, note in [("One", "45 min", "1", "Sömn och vila"),
                                                       ("Outr", "1,5 h", "0", "Sms till gruppen"),
                                                       ("Bri", "1:30", "1", "Visade runt på träffpunkten")]:
        _tab(qtbot)
        qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a list's type-ahead starts afresh, as for a person
        _type_here(qtbot, type_letters)
        _tab(qtbot)
        _type_here(qtbot, duration)
        _tab(qtbot)
        _type_here(qtbot, participants)
        _tab(qtbot, 2)  # past Where (at the unit) to the peer supporter
        assert QApplication.focusWidget() is page.entry.peer_supporter
        qtbot.wait(QApplication.keyboardInputInterval() + 50)
        _type_here(qtbot, "J")
        _tab(qtbot, 2)  # past the theme to the note
        _type_here(qtbot, note)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert page.entry.error.isHidden(), page.entry.error.text()
        assert QApplication.focusWidget() is page.entry.day  # back for the next entry
        assert page.entry.duration.text() == "" and page.entry.day.text() == TODAY
    found = log.page(window.session.ws, log.Filter(start=dt.date.today()))[:3]
    assert [(a.type_key, a.minutes, a.participants, a.note, a.peer_supporter) for a in reversed(found)] == [
        ("one_to_one", 45, 1, "Sömn och vila", "Jonas Öberg"), ("outreach", 90, 0, "Sms till gruppen", "Jonas Öberg"),
        ("bridge_building", 90, 1, "Visade runt på träffpunkten", "Jonas Öberg")]
    assert window.session.stack.count() == 3  # three undo steps


def test_repeat_last_and_the_text_filter_with_o_umlaut(qtbot: QtBot, window: MainWindow) -> None:
    page = _open(qtbot, window)
    page.entry.type.setCurrentIndex(page.entry.type.findData("one_to_one"))
    page.entry.duration.setText("30")
    page.entry.participants.setText("1")
    page.entry.peer_supporter.setCurrentIndex(page.entry.peer_supporter.findText("Sara Åkesson"))
    type_text(qtbot, page.entry.note, "Fönsterbänken ÖVERST")
    qtbot.keyClick(page.entry.note, Qt.Key.Key_Return)
    qtbot.keyClick(page.entry.day, Qt.Key.Key_R, CTRL)  # Repeat last
    assert page.entry.note.text() == "Fönsterbänken ÖVERST" and page.entry.duration.text() == "30 min"
    qtbot.keyClick(page.entry.day, Qt.Key.Key_Return)
    page.search.clear()
    type_text(qtbot, page.search, "fönsterbänken ö")
    assert [a.note for a in page.model.rows] == ["Fönsterbänken ÖVERST"] * 2
    assert page.totals.text() == "Shown: 2 activities · 1.0 hours · 2 participant contacts"
    page.search.clear()
    type_text(qtbot, page.search, "fonsterbanken")  # ö is not o
    assert page.model.rowCount() == 0


def test_a_wrong_field_shows_its_message_and_keeps_the_text(qtbot: QtBot, window: MainWindow) -> None:
    page = _open(qtbot, window)
    page.entry.type.setCurrentIndex(0)
    page.entry.peer_supporter.setCurrentIndex(0)
    type_text(qtbot, page.entry.duration, "1,5")
    type_text(qtbot, page.entry.participants, "2")
    type_text(qtbot, page.entry.note, "Träffade 19121212-1212")
    qtbot.keyClick(page.entry.duration, Qt.Key.Key_Return)
    assert "needs its unit" in page.entry.error.text() and QApplication.focusWidget() is page.entry.duration
    page.entry.duration.setText("1,5 h")
    qtbot.keyClick(page.entry.duration, Qt.Key.Key_Return)
    assert "personal identity" in page.entry.error.text() and QApplication.focusWidget() is page.entry.note
    assert page.entry.note.text() == "Träffade 19121212-1212" and page.entry.note.selectedText() == "19121212-1212"
    assert window.session.stack.count() == 0


def test_supervision_has_no_theme_or_note_and_visits_their_details(qtbot: QtBot, window: MainWindow) -> None:
    page = _open(qtbot, window)
    page.entry.note.setText("något")
    page.entry.type.setCurrentIndex(page.entry.type.findData("supervision_group"))
    assert not page.entry.note.isEnabled() and page.entry.note.text() == ""
    page.entry.type.setCurrentIndex(page.entry.type.findData("accompanied_visit"))
    assert page.entry.visit_destination.isVisible() and page.entry.visit_took_place.isVisible()
    assert not page.entry.circle.isVisible()
    page.entry.type.setCurrentIndex(page.entry.type.findData("study_circle"))
    assert page.entry.circle.isVisible() and page.entry.circle.count() == 2  # the demo's two circles


def test_delete_undo_and_the_bin(qtbot: QtBot, window: MainWindow) -> None:
    page = _open(qtbot, window)
    page.period.setCurrentIndex(page.period.findData("all"))
    before = page.model.totals.activities
    page.view.setFocus()
    page.view.selectRow(0)
    gone = page.model.rows[0]
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.totals.activities == before - 1 and page.model.rows[0].id != gone.id
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert page.model.totals.activities == before and page.model.rows[0].id == gone.id
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    page.bin.setChecked(True)
    assert [a.id for a in page.model.rows] == [gone.id]
    page.view.selectRow(0)
    assert page.actions.restore_activity.isEnabled() and not page.actions.delete_activity.isEnabled()
    page.actions.restore_activity.trigger()
    assert page.model.rowCount() == 0
    page.bin.setChecked(False)
    assert page.model.totals.activities == before


def test_edit_in_the_entry_row(qtbot: QtBot, window: MainWindow) -> None:
    page = _open(qtbot, window)
    page.view.selectRow(0)
    chosen = page.model.rows[0]
    page.actions.edit_activity.trigger()
    assert page.entry.editing == chosen and QApplication.focusWidget() is page.entry.day
    page.entry.participants.setText("7")
    qtbot.keyClick(page.entry.participants, Qt.Key.Key_Return)
    assert page.entry.editing is None
    assert next(a for a in page.model.rows if a.id == chosen.id).participants == 7
    window.actions.undo.trigger()
    assert next(a for a in page.model.rows if a.id == chosen.id).participants == chosen.participants


def test_the_log_is_read_a_page_at_a_time(qtbot: QtBot, window: MainWindow) -> None:
    page = _open(qtbot, window)
    page.period.setCurrentIndex(page.period.findData("all"))
    total = page.model.totals.activities
    assert total > log.PAGE and page.model.rowCount() == log.PAGE and page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == min(total, 2 * log.PAGE)
    page.view.sortByColumn(ActivitiesModel.DURATION, Qt.SortOrder.AscendingOrder)
    minutes = [a.minutes for a in page.model.rows]
    assert minutes == sorted(minutes) and page.model.rowCount() == log.PAGE


def test_read_only_shows_and_filters_but_changes_nothing(qtbot: QtBot, settings: Settings,
                                                          translators: Translators, demo_path: Path) -> None:
    holder = Workspace.open(demo_path, actor="Jonas Öberg")
    try:
        main = MainWindow(settings, translators)
        qtbot.addWidget(main)
        main.show()
        seen = answer_modal(QMessageBox, lambda box: next(
            b for b in box.buttons() if "read-only" in b.text().lower()).click())
        main.open_path(demo_path, ask_who=False)
        assert seen and main.session.read_only
        main.feature_actions[PAGE].new_activity.trigger()
        page = _page(main)
        assert not page.entry.isEnabled() and not page.actions.delete_activity.isEnabled()
        page.period.setCurrentIndex(page.period.findData("all"))
        type_text(qtbot, page.search, "ny tid")
        assert 0 < page.model.totals.activities < 982
        main.close()
    finally:
        holder.close()


def test_import_dialog_imports_as_one_undo_step(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from peerdesk.activities import csvio

    page = _open(qtbot, window)
    source = tmp_path / "logg.csv"
    source.write_bytes(("Datum;Typ;Tid;Deltagare;Stödperson;Anteckning\r\n"
                        f"{TODAY};Enskilt samtal;45;1;Sara Åkesson;Importerad ett\r\n"
                        f"{TODAY};Uppsökande kontakt (samtal eller sms);0,25 h;1;Sara Åkesson;Importerad två\r\n"
                        ).encode("cp1252"))
    dialog = ImportDialog(window.session, source, csvio.read_csv(source), window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_mapping()["minutes"] == 2 and dialog.chosen_mapping()["peer_supporter"] == 4
    dialog.check_and_import()
    assert sorted(_mine(page, "importerad")) == ["Importerad ett", "Importerad två"]
    window.actions.undo.trigger()
    assert _mine(page, "importerad") == []

    source.write_bytes(f"Datum;Typ;Minuter;Deltagare;Peer supporter\n{TODAY};Okänd;45;1;Sara Åkesson\n".encode())
    dialog = ImportDialog(window.session, source, csvio.read_csv(source), window)
    qtbot.addWidget(dialog)
    dialog.check_and_import()
    assert not dialog.errors.isHidden() and dialog.errors.item(0, 1).text() == "Typ"


def test_circles_and_types_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    from peerdesk.gui.activities.dialogs import CirclesDialog, TypesDialog

    _open(qtbot, window)
    dialog = CirclesDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.theme.setText("Hälsa och motion")
    dialog.add.click()
    assert "Hälsa och motion" in [c.theme for c in circles.list_circles(window.session.ws)]
    assert dialog.model.rowCount() == 3
    types_dialog = TypesDialog(window.session, window)
    qtbot.addWidget(types_dialog)
    types_dialog.view.selectRow(0)
    types_dialog.name.setText("Stödsamtal")
    types_dialog.rename.click()
    assert types.get_type(window.session.ws, "one_to_one").label("en") == "Stödsamtal"
    assert _page(window).entry.type.itemText(0) == "Stödsamtal"


def test_models_pass_the_model_tester(qtmodeltester: object, ws: Workspace) -> None:
    model = ActivitiesModel()
    model.load(ws, log.Filter(), types.types_by_key(ws))
    model.fetchMore()
    model.sort(ActivitiesModel.TYPE, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == log.PAGE and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)  # it fetches more itself
    circles_model = CirclesModel()
    circles_model.set_rows(circles.list_circles(ws))
    types_model = TypesModel()
    types_model.set_types(types.list_types(ws))
    for other in (circles_model, types_model):
        qtmodeltester.check(other, force_py=True)


@pytest.mark.skipif(not catalog_built(), reason="the Swedish catalog (.qm) is not built: run make setup")
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_page_has_its_own_mnemonics(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    from test_gui_mnemonics import _clashes, _key

    window.set_language(lang)
    QApplication.processEvents()
    page = _open(qtbot, window)
    for kind in ("accompanied_visit", "study_circle"):
        page.entry.type.setCurrentIndex(page.entry.type.findData(kind))
        texts = [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()] + [
            w.text() for w in page.findChildren(QLabel) if w.buddy() is not None and w.isVisible()]
        menus = [a.text() for a in window.menuBar().actions()]
        assert not _clashes([t for t in texts if _key(t)] + menus), texts


def test_the_menu_works_before_the_page_was_shown(qtbot: QtBot, window: MainWindow) -> None:
    from peerdesk.gui.activities.dialogs import CirclesDialog

    assert window.pages[PAGE] is None
    actions = window.feature_actions[PAGE]
    assert actions.circles.isEnabled() and actions.import_csv.isEnabled()
    actions.circles.trigger()
    dialog = window.findChild(CirclesDialog)
    assert dialog is not None and _page(window).isVisible()
    dialog.close()
    page = _page(window)
    page.entry.note.setText("halvskrivet")
    qtbot.keyClick(page.entry.note, Qt.Key.Key_Escape)  # not editing: what is typed stays
    assert page.entry.note.text() == "halvskrivet"
