"""Bugs (anything that is not a known error) are logged with their traceback to a file in the data folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TextIO

from peerdesk.paths import data_dir

MAX_BYTES = 1_000_000
BACKUPS = 3


def log_file() -> Path:
    return data_dir() / "peerdesk.log"


class _LogFile(logging.Handler):
    """A rotating log, readable by this user only (tracebacks may quote what was typed), opened when the first record
    comes: most runs log nothing, and the data folder may be on a server (a roaming profile). logging.handlers, which
    imports the socket and pickle modules, is loaded only then."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__()
        self.baseFilename = str(path.absolute())  # the name logging's own file handlers go by
        self._limits = max_bytes, backups
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            try:
                self._file = _private_rotating(self.baseFilename, *self._limits)
                self._file.setFormatter(self.formatter)
            except Exception:  # as logging's own handlers do: a log that cannot be written is no crash; said once
                self._file = logging.NullHandler()
                self.handleError(record)
                return
        self._file.emit(record)  # under this handler's lock (Handler.handle)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _private_rotating(path: str, max_bytes: int, backups: int) -> logging.Handler:
    import logging.handlers

    class Private(logging.handlers.RotatingFileHandler):
        def _open(self) -> TextIO:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)  # Python translates newlines
            fd = os.open(self.baseFilename, flags, 0o600)
            os.chmod(self.baseFilename, 0o600)  # a log made by an older version was world-readable
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    return Private(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")


def configure() -> None:
    """Log to the current data folder's file (once; again when the data folder changed, as between tests)."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _LogFile)]:
        if old.baseFilename == str(log_file().absolute()):
            return
        root.removeHandler(old)
        old.close()
    handler = _LogFile(log_file())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
