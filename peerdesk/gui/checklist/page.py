"""The introduction checklist of one placement: filters, progress per phase and overall, the items, and the selected
item's help text, answer and history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk import people, placements
from peerdesk.changes import Op, op
from peerdesk.checklist import items as checklist
from peerdesk.checklist import own_template
from peerdesk.checklist.builtin import PHASES, ROLE_OWNER
from peerdesk.checklist.items import Item, Progress
from peerdesk.gui.checklist.actions import ChecklistActions
from peerdesk.gui.checklist.models import HistoryModel, ItemsModel
from peerdesk.gui.checklist.panel import progress_text
from peerdesk.gui.page import Page, action_button
from peerdesk.gui.session import Session
from peerdesk.gui.table_model import ID_ROLE
from peerdesk.gui.tables import record_table
from peerdesk.gui.translation import arg, current_lang, text
from peerdesk.placements import Placement

STATE_WIDTH, ANSWER_WIDTH, ITEM_MIN_WIDTH = 190, 170, 320
HISTORY_HEIGHT = 100
SHOWS = frozenset({"placements", "people", checklist.ITEMS, checklist.HISTORY, checklist.TEMPLATE})


class ChecklistPage(Page):
    SHOWS = SHOWS
    actions: ChecklistActions

    def __init__(self, actions: ChecklistActions, session: Session | None, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(actions, session, parent)
        self.model = ItemsModel(self, today=today)
        self.history_model = HistoryModel(self)
        self.placements: list[Placement] = []
        self.all_items: list[Item] = []
        self.my_owner: str | None = None
        self._actor: str | None = None
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.placement_label = QLabel(self)
        self.placement = QComboBox(self)
        self.placement.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.placement_label.setBuddy(self.placement)
        self.phase_label = QLabel(self)
        self.phase = QComboBox(self)
        self.phase_label.setBuddy(self.phase)
        self.mine = QCheckBox(self)
        self.overdue = QCheckBox(self)
        self.show_removed = QCheckBox(self)
        for widget in (self.placement_label, self.placement, self.phase_label, self.phase):
            filters.addWidget(widget)
        filters.addStretch()
        layout.addLayout(filters)
        # The switches on a row of their own: beside a long placement name they would not fit a laptop's width.
        switches = QHBoxLayout()
        for widget in (self.mine, self.overdue, self.show_removed):
            switches.addWidget(widget)
        switches.addStretch()
        layout.addLayout(switches)

        self.progress_box = QGroupBox(self)
        grid = QGridLayout(self.progress_box)
        self.overall_label = QLabel(self.progress_box, wordWrap=True)  # (a narrow window wraps the phases' words)
        self.overall = QProgressBar(self.progress_box)
        grid.addWidget(self.overall_label, 0, 0)
        grid.addWidget(self.overall, 1, 0)
        self.phase_labels: dict[str, QLabel] = {}
        self.phase_bars: dict[str, QProgressBar] = {}
        for column, phase in enumerate(PHASES, 1):
            self.phase_labels[phase] = QLabel(self.progress_box, wordWrap=True)
            self.phase_bars[phase] = QProgressBar(self.progress_box)
            grid.addWidget(self.phase_labels[phase], 0, column)
            grid.addWidget(self.phase_bars[phase], 1, column)
            grid.setColumnStretch(column, 1)  # the width shared out, so that no label wraps while there is room
        grid.setColumnStretch(0, 2)
        layout.addWidget(self.progress_box)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.view = record_table(self.model, top)
        self.view.setWordWrap(False)
        # The item's words take the room there is (elided, whole in the tooltip); the answer gets a column of its
        # own width, the others fit their content.
        # Widths are fitted when the rows are replaced, not on every change of a row (a tick repaints one row only).
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ItemsModel.STATE, STATE_WIDTH)  # long texts (a reason, details) are elided
        header.resizeSection(ItemsModel.ANSWER, ANSWER_WIDTH)
        self.view.installEventFilter(self)  # the item's words get the room left when the table is resized
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Space ticks, Ctrl+Shift+Up/Down move the item, while the table has the focus.
        self.view.addActions([actions.toggle_done, actions.move_up, actions.move_down])
        top_layout.addWidget(self.view)
        self.buttons: list[QToolButton] = []
        for group in ((actions.toggle_done, actions.not_applicable, actions.answer, actions.comment),
                      (actions.add_item, actions.edit_item, actions.move_up, actions.move_down, actions.remove_item,
                       actions.restore_item)):
            row = QHBoxLayout()
            for action in group:
                self.buttons.append(action_button(action, top))
                row.addWidget(self.buttons[-1])
            row.addStretch()
            top_layout.addLayout(row)
        # Which template new placements get, beside the buttons that change it.
        self.template_note = QLabel(top)
        self.template_buttons = [action_button(a, top) for a in (actions.save_template, actions.builtin_template)]
        row = QHBoxLayout()
        row.addWidget(self.template_note)
        for button in self.template_buttons:
            row.addWidget(button)
        row.addStretch()
        top_layout.addLayout(row)

        self.details = QGroupBox(splitter)
        details = QVBoxLayout(self.details)
        self.title = QLabel(self.details, wordWrap=True)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.help = QLabel(self.details, wordWrap=True)
        self.state = QLabel(self.details, wordWrap=True)
        self.history_label = QLabel(self.details)
        self.history_view = record_table(self.history_model, self.details)
        self.history_view.setMaximumHeight(HISTORY_HEIGHT)
        self.history_label.setBuddy(self.history_view)
        for widget in (self.title, self.help, self.state, self.history_label, self.history_view):
            details.addWidget(widget)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([4 * HISTORY_HEIGHT * 10, HISTORY_HEIGHT])  # the items first; the details as they need
        layout.addWidget(splitter, 1)

        chain = [self.placement, self.phase, self.mine, self.overdue, self.show_removed, self.view, *self.buttons,
                 *self.template_buttons, self.history_view]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.placement.currentIndexChanged.connect(self._placement_chosen)
        for box in (self.mine, self.overdue, self.show_removed):
            box.toggled.connect(self.show_items)
        self.phase.currentIndexChanged.connect(self.show_items)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(self._double_clicked)
        self.model.toggle_requested.connect(self.toggle)
        actions.toggle_done.triggered.connect(lambda: self._on_selected(lambda i: op(checklist.toggle, item_id=i.id)))
        actions.not_applicable.triggered.connect(lambda: self._dialog("NoteDialog", kind="reason"))
        actions.answer.triggered.connect(lambda: self._dialog("AnswerDialog"))
        actions.comment.triggered.connect(lambda: self._dialog("NoteDialog", kind="comment"))
        actions.edit_item.triggered.connect(lambda: self._dialog("ItemDialog"))
        actions.add_item.triggered.connect(self.add_item)
        actions.move_up.triggered.connect(lambda: self._on_selected(lambda i: op(checklist.move_item, item_id=i.id,
                                                                                 step=-1)))
        actions.move_down.triggered.connect(lambda: self._on_selected(lambda i: op(checklist.move_item, item_id=i.id,
                                                                                   step=1)))
        actions.remove_item.triggered.connect(lambda: self._on_selected(lambda i: op(checklist.remove_item,
                                                                                     item_id=i.id)))
        actions.restore_item.triggered.connect(lambda: self._on_selected(lambda i: op(checklist.restore_item,
                                                                                      item_id=i.id)))
        actions.save_template.triggered.connect(self.save_template)
        actions.builtin_template.triggered.connect(lambda: self.run(op(own_template.use_builtin_template)))
        # Overdue counts from today: a window left open overnight moves on at midnight.
        self._midnight = QTimer(self, singleShot=True, timeout=self._new_day)
        self._new_day()
        self.retranslate()

    # -- showing ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        ws = self.session.ws if self.session else None
        self.model.editable = ws is not None and not ws.read_only
        self.placements = placements.list_placements(ws) if ws else []
        self._fill_placements()
        self._follow_actor()
        self._load_items()
        self._show_template_note()

    def _fill_placements(self) -> None:
        wanted = self.placement.currentData()
        if wanted not in [p.id for p in self.placements]:
            running = [p for p in self.placements if p.ended_on is None] or self.placements
            wanted = running[-1].id if running else None  # the newest placement: the one being introduced
        self.placement.blockSignals(True)
        self.placement.clear()
        for p in self.placements:
            self.placement.addItem(arg(self.tr("%1 (%2 – %3)"), p.peer_supporter, p.start_date.isoformat(),
                                       p.planned_end_date.isoformat()), p.id)
        index = self.placement.findData(wanted)
        self.placement.setCurrentIndex(max(index, 0) if self.placements else -1)
        self.placement.blockSignals(False)

    def _follow_actor(self) -> bool:
        """Whose items are "mine" follows the person acting (Edit › Switch person). True when that changed."""
        actor = self.session.ws.actor if self.session else None
        if actor == self._actor:
            return False
        self._actor = actor
        self.my_owner = self._my_owner()
        self.mine.setEnabled(self.my_owner is not None)
        if self.my_owner is None:
            self.mine.setChecked(False)
        return True

    def _my_owner(self) -> str | None:
        """The owner whose items are "mine": by the role of the person acting (none when they are not named here)."""
        if self.session is None:
            return None
        actor = self.session.ws.actor
        person = next((p for p in people.list_people(self.session.ws) if p.name == actor), None)
        return ROLE_OWNER.get(person.role) if person else None

    def _placement_id(self) -> int | None:
        return self.placement.currentData()

    def _placement_chosen(self) -> None:
        self._load_items()

    def _load_items(self) -> None:
        placement_id = self._placement_id()
        ws = self.session.ws if self.session else None
        self.all_items = checklist.list_items(ws, placement_id, include_removed=True) \
            if ws and placement_id is not None else []
        self.show_progress()
        self.show_items()

    def show_progress(self) -> None:
        overall, per_phase = checklist.progress(self.all_items)
        self._set_bar(self.overall, overall)
        self.overall_label.setText(arg(self.tr("Overall: %1"), progress_text(overall)))
        for phase, p in per_phase.items():
            self._set_bar(self.phase_bars[phase], p)
            # A narrow window wraps the phase's name, never its count: the spaces around the count do not break.
            self.phase_labels[phase].setText(arg(self.tr("%1: %2 of %3").replace(" ", "\u00a0"), text(PHASES[phase]),
                                                 p.settled, p.total))

    @staticmethod
    def _set_bar(bar: QProgressBar, p: Progress) -> None:
        """Only what changed: a progress bar repaints at once on each new value."""
        value, top = (p.settled, p.total) if p.total else (1, 1)
        if (bar.maximum(), bar.value()) != (top, value):
            bar.setRange(0, top)
            bar.setValue(value)
            bar.setFormat(f"{p.percent} %")
            bar.setAccessibleName(progress_text(p))

    def visible_items(self) -> list[Item]:
        phase = self.phase.currentData()
        today = self.model.today
        return [i for i in self.all_items
                if (self.show_removed.isChecked() or not i.removed)
                and (phase is None or i.phase == phase)
                and (not self.mine.isChecked() or i.owner == self.my_owner)
                and (not self.overdue.isChecked() or i.overdue(today))]

    def show_items(self) -> None:
        chosen = self.selected_id()
        visible = self.visible_items()
        if self.model.update_rows(visible):  # the same rows (a tick, an answer): repainted in place, fast
            self._show_details()
            self.update_actions()
            return
        self.model.set_rows(visible)
        for column in (ItemsModel.DONE, ItemsModel.PHASE, ItemsModel.OWNER, ItemsModel.DUE):
            self.view.resizeColumnToContents(column)
        self._fit_item_column()
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.view.selectRow(row)
        self._show_details()
        self.update_actions()

    def _show_template_note(self) -> None:
        own = self.session is not None and own_template.has_own_template(self.session.ws)
        self.template_note.setText(self.tr("New placements get the workspace's own checklist template.") if own
                                   else self.tr("New placements get PeerDesk's built-in checklist."))

    def _new_day(self) -> None:
        if self.all_items:
            self.show_items()
        now = dt.datetime.now()
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def _show_details(self) -> None:
        item = self.selected_item()
        lang = current_lang()
        self.title.setText(item.title(lang) if item else self.tr("No item selected."))
        why = item.help_text(lang) if item else ""
        self.help.setText(arg(self.tr("Why it matters: %1"), why) if why else "")
        self.help.setVisible(bool(why))
        lines = [self.model.index(self.model.row_of(item.id), ItemsModel.STATE).data()] if item else []
        if item and item.answer_text(lang):
            lines.append(arg(self.tr("Answer: %1"), item.answer_text(lang)))
        self.state.setText("\n".join(lines))
        history = checklist.list_history(self.session.ws, item.id) if item and self.session else []
        self.history_model.set_item(item, history)

    def retranslate(self) -> None:
        self.placement_label.setText(self.tr("P&lacement:"))
        self.phase_label.setText(self.tr("&Phase:"))
        self.mine.setText(self.tr("M&y items"))
        self.overdue.setText(self.tr("Over&due only"))
        self.show_removed.setText(self.tr("Show re&moved"))
        self.mine.setToolTip(self.tr("Only the items your role owns (you choose who you are in Edit › Switch "
                                     "person)"))
        self.progress_box.setTitle(self.tr("Progress (done or not applicable)"))
        self.details.setTitle(self.tr("Selected item"))
        self.history_label.setText(self.tr("History and comments"))
        self.view.setAccessibleName(self.tr("Checklist items"))
        self.history_view.setAccessibleName(self.tr("History of the selected item"))
        chosen = self.phase.currentData()
        self.phase.blockSignals(True)
        self.phase.clear()
        self.phase.addItem(self.tr("All phases"), None)
        for key, label in PHASES.items():
            self.phase.addItem(text(label), key)
        self.phase.setCurrentIndex(max(self.phase.findData(chosen), 0))
        self.phase.blockSignals(False)
        for model in (self.model, self.history_model):
            model.refresh()
        if self.session is not None:
            self.reload()

    def _fit_item_column(self) -> None:
        """The item's words take what the other columns leave, but never less than ITEM_MIN_WIDTH (a narrow window
        scrolls sideways rather than hide what the item says)."""
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.model.columnCount()) if c != ItemsModel.ITEM)
        header.resizeSection(ItemsModel.ITEM, max(ITEM_MIN_WIDTH, self.view.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_item_column()
        return super().eventFilter(watched, event)

    def update_actions(self) -> None:
        if self._follow_actor() and self.mine.isChecked():  # someone else acts now: their items
            self.show_items()
            return
        writable = self.session is not None and not self.session.read_only
        item = self.selected_item()
        live = item is not None and not item.removed
        a = self.actions
        for action, enabled in [
                (a.toggle_done, live), (a.not_applicable, live), (a.answer, live and item.decision),
                (a.comment, item is not None), (a.edit_item, live), (a.add_item, self._placement_id() is not None),
                (a.move_up, live), (a.move_down, live), (a.remove_item, live),
                (a.restore_item, item is not None and item.removed),
                (a.save_template, self._placement_id() is not None), (a.builtin_template, True)]:
            action.setEnabled(writable and bool(enabled))

    # -- selection ----------------------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def selected_item(self) -> Item | None:
        wanted = self.selected_id()
        return next((i for i in self.model.rows if i.id == wanted), None)

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.view.selectRow(row)

    def _selection_changed(self) -> None:
        self._show_details()
        self.update_actions()

    def _double_clicked(self) -> None:
        item = self.selected_item()
        if item and item.decision:
            self.actions.answer.trigger()
        else:
            self.actions.edit_item.trigger()

    # -- editing ------------------------------------------------------------------------------------------------

    def _on_selected(self, make: Callable[[Item], Op]) -> None:
        item = self.selected_item()
        if item is not None:
            self.run(make(item))

    def toggle(self, item_id: int) -> None:
        """The checkbox was clicked: tick or reopen that item (and keep it selected)."""
        self.select_item(item_id)
        self.run(op(checklist.toggle, item_id=item_id))

    def _dialog(self, name: str, **more: object) -> None:
        item = self.selected_item()
        if item is not None:
            self._open(name, item, **more)

    def add_item(self) -> None:
        if self._placement_id() is not None:
            self._open("ItemDialog", None, placement_id=self._placement_id(), phase=self.phase.currentData())

    def _open(self, name: str, subject: Item | None, **more: object) -> None:
        """Window-modal, not blocking: the dialog saves by itself and the page reloads on `Session.changed`."""
        if self.session is None:
            return
        from peerdesk.gui.checklist import dialogs  # imported when first needed

        dialog = getattr(dialogs, name)(self.session, subject, self.window(), **more)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def save_template(self) -> None:
        placement_id = self._placement_id()
        if placement_id is not None and self.run(op(own_template.save_as_template, placement_id=placement_id)):
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Kept as the workspace's checklist template: the next "
                                                       "placement gets it. Undo with Ctrl+Z."), 10_000)
