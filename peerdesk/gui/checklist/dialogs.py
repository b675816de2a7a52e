"""The checklist's dialogs: an item (the unit's own, or reworded), an answer to a decision, and a note (the reason
an item is not applicable, or a comment). Each save is one domain operation through the session: one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from peerdesk.changes import op
from peerdesk.checklist import items as checklist
from peerdesk.checklist.builtin import OWNERS, PHASES
from peerdesk.checklist.items import Item
from peerdesk.gui.formdialog import FormDialog
from peerdesk.gui.forms import child, fill_choices, retranslate_choices, select_data
from peerdesk.gui.session import Session
from peerdesk.gui.translation import arg, current_lang


class ItemDialog(FormDialog):
    """Add the unit's own item (item=None, to `placement_id`) or change one: wording, why, phase, owner, due date."""

    def __init__(self, session: Session, item: Item | None, parent: QWidget, *, placement_id: int | None = None,
                 phase: str | None = None) -> None:
        super().__init__("checklist_item_form", parent)
        self.session, self.item, self.placement_id = session, item, placement_id
        self.label = child(self.form, QLineEdit, "label")
        self.help = child(self.form, QPlainTextEdit, "help")
        self.phase = child(self.form, QComboBox, "phase")
        self.owner = child(self.form, QComboBox, "owner")
        self.due = child(self.form, QLineEdit, "due_date")
        fill_choices(self.phase, PHASES)
        fill_choices(self.owner, OWNERS)
        if item:
            lang = current_lang()
            self.label.setText(item.title(lang))
            self.help.setPlainText(item.help_text(lang))
            select_data(self.phase, item.phase)
            select_data(self.owner, item.owner)
            self.due.setText(item.due_date.isoformat())
        else:
            select_data(self.phase, phase or "first_weeks")
            self.due.setText(dt.date.today().isoformat())
        self.retranslate()

    def save(self) -> None:
        values = {"label": self.label.text(), "help": self.help.toPlainText(), "phase": self.phase.currentData(),
                  "owner": self.owner.currentData(), "due": self.due.text()}
        if self.item is None:
            self.session.run(op(checklist.add_item, placement_id=self.placement_id, **values))
        else:
            self.session.run(op(checklist.edit_item, item_id=self.item.id, **values))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add the unit's own item") if self.item is None else self.tr("Change item"))
        retranslate_choices(self.phase, PHASES)
        retranslate_choices(self.owner, OWNERS)
        if self.item is not None and self.item.key:
            self.hint.setText(self.tr("The change applies to this placement only. Keep the checklist as the "
                                      "workspace's template to use it for the next placement too."))
            self.hint.show()


class AnswerDialog(FormDialog):
    """Answer a decision: one of its choices (if it has any) and details in words."""

    def __init__(self, session: Session, item: Item, parent: QWidget) -> None:
        super().__init__("checklist_answer_form", parent)
        self.session, self.item = session, item
        self.question = child(self.form, QLabel, "question")
        self.choice = child(self.form, QComboBox, "answer_choice")
        self.details = child(self.form, QLineEdit, "answer")
        self.choice.addItem("", None)
        for key, words in item.choices(current_lang()).items():
            self.choice.addItem(words, key)
        has_choices = self.choice.count() > 1
        self.choice.setVisible(has_choices)
        child(self.form, QLabel, "answer_choice_label").setVisible(has_choices)
        select_data(self.choice, item.answer_choice)
        self.details.setText(item.answer)
        self.retranslate()

    def save(self) -> None:
        self.session.run(op(checklist.answer, item_id=self.item.id, choice_key=self.choice.currentData(),
                            details=self.details.text()))

    def retranslate(self) -> None:
        lang = current_lang()
        self.setWindowTitle(self.tr("Answer"))
        self.question.setText(self.item.title(lang))
        # Without choices the words are the answer itself.
        child(self.form, QLabel, "answer_label").setText(self.tr("&Details:") if self.choice.count() > 1
                                                         else self.tr("&Answer:"))
        self.choice.setItemText(0, self.tr("(not decided)"))
        for i, words in enumerate(self.item.choices(lang).values(), 1):
            self.choice.setItemText(i, words)


class NoteDialog(FormDialog):
    """The reason an item is not applicable (`kind` "reason", required), or a comment for its history."""

    def __init__(self, session: Session, item: Item, parent: QWidget, *, kind: str) -> None:
        super().__init__("checklist_note_form", parent)
        self.session, self.item, self.kind = session, item, kind
        self.question = child(self.form, QLabel, "question")
        self.note_label = child(self.form, QLabel, "note_label")
        self.note = child(self.form, QPlainTextEdit, "note")
        self.note.setObjectName(kind)  # errors show under the field they name
        if kind == "reason" and item.state == "na":
            self.note.setPlainText(item.na_reason)
        self.retranslate()

    def save(self) -> None:
        if self.kind == "reason":
            self.session.run(op(checklist.not_applicable, item_id=self.item.id, reason=self.note.toPlainText()))
        else:
            self.session.run(op(checklist.comment, item_id=self.item.id, text=self.note.toPlainText()))

    def retranslate(self) -> None:
        title = self.item.title(current_lang())
        if self.kind == "reason":
            self.setWindowTitle(self.tr("Not applicable"))
            self.question.setText(arg(self.tr("Why does “%1” not apply to this placement?"), title))
            self.note_label.setText(self.tr("&Reason:"))
            self.note.setAccessibleName(self.tr("Reason"))
        else:
            self.setWindowTitle(self.tr("Comment"))
            self.question.setText(title)
            self.note_label.setText(self.tr("&Comment:"))
            self.note.setAccessibleName(self.tr("Comment"))
