"""Shared fixtures: every folder PeerDesk writes to lives under tmp_path, and each test gets a fresh workspace."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PEERDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("LANGUAGE", "sv")
    return folder


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    from peerdesk.demo import write_demo

    path = tmp_path / "demo.peerdesk"
    write_demo(path).close()
    return path


@pytest.fixture
def ws(demo_path: Path):
    from peerdesk.store import Workspace

    workspace = Workspace.open(demo_path, actor="Maria Lindqvist")
    yield workspace
    workspace.close()
