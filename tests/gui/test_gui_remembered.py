"""What the window remembers and names as a person would see it: its place on the screen, recent files by the
unit's name, and default file names in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from peerdesk import paths
from peerdesk.gui.mainwindow import MainWindow
from peerdesk.gui.translation import Translators
from peerdesk.settings import Settings


def test_the_window_opens_where_it_was_closed(qtbot: QtBot, settings: Settings, translators: Translators) -> None:
    first = MainWindow(settings, translators)
    qtbot.addWidget(first)
    first.resize(700, 500)  # within the offscreen screen (800 × 600)
    first.move(QPoint(30, 20))
    first.show()
    qtbot.waitExposed(first)
    where = first.geometry()
    first.close()

    again = MainWindow(settings, translators)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert abs(again.x() - where.x()) <= 4 and abs(again.y() - where.y()) <= 4  # the frame may shift it a little
    assert again.size() == where.size()


def test_recent_files_show_the_units_name_with_the_path_in_the_tooltip(window: MainWindow, settings: Settings,
                                                                       tmp_path: Path) -> None:
    gone = tmp_path / "flyttad.peerdesk"
    settings.add_recent(gone)
    window.actions.recent_menu.aboutToShow.emit()
    entries = {a.text(): a for a in window.actions.recent_menu.actions()}
    demo = entries["Träffpunkt Solrosen"]  # the unit's name, not the file's
    assert demo.toolTip() == str(window.session.ws.path) and demo.isEnabled()
    assert entries["flyttad.peerdesk"].toolTip() == str(gone) and not entries["flyttad.peerdesk"].isEnabled()


def test_default_file_names_follow_the_language_until_one_exists(data_dir: Path) -> None:
    assert paths.default_workspace("sv").name == "arbetsyta.peerdesk"
    assert paths.default_workspace("en").name == "workspace.peerdesk"
    assert paths.demo_workspace("sv").name == "exempel.peerdesk"
    assert paths.demo_workspace("en").name == "demo.peerdesk"
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    (paths.data_dir() / "arbetsyta.peerdesk").touch()
    assert paths.default_workspace("en").name == "arbetsyta.peerdesk"  # the unit's file is kept whatever the language
