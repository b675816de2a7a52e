"""'Who are you?': the person whose name every save records, remembered per workspace for this OS user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from peerdesk import people
from peerdesk.gui.translation import Retranslating, text
from peerdesk.people import ROLES, Person
from peerdesk.settings import Settings
from peerdesk.store import Workspace


def remembered(ws: Workspace, settings: Settings) -> Person | None:
    """The person this OS user said they were last time, else the first unit manager (a sensible default)."""
    everyone = people.list_people(ws)
    wanted = settings.get("person_by_workspace").get(ws.workspace_id)  # type: ignore[union-attr]
    for person in everyone:
        if person.id == wanted:
            return person
    return next((p for p in everyone if p.role == "unit_manager"), everyone[0] if everyone else None)


def chosen_before(ws: Workspace, settings: Settings) -> bool:
    """Whether this OS user has said who they are in this workspace (else `remembered` only suggests someone)."""
    wanted = settings.get("person_by_workspace").get(ws.workspace_id)  # type: ignore[union-attr]
    return any(person.id == wanted for person in people.list_people(ws))


def remember(ws: Workspace, settings: Settings, person: Person) -> None:
    chosen = settings.get("person_by_workspace")
    chosen[ws.workspace_id] = person.id  # type: ignore[index]
    settings.set("person_by_workspace", chosen)


class WhoAreYouDialog(Retranslating, QDialog):
    """A list of the workspace's people with the remembered one selected, so Enter confirms.

    `required`: no Cancel button, as the first time in a workspace an answer is needed (Esc asks again).
    """

    def __init__(self, everyone: list[Person], preselected: Person | None, parent: QWidget | None = None, *,
                 required: bool = False) -> None:
        super().__init__(parent)
        self.everyone = everyone
        self.question = QLabel(self, wordWrap=True)
        self.list = QListWidget(self)
        self.question.setBuddy(self.list)
        for person in everyone:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            if preselected and person.id == preselected.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        if not required:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self.accept)  # double-click; Enter reaches the default OK button too
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()
        self.setMinimumWidth(380)
        self.retranslate()

    def chosen(self) -> Person | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((p for p in self.everyone if p.id == wanted), None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who are you?"))
        self.question.setText(self.tr("Who are you? Everything you save is recorded with your name."))
        self.list.setAccessibleName(self.tr("People in this workspace"))
        for row, person in enumerate(self.everyone):
            self.list.item(row).setText(f"{person.name} — {text(ROLES[person.role])}")

