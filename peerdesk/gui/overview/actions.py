"""The Overview's actions, defined once: the unit, people, placements and renewal decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from peerdesk.gui.page import MenuPlace, PageActions


class OverviewActions(PageActions):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        make = self.make
        self.edit_unit = make()
        self.add_person = make()
        self.edit_person = make()
        self.remove_person = make(QKeySequence.StandardKey.Delete)
        # Delete only where the Overview adds this action (the people table): in a text field it deletes text.
        self.remove_person.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_placement = make()
        self.edit_placement = make()
        self.record_decision = make()
        self.correct_decision = make()
        self.withdraw_decision = make()

    def menus(self) -> list[MenuPlace]:
        return [("edit", [self.edit_unit, None, self.add_person, self.edit_person, self.remove_person, None,
                          self.add_placement, self.edit_placement, None, self.record_decision,
                          self.correct_decision, self.withdraw_decision])]

    def retranslate(self) -> None:
        for action, label, tip in [
            (self.edit_unit, self.tr("Edit &unit…"), self.tr("Change the unit's name or kind")),
            (self.add_person, self.tr("&Add person…"), self.tr("Add someone to the workspace")),
            (self.edit_person, self.tr("Edit &person…"), self.tr("Change the selected person's name or role")),
            (self.remove_person, self.tr("&Remove person"), self.tr("Remove the selected person (can be undone)")),
            (self.add_placement, self.tr("Add p&lacement…"), self.tr("Add a placement for a peer supporter")),
            (self.edit_placement, self.tr("Edit pla&cement…"), self.tr("Change the selected placement's dates")),
            (self.record_decision, self.tr("Record renewal &decision…"),
             self.tr("Record that the selected placement was renewed or ended")),
            (self.correct_decision, self.tr("C&orrect renewal decision…"),
             self.tr("Correct the selected placement's latest renewal decision")),
            (self.withdraw_decision, self.tr("&Withdraw renewal decision"),
             self.tr("Withdraw the selected placement's latest renewal decision (kept in the history)")),
        ]:
            action.setText(label)
            action.setStatusTip(tip)
            action.setToolTip(tip)
