"""The Overview's dialogs: unit, person, placement and renewal decision. Each save is one domain operation run
through the session: one undo step, none when nothing changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget

from peerdesk import people, placements
from peerdesk.changes import op
from peerdesk.errors import InvalidInput
from peerdesk.gui.formdialog import FormDialog
from peerdesk.gui.forms import (
    PLANNED_END_DATE,
    START_DATE,
    Suggestion,
    child,
    fill_choices,
    read_date,
    retranslate_choices,
    select_data,
)
from peerdesk.gui.session import Session
from peerdesk.gui.translation import arg
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import ROLES, UNIT_KINDS, Person, Unit
from peerdesk.placements import Decision, Placement, default_end_date

DECIDED_ON = QT_TRANSLATE_NOOP("Field", "Decided on")
RENEWED_UNTIL = QT_TRANSLATE_NOOP("Field", "Renewed until")
ENDED_ON = QT_TRANSLATE_NOOP("Field", "Ended on")
NO_SUPPORTER = QT_TRANSLATE_NOOP("PlacementDialog", "Choose the peer supporter (or add them with Add person…).")


class UnitDialog(FormDialog):
    def __init__(self, session: Session, unit: Unit, parent: QWidget) -> None:
        super().__init__("unit_form", parent)
        self.session, self.unit = session, unit
        self.name = child(self.form, QLineEdit, "unit_name")
        self.kind = child(self.form, QComboBox, "unit_kind")
        fill_choices(self.kind, UNIT_KINDS)
        self.name.setText(unit.name)
        select_data(self.kind, unit.kind)
        self.retranslate()

    def save(self) -> None:
        self.session.run(op(people.set_unit, name=self.name.text(), kind=self.kind.currentData()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit unit"))
        retranslate_choices(self.kind, UNIT_KINDS)


class PersonDialog(FormDialog):
    """Add a person (person=None) or edit one. `added` is the new person's id after an add was saved."""

    def __init__(self, session: Session, person: Person | None, parent: QWidget) -> None:
        super().__init__("person_form", parent)
        self.session, self.person = session, person
        self.added: int | None = None
        self.name = child(self.form, QLineEdit, "name")
        self.role = child(self.form, QComboBox, "role")
        fill_choices(self.role, ROLES)
        if person:
            self.name.setText(person.name)
            select_data(self.role, person.role)
        else:
            select_data(self.role, "peer_supporter")  # the person most often added; a unit has one manager
        self.retranslate()

    def save(self) -> None:
        values = {"name": self.name.text(), "role": self.role.currentData(), "confirmed": self.confirmed}
        if self.person is None:
            self.added = self.session.run(op(people.add_person, **values)).result
        else:
            self.session.run(op(people.update_person, person_id=self.person.id, **values))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add person") if self.person is None else self.tr("Edit person"))
        retranslate_choices(self.role, ROLES)


class PlacementDialog(FormDialog):
    """Add a placement (placement=None), e.g. for a second peer supporter, or edit one (e.g. its planned end).

    A peer supporter who is not in the workspace yet is added from here (Add person…), so nothing typed is lost.
    """

    def __init__(self, session: Session, placement: Placement | None, parent: QWidget) -> None:
        super().__init__("placement_form", parent)
        self.session, self.placement = session, placement
        self.supporter = child(self.form, QComboBox, "peer_supporter")
        self.supervisor = child(self.form, QComboBox, "supervisor")
        self.employer = child(self.form, QLineEdit, "employer")
        self.add_person = QPushButton(self.form, objectName="add_person")
        layout = self.form.layout()
        assert isinstance(layout, QFormLayout)
        layout.insertRow(1, "", self.add_person)  # right under the list it adds to
        self.add_person.clicked.connect(self._add_person)
        self._fill_people()
        start = dt.date.today()
        if placement:
            select_data(self.supporter, placement.peer_supporter_id)
            select_data(self.supervisor, placement.supervisor_id)
            self.employer.setText(placement.employer)
            start, end = placement.start_date, placement.planned_end_date
        else:
            end = default_end_date(start)
            self.hint.show()
        child(self.form, QLineEdit, "start_date").setText(start.isoformat())
        child(self.form, QLineEdit, "planned_end_date").setText(end.isoformat())
        self.retranslate()

    def _fill_people(self) -> None:
        """The choices, keeping what is chosen (after a person was added, the lists are filled again)."""
        chosen = self.supporter.currentData(), self.supervisor.currentData()
        self.supporter.clear()
        self.supervisor.clear()
        self.supervisor.addItem(self.tr("(none)"), None)
        for person in people.list_people(self.session.ws):
            if person.role == "peer_supporter":
                self.supporter.addItem(person.name, person.id)
            elif person.role == "supervisor":
                self.supervisor.addItem(person.name, person.id)
        current = self.placement.supervisor_id if self.placement else None
        if current is not None and self.supervisor.findData(current) < 0:
            # Named by the placement though no longer a supervisor here: still shown, so OK keeps them.
            self.supervisor.addItem(self.placement.supervisor, current)
        select_data(self.supporter, chosen[0])
        select_data(self.supervisor, chosen[1])

    def _add_person(self) -> None:
        """Add a person (a peer supporter unless changed) as its own undoable edit, and choose them."""
        dialog = PersonDialog(self.session, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None:
            self._fill_people()
            select_data(self.supporter, dialog.added)
            select_data(self.supervisor, dialog.added)

    def save(self) -> None:
        supporter = self.supporter.currentData()
        if supporter is None:
            raise InvalidInput(NO_SUPPORTER, field="peer_supporter")
        values = {
            "peer_supporter_id": supporter, "employer": self.employer.text(),
            "supervisor_id": self.supervisor.currentData(),
            "start_date": read_date(self.form, "start_date", START_DATE),
            "planned_end_date": read_date(self.form, "planned_end_date", PLANNED_END_DATE)}
        if self.placement is None:
            self.session.run(op(placements.add_placement, **values))
        else:
            self.session.run(op(placements.update_placement, placement_id=self.placement.id, **values))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add placement") if self.placement is None else self.tr("Edit placement"))
        self.supervisor.setItemText(0, self.tr("(none)"))
        self.add_person.setText(self.tr("&Add person…"))
        self.add_person.setToolTip(self.tr("Add someone to the workspace and choose them here"))
        self.hint.setText(self.tr("Is the peer supporter not in the list? Add them with Add person…: they are "
                                  "chosen here at once, and what you typed stays."))


class DecisionDialog(FormDialog):
    """Record a renewal decision (renewed until a new date, or ended on a date), or correct the latest one."""

    def __init__(self, session: Session, placement: Placement, parent: QWidget,
                 correcting: Decision | None = None) -> None:
        super().__init__("decision_form", parent)
        self.session, self.placement, self.correcting = session, placement, correcting
        self.renewed = child(self.form, QRadioButton, "renewed")
        self.end_label = child(self.form, QLabel, "end_date_label")
        self.end_date = child(self.form, QLineEdit, "end_date")
        base = correcting.previous_end_date if correcting else placement.planned_end_date
        self._suggested = {True: default_end_date(base).isoformat(), False: base.isoformat()}
        decided_on, decided_by = dt.date.today(), session.ws.actor
        funder = placement.decisions[-1].funder if placement.decisions else ""
        if correcting:
            decided_on, decided_by, funder = correcting.decided_on, correcting.decided_by, correcting.funder
            child(self.form, QRadioButton, "ended").setChecked(correcting.outcome == "ended")
            self._suggested[correcting.outcome == "renewed"] = correcting.end_date.isoformat()
        child(self.form, QLineEdit, "decided_on").setText(decided_on.isoformat())
        self._end = Suggestion(self.end_date, self._suggested[self.renewed.isChecked()])
        child(self.form, QLineEdit, "decided_by").setText(decided_by)
        child(self.form, QLineEdit, "funder").setText(funder)
        self.renewed.toggled.connect(self._outcome_changed)
        self.retranslate()

    def _outcome_changed(self, renewed: bool) -> None:
        self._end.follow(self._suggested[renewed])
        self.retranslate()

    def save(self) -> None:
        renewed = self.renewed.isChecked()
        values = {"outcome": "renewed" if renewed else "ended",
                  "decided_on": read_date(self.form, "decided_on", DECIDED_ON),
                  "end_date": read_date(self.form, "end_date", RENEWED_UNTIL if renewed else ENDED_ON),
                  "funder": child(self.form, QLineEdit, "funder").text(),
                  "decided_by": child(self.form, QLineEdit, "decided_by").text()}
        if self.correcting:
            self.session.run(op(placements.correct_decision, decision_id=self.correcting.id, **values))
        else:
            self.session.run(op(placements.record_decision, placement_id=self.placement.id, **values))

    def retranslate(self) -> None:
        title = self.tr("Correct renewal decision: %1") if self.correcting else self.tr("Renewal decision: %1")
        self.setWindowTitle(arg(title, self.placement.peer_supporter))
        renewed = self.renewed.isChecked()
        self.end_label.setText(self.tr("Renewed &until:") if renewed else self.tr("Ended &on:"))
        self.end_date.setAccessibleName(self.tr("Renewed until") if renewed else self.tr("Ended on"))
