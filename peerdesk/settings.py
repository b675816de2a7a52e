"""Per-user settings, declared once with type and default, kept as JSON in the data folder."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import NamedTuple

from peerdesk.paths import default_workspace, settings_file


class Option(NamedTuple):
    type: type
    default: object
    help: str


OPTIONS: dict[str, Option] = {
    "language": Option(str, "", "UI language, 'sv' or 'en'; empty: the OS language, Swedish when unsure."),
    "last_workspace": Option(str, "", "The workspace opened last, reopened on start."),
    "recent_workspaces": Option(list, [], "Workspace paths for File › Open recent, newest first."),
    "person_by_workspace": Option(dict, {}, "Who this OS user is, per workspace id (the 'who are you' answer)."),
    "cloud_warned": Option(list, [], "Workspace paths whose cloud-folder warning was shown."),
    "window_geometry": Option(str, "", "The main window's size and place when it was last closed (Qt, base64)."),
}

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}  # a missing or broken settings file only loses preferences, never data
        self._values = {k: raw[k] for k, opt in OPTIONS.items() if isinstance(raw.get(k), opt.type)}

    def get(self, key: str) -> object:
        opt = OPTIONS[key]
        value = self._values.get(key, opt.default)
        return value.copy() if isinstance(value, (list, dict)) else value

    def set(self, key: str, value: object) -> None:
        if not isinstance(value, OPTIONS[key].type):
            raise TypeError(f"setting {key} takes {OPTIONS[key].type.__name__}")
        self._update({key: value})

    def workspace_to_open(self, asked: Path | None) -> Path | None:
        """The file asked for, else the one opened last, else the default one; None means: a first run."""
        if asked is not None:
            return Path(asked)
        last = str(self.get("last_workspace"))
        if last and Path(last).exists():
            return Path(last)
        default = default_workspace()
        return default if default.exists() else None

    def add_recent(self, workspace: Path) -> None:
        path = str(workspace.resolve())
        recent = [p for p in self.get("recent_workspaces") if p != path]  # type: ignore[union-attr]
        self._update({"recent_workspaces": [path, *recent][:MAX_RECENT], "last_workspace": path})

    def _update(self, values: dict[str, object]) -> None:
        """Set and save, unless nothing changes: every start-up sets the same again, and each save waits for the
        disk (a roaming profile's folder may be on a server)."""
        if all(key in self._values and self._values[key] == value for key, value in values.items()):
            return
        self._values.update(values)
        self._save()

    def _save(self) -> None:
        """Write atomically (a temporary file, then os.replace), readable by this user only: the file names the
        person behind this OS account and where the unit's workspaces are."""
        fd, name = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(json.dumps(self._values, ensure_ascii=False, indent=1))
                out.flush()
                os.fsync(out.fileno())
            os.replace(name, self.path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
