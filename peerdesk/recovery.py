"""What to do with a damaged workspace: repair it or restore its newest good backup, whichever loses less.

A repair keeps what can still be read and loses the rest; a backup loses every change saved after it. Both are
measured before anything is changed (repair.preview works on private copies), so the user chooses knowing the cost.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from peerdesk import backup, inspection, repair
from peerdesk.check import Line, say
from peerdesk.errors import PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from peerdesk.repair_report import RepairReport


def newest_good_backup(path: Path) -> backup.BackupInfo | None:
    """The newest backup of `path` that passes a full check (a damaged backup is skipped); None when none does."""
    try:
        found = backup.list_backups(path)
    except PeerDeskError:
        return None
    for info in found:
        try:
            checked = inspection.inspect(info.path, full=True)
        except PeerDeskError:
            continue
        if not (checked.integrity or checked.foreign_keys):
            return info
    return None


def when(info: backup.BackupInfo) -> str:
    """A backup's local date and time, as every message names it."""
    return f"{info.created.astimezone():%Y-%m-%d %H:%M}"


@dataclass
class Options:
    path: Path
    repair: RepairReport  # a preview: nothing was changed
    backup: backup.BackupInfo | None = None
    backup_loses: int | None = None  # changes saved after the backup; None: not known

    @property
    def recommended(self) -> Literal["repair", "restore"]:
        """The way that loses less; on a tie (or when unsure) the backup, a state that really existed."""
        lost = self.repair.lost
        if self.backup is None or (self.repair.replaced and lost == 0):
            return "repair"
        if not self.repair.replaced or lost is None or self.backup_loses is None:
            return "restore"
        return "restore" if self.backup_loses <= lost else "repair"

    def lines(self, translate: Translate = untranslated) -> list[str]:
        out: list[Line] = []
        lost = self.repair.lost
        if not self.repair.replaced:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Repairing is not possible: too little of the file can be "
                                             "read.")))
        elif lost == 0:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Repairing keeps every record.")))
        elif lost is None:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Repairing loses some records (how many is not known).")))
        else:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Repairing loses {count} records."), count=lost))
        if self.backup is None:
            out.append(say(QT_TRANSLATE_NOOP("Check", "No backup of this workspace passed its check.")))
        elif self.backup_loses == 0:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Restoring the backup from {date} loses nothing: nothing "
                                             "was saved after it."), date=when(self.backup)))
        elif self.backup_loses is None:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Restoring the backup from {date} loses whatever was saved "
                                             "after it."), date=when(self.backup)))
        else:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Restoring the backup from {date} loses the changes saved "
                                             "after it: {count}."), date=when(self.backup), count=self.backup_loses))
        if self.backup is not None:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Recommended: restoring the backup, which loses less.")
                           if self.recommended == "restore" else
                           QT_TRANSLATE_NOOP("Check", "Recommended: repairing, which loses less.")))
        return [msg.tr(translate, **params) for msg, params in out]


def options(path: Path) -> Options:
    """Measure both ways out for a damaged file; writes nothing (the preview repairs private copies)."""
    path = Path(path)
    preview = repair.preview(path)
    chosen = Options(path, preview, newest_good_backup(path))
    if chosen.backup is not None:
        chosen.backup_loses = changes_after(preview, chosen.backup)
    return chosen


def changes_after(preview: RepairReport, info: backup.BackupInfo) -> int | None:
    """How many changes were saved after the backup, from what the repair could read: the change counters' gap, or
    the change history's entries after the backup's time, whichever is more. None when neither could be read."""
    gap = None
    if preview.counter is not None:
        with contextlib.suppress(PeerDeskError, sqlite3.Error), inspection.committed_view(info.path) as (conn, _):
            row = conn.execute("SELECT value FROM meta WHERE key = 'change_counter'").fetchone()
            gap = max(preview.counter - int(row[0] if row else 0), 0)
    history = {t.table: t for t in preview.tables}.get("change_log")
    logged = None
    if history is not None and history.lost == 0:
        logged = sum(1 for at in preview.change_times if _after(at, info.created))
    return None if gap is None and logged is None else max(gap or 0, logged or 0)


def _after(at: str, moment: dt.datetime) -> bool:
    try:
        return dt.datetime.fromisoformat(at) > moment
    except (TypeError, ValueError):
        return False
