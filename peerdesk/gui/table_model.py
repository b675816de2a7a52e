"""Read-only table models with declarative columns: one model per table view, each a list of `Column`s.

A column names its header (a translatable Msg) and how a row shows in it; optional roles add tooltips, fonts and
colours (never colour alone: the text carries the meaning too).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from peerdesk.gui.translation import text
from peerdesk.i18n import Msg

R = TypeVar("R")
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain id of the row's record
Index = QModelIndex | QPersistentModelIndex


class Column(NamedTuple, Generic[R]):
    header: Msg
    show: Callable[[R], str]
    roles: Mapping[int, Callable[[R], Any]] = MappingProxyType({})  # other roles: tooltip, font, colours


class RowsModel(QAbstractTableModel, Generic[R]):
    """A table of domain records (each with an `id`); subclasses list their columns in `columns()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # a parent deletes it in the GUI thread; the garbage collector never does
        self.rows: list[R] = []
        self.COLUMNS: Sequence[Column[Any]] = self.columns()

    def columns(self) -> Sequence[Column[Any]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, record_id: object) -> int | None:
        return next((i for i, r in enumerate(self.rows) if getattr(r, "id", None) == record_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return text(self.COLUMNS[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.show(row)
        show = column.roles.get(role)
        return show(row) if show else None

    def refresh(self) -> None:
        """Headers and cells asked again: after a language switch, or when a new day changes the day counts."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))
