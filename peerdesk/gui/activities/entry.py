"""The entry row at the top of the Activities page: keyboard first. Ctrl+N puts the cursor in it, Tab moves on,
Enter saves and the cursor comes back for the next entry; Escape stops editing an entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peerdesk.activities.durations import format_duration
from peerdesk.activities.entries import DESTINATIONS, PLACES, Activity, Entry
from peerdesk.activities.types import ActivityType
from peerdesk.errors import InvalidInput, PeerDeskError
from peerdesk.gui.activities.actions import ActivitiesActions
from peerdesk.gui.forms import ERROR_STYLE, fill_choices, retranslate_choices, select_data
from peerdesk.gui.translation import arg, current_lang, error_text


class EntryRow(QGroupBox):
    """Fields named like the domain's fields, so an error goes to its field. `entry()` reads what is typed."""

    cancelled = Signal()

    def __init__(self, actions: ActivitiesActions, parent: QWidget) -> None:
        super().__init__(parent)
        self.editing: Activity | None = None
        self._types: dict[str, ActivityType] = {}
        self.day = QLineEdit(self, objectName="day")
        self.day.setMaxLength(10)
        self.type = QComboBox(self, objectName="type")
        self.duration = QLineEdit(self, objectName="duration")
        self.participants = QLineEdit(self, objectName="participants")
        self.place = QComboBox(self, objectName="place")
        fill_choices(self.place, PLACES)
        self.peer_supporter = QComboBox(self, objectName="peer_supporter")
        self.theme = QLineEdit(self, objectName="theme")
        self.note = QLineEdit(self, objectName="note")
        self.visit_destination = QComboBox(self, objectName="visit_destination")
        fill_choices(self.visit_destination, DESTINATIONS)
        self.visit_destination.setCurrentIndex(-1)
        self.visit_took_place = QCheckBox(self, objectName="visit_took_place")
        self.visit_took_place.setChecked(True)
        self.circle = QComboBox(self, objectName="circle")
        for field in (self.day, self.duration, self.participants):
            field.setMaximumWidth(110)
        self.save_button = QPushButton(self, objectName="save")
        self.save_button.clicked.connect(actions.save.trigger)
        self.repeat_button = QPushButton(self, objectName="repeat_last")
        self.repeat_button.clicked.connect(actions.repeat_last.trigger)
        self.cancel_button = QPushButton(self, objectName="cancel_edit")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.cancel_button.hide()
        self.hint = QLabel(self, objectName="privacy_hint", wordWrap=True)
        self.hint.setStyleSheet("font-style: italic;")
        self.error = QLabel(self, objectName="entry_error", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._described: QWidget | None = None
        self.addAction(actions.save)  # Enter saves anywhere in the row (WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        grid = QGridLayout(self)
        self.labels: dict[str, QLabel] = {}
        first = [self.day, self.type, self.duration, self.participants, self.place, self.peer_supporter]
        second = [self.theme, self.note, self.visit_destination, self.visit_took_place, self.circle]
        places = {**{w.objectName(): (0, column, 1) for column, w in enumerate(first)},
                  "theme": (2, 0, 2), "note": (2, 2, 2), "visit_destination": (2, 4, 1), "visit_took_place": (2, 5, 1),
                  "circle": (2, 4, 2)}  # (row, column, columns spanned); a circle and a visit never show together
        for field in [*first, *second]:
            row, column, span = places[field.objectName()]
            if field is not self.visit_took_place:
                label = QLabel(self)
                label.setBuddy(field)
                self.labels[field.objectName()] = label
                grid.addWidget(label, row, column, 1, span)
            grid.addWidget(field, row + 1, column, 1, span)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(5, 1)
        grid.addWidget(self.error, 4, 0, 1, 6)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        for button in (self.repeat_button, self.cancel_button, self.save_button):
            bottom.addWidget(button)
        grid.addLayout(bottom, 5, 0, 1, 6)
        for first_widget, second_widget in zip(
                [*first, *second, self.repeat_button],
                [*first[1:], *second, self.save_button, self.save_button], strict=False):
            QWidget.setTabOrder(first_widget, second_widget)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.set_today()
        self.retranslate()

    # -- choices ------------------------------------------------------------------------------------------------

    def set_choices(self, types: list[ActivityType], supporters: dict[int, str], circles: dict[int, str],
                    actor: str) -> None:
        """Fill the lists, keeping what is chosen; the peer supporter is whoever is acting, when a peer supporter."""
        self._types = {t.key: t for t in types}
        lang = current_lang()
        kept_type, kept_supporter, kept_circle = (self.type.currentData(), self.peer_supporter.currentData(),
                                                  self.circle.currentData())
        self.type.blockSignals(True)
        self.type.clear()
        for kind in types:
            if not kind.hidden or (self.editing is not None and kind.key == self.editing.type_key):
                self.type.addItem(kind.label(lang), kind.key)
        self.type.setCurrentIndex(-1)
        select_data(self.type, kept_type)
        self.type.blockSignals(False)
        self.peer_supporter.clear()
        for pid, name in supporters.items():
            self.peer_supporter.addItem(name, pid)
        self.peer_supporter.setCurrentIndex(-1)
        acting = next((pid for pid, name in supporters.items() if name == actor), None)
        select_data(self.peer_supporter, kept_supporter if kept_supporter is not None else acting)
        self.circle.clear()
        for cid, theme in circles.items():
            self.circle.addItem(theme, cid)
        self.circle.setCurrentIndex(-1 if kept_circle is None else self.circle.findData(kept_circle))
        self._type_changed()

    def _kind(self) -> ActivityType | None:
        return self._types.get(self.type.currentData())

    def _type_changed(self) -> None:
        kind = self._kind()
        text_allowed = kind is None or kind.text
        for field in (self.theme, self.note):
            field.setEnabled(text_allowed)
            if not text_allowed:
                field.clear()
        self.theme.setPlaceholderText("" if text_allowed else self.tr("Not logged for supervision"))
        visit, circle = bool(kind and kind.visit), bool(kind and kind.circle)
        for widget in (self.visit_destination, self.visit_took_place, self.labels["visit_destination"]):
            widget.setVisible(visit)
        for widget in (self.circle, self.labels["circle"]):
            widget.setVisible(circle)

    # -- reading and filling --------------------------------------------------------------------------------------

    def entry(self) -> Entry:
        kind = self._kind()
        return Entry(
            day=self.day.text(), type_key=self.type.currentData(), duration=self.duration.text(),
            participants=self.participants.text(), place=self.place.currentData() or "unit",
            theme=self.theme.text() if kind is None or kind.text else "",
            note=self.note.text() if kind is None or kind.text else "",
            peer_supporter_id=self.peer_supporter.currentData(),
            visit_destination=self.visit_destination.currentData() if kind and kind.visit else None,
            visit_took_place=self.visit_took_place.isChecked() if kind and kind.visit else None,
            circle_id=self.circle.currentData() if kind and kind.circle else None)

    def fill(self, entry: Entry, *, with_day: bool) -> None:
        if with_day:
            self.day.setText(entry.day.isoformat() if isinstance(entry.day, dt.date) else str(entry.day))
        select_data(self.type, entry.type_key)
        self._type_changed()
        self.duration.setText(format_duration(entry.duration) if isinstance(entry.duration, int)
                              else entry.duration)
        self.participants.setText(str(entry.participants))
        select_data(self.place, entry.place)
        select_data(self.peer_supporter, entry.peer_supporter_id)
        self.theme.setText(entry.theme)
        self.note.setText(entry.note)
        self.visit_destination.setCurrentIndex(self.visit_destination.findData(entry.visit_destination))
        self.visit_took_place.setChecked(entry.visit_took_place is not False)
        self.circle.setCurrentIndex(self.circle.findData(entry.circle_id))

    def set_today(self) -> None:
        self.day.setText(dt.date.today().isoformat())

    def next_entry(self) -> None:
        """After a save: the day, type, place and peer supporter stay (the next entry is often alike)."""
        self.stop_editing()
        for field in (self.duration, self.participants, self.theme, self.note):
            field.clear()
        self.visit_destination.setCurrentIndex(-1)
        self.visit_took_place.setChecked(True)
        self.focus()

    def start_editing(self, activity: Activity) -> None:
        self.editing = activity
        select_data(self.type, activity.type_key)
        if self.type.currentData() != activity.type_key:  # a type hidden since: still shown for its entries
            kind = self._types.get(activity.type_key)
            self.type.addItem(kind.label(current_lang()) if kind else activity.type_key, activity.type_key)
        self.fill(activity.entry(), with_day=True)
        self.cancel_button.show()
        self.retranslate()
        self.focus()

    def stop_editing(self) -> None:
        if self.editing is not None:
            self.editing = None
            self.cancel_button.hide()
            self.retranslate()
        self.clear_error()

    def focus(self) -> None:
        self.day.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.day.selectAll()

    # -- errors ---------------------------------------------------------------------------------------------------

    def show_error(self, err: PeerDeskError) -> None:
        """By its field: the message under the row, the field focused with its text selected; nothing typed lost."""
        self.clear_error()
        message = error_text(err)
        self.error.setText("⚠ " + message)
        self.error.show()
        field = self.findChild(QWidget, err.field) if isinstance(err, InvalidInput) and err.field else None
        for edit in self.findChildren(QLineEdit):
            edit.deselect()  # only the field to correct shows a selection
        if field is not None:
            field.setAccessibleDescription(message)
            self._described = field
            field.setFocus()
            if isinstance(field, QLineEdit):
                start, end = err.params.get("start"), err.params.get("end")
                if isinstance(start, int) and isinstance(end, int):
                    field.setSelection(start, end - start)
                else:
                    field.selectAll()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
        if self._described is not None:
            self._described.setAccessibleDescription("")
            self._described = None

    def retranslate(self) -> None:
        if self.editing is None:
            self.setTitle(self.tr("New activity (Ctrl+N) – Enter saves"))
        else:
            self.setTitle(arg(self.tr("Editing the activity of %1 – Enter saves, Escape cancels"),
                              self.editing.day.isoformat()))
        for name, label in [("day", self.tr("&Date")), ("type", self.tr("T&ype")),
                            ("duration", self.tr("D&uration")), ("participants", self.tr("Partici&pants")),
                            ("place", self.tr("&Where")), ("peer_supporter", self.tr("Peer &supporter")),
                            ("theme", self.tr("&Theme")), ("note", self.tr("N&ote")),
                            ("visit_destination", self.tr("Desti&nation")), ("circle", self.tr("Study &circle"))]:
            self.labels[name].setText(label)
        self.visit_took_place.setText(self.tr("Visit too&k place"))
        self.duration.setPlaceholderText(self.tr("45 min, 1,5 h, 1:30"))
        self.participants.setPlaceholderText(self.tr("0 if none"))
        self.duration.setToolTip(self.tr("Minutes (90, 45 min), hours (1,5 h, 1.5h) or hours:minutes (1:30)"))
        self.participants.setToolTip(self.tr("Service users present (0 for work without them)"))
        self.peer_supporter.setPlaceholderText(self.tr("Choose…"))
        for combo in (self.type, self.visit_destination, self.circle):
            combo.setPlaceholderText(self.tr("Choose…"))
        self.hint.setText(self.tr("Never write names or anything else that tells who a service user is: count "
                                  "them instead."))
        self.save_button.setText(self.tr("Save") if self.editing is None else self.tr("Save changes"))
        self.repeat_button.setText(self.tr("Repeat &last"))
        self.cancel_button.setText(self.tr("Cancel editing"))
        retranslate_choices(self.place, PLACES)
        retranslate_choices(self.visit_destination, DESTINATIONS)
        lang = current_lang()
        for i in range(self.type.count()):
            kind = self._types.get(self.type.itemData(i))
            if kind is not None:
                self.type.setItemText(i, kind.label(lang))
