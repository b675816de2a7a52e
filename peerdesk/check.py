"""Check, like Anki's Check Database: say in plain words whether a file is a healthy workspace.

Checking never writes (a hot journal left by a crash is rolled back in a private copy). peerdesk.repair rebuilds a
damaged file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peerdesk import backup, inspection, schema
from peerdesk.errors import Damaged, PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg, Translate, untranslated

Line = tuple[Msg, dict[str, object]]
_RAW = Msg("Check", "  {text}")  # SQLite's own words: shown as they are, not translated
MAX_DETAILS = 10


def say(msg: Msg, **params: object) -> Line:
    return msg, params


def raw_lines(rows: list[str]) -> list[Line]:
    lines = [say(_RAW, text=r) for r in rows[:MAX_DETAILS]]
    if len(rows) > MAX_DETAILS:
        lines.append(say(QT_TRANSLATE_NOOP("Check", "  … and {count} more."), count=len(rows) - MAX_DETAILS))
    return lines


@dataclass
class CheckReport:
    """The verdict on one file. `lines()` starts with one line saying healthy or not; details follow."""

    path: Path
    healthy: bool
    details: list[Line]
    error: PeerDeskError | None = None
    newest_backup: backup.BackupInfo | None = None

    def lines(self, translate: Translate = untranslated) -> list[str]:
        return [msg.tr(translate, **params) for msg, params in self.details]


def _backup_lines(path: Path) -> tuple[list[Line], backup.BackupInfo | None]:
    try:
        found = backup.list_backups(path)
    except PeerDeskError:
        found = []
    if not found:
        return [say(QT_TRANSLATE_NOOP("Check", "No backups of this workspace were found."))], None
    newest = found[0]
    return [say(QT_TRANSLATE_NOOP("Check", "Newest backup: {path} ({date})."), path=newest.path,
                 date=f"{newest.created:%Y-%m-%d %H:%M}")], newest


def check(path: Path, *, full: bool = False) -> CheckReport:
    """quick_check and schema (with `full` also integrity_check and foreign_key_check). Never writes to the file."""
    path = Path(path)
    try:
        found = inspection.inspect(path, full=full)
    except Damaged as err:
        more, newest = _backup_lines(path)
        return CheckReport(path, False, [say(err.msg, **err.params), *raw_lines(err.details), *more,
                                         say(QT_TRANSLATE_NOOP("Check", "Check and repair can rebuild it from what "
                                                                "can still be read; a raw copy is kept first."))],
                           err, newest)
    except PeerDeskError as err:  # not found, not a workspace, too new, busy: the message says it all
        return CheckReport(path, False, [say(err.msg, **err.params)], err)
    step = found.applied[-1] if found.applied else "-"
    lines: list[Line] = []
    if found.integrity:
        lines += [say(QT_TRANSLATE_NOOP("Check", "{path} is damaged: problems found by SQLite's integrity "
                                         "check: {count}."), path=path, count=len(found.integrity)),
                  *raw_lines(found.integrity)]
    if found.foreign_keys:
        lines.append(say(QT_TRANSLATE_NOOP("Check", "{path} is damaged: records that point to records that "
                                            "do not exist: {count}."), path=path, count=len(found.foreign_keys)))
        lines += raw_lines([f"{table} #{rowid} → {parent}" for table, rowid, parent in found.foreign_keys])
    healthy = not lines
    if healthy:
        lines.append(say(QT_TRANSLATE_NOOP("Check", "{path} is a healthy PeerDesk workspace."), path=path))
        lines.append(say(QT_TRANSLATE_NOOP("Check", "Format version {number} ({step})."),
                         number=len(found.applied), step=step))
    if found.hot_journal:
        lines.append(say(QT_TRANSLATE_NOOP(
            "Check", "An interrupted save left unfinished changes; they are undone when the workspace is next "
            "opened. This check did not change the file.")))
    if found.pending:
        lines.append(say(QT_TRANSLATE_NOOP(
            "Check", "Made by an older PeerDesk: it is upgraded to schema {step} (after a backup) when opened for "
            "editing."), step=schema.KNOWN_STEPS[-1]))
    return CheckReport(path, healthy, lines)


# -- repair --------------------------------------------------------------------------------------------------------
