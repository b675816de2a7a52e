"""The tally grid, keyboard first: typing a digit starts a count, Tab moves across the answers (the statement and
total columns are skipped), Enter moves down; the row's totals follow as the count is typed. And the bars drawn
under the results' figures (grey, with the figures in words, so that black and white loses nothing)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QIntValidator, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from peerdesk.gui.survey.models import SHARE_ROLE, TallyModel
from peerdesk.gui.tables import FOCUS_FRAME
from peerdesk.survey.rounds import MAX_SHEETS

Hint = QAbstractItemDelegate.EndEditHint
BAR = QColor(150, 150, 150)


class CountDelegate(QStyledItemDelegate):
    """A count's editor: digits only; what is typed shows in the row's totals at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_SHEETS, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        model = index.model()
        if isinstance(model, TallyModel):
            where = QModelIndex(index)
            editor.textEdited.connect(lambda typed: model.preview(where, typed))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802 - Qt's name
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text())


class TallyView(QTableView):
    def __init__(self, model: TallyModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(True)  # Tab moves across the answers; Ctrl+Tab leaves the grid
        self.setStyleSheet(FOCUS_FRAME)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TallyModel.STATEMENT, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)

    def _count_cell(self, index: QModelIndex) -> bool:
        return TallyModel.answer_of(index.column()) is not None

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt's name
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return index
        start = self.currentIndex()
        for _ in range(self.model().columnCount() * max(1, self.model().rowCount())):
            if not index.isValid() or self._count_cell(index):
                return index
            self.setCurrentIndex(index)  # moveCursor moves on from the current cell
            index = super().moveCursor(action, modifiers)
        self.setCurrentIndex(start)
        return start

    def _down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:  # noqa: N802 - Qt's name
        if hint == Hint.SubmitModelCache:  # Enter: saved, and down to the next statement
            super().closeEditor(editor, Hint.NoHint)
            self._down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._leave(forward=event.key() == Qt.Key.Key_Tab
                        and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self._down()
            return
        super().keyPressEvent(event)


    def _leave(self, *, forward: bool) -> None:
        """Ctrl+Tab (Ctrl+Shift+Tab back): out of the grid to the next widget, so Tab within it is no trap."""
        self.setTabKeyNavigation(False)
        try:
            self.focusNextPrevChild(forward)
        finally:
            self.setTabKeyNavigation(True)


class BarDelegate(QStyledItemDelegate):
    """Draws a cell's share (SHARE_ROLE) as a grey bar along its foot, under the figures the cell shows."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        share = index.data(SHARE_ROLE)
        if not isinstance(share, float):
            return
        rect: QRect = option.rect.adjusted(3, 0, -3, -2)  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(Qt.GlobalColor.black)
        painter.drawRect(rect.left(), rect.bottom() - 4, rect.width(), 4)
        painter.fillRect(rect.left(), rect.bottom() - 4, round(rect.width() * share), 5, BAR)
        painter.restore()
