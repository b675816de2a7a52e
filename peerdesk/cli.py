"""The `peerdesk` command (DESIGN.md §8): the GUI, or a command on a workspace file, speaking the user's language.

Exit codes: 0 done; 1 refused or failed, with one clear line on stderr; 2 wrong usage; 3 the workspace is in use by
someone else. Never a traceback: bugs are logged with theirs to the log file and reported in one line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from peerdesk import __version__, language, lock
from peerdesk.errors import PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP, Translate
from peerdesk.paths import SUFFIX
from peerdesk.people import clean_name

log = logging.getLogger(__name__)

AS_LABEL = QT_TRANSLATE_NOOP("Cli", "--as (who acts)")

Say = Callable[..., None]  # prints a Msg with its parameters, translated

COMMANDS = ("demo", "check", "backup", "backups", "restore")
GLOBAL_OPTIONS = ("--lang", "--as")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=language.LANGUAGES, help="language: sv or en (default: the OS language)")
    parser.add_argument("--as", dest="actor", metavar="NAME", help="who a writing command acts as")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="peerdesk", description="PeerDesk: the peer supporter's placement at "
                                     f"this unit. Commands: {', '.join(COMMANDS)} (peerdesk COMMAND --help).")
    parser.add_argument("file", nargs="?", type=Path, help=f"a workspace file ({SUFFIX}) to open")
    parser.add_argument("--workspace", type=Path, metavar="FILE", help="the workspace to open")
    parser.add_argument("--smoke", action="store_true", help="open the main window, process events, exit 0")
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    _global_options(parser)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="peerdesk")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("demo", help="write the demo workspace to FILE (an existing file is refused)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=_cmd_demo)
    p = sub.add_parser("check", help="is FILE a healthy PeerDesk workspace? (exit 0 if so)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--full", action="store_true", help="also integrity_check and foreign_key_check")
    p.add_argument("--repair", action="store_true", help="repair a damaged file (a raw copy is kept first)")
    p.set_defaults(run=_cmd_check)
    p = sub.add_parser("backup", help="back up FILE now")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--to", type=Path, metavar="DIR", help="write the copy into DIR instead of the backups folder")
    p.set_defaults(run=_cmd_backup)
    p = sub.add_parser("backups", help="list the backups of FILE")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=_cmd_backups)
    p = sub.add_parser("restore", help="restore BACKUP (a path as `backups` lists it) over the workspace")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.add_argument("--workspace", type=Path, metavar="FILE", help="the workspace to restore into (default: yours)")
    p.set_defaults(run=_cmd_restore)
    for p in sub.choices.values():
        _global_options(p)
    return parser


def _command_first(argv: list[str]) -> list[str]:
    """Global options may come before the command (`peerdesk --lang sv check F`): move them after it."""
    leading: list[str] = []
    while argv and argv[0].split("=")[0] in GLOBAL_OPTIONS:
        takes_value = "=" not in argv[0]
        leading += argv[: 2 if takes_value else 1]
        argv = argv[2 if takes_value else 1:]
    return argv + leading


def _actor(option: str | None, path: Path) -> str:
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


def _cmd_demo(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk.demo import write_demo

    write_demo(args.file).close()
    say(QT_TRANSLATE_NOOP("Cli", "Demo workspace written to {path}."), path=args.file)
    return 0


def _cmd_check(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    """The report on stdout; when the file is not healthy its first line also goes to stderr, as every failure's."""
    from peerdesk import check, repair

    report = check.check(args.file, full=args.full or args.repair)  # a repair must see every kind of damage
    lines = report.lines(translate)
    print("\n".join(lines))
    if report.healthy:
        return 0
    if not args.repair:
        print(lines[0], file=sys.stderr)
        return 1
    repaired = repair.repair(args.file, actor=_actor(args.actor, args.file))
    lines = repaired.lines(translate)
    print("\n".join(lines))
    if not repaired.healthy:
        print(lines[0], file=sys.stderr)
    return 0 if repaired.healthy else 1


def _cmd_backup(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk import backup

    info = backup.backup_file(args.file, "manual", to=args.to)
    say(QT_TRANSLATE_NOOP("Cli", "Backup written to {path}."), path=info.path)
    return 0


def _cmd_backups(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk import backup

    found = backup.list_backups(args.file)
    if not found:
        say(QT_TRANSLATE_NOOP("Cli", "No backups of {path} yet."), path=args.file)
    for info in found:
        reason = backup.REASONS[info.reason].tr(translate) if info.reason in backup.REASONS else info.reason
        print(f"{info.path}\t{info.created.astimezone():%Y-%m-%d %H:%M}\t{info.size}\t{reason}")
    return 0


def _cmd_restore(args: argparse.Namespace, say: Say, translate: Translate) -> int:
    from peerdesk import restore
    from peerdesk.paths import default_workspace

    target = args.workspace or default_workspace()
    saved = restore.restore(args.backup, target, actor=_actor(args.actor, target))
    if saved:
        say(QT_TRANSLATE_NOOP("Cli", "The state before restoring was backed up to {path}."), path=saved.path)
    say(QT_TRANSLATE_NOOP("Cli", "Restored {backup} into {path}."), backup=args.backup, path=target)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv = _command_first(argv)
    is_command = bool(argv) and argv[0] in COMMANDS
    first = argv[0] if argv else ""
    if first and not is_command and not first.startswith("-") and not (
            first.endswith(SUFFIX) or Path(first).is_file()):
        print(f"peerdesk: unknown command or file: {first} (commands: {', '.join(COMMANDS)})", file=sys.stderr)
        return 2
    try:
        args = (_command_parser() if is_command else _gui_parser()).parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, wrong usage exits 2
        return int(exc.code or 0)
    from peerdesk import logs, settings

    translate: Translate | None = None
    try:
        logs.configure()
        lang = language.resolve(args.lang, str(settings.Settings().get("language")))
        if not is_command:
            from peerdesk.gui.app import run_gui

            return run_gui(args.workspace or args.file, args.lang, args.smoke)
        from peerdesk.gui.translation import command_line_translate

        translate = command_line_translate(lang)
        return args.run(args, lambda msg, **params: print(msg.tr(translate, **params)), translate)
    except PeerDeskError as err:
        print(err.message(translate) if translate else err.message(), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 1
    except Exception:
        log.exception("unexpected error in %s", argv)
        print(QT_TRANSLATE_NOOP("Cli", "Unexpected error (a bug in PeerDesk): details are in {log}.").tr(
            translate or (lambda c, t: t), log=logs.log_file()), file=sys.stderr)
        return 1
