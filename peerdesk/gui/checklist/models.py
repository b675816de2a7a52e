"""The checklist's table models: the items of one placement, and the history of one item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from peerdesk.checklist.builtin import OWNERS, PHASES
from peerdesk.checklist.items import HistoryEntry, Item
from peerdesk.checklist.text import history_text, state_text
from peerdesk.gui.messages import warning_icon
from peerdesk.gui.table_model import Column, Index, RowsModel
from peerdesk.gui.translation import arg, current_lang, local_time, text
from peerdesk.i18n import QT_TRANSLATE_NOOP

ROLE = Qt.ItemDataRole
OVERDUE_BACKGROUND = QColor("#fde2e1")  # with the warning sign and the word "overdue": never colour alone
OVERDUE_FOREGROUND = QColor("#5c0000")


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ItemsModel(RowsModel[Item]):
    """One placement's items. The first column is a checkbox: clicking it asks the page to tick or reopen the item
    (`toggle_requested`), which it does through the domain; the model itself changes nothing."""

    DONE, PHASE, ITEM, OWNER, DUE, STATE, ANSWER = range(7)
    toggle_requested = Signal(int)

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None) -> None:
        self._fixed_today = today  # for tests and the benchmark; otherwise the real date, asked each time
        self.editable = True
        super().__init__(parent)

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def columns(self) -> list[Column[Item]]:
        overdue_look = {ROLE.BackgroundRole: self._background, ROLE.ForegroundRole: self._foreground,
                        ROLE.FontRole: self._font}
        return [
            Column(QT_TRANSLATE_NOOP("Checklist", "Done"), lambda i: "",
                   {ROLE.CheckStateRole: self._check, ROLE.AccessibleTextRole: self._state,
                    ROLE.ToolTipRole: self._state}),
            Column(QT_TRANSLATE_NOOP("Checklist", "Phase"), lambda i: text(PHASES[i.phase])),
            Column(QT_TRANSLATE_NOOP("Checklist", "Item"), lambda i: i.title(current_lang()),
                   {ROLE.ToolTipRole: self._item_tip}),
            Column(QT_TRANSLATE_NOOP("Checklist", "Owner"), lambda i: text(OWNERS[i.owner])),
            Column(QT_TRANSLATE_NOOP("Checklist", "Due"), lambda i: i.due_date.isoformat(),
                   {ROLE.DecorationRole: lambda i: warning_icon() if i.overdue(self.today) else None,
                    **overdue_look}),
            Column(QT_TRANSLATE_NOOP("Checklist", "State"), self._state, {ROLE.ToolTipRole: self._state,
                                                                           **overdue_look}),
            Column(QT_TRANSLATE_NOOP("Checklist", "Answer"), lambda i: i.answer_text(current_lang()),
                   {ROLE.ToolTipRole: lambda i: i.answer_text(current_lang()) or None}),
        ]

    def _state(self, item: Item) -> str:
        shown = state_text(item, self.today, QCoreApplication.translate)
        if item.removed:
            return arg(self.tr("%1 (removed)"), shown)
        return ("⚠ " + shown) if item.overdue(self.today) else shown

    @staticmethod
    def _item_tip(item: Item) -> str:
        """The whole item (the column may elide it) and why it matters."""
        lang = current_lang()
        return "\n\n".join(t for t in (item.title(lang), item.help_text(lang)) if t)

    def _check(self, item: Item) -> Qt.CheckState:
        if item.state == "done":
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked if item.state == "na" else Qt.CheckState.Unchecked

    def _background(self, item: Item) -> QBrush | None:
        return QBrush(OVERDUE_BACKGROUND) if item.overdue(self.today) else None

    def _foreground(self, item: Item) -> QBrush | None:
        return QBrush(OVERDUE_FOREGROUND) if item.overdue(self.today) else None

    def _font(self, item: Item) -> QFont | None:
        return _bold() if item.overdue(self.today) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE and self.editable \
                and not self.rows[index.row()].removed:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:  # noqa: N802 - Qt's name
        """A click on the checkbox: the page ticks or reopens through the domain and reloads (False: the model
        does not change its own data)."""
        if role == ROLE.CheckStateRole and index.isValid() and self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            self.toggle_requested.emit(self.rows[index.row()].id)
        return False

    def update_rows(self, items: list[Item]) -> bool:
        """Show `items` in place when they are the rows shown already (after a tick: the same items, one changed):
        only the rows that changed are repainted, no reset, no new layout. False (nothing done) otherwise."""
        if [i.id for i in items] != [i.id for i in self.rows]:
            return False
        for row, item in enumerate(items):
            if item != self.rows[row]:
                self.rows[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        return True


class HistoryModel(RowsModel[HistoryEntry]):
    """One item's history, oldest first: when, who, what (comments among the changes)."""

    WHEN, WHO, WHAT = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        self.item: Item | None = None
        super().__init__(parent)

    def set_item(self, item: Item | None, entries: list[HistoryEntry]) -> None:
        self.item = item
        self.set_rows(entries)

    def columns(self) -> list[Column[HistoryEntry]]:
        return [Column(QT_TRANSLATE_NOOP("Checklist", "When"), lambda h: local_time(h.at)),
                Column(QT_TRANSLATE_NOOP("Checklist", "Who"), lambda h: h.actor),
                Column(QT_TRANSLATE_NOOP("Checklist", "What"), self._what, {ROLE.ToolTipRole: self._what})]

    def _what(self, entry: HistoryEntry) -> str:
        return history_text(entry, self.item, current_lang(), QCoreApplication.translate) if self.item else ""
