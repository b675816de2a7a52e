"""The window's own actions (files, undo and redo, who you are, language, help), defined once with their text,
standard shortcut, status tip and menu place; the features' pages add theirs with `merge`.

Texts are set in `retranslate`, which runs again on a language switch. Ctrl+N is deliberately left free for the
future "new activity" (DESIGN.md §4.8): New workspace has no shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from peerdesk.gui.page import MenuPlace

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}  # each in its own language, never translated


class Actions(QObject):
    """The window's actions and menus. Each feature's actions are merged into the menus their `menus()` name. The
    window calls `retranslate` when it is made and on a language switch, for these and for the features' actions."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        make = self._make
        self.new_workspace = make()
        self.open = make(QKeySequence.StandardKey.Open)
        self.quit = make(QKeySequence.StandardKey.Quit, fallback="Ctrl+Q")
        self.backups = make()
        self.check_repair = make()
        self.switch_person = make()
        self.guide = make(QKeySequence.StandardKey.HelpContents)
        self.about = make()
        self.languages = QActionGroup(self)
        self.language: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True, data=code)
            self.languages.addAction(action)
            self.language[code] = action
        self.undo: QAction | None = None
        self.redo: QAction | None = None
        self._build_menus()

    def _make(self, key: QKeySequence.StandardKey | None = None, fallback: str = "") -> QAction:
        action = QAction(self._window)
        shortcuts = QKeySequence.keyBindings(key) if key is not None else []
        action.setShortcuts(shortcuts or ([QKeySequence(fallback)] if fallback else []))
        return action

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_workspace, self.open])
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backups, self.check_repair])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self._undo_slot = self.edit_menu.addSeparator()  # undo and redo go above it, per undo stack
        self._slots = {"edit": self.edit_menu.addSeparator()}  # the features' actions go above it
        self.edit_menu.addAction(self.switch_person)
        self.view_menu = bar.addMenu("")
        self.language_menu: QMenu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.languages.actions())
        self._slots["view"] = self.view_menu.addSeparator()
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.guide, self.about])

    def merge(self, places: list[MenuPlace]) -> None:
        """Put a feature's actions into the menus they name, above the window's own entries there."""
        for menu_key, actions in places:
            slot = self._slots[menu_key]
            menu = slot.parent()
            assert isinstance(menu, QMenu)
            for action in actions:
                if action is None:
                    menu.insertSeparator(slot)
                else:
                    menu.insertAction(slot, action)

    def fill_recent(self, recent: list[Path], unit_name: Callable[[Path], str | None],
                    open_file: Callable[[Path], None]) -> None:
        """Open recent's entries, built when the menu is about to show: one per file by its unit's name (the path in
        the tooltip), greyed out when it is gone."""
        self.recent_menu.clear()
        self.recent_menu.setToolTipsVisible(True)
        for path in recent:
            action = self.recent_menu.addAction(unit_name(path) or path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, path=path: open_file(path))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def attach_undo_stack(self, stack: QUndoStack | None) -> None:
        """(Re)create Undo and Redo from the stack: after opening a workspace and after a language switch (their
        'Undo %1' prefix is translated when they are created)."""
        for old in (self.undo, self.redo):
            if old is not None:
                self.edit_menu.removeAction(old)
                old.deleteLater()
        self.undo = self.redo = None
        if stack is None:
            return
        self.undo = stack.createUndoAction(self._window)
        self.redo = stack.createRedoAction(self._window)
        self.undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        # Both Ctrl+Shift+Z and Ctrl+Y, whatever the platform's standard offers first.
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo.setShortcuts(redo_keys)
        self.edit_menu.insertActions(self._undo_slot, [self.undo, self.redo])

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.language_menu.setTitle(self.tr("&Language"))
        for action, label, tip in [
            (self.new_workspace, self.tr("&New workspace…"), self.tr("Create a new workspace file for a unit")),
            (self.open, self.tr("&Open…"), self.tr("Open a workspace file (.peerdesk)")),
            (self.quit, self.tr("&Quit"), self.tr("Close the workspace and quit PeerDesk")),
            (self.backups, self.tr("&Backups…"), self.tr("See, restore or copy this workspace's backups")),
            (self.check_repair, self.tr("&Check and repair…"), self.tr("Check the workspace file for damage")),
            (self.switch_person, self.tr("&Switch person…"), self.tr("Say who you are: your name is saved with "
                                                                    "every change")),
            (self.guide, self.tr("&User guide"), self.tr("How to use PeerDesk")),
            (self.about, self.tr("&About PeerDesk"), self.tr("Version and licence")),
        ]:
            action.setText(label)
            action.setStatusTip(tip)
            action.setToolTip(tip)
