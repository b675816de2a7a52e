"""Showing errors: known ones as a clear message, anything else (a bug) logged with its traceback."""

from __future__ import annotations

import functools
import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerdesk import logs
from peerdesk.errors import NeedsConfirmation, PeerDeskError
from peerdesk.gui.translation import error_text

log = logging.getLogger("peerdesk.gui")


@functools.cache
def warning_icon() -> QIcon:
    """The style's warning sign, always beside words that say the same (never colour alone)."""
    # PySide builds QStyle's Python type, with its hundreds of enum members, on first import: not at start-up.
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def show_error(parent: QWidget | None, err: PeerDeskError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Messages", "PeerDesk"), error_text(err))


def confirm(parent: QWidget | None, question: NeedsConfirmation) -> bool:
    """Ask the domain's question (a likely duplicate, a reference that will be cleared); No is the default."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("Messages", "PeerDesk"), error_text(question),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Installed as sys.excepthook: exceptions escaping a Qt slot land here instead of vanishing."""
    if isinstance(value, PeerDeskError):  # a known error that no dialog caught: still only a message
        show_error(QApplication.activeWindow(), value)
        return
    log.error("Unexpected error", exc_info=(kind, value, tb))
    QMessageBox.critical(
        QApplication.activeWindow(), QCoreApplication.translate("Messages", "Unexpected error"),
        QCoreApplication.translate(
            "Messages", "Something went wrong inside PeerDesk (a bug). What you saved before is safe. "
            "Details are in %1.").replace("%1", str(logs.log_file())))


def install_excepthook() -> None:
    logs.configure()
    sys.excepthook = excepthook
