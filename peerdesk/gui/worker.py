"""Long work (backups, restore, repair) off the GUI thread, so the window keeps painting while it runs.

The work gets no Qt object and no open connection: each domain call it runs opens its own SQLite connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)


class _Done(QObject):
    finished = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.done = _Done()

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except BaseException as exc:  # handed to the GUI thread, which decides what it means
            result, error = None, exc
        self.done.finished.emit(result, error)


def start(work: Callable[[], T], on_done: Callable[[T | None, BaseException | None], None]) -> None:
    """Run `work` in the thread pool; `on_done(result, error)` is called back in the GUI thread."""
    job = _Job(work)
    job.done.finished.connect(on_done)
    job.setAutoDelete(False)
    _running.append(job)  # keep the runnable and its signal object alive until it reports back
    job.done.finished.connect(lambda *_: _running.remove(job))
    QThreadPool.globalInstance().start(job)


_running: list[_Job] = []


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run `work` in the background behind a busy progress dialog and return its result (or raise its error).

    A local event loop waits, so the window repaints and the dialog animates, but the user cannot start another
    edit meanwhile (the dialog is modal).
    """
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)  # backups and repairs must finish: stopping half-way helps nobody
    progress.setMinimumDuration(300)
    progress.setWindowTitle("PeerDesk")
    loop = QEventLoop()
    outcome: list[Any] = []

    def done(result: T | None, error: BaseException | None) -> None:
        outcome.extend([result, error])
        loop.quit()

    start(work, done)
    if not outcome:
        loop.exec()
    progress.close()
    progress.deleteLater()
    result, error = outcome
    if error is not None:
        raise error
    return result
