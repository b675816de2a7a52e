"""The Activities page: the entry row, the filters (period, type, peer supporter, text, the bin), the log read a page at
a time, and the totals of what is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from peerdesk.activities import log, retention, types
from peerdesk.activities.entries import (
    Activity,
    Context,
    add_activity,
    delete_activities,
    last_activity,
    restore_activities,
    update_activity,
)
from peerdesk.changes import op
from peerdesk.dates import parse_date
from peerdesk.errors import PeerDeskError
from peerdesk.gui.activities.actions import ActivitiesActions
from peerdesk.gui.activities.entry import EntryRow
from peerdesk.gui.activities.models import ActivitiesModel, one_decimal
from peerdesk.gui.messages import show_error
from peerdesk.gui.page import Page, action_button
from peerdesk.gui.session import Session
from peerdesk.gui.table_model import ID_ROLE
from peerdesk.gui.tables import record_table
from peerdesk.gui.translation import arg, current_lang, error_text, text
from peerdesk.i18n import QT_TRANSLATE_NOOP

STATUS_MS = 10_000
PERIODS = {
    "week": QT_TRANSLATE_NOOP("Activities", "This week"),
    "month": QT_TRANSLATE_NOOP("Activities", "This month"),
    "year": QT_TRANSLATE_NOOP("Activities", "This year"),
    "all": QT_TRANSLATE_NOOP("Activities", "All"),
    "custom": QT_TRANSLATE_NOOP("Activities", "Custom period"),
}
FROM = QT_TRANSLATE_NOOP("Field", "From")
TO = QT_TRANSLATE_NOOP("Field", "To")


class ActivitiesPage(Page):
    SHOWS = frozenset({"activities", "activity_types", "study_circles", "people", "placements"})
    actions: ActivitiesActions

    def __init__(self, actions: ActivitiesActions, session: Session | None, parent: QWidget | None = None) -> None:
        super().__init__(actions, session, parent)
        self.entry = EntryRow(actions, self)
        self.model = ActivitiesModel(self)
        self.view = record_table(self.model, self)
        # Widths set once, not measured from the rows: measuring runs through every loaded row after each reload,
        # which a filter keystroke on 100,000 activities cannot afford.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setWordWrap(False)  # one line per activity; the full note is in the tooltip
        metrics = self.view.fontMetrics()
        for column, sample in enumerate(("2026-11-23", "Brobygge för en ny besökare", "45 min", "Deltagare",
                                         "På enheten", "Egenmakt och gränser", "Ny tid bokad, följs upp",
                                         "Sara Åkesson", "Psykiatri: blev inte av")):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ActivitiesModel.DAY, Qt.SortOrder.DescendingOrder)
        self.view.addAction(actions.delete_activity)  # Delete acts on the list only; in a field it deletes text

        self.period = QComboBox(self, objectName="period")
        for key, label in PERIODS.items():
            self.period.addItem(text(label), key)
        self.period.setCurrentIndex(1)
        self.start = QLineEdit(self, objectName="from", maximumWidth=110)
        self.end = QLineEdit(self, objectName="to", maximumWidth=110)
        self.type_filter = QComboBox(self, objectName="type_filter")
        self.supporter_filter = QComboBox(self, objectName="supporter_filter")
        self.search = QLineEdit(self, objectName="search", clearButtonEnabled=True)
        self.bin = QCheckBox(self, objectName="bin")
        self.filter_labels = {name: QLabel(self) for name in ("period", "type", "supporter", "search")}
        for name, buddy in zip(self.filter_labels, (self.period, self.type_filter, self.supporter_filter,
                                                    self.search), strict=True):
            self.filter_labels[name].setBuddy(buddy)
        filters = QHBoxLayout()
        for widget in (self.filter_labels["period"], self.period, self.start, QLabel("–", self), self.end,
                       self.filter_labels["type"], self.type_filter, self.filter_labels["supporter"],
                       self.supporter_filter):
            filters.addWidget(widget)
        filters.addStretch()
        self.type_filter.setMaximumWidth(240)
        self.supporter_filter.setMaximumWidth(180)
        for field in (self.start, self.end):  # a whole date always shows
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("2026-11-23") + 16)
        # The search on a row of its own: with the dates whole, one row would not fit a laptop's width.
        search = QHBoxLayout()
        search.addWidget(self.filter_labels["search"])
        search.addWidget(self.search, 1)
        search.addWidget(self.bin)
        self.totals = QLabel(self, objectName="totals")
        self.filter_error = QLabel(self, objectName="filter_error", wordWrap=True)
        self.filter_error.setStyleSheet("color: #a00000; font-weight: bold;")
        self.filter_error.hide()
        # The totals on a line of their own under the log: beside six buttons they made the page wider than a laptop.
        buttons = QHBoxLayout()
        self.buttons = [action_button(a, self, mnemonic=False) for a in (actions.edit_activity, actions.delete_activity,
                                                   actions.restore_activity, actions.circles, actions.import_csv,
                                                   actions.export_csv)]
        for button in self.buttons:
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.entry.save_button, self.period)

        self.period.currentIndexChanged.connect(self._period_changed)
        for widget in (self.type_filter, self.supporter_filter):
            widget.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.start, self.end):
            edit.editingFinished.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        self.bin.toggled.connect(self._filters_changed)
        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        self.view.activated.connect(lambda _index: actions.edit_activity.trigger())
        self.entry.cancelled.connect(self._cancel_editing)
        actions.entry_wanted.connect(self.new_activity)
        actions.save.triggered.connect(self.save)
        actions.edit_activity.triggered.connect(self.edit_selected)
        actions.delete_activity.triggered.connect(self.delete_selected)
        actions.restore_activity.triggered.connect(self.restore_selected)
        actions.requested.connect(self._requested)
        actions.save.enabledChanged.connect(self.entry.setEnabled)
        self.entry.setEnabled(actions.save.isEnabled())
        self._period_changed()
        self.retranslate()
        self._clear_old_notes()

    # -- showing ------------------------------------------------------------------------------------------------

    def set_session(self, session: Session | None) -> None:
        self.entry.stop_editing()
        super().set_session(session)
        self._clear_old_notes()

    def _clear_old_notes(self) -> None:
        """The workspace's notes retention, applied when the log is first shown for a workspace."""
        if self.session is None or self.session.read_only:
            return
        try:
            cleared = retention.clear_expired_notes(self.session.ws)
        except PeerDeskError as err:
            show_error(self, err)
            return
        if cleared:
            self.show_status(arg(self.tr("Cleared the notes of %1 old activities, as this workspace's setting says."),
                             cleared))

    def reload(self) -> None:
        ws = self.session.ws if self.session else None
        if ws is None:
            self.model.clear()
            self._show_totals()
            return
        ctx = Context.load(ws)
        all_types = list(ctx.types.values())
        self.entry.set_choices(all_types, ctx.supporters, ctx.circles, ws.actor)
        self._fill_filter(self.type_filter, self.tr("All types"),
                          {t.key: t.label(current_lang()) for t in all_types})
        self._fill_filter(self.supporter_filter, self.tr("Everyone"), dict(ctx.supporters))
        self._load_rows(ctx.types)

    def _load_rows(self, all_types: dict[str, types.ActivityType] | None = None) -> None:
        if self.session is None:
            return
        flt = self._filter()
        if flt is None:
            return
        chosen = self._selected_id()
        shown = self.model.rowCount()
        self.model.load(self.session.ws, flt, all_types if all_types is not None else self.model.types,
                        at_least=shown if chosen is not None else 0)
        if chosen is not None and (row := self.model.row_of(chosen)) is not None:
            self.view.selectRow(row)
        self._show_totals()
        self.update_actions()

    @staticmethod
    def _fill_filter(combo: QComboBox, everything: str, choices: dict[object, str]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key, label in choices.items():
            combo.addItem(label, key)
        index = combo.findData(kept)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _period_changed(self) -> None:
        kind = self.period.currentData()
        custom = kind == "custom"
        for edit in (self.start, self.end):
            edit.setReadOnly(not custom)
        if not custom:
            start, end = log.period(kind, dt.date.today())
            self.start.setText(start.isoformat() if start else "")
            self.end.setText(end.isoformat() if end else "")
        self._filters_changed()

    def _filter(self) -> log.Filter | None:
        """The filter as set; None (with a message) when a custom date is wrong."""
        self.filter_error.hide()
        try:
            start = parse_date(self.start.text(), FROM, "from") if self.start.text().strip() else None
            end = parse_date(self.end.text(), TO, "to") if self.end.text().strip() else None
        except PeerDeskError as err:
            self.filter_error.setText("⚠ " + error_text(err))
            self.filter_error.show()
            return None
        return log.Filter(start, end, self.type_filter.currentData(), self.supporter_filter.currentData(),
                          self.search.text(), self.bin.isChecked())

    def _filters_changed(self) -> None:
        if self.isVisible() and not self._stale:
            self._load_rows()
        else:
            self._stale = True

    def _show_totals(self) -> None:
        t = self.model.totals
        self.totals.setText(arg(self.tr("Shown: %1 activities · %2 hours · %3 participant contacts"),
                                t.activities, one_decimal(t.minutes / 60), t.participants))

    def retranslate(self) -> None:
        self.entry.retranslate()
        for i, label in enumerate(PERIODS.values()):
            self.period.setItemText(i, text(label))
        # Only the search field has an Alt+letter: the entry row above has taken most letters; the lists beside it
        # are a Tab away.
        for name, label in [("period", self.tr("Period")), ("type", self.tr("Type")),
                            ("supporter", self.tr("By")), ("search", self.tr("Sea&rch"))]:
            self.filter_labels[name].setText(label)
        self.search.setPlaceholderText(self.tr("Text in theme or note"))
        self.bin.setText(self.tr("Show the &bin"))
        self.bin.setToolTip(self.tr("Deleted activities, which can be restored"))
        self.view.setAccessibleName(self.tr("Activities"))
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        self.model.refresh()
        self._show_totals()
        if self.session is not None:
            self.mark_stale(None)

    def update_actions(self) -> None:
        writable = self.session is not None and not self.session.read_only
        chosen = self._selected_id() is not None
        in_bin = self.bin.isChecked()
        a = self.actions
        for action, enabled in [(a.save, True), (a.edit_activity, chosen and not in_bin),
                                (a.delete_activity, chosen and not in_bin), (a.restore_activity, chosen and in_bin)]:
            action.setEnabled(writable and enabled)

    def _requested(self, name: str) -> None:
        {"repeat_last": self.repeat_last, "import_csv": self.import_csv, "export_csv": self.export_csv,
         "circles": lambda: self._open("CirclesDialog"), "types": lambda: self._open("TypesDialog"),
         "retention": lambda: self._open("RetentionDialog")}[name]()

    # -- the entry row -------------------------------------------------------------------------------------------

    def _cancel_editing(self) -> None:
        """Escape stops editing an entry (a new entry being typed is left as it is)."""
        if self.entry.editing is not None:
            self.entry.next_entry()

    def new_activity(self) -> None:
        if self.entry.editing is None and not self.entry.day.text().strip():
            self.entry.set_today()
        self.entry.focus()

    def save(self) -> None:
        if self.session is None or self.session.read_only:
            return
        entry = self.entry.entry()
        editing = self.entry.editing
        self.entry.clear_error()
        try:
            if editing is None:
                self.session.run(op(add_activity, entry=entry))
            else:
                self.session.run(op(update_activity, activity_id=editing.id, entry=entry))
        except PeerDeskError as err:
            self.entry.show_error(err)
            return
        self.entry.next_entry()
        self.show_status(self.tr("Saved. Undo with Ctrl+Z.") if editing is None else
                     self.tr("Changes saved. Undo with Ctrl+Z."))

    def repeat_last(self) -> None:
        if self.session is None:
            return
        last = last_activity(self.session.ws, self.entry.peer_supporter.currentData()) or \
            last_activity(self.session.ws)
        if last is None:
            self.show_status(self.tr("Nothing to repeat yet: no activity has been logged."))
            return
        self.entry.stop_editing()
        self.entry.fill(last.entry(), with_day=False)
        self.entry.focus()

    # -- the list ------------------------------------------------------------------------------------------------

    def _selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _selected(self) -> Activity | None:
        wanted = self._selected_id()
        return next((a for a in self.model.rows if a.id == wanted), None)

    def edit_selected(self) -> None:
        activity = self._selected()
        if activity is not None and self.session is not None and not self.session.read_only:
            self.entry.start_editing(activity)

    def delete_selected(self) -> None:
        activity = self._selected()
        if activity is None or self.session is None:
            return
        if self.run(op(delete_activities, ids=(activity.id,))):
            if self.entry.editing is not None and self.entry.editing.id == activity.id:
                self.entry.next_entry()
            self.show_status(arg(self.tr("Moved the activity of %1 to the bin. Undo with Ctrl+Z."),
                             activity.day.isoformat()))

    def restore_selected(self) -> None:
        activity = self._selected()
        if activity is not None and self.run(op(restore_activities, ids=(activity.id,))):
            self.show_status(arg(self.tr("Restored the activity of %1."), activity.day.isoformat()))

    # -- dialogs ------------------------------------------------------------------------------------------------

    def _open(self, name: str) -> None:
        if self.session is None:
            return
        from peerdesk.gui.activities import dialogs  # imported when first needed

        dialog = getattr(dialogs, name)(self.session, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def import_csv(self) -> None:
        if self.session is not None:
            from peerdesk.gui.activities.importing import import_file

            import_file(self.session, self.window())

    def export_csv(self) -> None:
        flt = self._filter()
        if self.session is not None and flt is not None:
            from peerdesk.gui.activities.importing import export_file

            export_file(self.session, self.window(), log.Filter(flt.start, flt.end, flt.type_key,
                                                                flt.peer_supporter_id, flt.text))
