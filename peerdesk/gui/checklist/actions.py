"""The checklist's actions, defined once, in their own submenu of Edit (Edit › Checklist)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from peerdesk.gui.page import MenuPlace, PageActions


class ChecklistActions(PageActions):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        make = self.make
        self.toggle_done = make("Space")
        # Space ticks only while the checklist table has the focus: elsewhere it types a space or presses a button.
        self.toggle_done.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.not_applicable = make()
        self.answer = make()
        self.comment = make()
        self.edit_item = make()
        self.add_item = make()
        self.move_up = make("Ctrl+Shift+Up")
        self.move_down = make("Ctrl+Shift+Down")
        for action in (self.move_up, self.move_down):  # like Space: only in the checklist table
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_item = make()
        self.restore_item = make()
        self.save_template = make()
        self.builtin_template = make()
        self.menu = QMenu(window)
        self.menu.addActions([self.toggle_done, self.not_applicable, self.answer, self.comment])
        self.menu.addSeparator()
        self.menu.addActions([self.add_item, self.edit_item, self.move_up, self.move_down, self.remove_item,
                              self.restore_item])
        self.menu.addSeparator()
        self.menu.addActions([self.save_template, self.builtin_template])

    def menus(self) -> list[MenuPlace]:
        return [("edit", [None, self.menu.menuAction()])]

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("C&hecklist"))
        for action, label, tip in [
            (self.toggle_done, self.tr("&Tick or reopen"),
             self.tr("Mark the selected item done, or open again (Space)")),
            (self.not_applicable, self.tr("&Not applicable…"),
             self.tr("Mark the selected item not applicable to this placement, with the reason")),
            (self.answer, self.tr("&Answer…"), self.tr("Answer the selected decision (who supplies what, how)")),
            (self.comment, self.tr("&Comment…"), self.tr("Add a comment to the selected item's history")),
            (self.edit_item, self.tr("Chan&ge item…"),
             self.tr("Reword the selected item or change its phase, owner or due date")),
            (self.add_item, self.tr("Add &own item…"), self.tr("Add the unit's own item to this checklist")),
            (self.move_up, self.tr("Move &up"), self.tr("Move the selected item up within its phase")),
            (self.move_down, self.tr("Move do&wn"), self.tr("Move the selected item down within its phase")),
            (self.remove_item, self.tr("&Remove item"),
             self.tr("Remove the selected item from this checklist (kept, and can be restored)")),
            (self.restore_item, self.tr("Re&store item"), self.tr("Restore the selected removed item")),
            (self.save_template, self.tr("&Keep as the workspace's template"),
             self.tr("New placements get this checklist as it is now: its own items, wording and order")),
            (self.builtin_template, self.tr("Use &built-in template"),
             self.tr("New placements get PeerDesk's built-in checklist again")),
        ]:
            action.setText(label)
            action.setStatusTip(tip)
            action.setToolTip(tip)
