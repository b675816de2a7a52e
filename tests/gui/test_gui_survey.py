"""The survey page: create a round, type its tally with the keyboard only, a refusal for a row over the returned
count, undo of a correction, results and the comparison, the statements for the next round, saving the PDFs, and
read-only mode."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from keyboard import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.gui import survey as survey_feature
from peerdesk.gui.features import FEATURES
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.survey.dialogs import RoundDialog, StatementDialog
from peerdesk.gui.survey.models import CompareModel, ResultsModel, RoundsModel, StatementsModel, TallyModel
from peerdesk.gui.survey.page import SurveyPage
from peerdesk.store import Workspace
from peerdesk.survey import results, rounds, statements

PAGE = FEATURES.index(survey_feature.FEATURE)


def _page(window: MainWindow) -> SurveyPage:
    window.nav.setCurrentRow(PAGE)
    page = window.pages[PAGE]
    assert isinstance(page, SurveyPage)
    return page


def _ok(qtbot: QtBot, dialog: object) -> None:
    qtbot.keyClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.Key.Key_Space)


def _ws(window: MainWindow) -> Workspace:
    assert window.session is not None
    return window.session.ws


def _enter(qtbot: QtBot, view: QAbstractItemView) -> None:
    """Enter: the editor saves and closes (queued, as Qt does it), and the cursor moves down."""
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _type(qtbot: QtBot, view: QAbstractItemView, digits: str) -> None:
    """Type a count on the current cell: the first digit opens the editor, the rest go into it."""
    qtbot.keyClicks(view.focusWidget(), digits[0])
    if len(digits) > 1:
        qtbot.keyClicks(view.focusWidget(), digits[1:])


def _new_round(qtbot: QtBot, window: MainWindow, page: SurveyPage, name: str, returned: str) -> None:
    page.actions.new_round.trigger()
    dialog = window.findChild(RoundDialog)
    fields = {n: dialog.form.findChild(QLineEdit, n) for n in ("name", "handed_out", "returned", "place")}
    fields["name"].setFocus()
    type_text(qtbot, fields["name"], name)
    type_text(qtbot, fields["place"], "Träffpunktens café")
    fields["handed_out"].setFocus()
    qtbot.keyClicks(fields["handed_out"], "20")
    fields["returned"].selectAll()
    qtbot.keyClicks(fields["returned"], returned)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: any(r.name == name for r in page.rounds_model.rows))


def test_create_a_round_and_type_its_tally_with_the_keyboard_only(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    _new_round(qtbot, window, page, "Vintern 2027 – Åsa", "10")
    page.select_round("Vintern 2027 – Åsa")
    view, model = page.tally_view, page.tally_model
    assert model.rowCount() == len(statements.list_statements(_ws(window)))
    view.setFocus()
    view.setCurrentIndex(model.index(0, TallyModel.AGREE))
    # first statement: 6 agree, Tab, 3 partly, Tab, 0, Tab, 1 don't know, Enter: down to the next statement
    for keys in ("6", "\t", "3", "\t", "0", "\t", "1"):
        if keys == "\t":
            qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
        else:
            qtbot.keyClicks(view.focusWidget(), keys)
    _enter(qtbot, view)
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == TallyModel.DONT_KNOW
    first = rounds.round_statements(_ws(window), page.selected_round().id)[0]
    assert first.counts == (6, 3, 0, 1)
    assert model.index(0, TallyModel.ANSWERED).data() == "10" and model.index(0, TallyModel.NO_ANSWER).data() == "0"
    # the totals follow what is typed, before it is saved
    view.setCurrentIndex(model.index(1, TallyModel.AGREE))
    _type(qtbot, view, "7")
    assert model.index(1, TallyModel.ANSWERED).data() == "7" and model.index(1, TallyModel.NO_ANSWER).data() == "3"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)  # saved; Tab moved on to the next answer
    assert view.currentIndex().column() == TallyModel.PARTLY
    qtbot.keyClicks(view.focusWidget(), "9")  # 7 + 9 = 16: more than the 10 sheets that came back
    _enter(qtbot, view)
    second = rounds.round_statements(_ws(window), page.selected_round().id)[1]
    assert page.tally_error.isVisible() and second.wording("en") in page.tally_error.text()
    assert "16" in page.tally_error.text() and second.counts == (7, 0, 0, 0)
    assert model.index(1, TallyModel.PARTLY).data() == "0"
    window.activateWindow()  # the round's dialog took the window's activation with it
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # out of the grid: no keyboard trap
    assert not view.hasFocus() and page.results_view.hasFocus()


def test_a_correction_is_undone(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    autumn = next(r for r in page.rounds_model.rows if r.name.startswith("Hösten"))
    page.select_round(autumn.name)
    before = rounds.round_statements(_ws(window), autumn.id)[0].agree
    view, model = page.tally_view, page.tally_model
    view.setFocus()
    view.setCurrentIndex(model.index(0, TallyModel.AGREE))
    _type(qtbot, view, str(before - 1))
    _enter(qtbot, view)
    assert rounds.round_statements(_ws(window), autumn.id)[0].agree == before - 1
    assert model.index(0, TallyModel.AGREE).data() == str(before - 1)
    window.session.stack.undo()
    assert rounds.round_statements(_ws(window), autumn.id)[0].agree == before
    assert model.index(0, TallyModel.AGREE).data() == str(before)


def test_results_and_the_comparison_show_shares_with_counts_and_n(window: MainWindow) -> None:
    page = _page(window)
    autumn = next(r for r in page.rounds_model.rows if r.name.startswith("Hösten"))
    page.select_round(autumn.name)
    expected = results.results(_ws(window), autumn.id).statements[0]
    row = [page.results_model.index(0, c).data() for c in range(page.results_model.columnCount())]
    assert row[1] == f"{expected.percent('agree')} % ({expected.counts['agree']})" and row[-1] == str(autumn.returned)
    assert page.compare_with.currentText().startswith("Våren")
    assert page.compare_model.rowCount() == len(page.results_model.rows)
    assert page.compare_model.index(0, 3).data().startswith("+")
    in_progress = page.rounds_model.rows[0]
    page.select_round(in_progress.name)
    assert page.results_model.rowCount() == 0 and "No answers" in page.results_note.text()


def test_statements_for_the_next_round_are_added_and_moved_and_a_round_keeps_its_own(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _page(window)
    autumn = next(r for r in page.rounds_model.rows if r.name.startswith("Hösten"))
    printed = [s.wording("en") for s in rounds.round_statements(_ws(window), autumn.id)]
    page.actions.add_statement.trigger()
    dialog = window.findChild(StatementDialog)
    type_text(qtbot, dialog.text, "Jag får vara med och bestämma på träffpunkten.")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.statements_model.rowCount() == len(printed) + 1)
    page.statements_view.selectRow(len(printed))
    page.actions.move_up.trigger()
    assert page.statements_model.rows[len(printed) - 1].text.startswith("Jag får vara med")
    assert [s.wording("en") for s in rounds.round_statements(_ws(window), autumn.id)] == printed


def test_the_questionnaire_and_the_results_are_saved_as_pdfs(window: MainWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(window)
    autumn = next(r for r in page.rounds_model.rows if r.name.startswith("Hösten"))
    page.select_round(autumn.name)
    for action, name, words in ((page.actions.print_questionnaire, "q.pdf", "Do not write your name"),
                                (page.actions.save_results, "r.pdf", "Came back: 21")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), ""))
        action.trigger()
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages)
        assert words in " ".join(text.split())
    grab = page.grab()
    assert not grab.isNull()
    grab.save(str(tmp_path / "survey_page.png"))


def test_read_only_shows_everything_and_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.session.ws.read_only = True
    window.session.read_only_changed.emit()
    page = _page(window)
    page.reload()
    assert page.rounds_model.rowCount() == 3 and page.results_model.rowCount() == 0
    assert not page.actions.new_round.isEnabled() and not page.actions.add_statement.isEnabled()
    assert page.actions.print_questionnaire.isEnabled()
    assert not page.tally_model.flags(page.tally_model.index(0, TallyModel.AGREE)) & Qt.ItemFlag.ItemIsEditable


def test_models_pass_the_model_tester(qtmodeltester: object, ws: Workspace) -> None:
    autumn = next(r for r in rounds.list_rounds(ws) if r.name.startswith("Hösten"))
    spring = next(r for r in rounds.list_rounds(ws) if r.name.startswith("Våren"))
    tally = TallyModel()
    tally.set_rows(rounds.round_statements(ws, autumn.id), autumn.returned)
    result = ResultsModel()
    result.set_rows(results.results(ws, autumn.id).statements)
    comparison = CompareModel()
    comparison.set_rows(results.compare(results.results(ws, spring.id), results.results(ws, autumn.id), "en"))
    listed = RoundsModel()
    listed.set_rows(rounds.list_rounds(ws))
    wording = StatementsModel()
    wording.set_rows(statements.list_statements(ws))
    for model in (tally, result, comparison, listed, wording):
        qtmodeltester.check(model, force_py=True)
    assert QApplication.instance() is not None
