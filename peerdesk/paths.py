"""Where PeerDesk keeps its files. Tests and portable set-ups redirect them with PEERDESK_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

SUFFIX = ".peerdesk"


def data_dir() -> Path:
    override = os.environ.get("PEERDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("PeerDesk", appauthor=False))
    make_private_dir(path)
    return path


# File names in the user's language; a file made under the other language's name is still found.
DEFAULT_NAMES = {"sv": "arbetsyta", "en": "workspace"}
DEMO_NAMES = {"sv": "exempel", "en": "demo"}


def _named(names: dict[str, str], lang: str) -> Path:
    for name in names.values():
        if (existing := data_dir() / f"{name}{SUFFIX}").exists():
            return existing
    return data_dir() / f"{names.get(lang, names['en'])}{SUFFIX}"


def default_workspace(lang: str = "sv") -> Path:
    """The unit's own workspace in the data folder: the one there is, else a new one named in `lang`."""
    return _named(DEFAULT_NAMES, lang)


def demo_workspace(lang: str = "sv") -> Path:
    """The demo's own file in the data folder: the one there is, else a new one named in `lang`."""
    return _named(DEMO_NAMES, lang)


def settings_file() -> Path:
    return data_dir() / "settings.json"


def backups_root() -> Path:
    return data_dir() / "backups"


def make_private_dir(path: Path) -> None:
    """Create a folder readable by the current user only, where the OS has POSIX permissions; so is every missing
    folder above it (mkdir's `parents` would make those with the default permissions). Existing folders are left
    as they are."""
    for folder in reversed([path, *path.parents]):
        if not folder.is_dir():
            folder.mkdir(mode=0o700, exist_ok=True)


def _data_root() -> Path:
    """Where ui/ and resources/ are: inside the installed package (a wheel carries them as peerdesk/data/), else
    beside the package, in a checkout and in the PyInstaller bundle alike."""
    package = Path(__file__).resolve().parent
    return package / "data" if (package / "data" / "resources").is_dir() else package.parent


def resources_dir() -> Path:
    return _data_root() / "resources"


def ui_dir() -> Path:
    return _data_root() / "ui"
