"""Is a workspace inside a folder that a cloud service syncs?

Sync clients copy a SQLite file while it is being written and without its journal, and may keep "conflicted copies"
of it: a workspace there can lose saves or be damaged. The GUI warns once and offers to move it to the local data
folder. (A network drive is fine: the store keeps the rollback journal and never uses WAL.)
"""

from __future__ import annotations

import os
from pathlib import Path

# Folder-name prefixes each service's client uses (Windows, macOS ~/Library/CloudStorage, Linux clients), lower case.
_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),  # "OneDrive", "OneDrive - Region Väst", macOS "OneDrive-Personal"
    ("dropbox", "Dropbox"),  # "Dropbox", "Dropbox (Personal)"
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),  # macOS "GoogleDrive-name@example.org"
    ("my drive", "Google Drive"),  # Google Drive for desktop's virtual drive "G:\\My Drive"
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),  # macOS ~/Library/Mobile Documents/com~apple~CloudDocs
    ("com~apple~clouddocs", "iCloud"),
)
# Set by the OneDrive client on Windows to the synced folders, which a company may have renamed.
_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def cloud_service(path: Path) -> str | None:
    """The name of the sync service whose folder holds `path`, or None."""
    path = Path(os.path.abspath(path))
    for var in _ENV:
        folder = os.environ.get(var)
        if folder and _inside(path, Path(os.path.abspath(folder))):
            return "OneDrive"
    for part in path.parent.parts:
        lowered = part.lower()
        for prefix, service in _FOLDERS:
            if lowered.startswith(prefix):
                return service
    return None
