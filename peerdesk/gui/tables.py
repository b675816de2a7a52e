"""Read-only record tables: one look and one keyboard behaviour for every table view (Overview, Backups)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from peerdesk.gui.table_model import ID_ROLE, RowsModel

# Where the keyboard is must be visible: a focused list or table gets a clear frame (not only a colour change of
# its selection, which looks the same whether or not it has the focus).
FOCUS_FRAME = "QAbstractItemView:focus { border: 2px solid palette(highlight); }"


def record_table(model: RowsModel, parent: QWidget, *, fit_rows: bool = False) -> QTableView:
    """A table of whole-row selections. `fit_rows`: as tall as all its rows, for a page that scrolls as a whole
    (a table inside a scrolling page should not scroll on its own)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap); the arrow keys move inside it
    view.setAlternatingRowColors(True)
    view.setStyleSheet(FOCUS_FRAME)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The last column takes what is left and elides in the middle when that is too little (a narrow window): its
    # full text is in the tooltip. The others keep their content's width.
    header.setSectionResizeMode(model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    if fit_rows:
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        # Fixed: the layout gives it exactly its rows' height, so the page (not the table) scrolls.
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return view


def selected_record(view: QTableView) -> object | None:
    """The record of the selected row of a RowsModel's view; None when nothing is selected."""
    model = view.model()
    assert isinstance(model, RowsModel)
    rows = view.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None


def select_id(view: QTableView, wanted: object | None) -> None:
    """Select the record that was selected before a reload, by its id (the first row when none was)."""
    model = view.model()
    assert isinstance(model, RowsModel)
    row = 0 if wanted is None else model.row_of(wanted)
    if row is not None and row < model.rowCount():
        view.selectRow(row)


def selected_id(view: QTableView) -> object | None:
    """The domain id of the selected row's record; None when nothing is selected."""
    rows = view.selectionModel().selectedRows()
    return rows[0].data(ID_ROLE) if rows else None
