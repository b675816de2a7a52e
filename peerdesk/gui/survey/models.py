"""The survey's table models: the rounds, a round's tally (the one editable grid), its results, the comparison of
two rounds, and the statements for the next round."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from peerdesk.gui.table_model import ID_ROLE, Column, Index, RowsModel
from peerdesk.gui.translation import current_lang, text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.survey.results import KEYS, Comparison, StatementResult, signed
from peerdesk.survey.rounds import ANSWER_WORDS, ANSWERS, NO_ANSWER, Round, RoundStatement
from peerdesk.survey.statements import Statement

ROLE = Qt.ItemDataRole
SHARE_ROLE = Qt.ItemDataRole.UserRole + 2  # 0–1: how long the cell's bar is drawn
STATEMENT = QT_TRANSLATE_NOOP("Survey", "Statement")
ANSWERED = QT_TRANSLATE_NOOP("Survey", "Answered")
AGREED = QT_TRANSLATE_NOOP("Survey", "Agree, {name}")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RoundsModel(RowsModel[Round]):
    def columns(self) -> list[Column[Round]]:
        return [
            Column(QT_TRANSLATE_NOOP("Survey", "Round"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("Survey", "Weeks"), lambda r: r.weeks,
                   {ROLE.ToolTipRole: lambda r: f"{r.first_day.isoformat()} – {r.last_day.isoformat()}"}),
            Column(QT_TRANSLATE_NOOP("Survey", "Handed out"), lambda r: str(r.handed_out),
                   {ROLE.TextAlignmentRole: lambda r: RIGHT}),
            Column(QT_TRANSLATE_NOOP("Survey", "Came back"), lambda r: str(r.returned),
                   {ROLE.TextAlignmentRole: lambda r: RIGHT}),
            Column(QT_TRANSLATE_NOOP("Survey", "Where"), lambda r: r.place, {ROLE.ToolTipRole: lambda r: r.place}),
        ]


class StatementsModel(RowsModel[Statement]):
    def columns(self) -> list[Column[Statement]]:
        return [Column(QT_TRANSLATE_NOOP("Survey", "Statements for the next round"),
                       lambda s: s.wording(current_lang()), {ROLE.ToolTipRole: lambda s: s.wording(current_lang())})]


class TallyModel(QAbstractTableModel):
    """One round's tally: a row per statement, a column per answer (editable counts), then the answers so far and
    "no answer". A count typed is not stored here: `count_entered` asks the page to save it through the domain, and
    the saved rows come back with `set_rows`, updated in place so that the cursor stays where it is. While a count is
    being typed, `preview` shows the row's totals as they would be."""

    STATEMENT, AGREE, PARTLY, DISAGREE, DONT_KNOW, ANSWERED, NO_ANSWER = range(7)
    count_entered = Signal(int, str, str)  # round statement id, answer, the text typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RoundStatement] = []
        self.returned = 0
        self.editable = True
        self._preview: tuple[int, int, int] | None = None  # row, column, count being typed

    def set_rows(self, rows: Sequence[RoundStatement], returned: int) -> None:
        same = [r.id for r in rows] == [r.id for r in self.rows]
        self.returned = returned
        self._preview = None
        if same and rows:
            self.rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.NO_ANSWER))
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else 7

    @staticmethod
    def answer_of(column: int) -> str | None:
        return ANSWERS[column - 1] if 1 <= column <= len(ANSWERS) else None

    def _header(self, section: int) -> Msg:
        if section == self.STATEMENT:
            return STATEMENT
        if section == self.ANSWERED:
            return ANSWERED
        if section == self.NO_ANSWER:
            return NO_ANSWER
        return ANSWER_WORDS[ANSWERS[section - 1]]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = ROLE.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == ROLE.DisplayRole and 0 <= section < 7:
            return text(self._header(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.editable and self.answer_of(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def counts(self, row: int) -> list[int]:
        """The row's counts, with the one being typed in place of its stored value."""
        counts = list(self.rows[row].counts)
        if self._preview and self._preview[0] == row:
            counts[self._preview[1] - 1] = self._preview[2]
        return counts

    def data(self, index: Index, role: int = ROLE.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role == ROLE.TextAlignmentRole and column != self.STATEMENT:
            return RIGHT
        if role == ROLE.ToolTipRole and column == self.STATEMENT:
            return row.wording(current_lang())
        if role == ROLE.EditRole and self.answer_of(column):
            return str(row.counts[column - 1])
        if role not in (ROLE.DisplayRole, ROLE.AccessibleTextRole):
            return None
        answered = sum(self.counts(index.row()))
        if column == self.STATEMENT:
            return row.wording(current_lang())
        if column == self.ANSWERED:
            return str(answered)
        if column == self.NO_ANSWER:
            return str(self.returned - answered)
        return str(row.counts[column - 1])

    def setData(self, index: Index, value: Any, role: int = ROLE.EditRole) -> bool:  # noqa: N802 - Qt's name
        answer = self.answer_of(index.column())
        if role != ROLE.EditRole or answer is None or not index.isValid():
            return False
        self._set_preview(None)
        typed = str(value).strip()
        if typed != str(self.rows[index.row()].counts[index.column() - 1]):
            self.count_entered.emit(self.rows[index.row()].id, answer, typed or "0")
        return False  # the saved rows come back through set_rows

    def preview(self, index: QModelIndex, typed: str) -> None:
        """The row's totals as the count being typed would make them."""
        self._set_preview((index.row(), index.column(), int(typed)) if typed.isdigit() else None)

    def _set_preview(self, preview: tuple[int, int, int] | None) -> None:
        old, self._preview = self._preview, preview
        for wanted in {p[0] for p in (old, preview) if p}:
            self.dataChanged.emit(self.index(wanted, self.ANSWERED), self.index(wanted, self.NO_ANSWER))

    def refresh(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 6))


def _answer_column(key: str) -> Column[StatementResult]:
    word = NO_ANSWER if key == "no_answer" else ANSWER_WORDS[key]
    return Column(word, lambda s: f"{s.percent(key)} % ({s.counts[key]})",
                  {SHARE_ROLE: lambda s: s.share(key), ROLE.TextAlignmentRole: lambda s: RIGHT,
                   ROLE.AccessibleTextRole: lambda s: f"{text(word)}: {s.percent(key)} % ({s.counts[key]})"})


class ResultsModel(RowsModel[StatementResult]):
    """Per statement, each answer's share and count (drawn as a bar under the figures by the page's delegate)."""

    def columns(self) -> list[Column[StatementResult]]:
        return [Column(STATEMENT, lambda s: s.statement.wording(current_lang()),
                       {ROLE.ToolTipRole: lambda s: s.statement.wording(current_lang())}),
                *(_answer_column(key) for key in KEYS),
                Column(QT_TRANSLATE_NOOP("Survey", "n"), lambda s: str(s.n), {ROLE.TextAlignmentRole: lambda s: RIGHT})]


class CompareModel(RowsModel[Comparison]):
    """Two rounds side by side: the share who agreed in each, and the change in percentage points."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.names = ("", "")
        super().__init__(parent)

    def set_names(self, earlier: str, later: str) -> None:
        self.names = (earlier, later)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = ROLE.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == ROLE.DisplayRole and section in (1, 2):
            return text(AGREED, name=self.names[section - 1])
        return super().headerData(section, orientation, role)

    def columns(self) -> list[Column[Comparison]]:
        return [
            Column(STATEMENT, lambda c: c.wording, {ROLE.ToolTipRole: lambda c: c.wording}),
            Column(AGREED, lambda c: "–" if c.before is None else f"{c.before.percent('agree')} %",
                   {ROLE.TextAlignmentRole: lambda c: RIGHT,
                    SHARE_ROLE: lambda c: c.before.share("agree") if c.before else 0.0}),
            Column(AGREED, lambda c: f"{c.after.percent('agree')} %",
                   {ROLE.TextAlignmentRole: lambda c: RIGHT, SHARE_ROLE: lambda c: c.after.share("agree")}),
            Column(QT_TRANSLATE_NOOP("Survey", "Change"), lambda c: signed(c.change()),
                   {ROLE.TextAlignmentRole: lambda c: RIGHT}),
        ]

