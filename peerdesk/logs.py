"""Bugs (anything that is not a known error) are logged with their traceback to a file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import TextIO

from peerdesk.paths import data_dir


def log_file() -> Path:
    return data_dir() / "peerdesk.log"


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log readable by this user only: tracebacks may quote what was typed."""

    def _open(self) -> TextIO:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)  # Python translates newlines
        fd = os.open(self.baseFilename, flags, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a log made by an older version was world-readable
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def configure() -> None:
    """Log to the current data folder's file (once; again when the data folder changed, as between tests)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _PrivateFileHandler)]:
        if Path(old.baseFilename) == log_file().absolute():
            return
        root.removeHandler(old)
        old.close()
    handler = _PrivateFileHandler(log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
