"""The activity log's dialogs: study circles, activity types and how long notes are kept. Each change is one domain
operation run through the session (one undo step); the dialogs follow `Session.changed`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerdesk.activities import circles, retention, types
from peerdesk.changes import Op, op
from peerdesk.errors import PeerDeskError
from peerdesk.gui.activities.models import CirclesModel, TypesModel
from peerdesk.gui.forms import ERROR_STYLE, select_data
from peerdesk.gui.session import Session
from peerdesk.gui.tables import record_table, selected_record
from peerdesk.gui.translation import Retranslating, current_lang, error_text
from peerdesk.people import list_people


class _Dialog(Retranslating, QDialog):
    """A dialog that changes things at once (each button one undo step) and shows errors under its form."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.error = QLabel(self, objectName="error", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        session.changed.connect(self._changed)

    def _changed(self, touched: frozenset[str] | None) -> None:
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def run(self, operation: Op) -> bool:
        self.error.hide()
        try:
            self.session.run(operation)
        except PeerDeskError as err:
            self.error.setText("⚠ " + error_text(err))
            self.error.show()
            return False
        return True

    def done(self, result: int) -> None:
        self.session.changed.disconnect(self._changed)
        super().done(result)


class CirclesDialog(_Dialog):
    """Study circles: create one (theme, start, planned sessions, co-leader among the workspace's people), change
    or remove it, and see its sessions held, average attendance and study hours."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(session, parent)
        self.model = CirclesModel(self)
        self.view = record_table(self.model, self)
        self.theme = QLineEdit(self, objectName="circle_theme")
        self.start = QLineEdit(self, objectName="start_date")
        self.planned = QSpinBox(self, objectName="planned_sessions", minimum=1, maximum=circles.MAX_SESSIONS)
        self.planned.setValue(8)
        self.co_leader = QComboBox(self, objectName="co_leader")
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(self.labels, (self.theme, self.start, self.planned, self.co_leader), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.add = QPushButton(self)
        self.save = QPushButton(self)
        self.remove = QPushButton(self)
        row = QHBoxLayout()
        for button in (self.add, self.save, self.remove):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(self.close_buttons)
        self.setMinimumWidth(720)
        self.add.clicked.connect(self._add)
        self.save.clicked.connect(self._save)
        self.remove.clicked.connect(self._remove)
        self.view.selectionModel().selectionChanged.connect(self._selected_changed)
        self.start.setText(dt.date.today().isoformat())
        self.reload()
        self.retranslate()

    def reload(self) -> None:
        chosen = self._chosen()
        self.model.set_rows(circles.list_circles(self.session.ws))
        kept = self.co_leader.currentData()
        self.co_leader.clear()
        self.co_leader.addItem(self.tr("(none)"), None)
        for person in list_people(self.session.ws):
            self.co_leader.addItem(person.name, person.id)
        select_data(self.co_leader, kept)
        if chosen is not None and (row := self.model.row_of(chosen.id)) is not None:
            self.view.selectRow(row)
        self._selected_changed()

    def _chosen(self) -> circles.Circle | None:
        return selected_record(self.view)  # type: ignore[return-value]

    def _selected_changed(self) -> None:
        chosen = self._chosen()
        writable = not self.session.read_only
        self.save.setEnabled(writable and chosen is not None)
        self.remove.setEnabled(writable and chosen is not None)
        self.add.setEnabled(writable)
        if chosen is not None:
            self.theme.setText(chosen.theme)
            self.start.setText(chosen.start_date.isoformat())
            self.planned.setValue(chosen.planned_sessions)
            select_data(self.co_leader, chosen.co_leader_id)

    def _values(self) -> dict[str, object]:
        return {"theme": self.theme.text(), "start_date": self.start.text(), "planned_sessions": self.planned.value(),
                "co_leader_id": self.co_leader.currentData()}

    def _add(self) -> None:
        self.run(op(circles.add_circle, **self._values()))

    def _save(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.run(op(circles.update_circle, circle_id=chosen.id, **self._values()))

    def _remove(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.run(op(circles.remove_circle, circle_id=chosen.id))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Study circles"))
        for label, text in zip(self.labels, (self.tr("&Theme:"), self.tr("&Start date:"),
                                             self.tr("&Planned sessions:"), self.tr("&Co-leader:")), strict=True):
            label.setText(text)
        self.co_leader.setItemText(0, self.tr("(none)"))
        self.add.setText(self.tr("&Add as a new circle"))
        self.save.setText(self.tr("Save c&hanges"))
        self.remove.setText(self.tr("&Remove circle"))
        self.view.setAccessibleName(self.tr("Study circles"))
        self.model.refresh()


class TypesDialog(_Dialog):
    """Activity types: rename (the unit's own wording), hide or show again, add the unit's own, delete an unused one
    of the unit's own."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(session, parent)
        self.model = TypesModel(self)
        self.view = record_table(self.model, self)
        self.name = QLineEdit(self, objectName="type_label")
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.add = QPushButton(self)
        self.rename = QPushButton(self)
        self.hide_button = QPushButton(self)
        self.delete = QPushButton(self)
        form = QHBoxLayout()
        form.addWidget(self.name_label)
        form.addWidget(self.name, 1)
        row = QHBoxLayout()
        for button in (self.add, self.rename, self.hide_button, self.delete):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(self.close_buttons)
        self.resize(640, 520)
        self.add.clicked.connect(lambda: self.run(op(types.add_type, label=self.name.text())))
        self.rename.clicked.connect(self._rename)
        self.hide_button.clicked.connect(self._hide)
        self.delete.clicked.connect(self._delete)
        self.view.selectionModel().selectionChanged.connect(self._selected_changed)
        self.reload()
        self.retranslate()

    def reload(self) -> None:
        chosen = self._chosen()
        self.model.set_types(types.list_types(self.session.ws))
        if chosen is not None and (row := self.model.row_of(chosen.key)) is not None:
            self.view.selectRow(row)
        self._selected_changed()

    def _chosen(self) -> types.ActivityType | None:
        return selected_record(self.view)  # type: ignore[return-value]

    def _selected_changed(self) -> None:
        chosen = self._chosen()
        writable = not self.session.read_only
        for button in (self.rename, self.hide_button):
            button.setEnabled(writable and chosen is not None)
        self.delete.setEnabled(writable and chosen is not None and chosen.custom)
        self.add.setEnabled(writable)
        if chosen is not None:
            self.name.setText(chosen.own_label or chosen.label(current_lang()))
        self.retranslate()

    def _rename(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.run(op(types.rename_type, key=chosen.key, label=self.name.text()))

    def _hide(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.run(op(types.hide_type, key=chosen.key, hidden=not chosen.hidden))

    def _delete(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.run(op(types.delete_type, key=chosen.key))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Activity types"))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setToolTip(self.tr("Empty the name of a built-in type to show its built-in name again"))
        self.add.setText(self.tr("&Add as a new type"))
        self.rename.setText(self.tr("&Rename"))
        chosen = self._chosen()
        self.hide_button.setText(self.tr("&Show again") if chosen is not None and chosen.hidden else
                                 self.tr("&Hide"))
        self.delete.setText(self.tr("&Delete"))
        self.delete.setToolTip(self.tr("Only the unit's own types that no activity uses can be deleted"))
        self.view.setAccessibleName(self.tr("Activity types"))
        self.model.refresh()


class RetentionDialog(_Dialog):
    """How long the notes of activities are kept (off: for ever)."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(session, parent)
        self.explanation = QLabel(self, wordWrap=True)
        self.years = QSpinBox(self, objectName="years", minimum=0, maximum=retention.MAX_YEARS)
        self.years.setValue(retention.retention_years(session.ws) or 0)
        self.years_label = QLabel(self)
        self.years_label.setBuddy(self.years)
        row = QHBoxLayout()
        row.addWidget(self.years_label)
        row.addWidget(self.years)
        row.addStretch()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def reload(self) -> None:
        """Nothing to follow: the dialog shows the setting as it was opened."""

    def _save(self) -> None:
        years = self.years.value() or None
        if self.run(op(retention.set_notes_retention, years=years)):
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Old notes"))
        self.years_label.setText(self.tr("&Clear the notes of activities older than (years):"))
        self.years.setSpecialValueText(self.tr("never (keep them)"))
        self.explanation.setText(self.tr(
            "Notes are free text and may say more than they should as time goes by. PeerDesk can clear the notes of "
            "activities older than a number of years; the date, type, duration and counts stay, so summaries are "
            "not affected. A backup is made first. Backups that still hold the notes age out of the backup "
            "thinning within about nine months."))
