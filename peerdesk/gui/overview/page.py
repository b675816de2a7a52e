"""The Overview: the unit, its placements with days since start and days left, their renewal history, the people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise
from typing import Literal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from peerdesk import people, placements
from peerdesk.changes import Op, op
from peerdesk.errors import NeedsConfirmation, PeerDeskError
from peerdesk.gui.checklist.panel import ChecklistPanel
from peerdesk.gui.jobdesc.reminders import SHOWS as JOBDESC_SHOWS
from peerdesk.gui.jobdesc.reminders import JobDescReminders
from peerdesk.gui.messages import confirm, show_error
from peerdesk.gui.overview.actions import OverviewActions
from peerdesk.gui.overview.models import DecisionsModel, PeopleModel, PlacementsModel
from peerdesk.gui.page import Page, action_button, button_row, scrolled_body
from peerdesk.gui.session import Session
from peerdesk.gui.tables import record_table, select_id, selected_id
from peerdesk.gui.translation import arg, text
from peerdesk.people import UNIT_KINDS, Person
from peerdesk.placements import Placement


class OverviewPage(Page):
    SHOWS = frozenset({"unit", "people", "placements", "decisions"}) | ChecklistPanel.SHOWS | JOBDESC_SHOWS
    actions: OverviewActions

    def __init__(self, actions: OverviewActions, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(actions, session, parent)
        self.people_model = PeopleModel(self)
        self.placements_model = PlacementsModel(self)
        self.decisions_model = DecisionsModel(self)
        body, layout = scrolled_body(self)

        self.unit_name = QLabel(body, objectName="unit_name")
        font = QFont(self.unit_name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.unit_name.setFont(font)
        self.unit_kind = QLabel(body, objectName="unit_kind")
        heading = QHBoxLayout()
        heading.addWidget(self.unit_name)
        heading.addStretch()
        edit_unit = action_button(actions.edit_unit, body)
        heading.addWidget(edit_unit)
        layout.addLayout(heading)
        layout.addWidget(self.unit_kind)

        self.placements_box = QGroupBox(body)
        self.placements_view = record_table(self.placements_model, self.placements_box, fit_rows=True)
        self.decisions_label = QLabel(self.placements_box)
        self.decisions_view = record_table(self.decisions_model, self.placements_box, fit_rows=True)
        self.decisions_label.setBuddy(self.decisions_view)
        box = QVBoxLayout(self.placements_box)
        box.addWidget(self.placements_view)
        # Each row of buttons under the table it concerns: all five in one row would not fit a laptop's width.
        row, placement_buttons = button_row([actions.add_placement, actions.edit_placement], self.placements_box)
        box.addLayout(row)
        box.addWidget(self.decisions_label)
        box.addWidget(self.decisions_view)
        row, decision_buttons = button_row([actions.record_decision, actions.correct_decision,
                                            actions.withdraw_decision], self.placements_box)
        box.addLayout(row)
        layout.addWidget(self.placements_box)
        self.checklist_panel = ChecklistPanel(body)
        layout.addWidget(self.checklist_panel)
        self.jobdesc = JobDescReminders(body)
        layout.addWidget(self.jobdesc)

        self.people_box = QGroupBox(body)
        self.people_view = record_table(self.people_model, self.people_box, fit_rows=True)
        # Delete removes the selected person only while the people table has the focus: elsewhere it edits text.
        self.people_view.addAction(actions.remove_person)
        box = QVBoxLayout(self.people_box)
        box.addWidget(self.people_view)
        row, people_buttons = button_row([actions.add_person, actions.edit_person, actions.remove_person],
                                       self.people_box)
        box.addLayout(row)
        layout.addWidget(self.people_box)
        layout.addStretch()
        # Tab in reading order: each table, then the buttons that act on it.
        chain = [edit_unit, self.placements_view, *placement_buttons, self.decisions_view, *decision_buttons,
                 self.people_view, *people_buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        for view in (self.placements_view, self.people_view):
            view.selectionModel().selectionChanged.connect(self.update_actions)
        self.placements_view.doubleClicked.connect(actions.edit_placement.trigger)
        self.people_view.doubleClicked.connect(actions.edit_person.trigger)
        actions.edit_unit.triggered.connect(self.edit_unit)
        actions.add_person.triggered.connect(lambda: self._open("PersonDialog", None))
        actions.edit_person.triggered.connect(self.edit_person)
        actions.remove_person.triggered.connect(self.remove_person)
        actions.add_placement.triggered.connect(lambda: self._open("PlacementDialog", None))
        actions.edit_placement.triggered.connect(self.edit_placement)
        actions.record_decision.triggered.connect(self.record_decision)
        actions.correct_decision.triggered.connect(self.correct_decision)
        actions.withdraw_decision.triggered.connect(self.withdraw_decision)
        # Days since start and days left count from today: a window left open overnight moves on at midnight.
        self._midnight = QTimer(self, singleShot=True, timeout=self._new_day)
        self._new_day()
        self.retranslate()

    # -- showing ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        ws = self.session.ws if self.session else None
        unit = people.get_unit(ws) if ws else None
        self.unit_name.setText(unit.name if unit else "")
        self.unit_kind.setText(text(UNIT_KINDS[unit.kind]) if unit and unit.kind in UNIT_KINDS else "")
        chosen = (selected_id(self.placements_view), selected_id(self.people_view))
        all_placements = placements.list_placements(ws) if ws else []
        self.placements_model.set_rows(all_placements)
        self.decisions_model.set_placements(all_placements)
        self.people_model.set_rows(people.list_people(ws) if ws else [])
        self.checklist_panel.reload(ws)
        self.jobdesc.reload(ws)
        for view, wanted in zip((self.placements_view, self.people_view), chosen, strict=True):
            select_id(view, wanted)
        self.update_actions()

    def _new_day(self) -> None:
        self.placements_model.refresh()  # the same rows, their cells asked again with the new date
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def retranslate(self) -> None:
        self.placements_box.setTitle(self.tr("Placements"))
        self.placements_view.setAccessibleName(self.tr("Placements"))
        self.decisions_label.setText(self.tr("Renewal decisions (history)"))
        self.decisions_view.setAccessibleName(self.tr("Renewal decisions"))
        self.people_box.setTitle(self.tr("People"))
        self.people_view.setAccessibleName(self.tr("People"))
        self.unit_name.setAccessibleName(self.tr("Unit name"))
        self.unit_kind.setAccessibleName(self.tr("Kind of unit"))
        self.mark_stale(None)  # the kind of unit and the roles are translated domain labels: read again when shown

    def update_actions(self) -> None:
        writable = self.session is not None and not self.session.read_only
        placement = self._selected_placement()
        person = selected_id(self.people_view) is not None
        in_force = placement is not None and placement.active_decision() is not None
        a = self.actions
        for action, enabled in [(a.edit_unit, True), (a.add_person, True), (a.edit_person, person),
                                (a.remove_person, person), (a.add_placement, True),
                                (a.edit_placement, placement is not None),
                                (a.record_decision, placement is not None and placement.ended_on is None),
                                (a.correct_decision, in_force), (a.withdraw_decision, in_force)]:
            action.setEnabled(writable and enabled)

    # -- selection --------------------------------------------------------------------------------------------

    def _selected_person(self) -> Person | None:
        wanted = selected_id(self.people_view)
        return next((p for p in self.people_model.rows if p.id == wanted), None)

    def _selected_placement(self) -> Placement | None:
        wanted = selected_id(self.placements_view)
        return next((p for p in self.placements_model.rows if p.id == wanted), None)

    # -- editing ----------------------------------------------------------------------------------------------

    def _open(self, dialog_name: Literal["UnitDialog", "PersonDialog", "PlacementDialog", "DecisionDialog"],
              subject: object, **more: object) -> None:
        """Window-modal, not blocking: the dialog saves by itself and the page reloads on `Session.changed`."""
        if self.session is None:
            return
        from peerdesk.gui.overview import dialogs  # imported when first needed: start-up does not pay for the forms

        dialog = getattr(dialogs, dialog_name)(self.session, subject, self.window(), **more)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _run(self, make: Callable[[bool], Op]) -> bool:
        """Run an edit made here (not in a dialog); a question from the domain is asked first. True when done."""
        assert self.session is not None
        try:
            try:
                self.session.run(make(False))
            except NeedsConfirmation as question:
                if not confirm(self, question):
                    return False
                self.session.run(make(True))
        except PeerDeskError as err:
            show_error(self, err)
            return False
        return True

    def edit_unit(self) -> None:
        unit = people.get_unit(self.session.ws) if self.session else None
        if unit:
            self._open("UnitDialog", unit)

    def edit_person(self) -> None:
        person = self._selected_person()
        if person:
            self._open("PersonDialog", person)

    def remove_person(self) -> None:
        """Undo is there, so no confirmation box (unless the person is named by placements); the status bar says
        what was removed."""
        person = self._selected_person()
        if person and self._run(lambda confirmed: op(people.remove_person, person_id=person.id, confirmed=confirmed)):
            self.show_status(arg(self.tr("Removed %1. Undo with Ctrl+Z."), person.name))

    def edit_placement(self) -> None:
        placement = self._selected_placement()
        if placement:
            self._open("PlacementDialog", placement)

    def record_decision(self) -> None:
        placement = self._selected_placement()
        if placement:
            self._open("DecisionDialog", placement)

    def correct_decision(self) -> None:
        placement = self._selected_placement()
        decision = placement.active_decision() if placement else None
        if placement and decision:
            self._open("DecisionDialog", placement, correcting=decision)

    def withdraw_decision(self) -> None:
        placement = self._selected_placement()
        decision = placement.active_decision() if placement else None
        if placement and decision and self._run(lambda _: op(placements.withdraw_decision, decision_id=decision.id)):
            self.show_status(arg(self.tr("Withdrew the renewal decision of %1 (kept in the history). Undo with "
                                     "Ctrl+Z."), placement.peer_supporter))
