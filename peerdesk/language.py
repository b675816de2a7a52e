"""Which language to speak: `--lang`, else the saved choice, else the OS language, Swedish when unsure."""

from __future__ import annotations

import locale
import os
from pathlib import Path

from peerdesk.paths import resources_dir

LANGUAGES = ("sv", "en")


def os_language() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "en" if value.lower().startswith("en") else "sv"
    code = (locale.getlocale()[0] or "").lower()
    return "en" if code.startswith("en") else "sv"


def resolve(option: str | None, saved: str = "") -> str:
    for choice in (option, saved):
        if choice in LANGUAGES:
            return choice
    return os_language()


def catalog(lang: str) -> Path | None:
    """The compiled Qt Linguist catalog for `lang`; None for English, the source language."""
    if lang == "en":
        return None
    return resources_dir() / "translations" / f"peerdesk_{lang}.qm"
