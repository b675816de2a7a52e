"""The job description's dialogs. Ordinary edits (titles, tasks, the review date) are one undo step each; saving a
revision, approving, withdrawing an approval and PINs are deliberate acts, run with `Session.commit` (no undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.changes import Op, op
from peerdesk.dates import parse_date
from peerdesk.errors import InvalidInput
from peerdesk.gui.formdialog import FormDialog
from peerdesk.gui.forms import child
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Retranslating, arg, current_lang, text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.jobdesc import draft, pins, revisions
from peerdesk.jobdesc.content import Task
from peerdesk.jobdesc.revisions import Revision
from peerdesk.people import ROLES, list_people

REVIEW_ON = QT_TRANSLATE_NOOP("Field", "Next review on")
NO_ONE = QT_TRANSLATE_NOOP("JobDescPage", "Choose who approves.")


def _form_row(dialog: FormDialog, name: str) -> int:
    layout = dialog.form.layout()
    assert isinstance(layout, QFormLayout)
    return layout.getWidgetPosition(child(dialog.form, QWidget, name))[0]


def _show_row(dialog: FormDialog, name: str, shown: bool) -> None:
    layout = dialog.form.layout()
    assert isinstance(layout, QFormLayout)
    layout.setRowVisible(_form_row(dialog, name), shown)


class TitleDialog(FormDialog):
    """Add or rename a section (of the draft or of the template): `make` turns the title typed into the edit."""

    def __init__(self, session: Session, parent: QWidget, heading: Callable[[], str], title: str,
                 make: Callable[[str], Op]) -> None:
        super().__init__("jd_title_form", parent)
        self.session, self._heading, self._make = session, heading, make
        self.title = child(self.form, QLineEdit, "title")
        self.title.setText(title)
        self.retranslate()

    def save(self) -> None:
        self.session.run(self._make(self.title.text()))

    def retranslate(self) -> None:
        self.setWindowTitle(self._heading())


class ReviewDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget, jd: draft.JobDescription) -> None:
        super().__init__("jd_review_form", parent)
        self.session, self.jd = session, jd
        self.review_on = child(self.form, QLineEdit, "review_on")
        self.review_on.setText(jd.review_on.isoformat() if jd.review_on else "")
        self.hint.show()
        self.retranslate()

    def save(self) -> None:
        day = parse_date(self.review_on.text(), REVIEW_ON, "review_on")
        self.session.run(op(draft.set_review_date, jd_id=self.jd.id, day=day))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Next review of the job description"))
        self.hint.setText(self.tr("When a revision is approved by both, the next review is set six months later; "
                                  "change it here if you agreed on another date."))


class SaveRevisionDialog(FormDialog):
    """The draft as the next numbered revision: a required summary and who took part in this round."""

    def __init__(self, session: Session, parent: QWidget, jd_id: int, number: int) -> None:
        super().__init__("jd_revision_form", parent)
        self.session, self.jd_id, self.number = session, jd_id, number
        self.summary = child(self.form, QLineEdit, "summary")
        self.took_part = QGroupBox(self.form, objectName="participants")
        box = QVBoxLayout(self.took_part)
        self.people: list[tuple[QCheckBox, int]] = []
        for person in list_people(session.ws):
            if person.role not in revisions.PARTICIPANT_ROLES:
                continue
            tick = QCheckBox(f"{person.name} ({text(ROLES[person.role]).lower()})", self.took_part)
            tick.setChecked(person.name == session.ws.actor)
            box.addWidget(tick)
            self.people.append((tick, person.id))
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        layout.addRow(self.took_part)
        self.hint.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("save_revision")
        self.retranslate()

    def save(self) -> None:
        self.session.commit(op(revisions.save_revision, jd_id=self.jd_id, summary=self.summary.text(),
                               participant_ids=[pid for tick, pid in self.people if tick.isChecked()]))

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Save revision %1"), self.number))
        self.took_part.setTitle(self.tr("Took part in this round"))
        self.hint.setText(self.tr("A saved revision never changes and is not undone with Ctrl+Z. The unit manager "
                                  "and the peer supporter then approve it."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save revision"))


class ApproveDialog(FormDialog):
    """Approve the latest revision as oneself, or (`withdrawing`) take one's approval back; a PIN when one is set."""

    def __init__(self, session: Session, parent: QWidget, jd_id: int, revision: Revision, *,
                 withdrawing: bool = False) -> None:
        super().__init__("jd_approve_form", parent)
        self.session, self.jd_id, self.revision, self.withdrawing = session, jd_id, revision, withdrawing
        self.person = child(self.form, QComboBox, "person")
        self.pin = child(self.form, QLineEdit, "pin")
        if withdrawing:
            for a in revision.approvals:
                if not a.withdrawn:
                    self.person.addItem(f"{a.person_name} ({text(ROLES[a.role]).lower()})", (a.person_id, a.id))
        else:
            for person_id, name, role in revisions.signers(session.ws, jd_id):
                if revision.approval(role) is None:
                    self.person.addItem(f"{name} ({text(ROLES[role]).lower()})", (person_id, None))
        for i in range(self.person.count()):  # whoever is acting is most likely the one approving
            if self.person.itemText(i).startswith(session.ws.actor + " ("):
                self.person.setCurrentIndex(i)
        self.person.currentIndexChanged.connect(self._chosen)
        self.hint.show()
        self._chosen()
        self.retranslate()

    def _chosen(self) -> None:
        data = self.person.currentData()
        _show_row(self, "pin", bool(data) and pins.has_pin(self.session.ws, data[0]))
        self.pin.clear()
        self.retranslate()

    def save(self) -> None:
        data = self.person.currentData()
        if not data:
            raise InvalidInput(NO_ONE, field="person")
        pin = self.pin.text() or None
        if self.withdrawing:
            self.session.commit(op(revisions.withdraw_approval, approval_id=data[1], pin=pin))
        else:
            self.session.commit(op(revisions.approve, revision_id=self.revision.id, person_id=data[0], pin=pin))

    def retranslate(self) -> None:
        number, name = self.revision.number, self.person.currentText().split(" (")[0]
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.withdrawing:
            self.setWindowTitle(arg(self.tr("Withdraw approval of revision %1"), number))
            self.hint.setText(self.tr("An approval can be withdrawn until the other party has approved too. It "
                                      "stays in the history, marked as withdrawn."))
            ok.setText(self.tr("&Withdraw approval"))
        else:
            self.setWindowTitle(arg(self.tr("Approve revision %1"), number))
            hint = arg(self.tr("%1 approves revision %2 exactly as it stands. Approving cannot be undone with Ctrl+Z; "
                               "a later change makes a new draft that needs new approval."), name, number)
            data = self.person.currentData()
            if data and not pins.has_pin(self.session.ws, data[0]):
                hint += " " + arg(self.tr("%1 has no PIN, so anyone at this computer could approve in that name: "
                                          "set one with Edit › Job description › Set my PIN…."), name)
            self.hint.setText(hint)
            ok.setText(self.tr("&Approve"))


class PinDialog(FormDialog):
    """Set one's own PIN (the current one is asked for when there is one), or (`resetting`) a unit manager removes a
    forgotten one."""

    def __init__(self, session: Session, parent: QWidget, *, resetting: bool = False) -> None:
        super().__init__("jd_pin_form", parent)
        self.session, self.resetting = session, resetting
        self.person = child(self.form, QComboBox, "person")
        self.manager = child(self.form, QComboBox, "manager")
        everyone = list_people(session.ws)
        for person in everyone:
            if person.role in revisions.SIGNERS:
                self.person.addItem(person.name, person.id)
            if person.role == "unit_manager":
                self.manager.addItem(person.name, person.id)
        for combo in (self.person, self.manager):
            index = combo.findText(session.ws.actor)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.person.currentIndexChanged.connect(self._chosen)
        self.manager.currentIndexChanged.connect(self._chosen)
        self._chosen()
        self.retranslate()

    def _chosen(self) -> None:
        ws = self.session.ws
        person, manager = self.person.currentData(), self.manager.currentData()
        _show_row(self, "old_pin", not self.resetting and person is not None and pins.has_pin(ws, person))
        _show_row(self, "new_pin", not self.resetting)
        _show_row(self, "manager", self.resetting)
        _show_row(self, "manager_pin", self.resetting and manager is not None and pins.has_pin(ws, manager))

    def save(self) -> None:
        person = self.person.currentData()
        if person is None:
            raise InvalidInput(NO_ONE, field="person")
        value = child(self.form, QLineEdit, "old_pin").text() or None
        if self.resetting:
            self.session.commit(op(pins.reset_pin, person_id=person, manager_id=self.manager.currentData(),
                                   manager_pin=child(self.form, QLineEdit, "manager_pin").text() or None))
        else:
            self.session.commit(op(pins.set_pin, person_id=person,
                                   new_pin=child(self.form, QLineEdit, "new_pin").text(), old_pin=value))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset a forgotten PIN") if self.resetting else self.tr("Set my PIN"))


class TaskDialog(FormDialog):
    """Add a task (task=None) or change one: its text and the activity types it covers."""

    def __init__(self, session: Session, parent: QWidget, section_id: int, task: Task | None) -> None:
        super().__init__("jd_task_form", parent)
        self.session, self.section_id, self.task = session, section_id, task
        self.text = child(self.form, QLineEdit, "task")
        self.types = child(self.form, QListWidget, "activity_types")
        for key, item in draft.activity_types().items():
            entry = QListWidgetItem(item.label(current_lang()), self.types)
            entry.setData(Qt.ItemDataRole.UserRole, key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if task and key in task.activity_types
                                else Qt.CheckState.Unchecked)
        if task:
            self.text.setText(task.text)
        self.retranslate()

    def chosen_types(self) -> list[str]:
        return [self.types.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.types.count())
                if self.types.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        if self.task is None:
            self.session.run(op(draft.add_tasks, section_id=self.section_id,
                                new=[(self.text.text(), self.chosen_types(), None)]))
        else:
            self.session.run(op(draft.update_task, section_id=self.section_id, task_id=self.task.id,
                                text=self.text.text(), types=self.chosen_types()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add task") if self.task is None else self.tr("Edit task"))
        for i, item in enumerate(draft.activity_types().values()):
            self.types.item(i).setText(item.label(current_lang()))


class SuggestionsDialog(Retranslating, QDialog):
    """The typical tasks of a peer supporter: the ones ticked are added (one undo step), to adapt afterwards."""

    def __init__(self, session: Session, parent: QWidget, section_id: int, have: set[str]) -> None:
        super().__init__(parent)
        self.session, self.section_id = session, section_id
        self.label = QLabel(self, wordWrap=True)
        self.list = QListWidget(self, objectName="suggestions")
        self.label.setBuddy(self.list)
        for s in draft.suggestions(current_lang()):
            entry = QListWidgetItem(s.text, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, s)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            if s.key in have:  # already in the list
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 460)
        self.retranslate()

    def picked(self) -> list[draft.Suggestion]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        chosen = self.picked()
        if chosen:
            self.session.run(op(draft.add_tasks, section_id=self.section_id,
                                new=[(s.text, s.activity_types, s.key) for s in chosen]))
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Typical tasks of a peer supporter"))
        self.label.setText(self.tr("&Tick the tasks to add; change their wording afterwards with Edit task…. "
                                   "Greyed-out ones are in the list already."))


class ConflictDialog(Retranslating, QDialog):
    """The draft changed underneath this editor: both texts side by side, the left one editable to merge by hand."""

    MINE, THEIRS = 1, 2

    def __init__(self, parent: QWidget, title: str, mine: str, theirs: str) -> None:
        super().__init__(parent)
        self.section_title = title
        self.choice = 0
        self.message = QLabel(self, wordWrap=True)
        self.mine_label, self.theirs_label = QLabel(self), QLabel(self)
        self.mine = QPlainTextEdit(mine, self, objectName="mine")
        self.theirs = QPlainTextEdit(theirs, self, objectName="theirs", readOnly=True)
        self.mine_label.setBuddy(self.mine)
        self.theirs_label.setBuddy(self.theirs)
        self.keep = QPushButton(self, objectName="keep_mine")
        self.take = QPushButton(self, objectName="take_theirs")
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep.clicked.connect(lambda: self._done(self.MINE))
        self.take.clicked.connect(lambda: self._done(self.THEIRS))
        self.buttons.rejected.connect(self.reject)
        sides = QHBoxLayout()
        for label, edit in ((self.mine_label, self.mine), (self.theirs_label, self.theirs)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(edit)
            sides.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(sides, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate()

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("The draft changed elsewhere: %1"), self.section_title))
        self.message.setText(self.tr(
            "While you were typing, this section was changed elsewhere (another computer took the workspace over, "
            "or a backup was restored). Nothing was overwritten. Merge the texts on the left by hand and save them, "
            "or use the saved text."))
        self.mine_label.setText(self.tr("&Your text (Markdown, editable):"))
        self.theirs_label.setText(self.tr("Saved &meanwhile:"))
        self.keep.setText(self.tr("&Save the text on the left"))
        self.take.setText(self.tr("&Use the saved text"))
