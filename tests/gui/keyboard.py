"""Typing and answering dialogs as a person would, working around this Qt build's traps (DESIGN.md §7)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` into `widget`. qtbot.keyClicks aborts the process on non-ASCII characters here, so those are
    sent one at a time as key events carrying the character."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select all and type over it, as a person replacing a field's content."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    type_text(qtbot, widget, text)


def answer_modal(kind: type[W], answer: Callable[[W], None], tries: int = 250) -> list[W]:
    """Answer the next modal dialog of `kind` (its exec() blocks the test's own code until it is answered).

    Returns a list that holds the dialog once it was seen, so the test can assert that it appeared.
    """
    seen: list[W] = []

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            seen.append(widget)
            answer(widget)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen
