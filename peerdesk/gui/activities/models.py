"""The activity log's table models: the log itself (read a page at a time, as the view scrolls: fetchMore), study
circles and activity types (one model per view)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt

from peerdesk.activities import log
from peerdesk.activities.circles import Circle
from peerdesk.activities.durations import format_duration
from peerdesk.activities.entries import DESTINATIONS, PLACES, Activity
from peerdesk.activities.types import ActivityType
from peerdesk.gui.table_model import Column, Index, RowsModel
from peerdesk.gui.translation import current_lang, text
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.query import Reader

ROLE = Qt.ItemDataRole


def one_decimal(value: float) -> str:
    return QLocale().toString(value, "f", 1)


class ActivitiesModel(RowsModel[Activity]):
    """The log for a filter and sort order. Only what the view shows is read; the totals cover all of it."""

    DAY, TYPE, DURATION, PARTICIPANTS, PLACE, THEME, NOTE, SUPPORTER, VISIT, CIRCLE = range(10)
    SORT_KEYS = ("day", "type", "minutes", "participants", "place", "theme", "note", "peer_supporter", "visit",
                 "circle")

    def __init__(self, parent: QObject | None = None) -> None:
        self.types: dict[str, ActivityType] = {}
        super().__init__(parent)
        self.reader: Reader | None = None
        self.filter = log.Filter()
        self.sort_order = log.Sort()
        self.totals = log.Totals()
        self._resetting = False

    def set_rows(self, rows: Sequence[Activity]) -> None:
        self._resetting = True  # a view asking for more in the middle of a reset gets nothing
        try:
            super().set_rows(rows)
        finally:
            self._resetting = False

    def columns(self) -> list[Column[Activity]]:
        tip = {ROLE.ToolTipRole: lambda a: a.note or None}
        right = {ROLE.TextAlignmentRole: lambda a: int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)}
        return [
            Column(QT_TRANSLATE_NOOP("Activities", "Date"), lambda a: a.day.isoformat()),
            Column(QT_TRANSLATE_NOOP("Activities", "Type"), self._type, {ROLE.ToolTipRole: self._type}),
            Column(QT_TRANSLATE_NOOP("Activities", "Duration"), lambda a: format_duration(a.minutes), right),
            Column(QT_TRANSLATE_NOOP("Activities", "Participants"), lambda a: str(a.participants), right),
            Column(QT_TRANSLATE_NOOP("Activities", "Where"), lambda a: text(PLACES[a.place])),
            Column(QT_TRANSLATE_NOOP("Activities", "Theme"), lambda a: a.theme),
            Column(QT_TRANSLATE_NOOP("Activities", "Note"), lambda a: a.note, tip),
            Column(QT_TRANSLATE_NOOP("Activities", "Peer supporter"), lambda a: a.peer_supporter),
            Column(QT_TRANSLATE_NOOP("Activities", "Accompanied visit"), self._visit,
                   {ROLE.ToolTipRole: lambda a: self._visit(a) or None}),
            Column(QT_TRANSLATE_NOOP("Activities", "Study circle"), lambda a: a.circle),
        ]

    def _type(self, a: Activity) -> str:
        kind = self.types.get(a.type_key)
        return kind.label(current_lang()) if kind else a.type_key

    def _visit(self, a: Activity) -> str:
        if a.visit_destination is None:
            return ""
        outcome = self.tr("took place") if a.visit_took_place else self.tr("did not take place")
        return f"{text(DESTINATIONS[a.visit_destination])}: {outcome}"

    def load(self, reader: Reader, flt: log.Filter, types: dict[str, ActivityType], at_least: int = 0) -> None:
        """The first page (or as many rows as were shown before, after an edit) and the totals."""
        self.reader, self.filter, self.types = reader, flt, types
        rows, self.totals = log.first_page(reader, flt, self._sort(), max(log.PAGE, at_least))
        self.set_rows(rows)

    def clear(self) -> None:
        self.reader, self.totals = None, log.Totals()
        self.set_rows([])

    def _sort(self) -> log.Sort:
        if self.sort_order.column != "type":
            return self.sort_order
        lang = current_lang()
        ordered = sorted(self.types.values(), key=lambda t: t.label(lang).casefold())
        return log.Sort("type", self.sort_order.descending, [t.key for t in ordered])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt's signature
        return (not parent.isValid() and not self._resetting and self.reader is not None
                and len(self.rows) < self.totals.activities)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt's signature
        if not self.canFetchMore(parent):
            return
        assert self.reader is not None
        more = log.page(self.reader, self.filter, self._sort(), len(self.rows), log.PAGE)
        if not more:  # the file changed under us; the next reload sets it right
            self.totals = log.Totals(len(self.rows), self.totals.minutes, self.totals.participants)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        self.sort_order = log.Sort(self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if self.reader is not None:
            self.load(self.reader, self.filter, self.types)


class CirclesModel(RowsModel[Circle]):
    THEME, START, PLANNED, HELD, ATTENDANCE, HOURS, CO_LEADER = range(7)

    def columns(self) -> list[Column[Circle]]:
        right = {ROLE.TextAlignmentRole: lambda c: int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)}
        return [
            Column(QT_TRANSLATE_NOOP("Activities", "Theme"), lambda c: c.theme),
            Column(QT_TRANSLATE_NOOP("Activities", "Start"), lambda c: c.start_date.isoformat()),
            Column(QT_TRANSLATE_NOOP("Activities", "Planned sessions"), lambda c: str(c.planned_sessions), right),
            Column(QT_TRANSLATE_NOOP("Activities", "Sessions held"), lambda c: str(c.sessions), right),
            Column(QT_TRANSLATE_NOOP("Activities", "Average attendance"),
                   lambda c: one_decimal(c.average_attendance), right),
            Column(QT_TRANSLATE_NOOP("Activities", "Study hours (45 min)"), lambda c: one_decimal(c.study_hours),
                   right),
            Column(QT_TRANSLATE_NOOP("Activities", "Co-leader"), lambda c: c.co_leader),
        ]


class TypesModel(RowsModel[ActivityType]):
    NAME, BUILT_IN, SHOWN = range(3)

    def columns(self) -> list[Column[ActivityType]]:
        return [
            Column(QT_TRANSLATE_NOOP("Activities", "Type"), lambda t: t.label(current_lang())),
            Column(QT_TRANSLATE_NOOP("Activities", "Built-in name"),
                   lambda t: t.labels.get(current_lang(), "") if not t.custom else self.tr("(the unit's own)")),
            Column(QT_TRANSLATE_NOOP("Activities", "Offered"), lambda t: self.tr("hidden") if t.hidden
                   else self.tr("yes")),
        ]

    def set_types(self, found: Sequence[ActivityType]) -> None:
        self.set_rows(found)

    def row_of(self, record_id: Any) -> int | None:
        return next((i for i, t in enumerate(self.rows) if t.key == record_id), None)
