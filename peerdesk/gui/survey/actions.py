"""The survey's actions, defined once, in their own submenu of Edit (Edit › Survey)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

from peerdesk.gui.page import MenuPlace, PageActions


class SurveyActions(PageActions):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        make = self.make
        self.new_round = make()
        self.edit_round = make()
        self.remove_round = make()
        self.add_statement = make()
        self.reword_statement = make()
        self.move_up = make()
        self.move_down = make()
        self.remove_statement = make()
        self.print_questionnaire = make(editing=False)  # printing changes nothing: read-only mode may print
        self.save_results = make(editing=False)
        self.menu = QMenu(window)
        self.menu.addActions([self.new_round, self.edit_round, self.remove_round])
        self.menu.addSeparator()
        self.menu.addActions([self.print_questionnaire, self.save_results])
        self.menu.addSeparator()
        self.menu.addActions([self.add_statement, self.reword_statement, self.move_up, self.move_down,
                              self.remove_statement])

    def menus(self) -> list[MenuPlace]:
        return [("edit", [None, self.menu.menuAction()])]

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Surve&y"))
        for action, label, tip in [
            (self.new_round, self.tr("&New round…"),
             self.tr("Start a survey round with the statements for the next round")),
            (self.edit_round, self.tr("&Edit round…"),
             self.tr("Change the selected round's name, weeks, place or number of sheets")),
            (self.remove_round, self.tr("&Remove round"), self.tr("Remove the selected round (can be undone)")),
            (self.print_questionnaire, self.tr("Save &questionnaire as PDF…"),
             self.tr("The blank questionnaire of the selected round, to print")),
            (self.save_results, self.tr("Save re&sults as PDF…"),
             self.tr("The selected round's results, compared with the round before it")),
            (self.add_statement, self.tr("&Add statement…"), self.tr("Add a statement for the next round")),
            (self.reword_statement, self.tr("Rew&ord statement…"),
             self.tr("Change the selected statement's words for the next round")),
            (self.move_up, self.tr("Move &up"), self.tr("Move the selected statement up")),
            (self.move_down, self.tr("Move do&wn"), self.tr("Move the selected statement down")),
            (self.remove_statement, self.tr("Remove s&tatement"),
             self.tr("Remove the selected statement from the next round (can be undone)")),
        ]:
            action.setText(label)
            action.setStatusTip(tip)
            action.setToolTip(tip)
