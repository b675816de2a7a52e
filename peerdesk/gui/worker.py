"""Long work (backups, restore, repair) off the GUI thread, so the window keeps painting while it runs.

The work gets no Qt object and no open connection: each domain call it runs opens its own SQLite connection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 300  # quick work shows no dialog at all
log = logging.getLogger(__name__)


class _Done(QObject):
    finished = Signal(object, object)  # result, exception


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        # Owned by the application, not by this Python object: whichever thread frees the job, the signal object
        # is deleted only by `_finished`, in the GUI thread.
        self.done = _Done(QCoreApplication.instance())

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
    job.done.finished.connect(lambda *_: _finished(job))
    job.setAutoDelete(False)
    _running.append(job)  # keep the runnable and its signal object alive until it reports back
    QThreadPool.globalInstance().start(job)


def _finished(job: _Job) -> None:
    """Forget the job and delete its signal object, in the GUI thread. (Left to Python's cycle collector, the cycle
    job → signal object → slot → job could be freed by a collection that runs in a worker thread, deleting a QObject
    outside its own thread: a crash.)"""
    _running.remove(job)
    job.done.deleteLater()


_running: list[_Job] = []


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run `work` in the background behind a busy progress dialog and return its result (or raise its error).

    A local event loop waits, so the window repaints and the dialog animates. Nothing else can be started meanwhile
    (the workspace may be closed for a restore, repair or move): the dialog is window-modal, and before it shows,
    the user's clicks and keys wait until the work is done.
    """
    loop = QEventLoop()
    outcome: list[Any] = []

    def done(result: T | None, error: BaseException | None) -> None:
        outcome.extend([result, error])
        loop.quit()

    start(work, done)
    if not outcome:
        QTimer.singleShot(SHOW_AFTER_MS, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if not outcome:
        progress = QProgressDialog(label, "", 0, 0, parent)
        progress.setCancelButton(None)  # backups and repairs must finish: stopping half-way helps nobody
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setWindowTitle("PeerDesk")
        progress.show()
        if not outcome:  # show() may have let the result in already; a quit() before exec() would be lost
            loop.exec()
        progress.close()
        progress.deleteLater()
    result, error = outcome
    if error is not None:
        raise error
    return result
