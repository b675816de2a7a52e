"""Edit › Job description › Section template…: the sections job descriptions started later begin with. Each change
is one undo step; job descriptions already started keep their own sections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.changes import Op, op
from peerdesk.errors import PeerDeskError
from peerdesk.gui.jobdesc.dialogs import TitleDialog
from peerdesk.gui.messages import show_error
from peerdesk.gui.session import Session
from peerdesk.gui.translation import Retranslating, current_lang
from peerdesk.jobdesc import template


class TemplateDialog(Retranslating, QDialog):
    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.label = QLabel(self, wordWrap=True)
        self.list = QListWidget(self, objectName="template_sections")
        self.label.setBuddy(self.list)
        self.add, self.rename, self.up, self.down, self.remove = (QPushButton(self) for _ in range(5))
        self.add.clicked.connect(self._add)
        self.rename.clicked.connect(self._rename)
        self.up.clicked.connect(lambda: self._run(lambda sid: op(template.move_section, section_id=sid, offset=-1)))
        self.down.clicked.connect(lambda: self._run(lambda sid: op(template.move_section, section_id=sid, offset=1)))
        self.remove.clicked.connect(lambda: self._run(lambda sid: op(template.remove_section, section_id=sid)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        for button in (self.add, self.rename, self.up, self.down, self.remove):
            side.addWidget(button)
        side.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        session.changed.connect(self.fill)
        self.list.currentRowChanged.connect(self._enable)
        self.fill()
        self.retranslate()

    def fill(self, _touched: object = None) -> None:
        chosen = self._selected()
        self.list.clear()
        for section in template.list_template(self.session.ws):
            item = QListWidgetItem(section.shown_title(current_lang()), self.list)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            if section.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _enable(self) -> None:
        writable = not self.session.read_only
        for button in (self.rename, self.up, self.down, self.remove):
            button.setEnabled(writable and self._selected() is not None)
        self.add.setEnabled(writable)

    def _run(self, make: Callable[[int], Op]) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self.session.run(make(chosen))
        except PeerDeskError as err:
            show_error(self, err)

    def _title_dialog(self, title: str, make: Callable[[str], Op]) -> None:
        dialog = TitleDialog(self.session, self, lambda: self.tr("Template section"), title, make)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _add(self) -> None:
        self._title_dialog("", lambda title: op(template.add_section, title=title))

    def _rename(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            current = template.get_section(self.session.ws, chosen).shown_title(current_lang())
            self._title_dialog(current, lambda title: op(template.rename_section, section_id=chosen, title=title))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Section template"))
        self.label.setText(self.tr("&Sections a job description starts with. Changes apply to job descriptions "
                                   "started later; built-in sections show in each reader's language until "
                                   "renamed."))
        for button, label in [(self.add, self.tr("&Add…")), (self.rename, self.tr("Re&name…")),
                              (self.up, self.tr("Move &up")), (self.down, self.tr("Move &down")),
                              (self.remove, self.tr("Re&move"))]:
            button.setText(label)
        self.fill()
