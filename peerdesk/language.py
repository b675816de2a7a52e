"""Which language to speak: `--lang`, else the saved choice, else the OS language, Swedish when unsure."""

from __future__ import annotations

import locale
import os
import sys
from pathlib import Path

from peerdesk.paths import resources_dir

LANGUAGES = ("sv", "en")


def os_language() -> str:
    """'en' only for a clearly English OS setting, else 'sv'.

    On POSIX the first of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set decides, as for gettext: English when it
    starts with "en"; C, C.UTF-8, POSIX or any other language mean Swedish. LANGUAGE is a colon list of preferences,
    so its first entry in a language PeerDesk speaks counts. locale.getlocale() is no help there: Python coerces the
    C locale to C.UTF-8 and reports that as en_US. Windows sets none of these variables: its user locale decides.
    """
    for entry in os.environ.get("LANGUAGE", "").split(":"):
        if entry.lower().startswith(LANGUAGES):
            return entry[:2].lower()
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    if sys.platform == "win32":
        code = (locale.getlocale()[0] or "").lower()  # e.g. "English_United States" or "sv_SE"
        return "en" if code.startswith("en") else "sv"
    return "sv"


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
