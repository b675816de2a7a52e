"""Moving a workspace to another folder, e.g. out of a folder that OneDrive or Dropbox synchronises."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from peerdesk import backup, identity
from peerdesk.errors import already_exists, cannot_create
from peerdesk.paths import make_private_dir
from peerdesk.store import Workspace


def move_workspace(src: Path, dest: Path, *, actor: str) -> Path:
    """Copy the workspace to `dest` through the backup API (verified), then rename the old file aside.

    The old file is never deleted: it becomes `<name>.moved-<date>.peerdesk` beside where it was, so nothing is lost
    if the new place turns out wrong. Takes the lock (InUse if someone else has the file open). Returns the new path.
    """
    src, dest = Path(src), Path(dest)
    if dest.exists():
        raise already_exists(dest)
    try:
        make_private_dir(dest.parent)
    except OSError as exc:
        raise cannot_create(dest, exc) from exc
    ws = Workspace.open(src, actor=actor)
    try:
        backup.save_copy(ws.conn, dest)
        workspace_id = ws.workspace_id
    finally:
        ws.close()
    identity.remember(dest, workspace_id)
    aside = src.with_name(f"{src.stem}.moved-{dt.date.today().isoformat()}{src.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = src.with_name(f"{src.stem}.moved-{dt.date.today().isoformat()}-{n}{src.suffix}")
    os.replace(src, aside)
    return dest
