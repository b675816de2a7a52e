"""Backups: consistent, verified copies made through SQLite's backup API, filed per workspace and thinned like Anki's.

Backups live in `backups_root()/<workspace id>/`, named by local date, time and reason. The id comes from the file;
the workspace index (identity.remember/known_id) finds the folder for a file that can no longer be read. Every copy is
written under a hidden temporary name, checked with quick_check and only then given its real name, so a crash or a
full disk never leaves something that looks like a backup but is not one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from peerdesk import identity, inspection, paths, schema
from peerdesk.errors import Damaged, PeerDeskError, cannot_create
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg

REASONS: dict[str, Msg] = {
    "open": QT_TRANSLATE_NOOP("Backup", "on opening"),
    "periodic": QT_TRANSLATE_NOOP("Backup", "while working"),
    "close": QT_TRANSLATE_NOOP("Backup", "on closing"),
    "manual": QT_TRANSLATE_NOOP("Backup", "made by hand"),
    "migration": QT_TRANSLATE_NOOP("Backup", "before an upgrade"),
    "import": QT_TRANSLATE_NOOP("Backup", "before an import"),
    "restore": QT_TRANSLATE_NOOP("Backup", "before a restore"),
    "repair": QT_TRANSLATE_NOOP("Backup", "before a repair"),
    "notes": QT_TRANSLATE_NOOP("Backup", "before clearing old notes"),
}

OPEN_AFTER = dt.timedelta(days=1)  # back up on opening when the newest backup is older than this
PERIODIC_EVERY = dt.timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 6  # after everything from today and yesterday (Anki's tiers)
MAX_AGE_DAYS = 273  # nine months: removed data ages out of backups by then, whatever the tiers would keep

_STAMP = "%Y-%m-%d_%H.%M.%S%z"
_NAME = re.compile(r"(?P<stamp>\d{4}-\d\d-\d\d_\d\d\.\d\d\.\d\d[+-]\d{4})_(?P<reason>[a-z]+)(?:-\d+)?\.peerdesk")


class BackupInfo(NamedTuple):
    path: Path
    created: dt.datetime  # aware
    size: int
    reason: str


# -- making copies -------------------------------------------------------------------------------------------------


def _private_dir(path: Path) -> Path:
    paths.make_private_dir(path)
    os.chmod(path, 0o700)  # mkdir's mode does not change a folder that already existed
    return path


def folder_for(workspace_id: str) -> Path:
    return _private_dir(_private_dir(paths.backups_root()) / workspace_id)


def clear_lock(conn: sqlite3.Connection) -> None:
    """A copy is held by nobody: the lock row of whoever had the workspace open must not travel with it."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'lock'").fetchone():
        conn.execute("DELETE FROM lock")


def _copy_checked(source: sqlite3.Connection, target: sqlite3.Connection,
                  prepare: Callable[[sqlite3.Connection], None]) -> bool:
    """Copy and check; False when the copy turns out damaged (disk and I/O errors are raised as they are)."""
    try:
        source.backup(target)
        target.execute("PRAGMA secure_delete = ON")
        prepare(target)
        return target.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return False
        raise


def copy_into(source: sqlite3.Connection, dest: Path, workspace: Path,
               prepare: Callable[[sqlite3.Connection], None] = clear_lock) -> None:
    """Write a consistent copy of `source` to `dest` (owner-only), verified before it takes its name.

    `prepare` adjusts the copy before the check (by default it drops the lock row). A copy that fails its check is
    deleted and Damaged is raised: a backup that cannot be restored is worse than none, because it is trusted.
    """
    if source.in_transaction:
        raise RuntimeError("a backup must not see an unfinished transaction")
    with _os_errors(dest):
        fd, name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")  # mode 0600
    os.close(fd)
    tmp = Path(name)
    try:
        with inspection.known_errors(dest), _os_errors(dest):
            target = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                ok = _copy_checked(source, target, prepare)
            finally:
                target.close()
            if not ok:
                raise Damaged(QT_TRANSLATE_NOOP(
                    "Backup", "{path} could not be copied: the copy failed SQLite's check, so the workspace itself "
                    "may be damaged. Use Check and repair."), path=workspace)
            os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        inspection.journal_of(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def _os_errors(path: Path) -> Iterator[None]:
    """A folder that vanished (a USB stick pulled out) or a full disk is a known error, not a bug."""
    try:
        yield
    except OSError as exc:
        raise cannot_create(path, exc) from exc


def _free_stem(folder: Path, when: dt.datetime, label: str) -> Path:
    """`folder/<local date and time>_<label>`, numbered when the second is taken (a restore right after a backup)."""
    base = f"{when.astimezone():{_STAMP}}_{label}"
    stem, n = folder / base, 1
    while any(folder.glob(f"{stem.name}.*")):
        n += 1
        stem = folder / f"{base}-{n}"
    return stem


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.fullmatch(path.name)
    if not match:
        return None
    # _STAMP is ISO 8601 with separators a file name may hold; read back without strptime, whose first use costs
    # milliseconds of start-up (opening a workspace looks up whether a backup is due)
    created = dt.datetime.fromisoformat(match["stamp"].replace("_", "T").replace(".", ":"))
    return BackupInfo(path, created, path.stat().st_size, match["reason"])


def make_backup(conn: sqlite3.Connection, workspace_path: Path, reason: str, *,
                now: dt.datetime | None = None) -> BackupInfo:
    """Back up the open workspace behind `conn` (writable or read-only) into its backups folder, then thin it.

    Workspace.open calls it before every migration.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    now = now or dt.datetime.now().astimezone()
    workspace_id = identity.workspace_id(conn, Path(workspace_path))
    folder = folder_for(workspace_id)
    stem = _free_stem(folder, now, reason)
    dest = stem.with_name(f"{stem.name}.peerdesk")
    copy_into(conn, dest, Path(workspace_path))
    identity.remember(Path(workspace_path), workspace_id)
    for old in thin(_infos(folder), now):
        old.path.unlink(missing_ok=True)
    info = _info(dest)
    assert info is not None  # _free_stem and _NAME agree
    return info


def backup_file(path: Path, reason: str = "manual", *, to: Path | None = None) -> BackupInfo:
    """Back up a workspace file (`peerdesk backup FILE [--to DIR]`); with `to`, a copy into that folder instead.

    A damaged, foreign or too-new file is refused with the reason.
    """
    path = Path(path)
    inspection.inspect(path)
    with inspection.known_errors(path), inspection.committed_view(path) as (conn, _):
        if to is None:
            return make_backup(conn, path, reason)
        now = dt.datetime.now().astimezone()
        with _os_errors(Path(to)):
            paths.make_private_dir(Path(to))  # private when made here; a folder that exists keeps its permissions
        dest = Path(to) / f"{path.stem}_{now:{_STAMP}}.peerdesk"
        copy_into(conn, dest, path)
    return BackupInfo(dest, now, dest.stat().st_size, reason)


def save_copy(conn: sqlite3.Connection, dest: Path) -> None:
    """"Save a copy…": a consistent copy of the open workspace anywhere (a USB stick), replacing `dest`."""
    dest = Path(dest)
    main = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    if dest.exists() and dest.resolve() == main.resolve():
        raise PeerDeskError(QT_TRANSLATE_NOOP(
            "Backup", "{path} is the open workspace itself: choose another name or folder for the copy."), path=dest)
    copy_into(conn, dest, main)


def keep_raw_copy(path: Path, now: dt.datetime | None = None) -> list[Path]:
    """A byte-for-byte copy of a damaged file and its journal, beside its backups: the one raw copy PeerDesk makes,
    because the backup API cannot be trusted to copy a damaged file. Named so it never lists as a backup."""
    now = now or dt.datetime.now().astimezone()
    folder = folder_for(identity.known_id(path) or _readable_id(path) or identity.fallback_id(path))
    stem = _free_stem(folder, now, "damaged")
    kept = []
    for original, suffix in ((path, ".raw"), (inspection.journal_of(path), ".raw-journal")):
        if original.exists():
            copy = stem.with_name(stem.name + suffix)
            with _os_errors(copy), original.open("rb") as src, \
                    os.fdopen(os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600), "wb") as out:
                shutil.copyfileobj(src, out)
            kept.append(copy)
    return kept


# -- finding and thinning ------------------------------------------------------------------------------------------


def _readable_id(path: Path) -> str | None:
    """The id inside the file, if the file can be read as a PeerDesk workspace at all (even a damaged one)."""
    try:
        with inspection.committed_view(path) as (conn, _):
            if conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID:
                return identity.workspace_id(conn, path)
    except (sqlite3.Error, OSError):
        pass
    return None


def _infos(folder: Path) -> list[BackupInfo]:
    found = [info for p in folder.glob("*.peerdesk") if (info := _info(p))] if folder.is_dir() else []
    return sorted(found, key=lambda b: b.created, reverse=True)


def list_backups(path: Path) -> list[BackupInfo]:
    """The backups of a workspace, newest first; found by the id in the file, or by the index when it is unreadable.

    A file that is neither readable nor known raises the reason (NotFound, NotAWorkspace, ...).
    """
    path = Path(path)
    workspace_id = _readable_id(path) or identity.known_id(path)
    if workspace_id is None:
        inspection.inspect(path)  # raises why this is no workspace
        workspace_id = identity.fallback_id(path)
    return _infos(paths.backups_root() / workspace_id)


def thin(backups: list[BackupInfo], now: dt.datetime) -> list[BackupInfo]:
    """The backups to delete. Counted in calendar days of `now`'s time zone, the rule is exactly:

    keep every backup from today and yesterday; then the newest of each of the 12 next older days that have a
    backup; then the newest of each of the 10 next older calendar weeks (Monday to Sunday) that have one; then the
    newest of each of the 6 next older calendar months that have one; and delete every backup dated more than 273
    days (nine months) before today, whatever the tiers say. With a backup every day that keeps all of 2 days, 12
    daily, 10 weekly and 6 monthly backups, the oldest at most 272 days old; sparser backups stretch the tiers, and
    the 273-day limit still holds, so removed data has left every backup nine months later.
    """
    today = now.date().toordinal()
    left = [KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY]
    last_kept: tuple[int, int, int] | None = None  # (day, week, month) of the oldest backup kept so far
    obsolete = []
    for b in sorted(backups, key=lambda b: b.created, reverse=True):
        day = b.created.astimezone(now.tzinfo).date()
        when = (day.toordinal(), (day.toordinal() - 1) // 7, day.year * 12 + day.month)  # weeks start on Monday
        if today - when[0] > MAX_AGE_DAYS:
            keep = False
        elif when[0] >= today - 1:
            keep = True
        else:
            stage = next((i for i, n in enumerate(left) if n > 0), None)  # daily, then weekly, then monthly
            keep = stage is not None and (last_kept is None or when[stage] < last_kept[stage])
            if keep and stage is not None:
                left[stage] -= 1
        if keep:
            last_kept = when
        else:
            obsolete.append(b)
    return obsolete


# -- when to back up -----------------------------------------------------------------------------------------------


def due_on_open(path: Path, now: dt.datetime) -> bool:
    """Back up on opening when there is no backup yet or the newest is older than a day."""
    found = list_backups(path)
    return not found or now - found[0].created >= OPEN_AFTER


@dataclass
class AutoBackup:
    """While the app runs: back up every 30 minutes and on closing, but only if something changed since the last
    backup. 'Changed' means the workspace's change counter moved; the lock heartbeat never moves it.

    `last_backup_at` None means unknown: the first periodic tick after a change then backs up.
    """

    counter_at_last_backup: int
    last_backup_at: dt.datetime | None = None

    def due(self, counter: int, now: dt.datetime, *, closing: bool = False) -> bool:
        if counter == self.counter_at_last_backup:
            return False
        return closing or self.last_backup_at is None or now - self.last_backup_at >= PERIODIC_EVERY

    def made(self, counter: int, now: dt.datetime) -> None:
        self.counter_at_last_backup = counter
        self.last_backup_at = now
