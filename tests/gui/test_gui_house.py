"""The house as a user meets it: an old file opened in the window is backed up before its upgrade, pages are made
when first shown and refresh only when what they show changed, and records stay consistent when people edit."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from keyboard import answer_modal, retype, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from peerdesk import backup, people, placements, schema
from peerdesk.changes import op
from peerdesk.errors import Busy
from peerdesk.gui import mainwindow
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.overview import FEATURE as OVERVIEW
from peerdesk.gui.overview.dialogs import DecisionDialog, PersonDialog, PlacementDialog
from peerdesk.gui.overview.page import OverviewPage
from peerdesk.gui.page import Feature, Page, PageActions
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Translators
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.settings import Settings
from peerdesk.store import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier


def _overview(window: MainWindow) -> OverviewPage:
    page = window.pages[0]
    assert isinstance(page, OverviewPage)
    return page


def _ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)


# -- a backup before every upgrade ------------------------------------------------------------------------------


def test_an_old_file_opened_in_the_window_is_backed_up_in_its_old_format(
        qtbot: QtBot, settings: Settings, translators: Translators, tmp_path: Path) -> None:
    path = tmp_path / "old.peerdesk"
    conn = sqlite3.connect(path, isolation_level=None)
    db = Database(conn, execute_plugins=False)
    schema.migrations().apply(db, stop_before="0002_lock")  # as the first PeerDesk left it
    db["unit"].insert({"id": 1, "name": "Aktivitetshuset Ängen", "kind": "activity_house", "saved_by": "v1",
                       "saved_at": "2025-01-01T00:00:00+00:00"})
    conn.close()
    window = MainWindow(settings, translators)
    qtbot.addWidget(window)
    assert window.open_path(path, ask_who=False) is None
    assert window.windowTitle().startswith("Aktivitetshuset Ängen")
    [made] = backup.list_backups(path)
    assert made.reason == "migration"
    old = sqlite3.connect(made.path)
    assert old.execute("SELECT name FROM _sqlite_migrations").fetchall() == [("0001_initial",)]
    old.close()


# -- pages made when first shown, refreshed when what they show changed ----------------------------------------


class _CountingActions(PageActions):
    def menus(self) -> list:
        return []

    def retranslate(self) -> None:
        pass


class _PeoplePage(Page):
    SHOWS = frozenset({"people"})
    made = 0

    def __init__(self, actions: PageActions, session: Session | None, parent: QWidget) -> None:
        super().__init__(actions, session, parent)
        type(self).made += 1
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1

    def retranslate(self) -> None:
        pass


@pytest.fixture
def two_pages(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, settings: Settings, translators: Translators,
              demo_path: Path) -> MainWindow:
    _PeoplePage.made = 0
    second = Feature(lambda: "People", _CountingActions, _PeoplePage)
    monkeypatch.setattr(mainwindow, "FEATURES", [OVERVIEW, second])
    window = MainWindow(settings, translators)
    qtbot.addWidget(window)
    window.open_path(demo_path, ask_who=False)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_page_is_made_when_first_shown(two_pages: MainWindow) -> None:
    assert isinstance(two_pages.pages[0], OverviewPage)
    assert two_pages.pages[1] is None and _PeoplePage.made == 0
    two_pages.nav.setCurrentRow(1)
    assert isinstance(two_pages.pages[1], _PeoplePage) and two_pages.pages[1].reloads == 1
    two_pages.nav.setCurrentRow(0)
    two_pages.nav.setCurrentRow(1)
    assert _PeoplePage.made == 1 and two_pages.pages[1].reloads == 1  # made once; nothing changed meanwhile


def test_pages_reload_only_when_what_they_show_changed(qtbot: QtBot, two_pages: MainWindow) -> None:
    session = two_pages.session
    two_pages.nav.setCurrentRow(1)
    people_page = two_pages.pages[1]
    two_pages.nav.setCurrentRow(0)  # the people page is hidden now
    overview = _overview(two_pages)
    reloads = []
    overview.reload = lambda real=overview.reload: (reloads.append(1), real())  # type: ignore[method-assign]

    unit = people.get_unit(session.ws)
    session.run(op(people.set_unit, name="Träffpunkt Vallen", kind=unit.kind))  # the unit: the Overview only
    assert len(reloads) == 1 and people_page.reloads == 1
    assert two_pages.windowTitle().startswith("Träffpunkt Vallen")
    session.changed.emit(frozenset({"activities"}))  # a table neither page shows
    assert len(reloads) == 1 and people_page.reloads == 1

    session.run(op(people.add_person, name="Lina Östlund", role="staff_representative"))
    assert len(reloads) == 2
    assert people_page.reloads == 1  # hidden: it reloads when shown, not before
    two_pages.nav.setCurrentRow(1)
    assert people_page.reloads == 2
    qtbot.keyClick(two_pages, Qt.Key.Key_Z, CTRL)  # undo reports what it touched too
    assert people_page.reloads == 3 and len(reloads) == 2


def test_another_process_changing_the_file_reloads_the_visible_page(two_pages: MainWindow, demo_path: Path) -> None:
    session = two_pages.session
    session.ws.read_only = True  # as a second PC looking at the file, while the holder saves
    overview = _overview(two_pages)
    conn = sqlite3.connect(demo_path, isolation_level=None)
    conn.execute("UPDATE unit SET name = 'Ändrad av någon annan'")
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'change_counter'")
    conn.close()
    session.check_external_changes()
    assert overview.unit_name.text() == "Ändrad av någon annan"


def test_a_busy_file_during_a_reload_is_said_plainly_and_read_again_later(two_pages: MainWindow,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    overview = _overview(two_pages)
    shown = overview.people_model.rowCount()
    busy = Busy(QT_TRANSLATE_NOOP("Store", "{path} is busy: another program kept it locked for over {seconds} "
                                           "seconds. Try again."), path=two_pages.session.ws.path, seconds=10)

    def locked(ws: Workspace) -> list[people.Person]:
        raise busy

    with monkeypatch.context() as m:
        m.setattr(people, "list_people", locked)
        people.add_person(two_pages.session.ws, "Nils Ek", "staff_representative")
        two_pages.session.changed.emit(frozenset({"people"}))  # as after an edit
        assert "is busy" in two_pages.statusBar().currentMessage()  # a plain message, not the bug dialog
        assert overview.people_model.rowCount() == shown
    two_pages.session.changed.emit(frozenset({"unit"}))  # the next change reads it again
    assert overview.people_model.rowCount() == shown + 1


# -- records stay consistent --------------------------------------------------------------------------------------


def test_removing_a_supervisor_asks_then_clears_the_placements_in_one_undo_step(qtbot: QtBot,
                                                                                window: MainWindow) -> None:
    page = _overview(window)
    names = [p.name for p in page.people_model.rows]
    page.people_view.selectRow(names.index("Karin Åström"))
    said: list[str] = []
    answer_modal(QMessageBox, lambda box: (said.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()))
    steps = window.session.stack.count()
    window.feature_actions[0].remove_person.trigger()
    assert said and "supervisor of 2 placement" in said[0]
    assert {p.supervisor for p in page.placements_model.rows} == {""}
    assert "Karin Åström" not in [p.name for p in page.people_model.rows]
    assert window.session.stack.count() == steps + 1
    assert "Karin Åström" in window.statusBar().currentMessage()  # says what was removed; undo is there
    window.activateWindow()  # back from the question box
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert {p.supervisor for p in page.placements_model.rows} == {"Karin Åström"}


def test_saying_no_to_removing_a_supervisor_changes_nothing(window: MainWindow) -> None:
    page = _overview(window)
    names = [p.name for p in page.people_model.rows]
    page.people_view.selectRow(names.index("Karin Åström"))
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    counter = window.session.ws.change_counter()
    window.feature_actions[0].remove_person.trigger()
    assert window.session.ws.change_counter() == counter
    assert "Karin Åström" in [p.name for p in page.people_model.rows]


def test_delete_says_in_the_status_bar_what_was_removed(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(window)
    page.people_view.selectRow([p.name for p in page.people_model.rows].index("Ahmed Hassan"))
    page.people_view.setFocus()
    qtbot.keyClick(page.people_view, Qt.Key.Key_Delete)
    assert "Removed Ahmed Hassan" in window.statusBar().currentMessage()


def test_ok_on_an_unchanged_dialog_adds_no_undo_step_and_keeps_a_removed_supervisor(
        qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    karin = next(p for p in people.list_people(session.ws) if p.name == "Karin Åström")
    # Karin stops being a supervisor here, but the placements still name her.
    session.run(op(people.update_person, person_id=karin.id, name=karin.name, role="staff_representative"))
    page = _overview(window)
    page.placements_view.selectRow(0)
    steps = session.stack.count()
    window.feature_actions[0].edit_placement.trigger()
    dialog = window.findChild(PlacementDialog)
    assert dialog.supervisor.currentText() == "Karin Åström"
    _ok(qtbot, dialog)
    assert session.stack.count() == steps
    assert placements.list_placements(session.ws)[0].supervisor == "Karin Åström"


def test_a_second_person_with_the_same_name_is_asked_about(qtbot: QtBot, window: MainWindow) -> None:
    window.feature_actions[0].add_person.trigger()
    dialog = window.findChild(PersonDialog)
    type_text(qtbot, dialog.name, "Jonas Öberg")
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.name.text() == "Jonas Öberg"  # nothing typed is lost
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    _ok(qtbot, dialog)
    assert [p.name for p in _overview(window).people_model.rows].count("Jonas Öberg") == 2


def test_withdraw_and_correct_a_renewal_decision(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(window)
    actions = window.feature_actions[0]
    page.placements_view.selectRow(0)  # Jonas, renewed once in the demo
    assert actions.withdraw_decision.isEnabled() and actions.correct_decision.isEnabled()
    jonas = page.placements_model.rows[0]
    actions.correct_decision.trigger()
    dialog = window.findChild(DecisionDialog)
    corrected_end = jonas.planned_end_date + dt.timedelta(days=31)
    retype(qtbot, dialog.end_date, corrected_end.isoformat())
    _ok(qtbot, dialog)
    assert page.placements_model.rows[0].planned_end_date == corrected_end

    actions.withdraw_decision.trigger()
    history = page.decisions_model
    assert "(withdrawn)" in history.index(0, history.DECISION).data()
    assert page.placements_model.rows[0].planned_end_date == jonas.decisions[0].previous_end_date
    assert not actions.withdraw_decision.isEnabled()  # nothing in force any more
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert "(withdrawn)" not in history.index(0, history.DECISION).data()
    assert page.placements_model.rows[0].planned_end_date == corrected_end


def test_a_placement_that_has_not_started_says_when_it_starts(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    lina = session.run(op(people.add_person, name="Lina Östlund", role="peer_supporter")).result
    start = dt.date.today() + dt.timedelta(days=6)
    session.run(op(placements.add_placement, peer_supporter_id=lina, employer="NSPH Väst", supervisor_id=None,
                   start_date=start, planned_end_date=placements.default_end_date(start)))
    model = _overview(window).placements_model
    row = next(i for i, p in enumerate(model.rows) if p.peer_supporter == "Lina Östlund")
    assert model.index(row, model.SINCE).data() == "Starts in 6 days"


def test_read_only_asks_nothing_it_cannot_use(qtbot: QtBot, settings: Settings, translators: Translators,
                                             demo_path: Path) -> None:
    holder = Workspace.open(demo_path, actor="Sara Åkesson")
    window = MainWindow(settings, translators)
    qtbot.addWidget(window)
    answer_modal(QMessageBox, lambda box: next(b for b in box.buttons() if "read-only" in b.text()).click())
    assert window.open_path(demo_path) is None  # no 'who are you?' (it would wait for an answer)
    assert window.session.read_only
    assert not window.actions.switch_person.isEnabled()
    shown = window.banner.label.text()
    assert "Sara Åkesson" in shown and shown.count("read") == 1  # its sentence once
    assert not any(a.isEnabled() for a in window.editing_actions())
    window.close_session()
    holder.close()


# -- fits the screen ----------------------------------------------------------------------------------------------


def test_the_window_fits_the_screen_and_remembers_its_place(qtbot: QtBot, settings: Settings,
                                                           translators: Translators, window: MainWindow) -> None:
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    window.resize(700, 500)
    window.close()
    again = MainWindow(settings, translators)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_the_navigation_list_is_no_wider_than_its_entries(window: MainWindow) -> None:
    needed = window.nav.sizeHintForColumn(0)
    assert needed <= window.nav.width() <= needed + 60
    assert window.nav.item(0).text() == "Overview"


def test_a_narrow_warning_column_elides_in_the_middle_with_the_full_text_in_the_tooltip(window: MainWindow) -> None:
    page = _overview(window)
    model = page.placements_model
    left = model.index(0, model.LEFT)
    assert left.data() in left.data(Qt.ItemDataRole.ToolTipRole)
    assert page.placements_view.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_field_error_line_edit_keeps_typing(qtbot: QtBot, window: MainWindow) -> None:
    """A guard against a regression in FormDialog's question loop: an error without a question still shows."""
    window.feature_actions[0].add_person.trigger()
    dialog = window.findChild(PersonDialog)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.findChild(QLineEdit, "name").text() == ""
