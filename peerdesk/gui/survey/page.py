"""The users' survey: the rounds, the tally of the selected round (typed from the returned sheets), its results
beside an earlier round's, and the statements for the next round; the questionnaire and the results as PDFs."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerdesk.changes import op
from peerdesk.errors import PeerDeskError
from peerdesk.gui.forms import ERROR_STYLE
from peerdesk.gui.messages import show_error
from peerdesk.gui.page import Page, button_row, scrolled_body
from peerdesk.gui.session import Session
from peerdesk.gui.survey.actions import SurveyActions
from peerdesk.gui.survey.grid import BarDelegate, TallyView
from peerdesk.gui.survey.models import CompareModel, ResultsModel, RoundsModel, StatementsModel, TallyModel
from peerdesk.gui.tables import record_table, select_id, selected_id
from peerdesk.gui.translation import arg, current_lang, error_text, text
from peerdesk.survey import results, rounds, statements
from peerdesk.survey.report import INSIDE_ONLY, NOT_TALLIED
from peerdesk.survey.results import FEWEST, compare
from peerdesk.survey.rounds import Round


class SurveyPage(Page):
    SHOWS = frozenset({rounds.ROUNDS, rounds.TALLIES, statements.TABLE, "unit"})
    actions: SurveyActions

    def __init__(self, actions: SurveyActions, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(actions, session, parent)
        self.rounds_model = RoundsModel(self)
        self.tally_model = TallyModel(self)
        self.results_model = ResultsModel(self)
        self.compare_model = CompareModel(self)
        self.statements_model = StatementsModel(self)
        body, layout = scrolled_body(self)

        self.rounds_box = QGroupBox(body)
        self.rounds_view = record_table(self.rounds_model, self.rounds_box, fit_rows=True)
        box = QVBoxLayout(self.rounds_box)
        box.addWidget(self.rounds_view)
        row, round_buttons = button_row([actions.new_round, actions.edit_round, actions.remove_round,
                                       actions.print_questionnaire, actions.save_results], self.rounds_box)
        box.addLayout(row)
        layout.addWidget(self.rounds_box)

        self.tally_box = QGroupBox(body)
        self.tally_hint = QLabel(self.tally_box, wordWrap=True)
        self.tally_error = QLabel(self.tally_box, wordWrap=True, objectName="tally_error")
        self.tally_error.setStyleSheet(ERROR_STYLE)
        self.tally_error.hide()
        self.tally_view = TallyView(self.tally_model, self.tally_box)
        self.tally_view.setMinimumHeight(260)
        box = QVBoxLayout(self.tally_box)
        for widget in (self.tally_hint, self.tally_error, self.tally_view):
            box.addWidget(widget)
        layout.addWidget(self.tally_box)

        self.results_box = QGroupBox(body)
        self.results_note = QLabel(self.results_box, wordWrap=True, objectName="results_note")
        self.results_view = record_table(self.results_model, self.results_box, fit_rows=True)
        self.results_view.setItemDelegate(BarDelegate(self.results_view))
        self.compare_label = QLabel(self.results_box)
        self.compare_with = QComboBox(self.results_box)
        self.compare_label.setBuddy(self.compare_with)
        self.compare_view = record_table(self.compare_model, self.results_box, fit_rows=True)
        self.compare_view.setItemDelegate(BarDelegate(self.compare_view))
        box = QVBoxLayout(self.results_box)
        box.addWidget(self.results_note)
        box.addWidget(self.results_view)
        pick = QHBoxLayout()
        pick.addWidget(self.compare_label)
        pick.addWidget(self.compare_with)
        pick.addStretch()
        box.addLayout(pick)
        box.addWidget(self.compare_view)
        layout.addWidget(self.results_box)

        self.statements_box = QGroupBox(body)
        self.statements_hint = QLabel(self.statements_box, wordWrap=True)
        self.statements_view = record_table(self.statements_model, self.statements_box, fit_rows=True)
        box = QVBoxLayout(self.statements_box)
        box.addWidget(self.statements_hint)
        box.addWidget(self.statements_view)
        row, statement_buttons = button_row([actions.add_statement, actions.reword_statement, actions.move_up,
                                           actions.move_down, actions.remove_statement], self.statements_box)
        box.addLayout(row)
        layout.addWidget(self.statements_box)
        layout.addStretch()
        chain = [self.rounds_view, *round_buttons, self.tally_view, self.results_view, self.compare_with,
                 self.compare_view, self.statements_view, *statement_buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.rounds_view.selectionModel().selectionChanged.connect(self._round_chosen)
        self.statements_view.selectionModel().selectionChanged.connect(self.update_actions)
        self.compare_with.currentIndexChanged.connect(self._show_comparison)
        self.rounds_view.doubleClicked.connect(actions.edit_round.trigger)
        self.statements_view.doubleClicked.connect(actions.reword_statement.trigger)
        self.tally_model.count_entered.connect(self.enter_count)
        actions.new_round.triggered.connect(lambda: self._open("RoundDialog", None))
        actions.edit_round.triggered.connect(self.edit_round)
        actions.remove_round.triggered.connect(self.remove_round)
        actions.print_questionnaire.triggered.connect(lambda: self.save_pdf("questionnaire"))
        actions.save_results.triggered.connect(lambda: self.save_pdf("survey"))
        actions.add_statement.triggered.connect(lambda: self._open("StatementDialog", None))
        actions.reword_statement.triggered.connect(self.reword_statement)
        actions.move_up.triggered.connect(lambda: self.move_statement(-1))
        actions.move_down.triggered.connect(lambda: self.move_statement(1))
        actions.remove_statement.triggered.connect(self.remove_statement)
        self.retranslate()

    # -- showing ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        ws = self.session.ws if self.session else None
        chosen = selected_id(self.rounds_view)
        chosen_statement = selected_id(self.statements_view)
        self.rounds_model.set_rows(rounds.list_rounds(ws) if ws else [])
        self.statements_model.set_rows(statements.list_statements(ws) if ws else [])
        select_id(self.rounds_view, chosen)
        select_id(self.statements_view, chosen_statement)
        self._show_round()

    def _round_chosen(self) -> None:
        self.tally_error.hide()
        self._show_round()

    def _show_round(self) -> None:
        the_round = self.selected_round()
        ws = self.session.ws if self.session else None
        self.tally_model.editable = bool(self.session and not self.session.read_only)
        if the_round is None or ws is None:
            self.tally_model.set_rows([], 0)
            self.results_model.set_rows([])
            self.results_note.clear()
            self._fill_compare_choices(None)
            self.update_actions()
            return
        self.tally_model.set_rows(rounds.round_statements(ws, the_round.id), the_round.returned)
        result = results.results(ws, the_round.id)
        self.results_model.set_rows(result.statements if result.tallied else [])
        notes = []
        if not result.tallied:
            notes.append(text(NOT_TALLIED))
        elif result.too_few:
            notes.append("⚠ " + text(INSIDE_ONLY, fewest=FEWEST))
        self.results_note.setText(" ".join(notes))
        self.results_note.setVisible(bool(notes))
        self._fill_compare_choices(the_round)
        self.update_actions()

    def _fill_compare_choices(self, the_round: Round | None) -> None:
        wanted = self.compare_with.currentData()
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        for other in self.rounds_model.rows:
            if the_round is not None and other.id != the_round.id:
                self.compare_with.addItem(other.name, other.id)
        # by default the round before the chosen one (the rounds are listed latest first)
        earlier = [r for r in self.rounds_model.rows if the_round and r.last_day <= the_round.last_day
                   and r.id != the_round.id]
        default = wanted if self.compare_with.findData(wanted) >= 0 else (earlier[0].id if earlier else None)
        if default is not None:
            self.compare_with.setCurrentIndex(self.compare_with.findData(default))
        self.compare_with.blockSignals(False)
        self._show_comparison()

    def _show_comparison(self) -> None:
        the_round, other_id = self.selected_round(), self.compare_with.currentData()
        ws = self.session.ws if self.session else None
        if ws is None or the_round is None or other_id is None:
            self.compare_model.set_rows([])
            return
        other = rounds.get_round(ws, other_id)
        earlier, later = sorted([the_round, other], key=lambda r: (r.last_day, r.id))
        self.compare_model.set_names(earlier.name, later.name)
        self.compare_model.set_rows(compare(results.results(ws, earlier.id), results.results(ws, later.id),
                                            current_lang()))

    def retranslate(self) -> None:
        self.rounds_box.setTitle(self.tr("Survey rounds"))
        self.rounds_view.setAccessibleName(self.tr("Survey rounds"))
        self.tally_box.setTitle(self.tr("Tally of the returned sheets"))
        self.tally_hint.setText(self.tr(
            "Count the crosses on the sheets that came back and type the totals: Tab moves across, Enter down, "
            "Ctrl+Tab leaves the grid. Only the totals are kept, never a sheet; throw the sheets away when done."))
        self.tally_view.setAccessibleName(self.tr("Tally"))
        self.results_box.setTitle(self.tr("Results"))
        self.results_view.setAccessibleName(self.tr("Results"))
        self.compare_label.setText(self.tr("&Compare with:"))
        self.compare_with.setAccessibleName(self.tr("Compare with round"))
        self.compare_view.setAccessibleName(self.tr("Comparison of two rounds"))
        self.statements_box.setTitle(self.tr("Statements for the next round"))
        self.statements_hint.setText(self.tr("A new round gets these statements and keeps them, so changes here "
                                             "never alter a round already made."))
        self.statements_view.setAccessibleName(self.tr("Statements for the next round"))
        for model in (self.rounds_model, self.tally_model, self.results_model, self.compare_model,
                      self.statements_model):
            model.refresh()
        self.reload()

    def update_actions(self) -> None:
        writable = self.session is not None and not self.session.read_only
        the_round = self.selected_round() is not None
        statement = selected_id(self.statements_view) is not None
        a = self.actions
        for action, enabled in [(a.new_round, True), (a.edit_round, the_round), (a.remove_round, the_round),
                                (a.add_statement, True), (a.reword_statement, statement), (a.move_up, statement),
                                (a.move_down, statement), (a.remove_statement, statement)]:
            action.setEnabled(writable and enabled)
        a.print_questionnaire.setEnabled(self.session is not None)
        a.save_results.setEnabled(the_round)

    # -- selection --------------------------------------------------------------------------------------------

    def selected_round(self) -> Round | None:
        wanted = selected_id(self.rounds_view)
        return next((r for r in self.rounds_model.rows if r.id == wanted), None)

    def select_round(self, name: str) -> None:
        found = next((i for i, r in enumerate(self.rounds_model.rows) if r.name == name), None)
        if found is not None:
            self.rounds_view.selectRow(found)

    # -- editing ----------------------------------------------------------------------------------------------

    def _open(self, dialog_name: Literal["RoundDialog", "StatementDialog"], subject: object) -> None:
        if self.session is None:
            return
        from peerdesk.gui.survey import dialogs

        dialog = getattr(dialogs, dialog_name)(self.session, subject, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def enter_count(self, statement_id: int, answer: str, typed: str) -> None:
        """A count typed in the grid: saved as one undo step, or refused with the reason above the grid (the cell
        goes back to the saved count; the message says what was typed)."""
        if self.session is None:
            return
        try:
            self.session.run(op(rounds.set_tally, statement_id=statement_id, counts={answer: typed},
                                lang=current_lang()))
        except PeerDeskError as err:
            self.tally_error.setText("⚠ " + error_text(err))
            self.tally_error.show()
            self.tally_view.setAccessibleDescription(error_text(err))
            self.show_status("⚠ " + error_text(err))
            return
        self.tally_error.hide()
        self.tally_view.setAccessibleDescription("")

    def edit_round(self) -> None:
        the_round = self.selected_round()
        if the_round:
            self._open("RoundDialog", the_round)

    def remove_round(self) -> None:
        the_round = self.selected_round()
        if the_round is None or self.session is None:
            return
        try:
            self.session.run(op(rounds.remove_round, round_id=the_round.id))
        except PeerDeskError as err:
            show_error(self, err)
            return
        self.show_status(arg(self.tr("Removed %1. Undo with Ctrl+Z."), the_round.name))

    def _selected_statement(self) -> statements.Statement | None:
        wanted = selected_id(self.statements_view)
        return next((s for s in self.statements_model.rows if s.id == wanted), None)

    def reword_statement(self) -> None:
        statement = self._selected_statement()
        if statement:
            self._open("StatementDialog", statement)

    def move_statement(self, steps: int) -> None:
        statement = self._selected_statement()
        if statement and self.session:
            try:
                self.session.run(op(statements.move_statement, statement_id=statement.id, steps=steps))
            except PeerDeskError as err:
                show_error(self, err)

    def remove_statement(self) -> None:
        statement = self._selected_statement()
        if statement and self.session:
            try:
                self.session.run(op(statements.remove_statement, statement_id=statement.id))
            except PeerDeskError as err:
                show_error(self, err)

    # -- printing ---------------------------------------------------------------------------------------------

    def save_pdf(self, kind: Literal["questionnaire", "survey"]) -> None:
        """The selected round's questionnaire (without a round: the statements for the next round) or results."""
        from peerdesk.reports import kinds

        if self.session is None:
            return
        the_round = self.selected_round()
        if kind == "survey" and the_round is None:
            return
        title = self.tr("Save questionnaire as PDF") if kind == "questionnaire" else self.tr("Save results as PDF")
        stem = (self.tr("questionnaire") if kind == "questionnaire" else self.tr("survey results"))
        default = f"{stem} {the_round.name}.pdf" if the_round else f"{stem}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / default), self.tr("PDF (*.pdf)"))
        if not name:
            return
        start = the_round.first_day if the_round else None
        end = the_round.last_day if the_round else None
        request = kinds.Request(kind, start or dt.date.today(), end or dt.date.today(), current_lang(),
                                round=the_round.name if the_round else None)
        try:
            kinds.make(self.session.ws, request, Path(name), QCoreApplication.translate)
        except PeerDeskError as err:
            show_error(self, err)
            return
        except OSError as err:
            self.show_status("⚠ " + str(err))
            return
        self.show_status(arg(self.tr("Saved %1."), name))
