"""The per-user files beside the workspaces: settings and log are private to the user; the language on first start."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk import language, logs, paths
from peerdesk.settings import Settings

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_settings_are_written_atomically_and_private() -> None:
    path = paths.settings_file()
    path.write_text('{"language": "en"}', encoding="utf-8")
    path.chmod(0o644)  # as an older version left it
    settings = Settings()
    assert settings.get("language") == "en"
    settings.set("language", "sv")
    assert _mode(path) == 0o600
    assert Settings().get("language") == "sv"
    assert [p.name for p in path.parent.iterdir() if "settings" in p.name] == ["settings.json"]  # no temp left


@posix_only
def test_new_settings_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "own" / "settings.json"
    path.parent.mkdir()
    Settings(path).add_recent(tmp_path / "a.peerdesk")
    assert _mode(path) == 0o600 and Settings(path).get("last_workspace") == str(tmp_path / "a.peerdesk")


def test_setting_what_is_already_set_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every start-up sets the same recent file and person again: the file is written only when something changed."""
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.add_recent(tmp_path / "a.peerdesk")
    settings.set("person_by_workspace", {"w1": 3})
    written: list[str] = []
    replace = os.replace
    monkeypatch.setattr(os, "replace", lambda src, dst: (written.append(str(dst)), replace(src, dst)))
    settings.add_recent(tmp_path / "a.peerdesk")
    settings.set("person_by_workspace", {"w1": 3})
    assert written == []
    settings.add_recent(tmp_path / "b.peerdesk")
    assert written == [str(path)]
    assert Settings(path).get("recent_workspaces") == [str(tmp_path / "b.peerdesk"), str(tmp_path / "a.peerdesk")]


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield root
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def test_the_log_file_is_made_only_when_something_is_logged(root_logger: logging.Logger) -> None:
    logs.configure()
    logging.getLogger("test").debug("below the level")
    assert not logs.log_file().exists()  # a run that logs nothing touches no file (the folder may be on a server)
    logging.getLogger("test").error("a bug")
    assert "a bug" in logs.log_file().read_text(encoding="utf-8")


def test_a_log_file_that_cannot_be_made_is_said_once_and_nothing_fails(
        root_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    logs.log_file().mkdir()  # a folder where the file should be
    logs.configure()
    for _ in range(3):
        logging.getLogger("test").error("a bug")
    assert capsys.readouterr().err.count("Logging error") == 1


@posix_only
def test_log_is_private_also_after_rotating(root_logger: logging.Logger, tmp_path: Path) -> None:
    old = logs.log_file()
    old.write_text("from an older version\n", encoding="utf-8")
    old.chmod(0o644)
    logs.configure()
    logging.getLogger("test").error("a bug")
    assert _mode(old) == 0o600 and "a bug" in old.read_text(encoding="utf-8")

    handler = logs._LogFile(tmp_path / "small.log", max_bytes=50, backups=2)
    try:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "x" * 40, None, None)
        for _ in range(4):
            handler.handle(record)
    finally:
        handler.close()
    written = sorted(tmp_path.glob("small.log*"))
    assert len(written) == 3 and all(_mode(p) == 0o600 for p in written)


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "C.UTF-8"}, "sv"), ({"LANG": "C"}, "sv"), ({"LANG": "POSIX"}, "sv"), ({}, "sv"), ({"LANG": ""}, "sv"),
    ({"LANG": "C.utf8"}, "sv"), ({"LANG": "en_US.UTF-8"}, "en"), ({"LANG": "en_GB"}, "en"),
    ({"LANG": "sv_SE.UTF-8"}, "sv"), ({"LANG": "de_DE.UTF-8"}, "sv"),
    ({"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),  # LC_ALL wins, as in POSIX
    ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"}, "en"),
    ({"LANGUAGE": "en_GB:en", "LANG": "C.UTF-8"}, "en"), ({"LANGUAGE": "de:en", "LANG": "C"}, "en"),
    ({"LANGUAGE": "sv:en", "LANG": "en_US.UTF-8"}, "sv"), ({"LANGUAGE": "de", "LANG": "C.UTF-8"}, "sv"),
    ({"LANGUAGE": "", "LANG": "en_US"}, "en"),
])
def test_os_language_is_swedish_unless_clearly_english(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                                                       expected: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "LC_CTYPE"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    monkeypatch.setattr(sys, "platform", "linux")
    assert language.os_language() == expected
    assert language.resolve(None) == expected
    assert language.resolve("en", "sv") == "en" and language.resolve(None, "sv") == "sv"
