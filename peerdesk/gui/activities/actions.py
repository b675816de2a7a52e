"""The activity log's actions, defined once. Ctrl+N (New activity) works from anywhere: it shows the Activities page
and puts the cursor in the entry row; PeerDesk's most frequent action gets the shortcut (New workspace has none)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from peerdesk.gui.page import MenuPlace, PageActions


class ActivitiesActions(PageActions):
    entry_wanted = Signal()  # after the page is shown: put the cursor in the entry row
    requested = Signal(str)  # after the page is shown: the name of the action to carry out

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        make = self.make
        # Not disabled with the editing actions: it must work before the page was ever shown (read-only, it only
        # shows the log).
        self.new_activity = make(QKeySequence.StandardKey.New, editing=False)
        self.new_activity.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_activity.triggered.connect(self._new_activity)
        self.save = make()
        self.save.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only in the entry row
        self.repeat_last = make("Ctrl+R", editing=False)
        self.edit_activity = make()
        self.delete_activity = make(QKeySequence.StandardKey.Delete)
        self.delete_activity.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only in the list
        self.restore_activity = make()
        # These work before the page was ever shown, so the window's read-only switch leaves them alone: in a
        # read-only workspace their dialogs show and change nothing.
        self.circles = make(editing=False)
        self.types = make(editing=False)
        self.import_csv = make(editing=False)
        self.export_csv = make(editing=False)
        self.retention = make(editing=False)
        for name in ("repeat_last", "circles", "types", "import_csv", "export_csv", "retention"):
            getattr(self, name).triggered.connect(lambda _checked=False, name=name: self._on_page(name))
        self.menu = QMenu(window)
        self.menu.addActions([self.new_activity, self.repeat_last, self.edit_activity, self.delete_activity,
                              self.restore_activity])
        self.menu.addSeparator()
        self.menu.addActions([self.circles, self.types, self.retention])
        self.menu.addSeparator()
        self.menu.addActions([self.import_csv, self.export_csv])

    def _new_activity(self) -> None:
        self.page_wanted.emit()
        self.entry_wanted.emit()

    def _on_page(self, name: str) -> None:
        """Show the page (made now if it was not yet), then let it carry the action out."""
        self.page_wanted.emit()
        self.requested.emit(name)

    def menus(self) -> list[MenuPlace]:
        return [("edit", [None, self.menu.menuAction()])]

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Act&ivities"))
        for action, label, tip in [
            (self.new_activity, self.tr("&New activity"), self.tr("Log an activity (Ctrl+N, from anywhere)")),
            (self.save, self.tr("&Save"), self.tr("Save the activity (Enter)")),
            (self.repeat_last, self.tr("Re&peat last"), self.tr("Fill the entry row from the activity saved last")),
            (self.edit_activity, self.tr("&Edit activity"), self.tr("Change the selected activity in the entry row")),
            (self.delete_activity, self.tr("&Delete activity"),
             self.tr("Move the selected activity to the bin (can be undone)")),
            (self.restore_activity, self.tr("&Restore activity"), self.tr("Take the selected activity out of the bin")),
            (self.circles, self.tr("Study &circles…"), self.tr("Create study circles and see their sessions")),
            (self.types, self.tr("Activity &types…"), self.tr("Rename, add or hide activity types")),
            (self.retention, self.tr("How long notes are &kept…"),
             self.tr("Clear the notes of old activities after some years")),
            (self.import_csv, self.tr("&Import activities…"), self.tr("Import activities from a CSV file (Excel)")),
            (self.export_csv, self.tr("E&xport activities…"),
             self.tr("Save the activities shown as a CSV file for Excel")),
        ]:
            action.setText(label)
            action.setStatusTip(tip)
            action.setToolTip(tip)
