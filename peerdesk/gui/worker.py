"""Long work (backups, restore, repair, later imports and reports) off the GUI thread, so the window keeps painting.

The one way to run it: `start` (no dialog, a callback when done) or `run_with_progress` (a progress dialog, with a
bar and Cancel when the work reports through a peerdesk.progress.Progress). The work gets no Qt object and no open
connection: each domain call it runs opens its own SQLite connection (Workspace.reader() for reads). (One more
thread of the domain's own: the look at a workspace file that the command line starts before the GUI is imported,
inspection.look_ahead. It touches no Qt object, and until collect_in_gui_thread runs there is none it could free.)

Python's cycle collector runs in whichever thread happens to allocate; if it frees a Qt object there, Qt crashes.
So automatic collection is switched off and done on a timer in the GUI thread instead (`collect_in_gui_thread`).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from peerdesk.progress import Progress

T = TypeVar("T")
SHOW_AFTER_MS = 300  # quick work shows no dialog at all
POLL_MS = 100  # how often the progress bar reads how far the work got
GC_EVERY_MS = 1000
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


class _GuiThreadCollector(QObject):
    """Collects garbage in the GUI thread only, at the thresholds Python itself would use."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        gc.disable()
        self._timer = QTimer(self, interval=GC_EVERY_MS, timeout=self.collect)
        self._timer.start()

    @staticmethod
    def collect() -> None:
        counts, limits = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > limits[generation]:
                gc.collect(generation)
                return


def collect_in_gui_thread(app: QCoreApplication) -> None:
    """Once per application: from now on garbage is collected in the GUI thread only (see the module's note)."""
    # A flag on the application rather than findChild: that would wrap every child in Python, the style too, whose
    # type PySide then builds with its hundreds of enum members (milliseconds of start-up).
    if not app.property("peerdesk_gc_in_gui_thread"):
        app.setProperty("peerdesk_gc_in_gui_thread", True)
        _GuiThreadCollector(app)


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], T],
                      progress: Progress | None = None) -> T:
    """Run `work` in the background behind a progress dialog and return its result (or raise its error).

    A local event loop waits, so the window repaints and the dialog animates. Nothing else can be started meanwhile
    (the workspace may be closed for a restore, repair or move): the dialog is window-modal, and before it shows,
    the user's clicks and keys wait until the work is done. With `progress` (which the work reports to), the bar
    shows how far it got and Cancel asks it to stop (it raises peerdesk.progress.Cancelled); without, the bar is
    busy and there is no Cancel: backups and repairs must finish, stopping half-way helps nobody.
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
        dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if progress is None or not progress.cancellable:
            dialog.setCancelButton(None)
        else:
            dialog.canceled.connect(progress.cancel)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setWindowTitle("PeerDesk")
        poll = QTimer(dialog, interval=POLL_MS)
        if progress is not None:
            poll.timeout.connect(lambda: (dialog.setMaximum(progress.total), dialog.setValue(progress.done)))
            poll.start()
        dialog.show()
        if not outcome:  # show() may have let the result in already; a quit() before exec() would be lost
            loop.exec()
        poll.stop()
        dialog.close()
        dialog.deleteLater()
    result, error = outcome
    if error is not None:
        raise error
    return result
