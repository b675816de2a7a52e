"""A dialog around a Designer form: OK saves, and closes only when the save worked; errors show by their field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from peerdesk.errors import NeedsConfirmation
from peerdesk.gui.forms import FieldErrors, load_form
from peerdesk.gui.messages import confirm
from peerdesk.gui.translation import Retranslating


class FormDialog(Retranslating, QDialog):
    """Subclasses fill the form, implement `save` (raising domain errors) and `retranslate` (the title)."""

    def __init__(self, form_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = load_form(form_name, self)
        self.hint = QLabel(self, wordWrap=True)
        self.hint.hide()
        general_error = QLabel(self, objectName="general_error")
        self.errors = FieldErrors(self.form, general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        for widget in (self.form, self.hint, general_error):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        self.confirmed = False  # the user answered Yes to the domain's question (see submit)

    def submit(self) -> None:
        """Save; on an error the dialog stays open with everything typed. A question from the domain (NeedsConfirmation)
        is asked, and Yes saves again with `self.confirmed` set."""
        self.confirmed = False
        while True:
            try:
                if self.errors.attempt(self.save):
                    self.accept()
                return
            except NeedsConfirmation as question:
                if not confirm(self, question):
                    return
                self.confirmed = True

    def save(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError
