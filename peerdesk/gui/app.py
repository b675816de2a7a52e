"""The GUI's entry point: application, translators, first-run wizard or main window, event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog

from peerdesk import language, lock, paths
from peerdesk.errors import InUse, PeerDeskError
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.messages import install_excepthook
from peerdesk.gui.opening import Opened, Opener
from peerdesk.gui.translation import Translators, current_lang, error_text
from peerdesk.gui.worker import collect_in_gui_thread
from peerdesk.settings import Settings
from peerdesk.store import Workspace


def run_gui(path: Path | None, settings: Settings, lang_option: str | None, smoke: bool) -> int:
    """Open `path` (the command line chose it with `settings.workspace_to_open` and started its look ahead), or on
    None show the first run's wizard."""
    app = QApplication.instance() or QApplication(sys.argv[:1] or ["peerdesk"])
    app.setApplicationName("PeerDesk")
    collect_in_gui_thread(app)
    previous_hook = sys.excepthook
    install_excepthook()
    translators = Translators()
    translators.install(language.resolve(lang_option, str(settings.get("language"))))
    window = MainWindow(settings, translators)
    try:
        if smoke:
            return _smoke(app, window, path)
        if path is None:
            if not _first_run(window):
                return 0
        elif window.open_path(path, can_cancel=False) is not None:
            return 0  # the user chose to quit instead of opening anything
        window.show()
        return app.exec()
    finally:
        window.close_session()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone()  # an automatic backup still being written
        translators.remove()  # leave the application as it was found (tests share one)
        sys.excepthook = previous_hook


def _first_run(window: MainWindow) -> bool:
    from peerdesk.gui.wizard import SetupWizard  # only on a first run: every other start-up skips its import

    wizard = SetupWizard(paths.default_workspace(current_lang()), offer_demo=True)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return False
    if wizard.workspace is not None:
        window.start(Opened(wizard.workspace), ask_who=False)
        return True
    return wizard.existing is not None and window.open_path(wizard.existing, can_cancel=False) is None


def _smoke(app: QApplication, window: MainWindow, path: Path | None) -> int:
    """Open the main window (or the wizard on a first run), let it paint, close it: no dialog may wait for a user."""
    if path is None:
        from peerdesk.gui.wizard import SetupWizard  # as in _first_run

        wizard = SetupWizard(paths.default_workspace(current_lang()), offer_demo=True)
        wizard.show()
        app.processEvents()
        wizard.close()
        return 0
    try:
        try:
            opened = Opened(Workspace.open(path, actor=lock.os_user()))
        except InUse as err:
            opened = Opened(Workspace.open(path, actor=lock.os_user(), read_only=True),
                            Opener(window).read_only_reason(err.holder))
    except PeerDeskError as err:
        print(error_text(err), file=sys.stderr)
        return 1
    window.start(opened, ask_who=False)
    window.show()
    app.processEvents()
    window.close()
    app.processEvents()
    return 0
