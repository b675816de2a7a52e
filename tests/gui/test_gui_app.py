"""The entry point the command line calls."""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk import paths
from peerdesk.gui.app import run_gui
from peerdesk.settings import Settings


def test_smoke_opens_and_closes_cleanly(qapp: object, demo_path: Path) -> None:
    hook = sys.excepthook
    assert run_gui(demo_path, Settings(), "sv", smoke=True) == 0
    assert sys.excepthook is hook
    assert Settings().get("last_workspace") == str(demo_path.resolve())


def test_smoke_without_any_workspace_shows_the_wizard_and_returns(qapp: object) -> None:
    assert run_gui(None, Settings(), "en", smoke=True) == 0
    assert not paths.default_workspace().exists()


def test_which_workspace_opens_first(data_dir: Path, demo_path: Path) -> None:
    settings = Settings()
    assert settings.workspace_to_open(None) is None  # first run: the wizard
    assert settings.workspace_to_open(demo_path) == demo_path
    settings.add_recent(demo_path)
    assert settings.workspace_to_open(None) == demo_path.resolve()
