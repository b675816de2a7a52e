"""The job description's actions, defined once: in a submenu of Edit, and as the page's buttons."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from peerdesk.gui.page import MenuPlace, PageActions


class JobDescActions(PageActions):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        make = self.make
        self.start = make()
        self.add_section = make()
        self.rename_section = make()
        self.section_up = make()
        self.section_down = make()
        self.remove_section = make()
        self.add_task = make()
        self.suggested_tasks = make()
        self.edit_task = make()
        self.task_up = make()
        self.task_down = make()
        self.remove_task = make()
        self.save_revision = make()
        self.approve = make()
        self.withdraw = make()
        self.compare = make(editing=False)
        self.review_date = make()
        self.template = make()
        self.set_pin = make()
        self.reset_pin = make()
        self.menu = QMenu(window)
        self.menu.addActions([self.start])
        self.menu.addSeparator()
        self.menu.addActions([self.add_section, self.rename_section, self.section_up, self.section_down,
                              self.remove_section])
        self.menu.addSeparator()
        self.menu.addActions([self.add_task, self.suggested_tasks, self.edit_task, self.task_up, self.task_down,
                              self.remove_task])
        self.menu.addSeparator()
        self.menu.addActions([self.save_revision, self.approve, self.withdraw, self.compare, self.review_date])
        self.menu.addSeparator()
        self.menu.addActions([self.template, self.set_pin, self.reset_pin])
        self.submenu = QAction(window)
        self.submenu.setMenu(self.menu)

    def menus(self) -> list[MenuPlace]:
        return [("edit", [None, self.submenu])]

    def retranslate(self) -> None:
        self.submenu.setText(self.tr("&Job description"))
        self.menu.setTitle(self.tr("&Job description"))
        for action, label, tip in [
            (self.start, self.tr("Start &job description"),
             self.tr("Start this placement's job description from the workspace's section template")),
            (self.add_section, self.tr("Add secti&on…"), self.tr("Add a section to the draft")),
            (self.rename_section, self.tr("Re&name section…"), self.tr("Rename the selected section")),
            (self.section_up, self.tr("Move section &up"), self.tr("Move the selected section up")),
            (self.section_down, self.tr("Move section do&wn"), self.tr("Move the selected section down")),
            (self.remove_section, self.tr("Re&move section"), self.tr("Remove the selected section from the draft "
                                                                      "(can be undone)")),
            (self.add_task, self.tr("Add &task…"), self.tr("Add a task to the task list")),
            (self.suggested_tasks, self.tr("Add from su&ggestions…"),
             self.tr("Pick typical tasks of a peer supporter and adapt them")),
            (self.edit_task, self.tr("Ed&it task…"), self.tr("Change the selected task and the activity types it "
                                                             "covers")),
            (self.task_up, self.tr("Move task &higher"), self.tr("Move the selected task up the list")),
            (self.task_down, self.tr("Move task &lower"), self.tr("Move the selected task down the list")),
            (self.remove_task, self.tr("Remove tas&k"), self.tr("Remove the selected task (can be undone)")),
            (self.save_revision, self.tr("Save &revision…"),
             self.tr("Save the draft as a new numbered revision (cannot be undone)")),
            (self.approve, self.tr("&Approve…"), self.tr("Approve the latest revision as yourself")),
            (self.withdraw, self.tr("Withdraw a&pproval…"),
             self.tr("Take back an approval while the other party has not approved yet")),
            (self.compare, self.tr("&Compare versions…"), self.tr("Show what changed between two versions")),
            (self.review_date, self.tr("Next review &date…"), self.tr("Set when the job description is reviewed "
                                                                     "next")),
            (self.template, self.tr("Section templat&e…"),
             self.tr("The sections that job descriptions started later begin with")),
            (self.set_pin, self.tr("&Set my PIN…"), self.tr("A personal PIN, so nobody can approve in your name")),
            (self.reset_pin, self.tr("Reset a &forgotten PIN…"), self.tr("A unit manager removes someone's PIN")),
        ]:
            action.setText(label)
            action.setStatusTip(tip)
            action.setToolTip(tip)
