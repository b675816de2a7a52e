"""Table models for the Overview: people, placements and renewal decisions (one model per table view)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from peerdesk.gui.translation import arg, text
from peerdesk.people import ROLES, Person
from peerdesk.placements import ENDING_SOON_DAYS, Decision, Placement

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain id of the row's record
Index = QModelIndex | QPersistentModelIndex
SOON_BACKGROUND = QColor("#fff1c2")  # with the ⚠ sign in the text and bold: never colour alone
SOON_FOREGROUND = QColor("#3d2b00")


class RowsModel(QAbstractTableModel):
    """A read-only table of domain records; subclasses name the columns and render a cell."""

    COLUMNS: ClassVar[int] = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # a parent deletes it in the GUI thread; the garbage collector never does
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell(row, index.column())
        return self.style(row, index.column(), role)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def style(self, row: Any, column: int, role: int) -> Any:
        return None

    def refresh(self) -> None:
        """Headers and cells asked again: after a language switch, or when a new day changes the day counts."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))


class PeopleModel(RowsModel):
    NAME, ROLE = range(2)
    COLUMNS = 2

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role")]

    def cell(self, row: Person, column: int) -> str:
        return row.name if column == self.NAME else text(ROLES[row.role])


class PlacementsModel(RowsModel):
    SUPPORTER, EMPLOYER, SUPERVISOR, START, PLANNED_END, SINCE, LEFT = range(7)
    COLUMNS = 7

    def __init__(self, parent: QObject | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._fixed_today = today  # for tests; otherwise the real date, asked each time (the app may run overnight)

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def headers(self) -> list[str]:
        return [self.tr("Peer supporter"), self.tr("Employer"), self.tr("Supervisor"), self.tr("Start"),
                self.tr("Planned end"), self.tr("Days since start"), self.tr("Days left")]

    def cell(self, row: Placement, column: int) -> str:
        if column == self.LEFT:
            return self._days_left(row)
        return [row.peer_supporter, row.employer, row.supervisor, row.start_date.isoformat(),
                row.planned_end_date.isoformat(), str(row.days_since_start(self.today)), ""][column]

    def _days_left(self, row: Placement) -> str:
        left = row.days_left(self.today)
        if left is None:
            return arg(self.tr("Ended %1"), row.ended_on.isoformat() if row.ended_on else "")
        if left < 0:
            return arg(self.tr("⚠ Planned end %1 has passed"), row.planned_end_date.isoformat())
        if left == 1:
            return self.tr("⚠ 1 day left")
        if row.ending_soon(self.today):
            return arg(self.tr("⚠ %1 days left"), left)
        return str(left)

    def style(self, row: Placement, column: int, role: int) -> Any:
        if column != self.LEFT:
            return None
        soon = row.ending_soon(self.today)
        if role == Qt.ItemDataRole.ToolTipRole and soon:
            return arg(self.tr("Less than %1 days to the planned end date: time for the renewal decision."),
                       ENDING_SOON_DAYS)
        if not soon:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SOON_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(SOON_FOREGROUND)
        return None


class DecisionsModel(RowsModel):
    """Every placement's renewal decisions, oldest first: the placements' history."""

    SUPPORTER, DECIDED_ON, DECISION, FUNDER, DECIDED_BY = range(5)
    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.supporter: dict[int, str] = {}

    def set_placements(self, placements: Sequence[Placement]) -> None:
        self.supporter = {d.id: p.peer_supporter for p in placements for d in p.decisions}
        self.set_rows(sorted((d for p in placements for d in p.decisions), key=lambda d: (d.decided_on, d.id)))

    def headers(self) -> list[str]:
        return [self.tr("Peer supporter"), self.tr("Decided on"), self.tr("Decision"), self.tr("Funder"),
                self.tr("Decided by")]

    def cell(self, row: Decision, column: int) -> str:
        if column == self.DECISION:
            if row.outcome == "renewed" and row.new_end_date:
                return arg(self.tr("Renewed until %1"), row.new_end_date.isoformat())
            return arg(self.tr("Ended on %1"), row.ended_on.isoformat() if row.ended_on else "")
        return [self.supporter.get(row.id, ""), row.decided_on.isoformat(), "", row.funder, row.decided_by][column]
