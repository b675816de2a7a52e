"""Restoring a backup over a workspace, leaving it healthy; the state it replaces is backed up first."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from peerdesk import identity, inspection, lock, store
from peerdesk.backup import BackupInfo, clear_lock, copy_into, keep_raw_copy, list_backups, make_backup
from peerdesk.errors import Damaged, PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.transaction import immediate


def _after_restore(actor: str, backup: Path, counter_before: int,
                   holder: lock.Holder | None = None) -> Callable[[sqlite3.Connection], None]:
    """Mark the restored content: held by `holder` (or nobody), the restore in the change log, and the change
    counter past anything an open viewer saw, so every viewer reloads and the next automatic backup sees a change."""
    def mark(conn: sqlite3.Connection) -> None:
        with immediate(conn):
            clear_lock(conn)
            if holder:
                lock.write_holder(conn, holder)
            restored = conn.execute("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta "
                                    "WHERE key = 'change_counter'), 0)").fetchone()[0]
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('change_counter', ?)",
                         (str(max(restored, counter_before)),))
            store.mark_changed(conn, actor, f"restore {backup.name}")  # past anything a viewer saw
    return mark


def _current_state(workspace: Path) -> inspection.Inspection | None:
    """The workspace about to be overwritten: inspected, or None when it is missing or damaged. A foreign or
    too-new file raises: it is never overwritten."""
    if not workspace.exists():
        return None
    try:
        return inspection.inspect(workspace)
    except Damaged:
        return None


def restore(backup: Path, workspace: Path, *, actor: str) -> BackupInfo | None:
    """Put a backup's content into the workspace file and leave it healthy.

    The backup is verified first (quick, integrity and foreign-key checks). A healthy current file is backed up
    (reason 'restore', returned), locked (InUse if someone else has it open) and overwritten through the backup API
    in one transaction. A damaged current file cannot go through the backup API: its raw bytes are kept beside the
    backups, the restored copy replaces it atomically, and None is returned. A foreign or too-new file is refused.
    """
    backup, workspace = Path(backup), Path(workspace)
    source = inspection.inspect(backup, full=True)
    if source.integrity or source.foreign_keys:
        raise Damaged(QT_TRANSLATE_NOOP("Backup", "{path} is damaged and cannot be restored."), path=backup)
    if workspace.exists() and workspace.resolve() == backup.resolve():
        raise PeerDeskError(QT_TRANSLATE_NOOP("Backup", "{path} is the workspace itself."), path=backup)
    current = _current_state(workspace)
    current_id = current.workspace_id if current else identity.known_id(workspace)
    if current_id and source.workspace_id and current_id != source.workspace_id:
        raise PeerDeskError(QT_TRANSLATE_NOOP(
            "Backup", "{backup} is a backup of another workspace, not of {path}: nothing was changed."),
            backup=backup, path=workspace)
    saved = None
    with inspection.known_errors(backup), inspection.committed_view(backup) as (src, _):
        if current is None:
            if workspace.exists():
                keep_raw_copy(workspace)
                # The journal of the old file must not be rolled back into the restored one.
                inspection.journal_of(workspace).unlink(missing_ok=True)
            workspace.parent.mkdir(parents=True, exist_ok=True)
            copy_into(src, workspace, workspace, prepare=_after_restore(actor, backup, 0))
        else:
            ws = store.Workspace.open(workspace, actor=actor, take_over=True)
            try:
                saved = make_backup(ws.conn, workspace, "restore")
                # Staged first, already marked and holding our lock, so that the workspace changes in one write
                # transaction (it happens wholly or not at all) and is never without its lock on the way.
                mark = _after_restore(actor, backup, ws.change_counter(), lock.holder(ws.conn))
                with tempfile.TemporaryDirectory(prefix="peerdesk-") as folder:
                    staged = Path(folder) / "restored.peerdesk"
                    copy_into(src, staged, backup, prepare=mark)
                    with inspection.known_errors(workspace), contextlib.closing(sqlite3.connect(staged)) as ready:
                        ready.backup(ws.conn)
            finally:
                ws.close()
    inspection.inspect(workspace)
    identity.remember(workspace, source.workspace_id or identity.fallback_id(workspace))
    return saved


def restore_newest_good(workspace: Path, *, actor: str) -> BackupInfo | None:
    """Restore the newest backup that passes verification (a damaged backup is skipped); None when none does."""
    for info in list_backups(workspace):
        try:
            found = inspection.inspect(info.path, full=True)
        except PeerDeskError:
            continue
        if not (found.integrity or found.foreign_keys):
            restore(info.path, workspace, actor=actor)
            return info
    return None
