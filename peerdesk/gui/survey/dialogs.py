"""The survey's dialogs: a round (new, or changed) and a statement for the next round. Each save is one domain
operation through the session: one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from peerdesk.changes import op
from peerdesk.gui.formdialog import FormDialog
from peerdesk.gui.forms import child
from peerdesk.gui.session import Session
from peerdesk.gui.translation import current_lang
from peerdesk.survey import rounds, statements
from peerdesk.survey.rounds import Round
from peerdesk.survey.statements import Statement


class RoundDialog(FormDialog):
    """A new round (the_round=None: it copies the statements for the next round) or a round's details changed."""

    def __init__(self, session: Session, the_round: Round | None, parent: QWidget) -> None:
        super().__init__("survey_round_form", parent)
        self.session, self.round = session, the_round
        self.fields = {name: child(self.form, QLineEdit, name)
                       for name in ("name", "first_day", "last_day", "place", "handed_out", "returned")}
        today = dt.date.today()
        values = ({"name": "", "first_day": today.isoformat(), "last_day": (today + dt.timedelta(days=20)).isoformat(),
                   "place": "", "handed_out": "", "returned": "0"} if the_round is None else
                  {"name": the_round.name, "first_day": the_round.first_day.isoformat(),
                   "last_day": the_round.last_day.isoformat(), "place": the_round.place,
                   "handed_out": str(the_round.handed_out), "returned": str(the_round.returned)})
        for name, value in values.items():
            self.fields[name].setText(value)
        self.retranslate()

    def save(self) -> None:
        values = {name: edit.text() for name, edit in self.fields.items()}
        values["handed_out"] = values["handed_out"] or "0"
        values["returned"] = values["returned"] or "0"
        if self.round is None:
            self.session.run(op(rounds.add_round, **values))
        else:
            self.session.run(op(rounds.edit_round, round_id=self.round.id, lang=current_lang(), **values))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New survey round") if self.round is None else self.tr("Edit survey round"))
        if self.round is None:
            self.hint.setText(self.tr("The round gets the statements for the next round as they are now, and keeps "
                                      "them. Sheets that came back can be entered now or later."))
            self.hint.show()


class StatementDialog(FormDialog):
    """A statement for the next round: a new one (statement=None) or one reworded."""

    def __init__(self, session: Session, statement: Statement | None, parent: QWidget) -> None:
        super().__init__("survey_statement_form", parent)
        self.session, self.statement = session, statement
        self.text = child(self.form, QLineEdit, "text")
        self.text.setMaxLength(statements.MAX_TEXT)
        if statement:
            self.text.setText(statement.wording(current_lang()))
        self.retranslate()

    def save(self) -> None:
        if self.statement is None:
            self.session.run(op(statements.add_statement, text=self.text.text()))
        else:
            self.session.run(op(statements.reword_statement, statement_id=self.statement.id, text=self.text.text(),
                                lang=current_lang()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add statement") if self.statement is None else self.tr("Reword statement"))
        self.hint.setText(self.tr("Write one short sentence in everyday words, as the person filling in the sheet "
                                  "would say it (“I …”). Rounds already made keep their own statements."))
        self.hint.show()
