"""GUI fixtures: translators that are removed again after each test, and a main window on a demo workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk import language
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.translation import Translators
from peerdesk.gui.worker import collect_in_gui_thread
from peerdesk.settings import Settings


def catalog_built() -> bool:
    path = language.catalog("sv")
    return path is not None and path.exists()


@pytest.fixture(autouse=True)
def gui_thread_collection(qapp: QApplication) -> None:
    """As in the app: garbage is collected in the GUI thread only (a collection in a worker thread can crash Qt)."""
    collect_in_gui_thread(qapp)


@pytest.fixture(autouse=True)
def background_work_finished() -> Iterator[None]:
    """Automatic backups run in the thread pool: each test's finish before the next test's data folder is set."""
    yield
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def translators(qapp: object) -> Iterator[Translators]:
    chosen = Translators()
    chosen.install("en")
    yield chosen
    chosen.install("en")  # no translator may leak into the next test


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, translators: Translators, demo_path: Path) -> MainWindow:
    """The main window on the demo workspace, acting as the remembered person (no question asked)."""
    main = MainWindow(settings, translators)
    qtbot.addWidget(main)
    assert main.open_path(demo_path, ask_who=False) is None
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()  # keyboard shortcuts need the active window
    return main
