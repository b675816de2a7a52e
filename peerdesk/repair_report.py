"""What a repair found, kept and lost, in plain words (the summary) and in SQLite's (the details)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from peerdesk import backup, schema
from peerdesk.check import Line, raw_lines, say
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg, Translate, untranslated


def label(table: str) -> Msg | str:
    """What the repair report calls a table: its policy's label, else its own name."""
    policy = schema.TABLES.get(table)
    return policy.label if policy else table


@dataclass
class TableResult:
    table: str
    kept: int = 0
    before: int | None = None  # what the damaged file claimed to hold, when it could count at all
    dropped: int = 0  # readable rows refused: invalid values, or pointing to records that were lost
    skipped: int | None = 0  # rowids jumped over at damaged pages (an upper bound); None: the end was unreadable
    mended: int = 0  # rows kept whose unreadable text was replaced by U+FFFD
    rebuilt_from: str | None = None  # a full-text index: rebuilt from this table, nothing copied

    @property
    def label(self) -> Msg | str:
        return label(self.table)

    @property
    def lost(self) -> int | None:
        """Records lost, at most; None when unknown."""
        if self.before is not None:
            return max(self.before - self.kept, self.dropped)
        return None if self.skipped is None else self.skipped + self.dropped


@dataclass
class RepairReport:
    path: Path
    healthy: bool = False
    replaced: bool = False
    raw_copies: list[Path] = field(default_factory=list)
    backup: backup.BackupInfo | None = None
    found: list[str] = field(default_factory=list)
    header_rewritten: bool = False
    tables: list[TableResult] = field(default_factory=list)
    failure: Line | None = None
    counter: int | None = None  # the change counter read back from the damaged file, when it could be
    change_times: list[str] = field(default_factory=list)  # when each change in the readable history was saved

    @property
    def lost(self) -> int | None:
        """Records the repair could not save, at most; None when unknown."""
        counts = [t.lost for t in self.tables if t.rebuilt_from is None]
        return None if None in counts else sum(c for c in counts if c)

    def summary(self, translate: Translate = untranslated) -> list[str]:
        """The report in plain words, the first line saying how it went."""
        return [msg.tr(translate, **params) for msg, params in self._plain()]

    def details(self, translate: Translate = untranslated) -> list[str]:
        """What SQLite said about the damage: for the Details disclosure (GUI) or after the summary (CLI)."""
        out: list[Line] = []
        if self.found:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Problems found: {count}"), count=len(self.found)))
            out += raw_lines(self.found)
        return [msg.tr(translate, **params) for msg, params in out]

    def lines(self, translate: Translate = untranslated) -> list[str]:
        return self.summary(translate) + self.details(translate)

    def _plain(self) -> list[Line]:
        out: list[Line] = []
        lost = self.lost
        if self.replaced and lost == 0:
            out.append(say(QT_TRANSLATE_NOOP("Check", "{path} was repaired and is a healthy PeerDesk workspace "
                                              "again."), path=self.path))
        elif self.replaced and lost is None:
            out.append(say(QT_TRANSLATE_NOOP("Check", "{path} was repaired, but some records could not be saved "
                                              "(how many is not known)."), path=self.path))
        elif self.replaced:
            out.append(say(QT_TRANSLATE_NOOP("Check", "{path} was repaired, but {count} records could not be "
                                              "saved."), path=self.path, count=lost))
        elif self.healthy:
            out.append(say(QT_TRANSLATE_NOOP("Check", "{path} is healthy: nothing to repair."), path=self.path))
        else:
            out.append(say(QT_TRANSLATE_NOOP("Check", "{path} could not be repaired; the file was not changed."),
                            path=self.path))
            if self.failure:
                out.append(self.failure)
        out += [say(QT_TRANSLATE_NOOP("Check", "Raw copy of the damaged file kept: {path}"), path=p)
                for p in self.raw_copies]
        if self.backup:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Backup made before repairing: {path}"), path=self.backup.path))
        if self.header_rewritten:
            out.append(say(QT_TRANSLATE_NOOP("Check", "Fixed: the file's damaged header was rewritten.")))
        for t in self.tables:
            out += _table_lines(t)
        return out


def _table_lines(t: TableResult) -> list[Line]:
    if t.rebuilt_from is not None:
        return [say(QT_TRANSLATE_NOOP("Check", "{table}: rebuilt from {source}."), table=t.label,
                    source=label(t.rebuilt_from))]
    out = []
    if t.lost is None:
        out.append(say(QT_TRANSLATE_NOOP("Check", "{table}: records kept: {kept}; the rest of the table could not "
                                         "be read, so an unknown number was lost."), table=t.label, kept=t.kept))
    elif t.lost and t.before is None:
        out.append(say(QT_TRANSLATE_NOOP("Check", "{table}: records kept: {kept}, lost: at most {lost}."),
                       table=t.label, kept=t.kept, lost=t.lost))
    elif t.lost:
        out.append(say(QT_TRANSLATE_NOOP("Check", "{table}: records kept: {kept}, lost: {lost}."),
                       table=t.label, kept=t.kept, lost=t.lost))
    else:
        out.append(say(QT_TRANSLATE_NOOP("Check", "{table}: all records kept ({kept})."), table=t.label, kept=t.kept))
    if t.mended:
        out.append(say(QT_TRANSLATE_NOOP("Check", "{table}: {count} records held text that could not be read; "
                                         "the unreadable letters are shown as \ufffd."), table=t.label,
                       count=t.mended))
    return out
