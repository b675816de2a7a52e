"""Bugs (anything that is not a known error) are logged with their traceback to a file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from peerdesk.paths import data_dir


def log_file() -> Path:
    return data_dir() / "peerdesk.log"


def configure() -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
