"""Qt Designer forms loaded at run time, and the small helpers every form-based dialog shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from peerdesk import fields
from peerdesk.errors import InvalidInput, NeedsConfirmation, PeerDeskError
from peerdesk.gui.translation import error_text, text
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg
from peerdesk.paths import ui_dir

W = TypeVar("W", bound=QWidget)
ERROR_STYLE = "color: #a00000; font-weight: bold;"


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ui/<name>.ui; the form retranslates itself (its <class> is the catalog context) on a language switch."""
    loader = QUiLoader()
    loader.setLanguageChangeEnabled(True)
    file = QFile(str(ui_dir() / f"{name}.ui"))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(file.fileName())
    try:
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"{name}.ui: {loader.errorString()}")
    return form


def child(form: QWidget, cls: type[W], name: str) -> W:
    widget = form.findChild(cls, name)
    if widget is None:
        raise LookupError(f"{form.objectName()} has no {cls.__name__} named {name}")
    return widget


def fill_choices(combo: QComboBox, choices: dict[str, Msg]) -> None:
    """Offer domain choices: the key is the item data, the label is translated."""
    for key, label in choices.items():
        combo.addItem(text(label), key)


def retranslate_choices(combo: QComboBox, choices: dict[str, Msg]) -> None:
    for i in range(combo.count()):
        label = choices.get(combo.itemData(i))
        if label is not None:
            combo.setItemText(i, text(label))


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


START_DATE = QT_TRANSLATE_NOOP("Field", "Start date")
PLANNED_END_DATE = QT_TRANSLATE_NOOP("Field", "Planned end date")


def read_date(form: QWidget, name: str, label: Msg) -> dt.date:
    """The date typed in the line edit `name`; InvalidInput names the field (and so the widget) when it is wrong."""
    return fields.date(child(form, QLineEdit, name).text(), label, name)


class Suggestion:
    """A suggested value in a line edit that follows the choices it depends on until the user types their own
    (e.g. the planned end date one year after the start date)."""

    def __init__(self, edit: QLineEdit, value: str) -> None:
        self._edit = edit
        self._value = value
        edit.setText(value)

    def follow(self, value: str) -> None:
        if self._edit.text() == self._value:  # still untouched
            self._value = value
            self._edit.setText(value)


def grow_to_fit(window: QWidget) -> None:
    """Make a shown window tall enough for its content at its present width.

    A word-wrapped label that appears (an error message) needs more height than the window has; top-level windows
    do not grow by themselves, and SetMinAndMaxSize would shrink the width to the unwrapped minimum.
    """
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = window.heightForWidth(window.width()) if window.hasHeightForWidth() else window.sizeHint().height()
    if needed > window.height():
        window.resize(window.width(), needed)


class FieldErrors(QObject):
    """Messages shown right under the field they concern (the widget named like the error's field).

    What the user typed is never touched: the field only gets focus and its text selected, so it can be corrected.
    The message is also the field's accessible description, so a screen reader reads it with the field.
    A message on screen is shown again in the new language when the language is switched.
    """

    def __init__(self, form: QWidget, general: QLabel) -> None:
        super().__init__(form)
        form.installEventFilter(self)
        self._form = form
        self._general = general
        self._labels: dict[str, QLabel] = {}
        self._shown: PeerDeskError | None = None
        self._described: QWidget | None = None
        general.setStyleSheet(ERROR_STYLE)
        general.setWordWrap(True)
        general.hide()

    def attempt(self, operation: Callable[[], object]) -> bool:
        """Run a check or a save; on a domain error show it by its field and return False (nothing typed is lost)."""
        self.clear()
        try:
            operation()
        except NeedsConfirmation:  # a question for the user, not an error of a field: the caller asks it
            raise
        except PeerDeskError as err:
            self.show(err)
            return False
        return True

    def clear(self) -> None:
        self._shown = None
        for label in [*self._labels.values(), self._general]:
            label.clear()
            label.hide()
        if self._described is not None:
            self._described.setAccessibleDescription("")
            self._described = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show(self._shown, focus=False)
        return False

    def show(self, err: PeerDeskError, *, focus: bool = True) -> None:
        self.clear()
        self._shown = err
        field = err.field if isinstance(err, InvalidInput) else ""
        widget = self._form.findChild(QWidget, field) if field else None
        label = self._label_for(widget, field) if widget is not None else self._general
        message = error_text(err)
        label.setText("⚠ " + message)  # the sign too, so the error does not rest on colour alone
        label.show()
        if widget is not None:
            widget.setAccessibleDescription(message)
            self._described = widget
        grow_to_fit(self._form.window())
        if widget is not None and focus:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _label_for(self, widget: QWidget, field: str) -> QLabel:
        if field in self._labels:
            return self._labels[field]
        layout = widget.parentWidget().layout() if widget.parentWidget() else None
        row = layout.getWidgetPosition(widget)[0] if isinstance(layout, QFormLayout) else -1
        if row < 0:
            return self._general
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"{field}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # as wide as the field
        layout.insertRow(row + 1, "", label)
        self._labels[field] = label
        return label
