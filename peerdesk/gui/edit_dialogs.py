"""The editing dialogs: unit, person, placement and renewal decision. Each save is one undoable edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QRadioButton, QWidget

from peerdesk import people
from peerdesk.gui import edits
from peerdesk.gui.formdialog import FormDialog
from peerdesk.gui.forms import (
    PLANNED_END_DATE,
    START_DATE,
    child,
    fill_choices,
    one_year_after,
    read_date,
    retranslate_choices,
    select_data,
)
from peerdesk.gui.session import Session
from peerdesk.gui.translation import arg
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.people import ROLES, UNIT_KINDS, Person, Unit
from peerdesk.placements import Placement

DECIDED_ON = QT_TRANSLATE_NOOP("Field", "Decided on")
RENEWED_UNTIL = QT_TRANSLATE_NOOP("Field", "Renewed until")
ENDED_ON = QT_TRANSLATE_NOOP("Field", "Ended on")


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
        edits.set_unit(self.session, self.unit, self.name.text(), self.kind.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit unit"))
        retranslate_choices(self.kind, UNIT_KINDS)


class PersonDialog(FormDialog):
    """Add a person (person=None) or edit one."""

    def __init__(self, session: Session, person: Person | None, parent: QWidget) -> None:
        super().__init__("person_form", parent)
        self.session, self.person = session, person
        self.name = child(self.form, QLineEdit, "name")
        self.role = child(self.form, QComboBox, "role")
        fill_choices(self.role, ROLES)
        if person:
            self.name.setText(person.name)
            select_data(self.role, person.role)
        self.retranslate()

    def save(self) -> None:
        if self.person is None:
            edits.add_person(self.session, self.name.text(), self.role.currentData())
        else:
            edits.update_person(self.session, self.person, self.name.text(), self.role.currentData())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add person") if self.person is None else self.tr("Edit person"))
        retranslate_choices(self.role, ROLES)


class PlacementDialog(FormDialog):
    """Add a placement (placement=None), e.g. for a second peer supporter, or edit one (e.g. its planned end)."""

    def __init__(self, session: Session, placement: Placement | None, parent: QWidget) -> None:
        super().__init__("placement_form", parent)
        self.session, self.placement = session, placement
        everyone = people.list_people(session.ws)
        self.supporter = child(self.form, QComboBox, "peer_supporter")
        self.supervisor = child(self.form, QComboBox, "supervisor")
        self.employer = child(self.form, QLineEdit, "employer")
        for person in everyone:
            if person.role == "peer_supporter":
                self.supporter.addItem(person.name, person.id)
        self.supervisor.addItem("", None)  # the "(none)" entry, labelled in retranslate
        for person in everyone:
            if person.role == "supervisor":
                self.supervisor.addItem(person.name, person.id)
        start = dt.date.today()
        if placement:
            select_data(self.supporter, placement.peer_supporter_id)
            select_data(self.supervisor, placement.supervisor_id)
            self.employer.setText(placement.employer)
            start, end = placement.start_date, placement.planned_end_date
        else:
            end = one_year_after(start)
            self.hint.show()
        child(self.form, QLineEdit, "start_date").setText(start.isoformat())
        child(self.form, QLineEdit, "planned_end_date").setText(end.isoformat())
        self.retranslate()

    def save(self) -> None:
        values = {
            "peer_supporter_id": self.supporter.currentData(), "employer": self.employer.text(),
            "supervisor_id": self.supervisor.currentData(),
            "start_date": read_date(self.form, "start_date", START_DATE),
            "planned_end_date": read_date(self.form, "planned_end_date", PLANNED_END_DATE)}
        if values["peer_supporter_id"] is None:
            # No peer supporter to choose: the hint says to add the person first.
            self.hint.show()
            self.supporter.setFocus()
            return
        if self.placement is None:
            edits.add_placement(self.session, **values)
        else:
            edits.update_placement(self.session, self.placement, **values)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add placement") if self.placement is None else self.tr("Edit placement"))
        self.supervisor.setItemText(0, self.tr("(none)"))
        self.hint.setText(self.tr("Is the peer supporter not in the list? Add them first with Edit › Add person…, "
                                  "with the role Peer supporter."))


class DecisionDialog(FormDialog):
    """Record a renewal decision: renewed until a new date, or ended on a date."""

    def __init__(self, session: Session, placement: Placement, parent: QWidget) -> None:
        super().__init__("decision_form", parent)
        self.session, self.placement = session, placement
        self.renewed = child(self.form, QRadioButton, "renewed")
        self.end_label = child(self.form, QLabel, "end_date_label")
        self.end_date = child(self.form, QLineEdit, "end_date")
        self._suggested = {True: one_year_after(placement.planned_end_date).isoformat(),
                           False: placement.planned_end_date.isoformat()}
        child(self.form, QLineEdit, "decided_on").setText(dt.date.today().isoformat())
        self.end_date.setText(self._suggested[True])
        child(self.form, QLineEdit, "decided_by").setText(session.ws.actor)
        if placement.decisions:
            child(self.form, QLineEdit, "funder").setText(placement.decisions[-1].funder)
        self.renewed.toggled.connect(self._outcome_changed)
        self.retranslate()

    def _outcome_changed(self, renewed: bool) -> None:
        if self.end_date.text() == self._suggested[not renewed]:  # untouched suggestion: follow the choice
            self.end_date.setText(self._suggested[renewed])
        self.retranslate()

    def save(self) -> None:
        renewed = self.renewed.isChecked()
        edits.record_decision(
            self.session, self.placement.id, outcome="renewed" if renewed else "ended",
            decided_on=read_date(self.form, "decided_on", DECIDED_ON),
            end_date=read_date(self.form, "end_date", RENEWED_UNTIL if renewed else ENDED_ON),
            funder=child(self.form, QLineEdit, "funder").text(),
            decided_by=child(self.form, QLineEdit, "decided_by").text())

    def retranslate(self) -> None:
        self.setWindowTitle(arg(self.tr("Renewal decision: %1"), self.placement.peer_supporter))
        renewed = self.renewed.isChecked()
        self.end_label.setText(self.tr("Renewed &until:") if renewed else self.tr("Ended &on:"))
        self.end_date.setAccessibleName(self.tr("Renewed until") if renewed else self.tr("Ended on"))
