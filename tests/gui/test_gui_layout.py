"""What a person sees and reaches: error messages are not clipped, every table row can be reached, Tab moves in
reading order and never gets stuck in a table."""

from __future__ import annotations

from keyboard import answer_modal, retype
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QTableView, QWidget
from pytestqt.qtbot import QtBot

from peerdesk import backup, people
from peerdesk.changes import op
from peerdesk.gui.backups_dialog import BackupsDialog
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.overview.dialogs import DecisionDialog
from peerdesk.gui.overview.page import OverviewPage


def _overview(window: MainWindow) -> OverviewPage:
    page = window.pages[0]
    assert isinstance(page, OverviewPage)
    return page


def _all_rows_fit(view: QTableView) -> bool:
    last = view.model().rowCount() - 1
    return view.viewport().height() >= view.rowViewportPosition(last) + view.rowHeight(last)


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(20)  # posted layout requests and resizes
    QApplication.processEvents()


def test_a_two_line_error_grows_the_dialog_and_describes_the_field(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(window)
    page.placements_view.selectRow(0)
    window.feature_actions[0].record_decision.trigger()
    dialog = window.findChild(DecisionDialog)
    qtbot.waitExposed(dialog)
    funder = dialog.form.findChild(QLineEdit, "funder")
    retype(qtbot, funder, "Beslut 19121212-1212")
    dialog.submit()
    _settle(qtbot)
    error = dialog.form.findChild(QLabel, "funder_error")
    assert error.isVisible() and "identity" in error.text()
    assert error.height() >= error.heightForWidth(error.width()) > error.fontMetrics().height() * 1.5  # 2+ lines
    assert dialog.height() >= dialog.heightForWidth(dialog.width())
    assert "identity" in funder.accessibleDescription()  # read out with the field by a screen reader
    retype(qtbot, funder, "Region Västra Götaland")
    dialog.submit()
    assert funder.accessibleDescription() == ""


def test_every_row_is_reachable_with_fifteen_people_in_a_small_window(qtbot: QtBot, window: MainWindow) -> None:
    for n in range(13):  # the demo has five people
        window.session.run(op(people.add_person, name=f"Person {n + 1:02}", role="staff_representative"))
    window.resize(800, 600)
    _settle(qtbot)
    page = _overview(window)
    assert page.people_model.rowCount() >= 15
    for view in (page.placements_view, page.decisions_view, page.people_view):
        assert _all_rows_fit(view), view.accessibleName()  # the table shows every row; the page scrolls to it
    scroll = page.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())  # the page scrolled to its end
    view = page.people_view
    last = view.model().rowCount() - 1
    bottom = view.viewport().mapTo(scroll.viewport(), QPoint(0, view.rowViewportPosition(last) + view.rowHeight(last)))
    assert scroll.verticalScrollBar().maximum() > 0 and bottom.y() <= scroll.viewport().height()


def test_tab_follows_the_tables_and_their_buttons(qtbot: QtBot, window: MainWindow) -> None:
    page = _overview(window)
    assert page.findChild(QScrollArea).focusPolicy() == Qt.FocusPolicy.NoFocus  # no Tab stop of its own
    page.placements_view.setFocus()
    seen: list[QWidget] = []
    for _ in range(10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    a = window.feature_actions[0]
    shown = [w.defaultAction() if hasattr(w, "defaultAction") else w for w in seen]
    assert shown == [a.add_placement, a.edit_placement, page.decisions_view, a.record_decision, a.correct_decision,
                     a.withdraw_decision, page.people_view, a.add_person, a.edit_person, a.remove_person]


def test_the_overview_fits_a_laptop_width_in_both_languages(qtbot: QtBot, window: MainWindow) -> None:
    """At the window's default width nothing on the Overview hides past a sideways scrollbar."""
    page = _overview(window)
    scroll = page.findChild(QScrollArea)
    for lang in ("sv", "en"):
        window.set_language(lang)
        window.resize(1100, 760)
        _settle(qtbot)
        assert scroll.horizontalScrollBar().maximum() == 0, lang


def test_tab_leaves_the_backups_table(qtbot: QtBot, window: MainWindow) -> None:
    backup.backup_file(window.session.ws.path, "manual")
    moved: list[QWidget | None] = []

    def tab_out(dialog: BackupsDialog) -> None:
        dialog.view.setFocus()
        qtbot.keyClick(dialog.view, Qt.Key.Key_Tab)
        moved.append(QApplication.focusWidget())
        dialog.reject()

    answer_modal(BackupsDialog, tab_out)
    window.actions.backups.trigger()
    assert moved and not isinstance(moved[0], QTableView)


def test_every_page_fits_a_laptop_width_in_both_languages(qtbot: QtBot, window: MainWindow) -> None:
    """No page, with the demo's long names and whole dates, needs more than the window's default 1100 px beside the
    navigation: a page that did would widen the window for good (the pages share one stack)."""
    for lang in ("sv", "en"):
        window.set_language(lang)
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            _settle(qtbot)
            needed = window.pages[row].minimumSizeHint().width() + window.nav.width()
            assert needed <= 1100 - 40, (lang, window.nav.item(row).text())  # 40: margins and the frame
