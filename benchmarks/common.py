"""What the benchmarks share: the main window on a workspace, offscreen, and a feature's page shown in it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from peerdesk.gui.mainwindow import MainWindow
    from peerdesk.gui.page import Feature, Page


def window_on(path: Path, lang: str = "sv") -> tuple[QApplication, MainWindow]:
    """The main window on the workspace at `path`, shown, acting as the remembered person (settings beside it)."""
    from PySide6.QtWidgets import QApplication

    from peerdesk.gui.mainwindow import MainWindow
    from peerdesk.gui.translation import Translators
    from peerdesk.settings import Settings

    app = QApplication.instance() or QApplication([])
    translators = Translators()
    translators.install(lang)
    window = MainWindow(Settings(path.parent / "settings.json"), translators)
    window.open_path(path, ask_who=False)
    window.show()
    app.processEvents()
    return app, window  # type: ignore[return-value]


def show(window: MainWindow, feature: Feature) -> Page:
    """Show the feature's page (made now if it was not yet) and return it."""
    from PySide6.QtWidgets import QApplication

    from peerdesk.gui import mainwindow

    row = mainwindow.FEATURES.index(feature)
    window.nav.setCurrentRow(row)
    QApplication.processEvents()
    page = window.pages[row]
    assert page is not None
    return page
