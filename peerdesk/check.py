"""Check, like Anki's Check Database: say in plain words whether a file is a healthy workspace.

Checking never writes (a hot journal left by a crash is rolled back in a private copy). peerdesk.repair rebuilds a
damaged file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    """The verdict on one file. `summary()` starts with one line saying healthy or not, in plain words; `technical()`
    holds what SQLite said and the schema step (the GUI's Details; printed after the summary on the command line)."""

    path: Path
    healthy: bool
    details: list[Line]
    error: PeerDeskError | None = None
    newest_backup: backup.BackupInfo | None = None
    technical_details: list[Line] = field(default_factory=list)

    @property
    def repairable(self) -> bool:
        """Damaged (not foreign, too new, missing or busy): a repair or a restore can help."""
        return not self.healthy and (self.error is None or isinstance(self.error, Damaged))

    def summary(self, translate: Translate = untranslated) -> list[str]:
        return [msg.tr(translate, **params) for msg, params in self.details]

    def technical(self, translate: Translate = untranslated) -> list[str]:
        return [msg.tr(translate, **params) for msg, params in self.technical_details]

    def lines(self, translate: Translate = untranslated) -> list[str]:
        return self.summary(translate) + self.technical(translate)


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


_REPAIR_HINT = QT_TRANSLATE_NOOP("Check", "Check and repair can rebuild it from what can still be read; a raw copy "
                                 "is kept first.")


def check(path: Path, *, full: bool = False) -> CheckReport:
    """quick_check and schema (with `full` also integrity_check, foreign_key_check and every text value). Never
    writes to the file."""
    path = Path(path)
    try:
        found = inspection.inspect(path, full=full)
    except Damaged as err:
        more, newest = _backup_lines(path)
        return CheckReport(path, False, [say(err.msg, **err.params), *more, say(_REPAIR_HINT)], err, newest,
                           raw_lines(err.details))
    except PeerDeskError as err:  # not found, not a workspace, too new, busy: the message says it all
        return CheckReport(path, False, [say(err.msg, **err.params)], err)
    step = found.applied[-1] if found.applied else "-"
    lines: list[Line] = []
    technical = raw_lines(found.integrity)
    technical += raw_lines([f"{table} #{rowid} → {parent}" for table, rowid, parent in found.foreign_keys])
    count = len(found.integrity) + len(found.foreign_keys)
    newest = None
    if count:  # one first line, however many kinds of damage
        lines.append(say(QT_TRANSLATE_NOOP("Check", "{path} is damaged: problems found: {count}."), path=path,
                         count=count))
        if found.foreign_keys:
            lines.append(say(QT_TRANSLATE_NOOP("Check", "Records that point to records that do not exist: "
                                               "{count}."), count=len(found.foreign_keys)))
        more, newest = _backup_lines(path)
        lines += [*more, say(_REPAIR_HINT)]
    else:
        lines.append(say(QT_TRANSLATE_NOOP("Check", "{path} is a healthy PeerDesk workspace."), path=path))
        technical.append(say(QT_TRANSLATE_NOOP("Check", "Format version {number} ({step})."),
                             number=len(found.applied), step=step))
    if found.hot_journal:
        lines.append(say(QT_TRANSLATE_NOOP(
            "Check", "An interrupted save left unfinished changes; they are undone when the workspace is next "
            "opened. This check did not change the file.")))
    if found.pending:
        lines.append(say(QT_TRANSLATE_NOOP(
            "Check", "Made by an older PeerDesk: it is upgraded (after a backup) when opened for editing.")))
        technical.append(say(QT_TRANSLATE_NOOP("Check", "Newest format version: {step}."),
                             step=schema.KNOWN_STEPS[-1]))
    return CheckReport(path, not count, lines, newest_backup=newest, technical_details=technical)
