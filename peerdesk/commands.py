"""What each command of `peerdesk` does (cli.py parses the command line and calls these), on the workspace a command
names: reading commands open it read-only, writing ones take the lock and act as `--as`."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk import language, lock
from peerdesk.errors import PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.people import clean_name

if TYPE_CHECKING:
    from peerdesk.store import Workspace

AS_LABEL = QT_TRANSLATE_NOOP("Cli", "--as (who acts)")
Say = Callable[..., None]  # prints a Msg with its parameters, translated
log = logging.getLogger(__name__)


def actor(option: str | None, path: Path) -> str:
    """`--as NAME`, else the person this OS user chose in the GUI for that workspace, else the OS user."""
    if option:
        return clean_name(option, AS_LABEL, "as")
    from peerdesk.people import get_person
    from peerdesk.settings import Settings
    from peerdesk.store import Workspace

    try:
        ws = Workspace.open(path, actor="", read_only=True)
        try:
            person_id = Settings().get("person_by_workspace").get(ws.workspace_id)  # type: ignore[union-attr]
            if isinstance(person_id, int):
                return get_person(ws, person_id).name
        finally:
            ws.close()
    except PeerDeskError:
        pass  # a damaged or missing file has no remembered person
    return f"command line ({lock.os_user()})"


def open_workspace(args: argparse.Namespace, *, write: bool) -> Workspace:
    """The workspace a command works inside (`--workspace FILE`, else the default one): read-only for commands that
    only read, so they also work while the file is open elsewhere; for writing with the lock, acting as `--as`
    (InUse, exit 3, when someone else holds it). Close it when done."""
    from peerdesk.paths import default_workspace
    from peerdesk.store import Workspace

    path = args.workspace or default_workspace()
    if not write:
        return Workspace.open(path, actor="", read_only=True)
    return Workspace.open(path, actor=actor(args.actor, path))


def demo(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk.demo import write_demo

    write_demo(args.file).close()
    say(QT_TRANSLATE_NOOP("Cli", "Demo workspace written to {path}."), path=args.file)
    return 0


def report(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk.reports import kinds

    start, end = kinds.period(args.start, args.end)
    with reading(args) as (ws, lang):
        pages = kinds.make(ws, kinds.Request(
            args.kind, start, end, lang, placement=args.placement, person=args.person, circle=args.circle,
            round=args.round, suppress_small=args.suppress_small, draft=args.draft), args.out, translate)
    say(QT_TRANSLATE_NOOP("Cli", "Report written to {path} (pages: {pages})."), path=args.out, pages=pages)
    return 0


def activities(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk.activities.command import run

    ws = open_workspace(args, write=args.action == "import")
    try:
        return run(ws, args, say, translate, language.resolve(args.lang, saved_language()))
    finally:
        ws.close()


def saved_language() -> str:
    from peerdesk.settings import Settings

    return str(Settings().get("language"))


def stderr_is_stdout() -> bool:
    """Both streams end up in the same place (a terminal, or `2>&1`): a line written to both would show twice."""
    try:
        return os.path.samestat(os.fstat(sys.stdout.fileno()), os.fstat(sys.stderr.fileno()))
    except (OSError, ValueError, AttributeError):  # replaced streams (tests) have no file descriptor
        return False


def report_lines(lines: list[str], failed: bool) -> None:
    """The report on stdout; a failure's first line also goes to stderr, as every failure's does, unless stderr is
    the very same place (then it would be printed twice)."""
    print("\n".join(lines))
    if failed and lines and not stderr_is_stdout():
        print(lines[0], file=sys.stderr)


def check(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    """Exit 0 when healthy (or repaired with every record kept), else 1; see HELP["repair"].

    A damaged file's report names both ways out (repair, or restore the newest good backup), what each loses and
    which loses less, before anything is changed. What SQLite itself said goes to the log, for support, not to the
    user."""
    from peerdesk import check, recovery, repair

    report = check.check(args.file, full=args.full or args.repair)  # a repair must see every kind of damage
    lines = report.summary(translate)
    if report.technical_details:
        log.info("check %s: %s", args.file, "; ".join(report.technical()))
    if report.healthy or not report.repairable:
        report_lines(lines, not report.healthy)
        return 0 if report.healthy else 1
    lines = lines[:1]  # the verdict; the ways out below replace the check's own hints for the window
    if report.technical_details:
        lines.append(QT_TRANSLATE_NOOP("Cli", "Technical details for support are in {log}.").tr(
            translate, log=log_file()))
    ways = recovery.options(args.file)
    lines += ways.lines(translate)
    if ways.backup is not None:
        lines.append(QT_TRANSLATE_NOOP("Cli", "To restore the backup: peerdesk restore {backup} --workspace {path}").tr(
            translate, backup=ways.backup.path, path=args.file))
    if not args.repair:
        if ways.repair.replaced:
            lines.append(QT_TRANSLATE_NOOP("Cli", "To repair: peerdesk check {path} --repair").tr(
                translate, path=args.file))
        report_lines(lines, True)
        return 1
    print("\n".join(lines))
    repaired = repair.repair(args.file, actor=actor(args.actor, args.file))
    lines = repaired.summary(translate)
    if details := repaired.details():
        log.info("repair %s: %s", args.file, "; ".join(details))
    lost = repaired.lost != 0
    if ways.backup is not None and (lost or not repaired.replaced):
        lines.insert(1, QT_TRANSLATE_NOOP(
            "Cli", "Newest good backup: {backup} ({date}). To restore it instead: peerdesk restore {backup} "
            "--workspace {path}").tr(translate, backup=ways.backup.path, date=recovery.when(ways.backup),
                                    path=args.file))
    report_lines(lines, not repaired.healthy or (repaired.replaced and lost))
    return 0 if repaired.healthy and not (repaired.replaced and lost) else 1


def log_file() -> Path:
    from peerdesk.logs import log_file

    return log_file()


def backup(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk import backup

    info = backup.backup_file(args.file, "manual", to=args.to)
    say(QT_TRANSLATE_NOOP("Cli", "Backup written to {path}."), path=info.path)
    return 0


def backups(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk import backup

    found = backup.list_backups(args.file)
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No backups of {path} yet."), path=args.file)
    for info in found:
        reason = backup.REASONS[info.reason].tr(translate) if info.reason in backup.REASONS else info.reason
        print(f"{info.path}\t{info.created.astimezone():%Y-%m-%d %H:%M}\t{info.size}\t{reason}")
    return 0


def restore(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk import restore
    from peerdesk.paths import default_workspace

    target = args.workspace or default_workspace()
    saved = restore.restore(args.backup, target, actor=actor(args.actor, target))
    if saved:
        say(QT_TRANSLATE_NOOP("Cli", "The state before restoring was backed up to {path}."), path=saved.path)
    say(QT_TRANSLATE_NOOP("Cli", "Restored {backup} into {path}."), backup=args.backup, path=target)
    return 0


@contextlib.contextmanager
def reading(args: argparse.Namespace) -> Iterator[tuple[Workspace, str]]:
    """The workspace a printing command reads (read-only: it works while someone else has the file open) and the
    language it prints in."""
    lang = language.resolve(args.lang, saved_language())
    ws = open_workspace(args, write=False)
    try:
        yield ws, lang
    finally:
        ws.close()


def checklist(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    import datetime as dt

    from peerdesk.checklist import text

    with reading(args) as (ws, lang):
        chosen = text.choose_placements(ws, args.placement)
        for line in text.placement_lines(ws, chosen, lang, dt.date.today(), translate, overdue_only=args.overdue):
            print(line)
    return 0


def version(value: str) -> int | str:
    """A job-description version on the command line: a revision number, agreed or draft (else exit 2)."""
    if value in ("agreed", "draft"):
        return value
    if value.isdigit() and int(value) > 0:
        return int(value)
    raise ValueError(value)


version.__name__ = "revision"  # argparse names the type in its message: "invalid revision value: 'x'"


def jobdesc(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk.jobdesc import text

    with reading(args) as (ws, lang):
        if args.diff:
            print(text.unified_diff(ws, args.placement, *args.diff, translate), end="")
        else:
            print(text.markdown(ws, args.placement, args.revision, translate, lang), end="")
    return 0
