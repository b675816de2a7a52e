"""The `peerdesk` command (DESIGN.md §8): the GUI, or a command on a workspace file, speaking the user's language.

Exit codes: 0 done; 1 refused or failed, with one clear line on stderr; 2 wrong usage; 3 the workspace is in use by
someone else. Never a traceback: bugs are logged with theirs to the log file and reported in one line.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from peerdesk import __version__, commands, inspection, language
from peerdesk.errors import PeerDeskError
from peerdesk.i18n import QT_TRANSLATE_NOOP, Msg, Translate, untranslated
from peerdesk.paths import SUFFIX

log = logging.getLogger(__name__)

COMMANDS = ("demo", "check", "backup", "backups", "restore", "checklist", "jobdesc", "activities", "report")
GLOBAL_OPTIONS = ("--lang", "--as")

# argparse's own words, translated through the same catalog (argparse looks its `_` up at each call).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
)

HELP = {
    "lang": QT_TRANSLATE_NOOP("Cli", "language: sv or en (default: the saved choice, else the OS language)"),
    "as": QT_TRANSLATE_NOOP("Cli", "who a writing command acts as"),
    "description": QT_TRANSLATE_NOOP("Cli", "PeerDesk: the peer supporter's placement at this unit. Commands: "
                                     "{commands} (peerdesk COMMAND --help)."),
    "file": QT_TRANSLATE_NOOP("Cli", "a workspace file ({suffix}) to open"),
    "workspace": QT_TRANSLATE_NOOP("Cli", "the workspace to open"),
    "smoke": QT_TRANSLATE_NOOP("Cli", "open the main window, process events, exit 0"),
    "demo": QT_TRANSLATE_NOOP("Cli", "write the demo workspace to FILE (an existing file is refused)"),
    "check": QT_TRANSLATE_NOOP("Cli", "is FILE a healthy PeerDesk workspace? (exit 0 if so, 1 if not)"),
    "full": QT_TRANSLATE_NOOP("Cli", "also integrity_check, foreign_key_check and every text value"),
    "repair": QT_TRANSLATE_NOOP("Cli", "repair a damaged file (a raw copy is kept first). Exit 0 when the repair "
                                "kept every record; 1 when it failed or records could not be saved (the newest "
                                "good backup and the command that restores it are named then)"),
    "backup": QT_TRANSLATE_NOOP("Cli", "back up FILE now"),
    "to": QT_TRANSLATE_NOOP("Cli", "write the copy into DIR instead of the backups folder"),
    "backups": QT_TRANSLATE_NOOP("Cli", "list the backups of FILE"),
    "restore": QT_TRANSLATE_NOOP("Cli", "restore BACKUP (a path as `backups` lists it) over the workspace"),
    "into": QT_TRANSLATE_NOOP("Cli", "the workspace to restore into (default: yours)"),
    "activities": QT_TRANSLATE_NOOP("Cli", "import or export the activity log as CSV"),
    "import": QT_TRANSLATE_NOOP("Cli", "import activities from CSV (all or nothing; a bad row rejects the file)"),
    "duplicates": QT_TRANSLATE_NOOP("Cli", "also import rows identical to activities already in the log"),
    "export": QT_TRANSLATE_NOOP("Cli", "export activities as CSV for Excel"),
    "out": QT_TRANSLATE_NOOP("Cli", "the CSV file to write"),
    "from": QT_TRANSLATE_NOOP("Cli", "from this date (YYYY-MM-DD)"),
    "until": QT_TRANSLATE_NOOP("Cli", "up to this date (YYYY-MM-DD)"),
    "checklist": QT_TRANSLATE_NOOP("Cli", "print the introduction checklist, one item per line: phase, state, due "
                                   "date, owner, item, answer"),
    "placement": QT_TRANSLATE_NOOP("Cli", "the placement, by its peer supporter's name exactly (default: every "
                                   "placement not ended)"),
    "overdue": QT_TRANSLATE_NOOP("Cli", "only the overdue items (nothing when there are none)"),
    "report": QT_TRANSLATE_NOOP("Cli", "write a report as a PDF"),
    "pdf": QT_TRANSLATE_NOOP("Cli", "the PDF file to write"),
    "period_from": QT_TRANSLATE_NOOP("Cli", "the period's first day, YYYY-MM-DD (default: 1 January this year)"),
    "period_to": QT_TRANSLATE_NOOP("Cli", "the period's last day, YYYY-MM-DD (default: today)"),
    "report_placement": QT_TRANSLATE_NOOP("Cli", "one placement, by its peer supporter's exact name"),
    "report_person": QT_TRANSLATE_NOOP("Cli", "one peer supporter, by their exact name (default: all)"),
    "report_circle": QT_TRANSLATE_NOOP("Cli", "the study circle, by its exact theme"),
    "report_round": QT_TRANSLATE_NOOP("Cli", "the survey round, by its exact name"),
    "suppress": QT_TRANSLATE_NOOP("Cli", "for a report that leaves the unit: counts of 1 and 2 show as <3, and "
                                  "nothing lets them be worked out"),
    "draft": QT_TRANSLATE_NOOP("Cli", "mark every page as a draft"),
    "jobdesc": QT_TRANSLATE_NOOP("Cli", "print a job description version as Markdown, or a per-section diff of two"),
    "one_placement": QT_TRANSLATE_NOOP("Cli", "the placement, by its peer supporter's name"),
    "revision": QT_TRANSLATE_NOOP("Cli", "N, agreed or draft (default: the agreed version, else the latest)"),
    "diff": QT_TRANSLATE_NOOP("Cli", "a unified diff per section of two versions (N, agreed or draft)"),
}


class Usage(Exception):
    """Wrong usage, found by argparse: reported (translated) by main, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise Usage(message, self)


def _global_options(parser: argparse.ArgumentParser, t: Callable[[str], str]) -> None:
    parser.add_argument("--lang", choices=language.LANGUAGES, help=t("lang"))
    parser.add_argument("--as", dest="actor", metavar="NAME", help=t("as"))


def _words(translate: Translate) -> Callable[[str], str]:
    return lambda key: HELP[key].tr(translate, commands=", ".join(COMMANDS), suffix=SUFFIX)


def _gui_parser(translate: Translate) -> argparse.ArgumentParser:
    t = _words(translate)
    parser = _Parser(prog="peerdesk", description=t("description"))
    parser.add_argument("file", nargs="?", type=Path, help=t("file"))
    parser.add_argument("--workspace", type=Path, metavar="FILE", help=t("workspace"))
    parser.add_argument("--smoke", action="store_true", help=t("smoke"))
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    _global_options(parser, t)
    return parser


def _command_parser(translate: Translate) -> argparse.ArgumentParser:
    t = _words(translate)
    parser = _Parser(prog="peerdesk", description=t("description"))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser("demo", help=t("demo"), description=t("demo"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=commands.demo)
    p = sub.add_parser("check", help=t("check"), description=t("check"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--full", action="store_true", help=t("full"))
    p.add_argument("--repair", action="store_true", help=t("repair"))
    p.set_defaults(run=commands.check)
    p = sub.add_parser("backup", help=t("backup"), description=t("backup"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--to", type=Path, metavar="DIR", help=t("to"))
    p.set_defaults(run=commands.backup)
    p = sub.add_parser("backups", help=t("backups"), description=t("backups"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=commands.backups)
    p = sub.add_parser("restore", help=t("restore"), description=t("restore"))
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.add_argument("--workspace", type=Path, metavar="FILE", help=t("into"))
    p.set_defaults(run=commands.restore)
    p = sub.add_parser("checklist", help=t("checklist"), description=t("checklist"))
    p.add_argument("--workspace", type=Path, metavar="FILE", help=t("workspace"))
    p.add_argument("--placement", metavar="NAME", help=t("placement"))
    p.add_argument("--overdue", action="store_true", help=t("overdue"))
    p.set_defaults(run=commands.checklist)
    p = sub.add_parser("activities", help=t("activities"), description=t("activities"))
    actions = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = actions.add_parser("import", help=t("import"), description=t("import"))
    p.add_argument("csv", type=Path, metavar="CSV")
    p.add_argument("--workspace", type=Path, metavar="FILE", help=t("workspace"))
    p.add_argument("--allow-duplicates", action="store_true", help=t("duplicates"))
    p.set_defaults(run=commands.activities)
    p = actions.add_parser("export", help=t("export"), description=t("export"))
    p.add_argument("--out", type=Path, metavar="CSV", required=True, help=t("out"))
    p.add_argument("--workspace", type=Path, metavar="FILE", help=t("workspace"))
    p.add_argument("--from", dest="start", metavar="DATE", help=t("from"))
    p.add_argument("--to", dest="end", metavar="DATE", help=t("until"))
    p.set_defaults(run=commands.activities)
    p = sub.add_parser("jobdesc", help=t("jobdesc"), description=t("jobdesc"))
    p.add_argument("--workspace", type=Path, metavar="FILE", help=t("workspace"))
    p.add_argument("--placement", metavar="NAME", help=t("one_placement"))
    which = p.add_mutually_exclusive_group()
    which.add_argument("--revision", type=commands.version, metavar="N|agreed|draft", help=t("revision"))
    which.add_argument("--diff", type=commands.version, nargs=2, metavar=("N", "M"), help=t("diff"))
    p.set_defaults(run=commands.jobdesc)
    _report_parser(sub, t)
    for p in [*sub.choices.values(), *actions.choices.values()]:
        _global_options(p, t)
    return parser


def _report_parser(sub: argparse._SubParsersAction, t: Callable[[str], str]) -> None:
    from peerdesk.reports.kinds import KINDS

    p = sub.add_parser("report", help=t("report"), description=t("report"))
    p.add_argument("kind", choices=list(KINDS), metavar="KIND", help=", ".join(KINDS))
    p.add_argument("--out", type=Path, metavar="PDF", required=True, help=t("pdf"))
    p.add_argument("--workspace", type=Path, metavar="FILE", help=t("workspace"))
    p.add_argument("--from", dest="start", metavar="DATE", help=t("period_from"))
    p.add_argument("--to", dest="end", metavar="DATE", help=t("period_to"))
    for option in ("placement", "person", "circle", "round"):
        p.add_argument(f"--{option}", metavar="NAME", help=t(f"report_{option}"))
    p.add_argument("--suppress-small", action="store_true", help=t("suppress"))
    p.add_argument("--draft", action="store_true", help=t("draft"))
    p.set_defaults(run=commands.report)


def _command_first(argv: list[str]) -> list[str]:
    """Global options may come before the command (`peerdesk --lang sv check F`): move them after it."""
    leading: list[str] = []
    while argv and argv[0].split("=")[0] in GLOBAL_OPTIONS:
        takes_value = "=" not in argv[0]
        leading += argv[: 2 if takes_value else 1]
        argv = argv[2 if takes_value else 1:]
    return argv + leading


def _readable_path(path: Path | None) -> None:
    """A path the command cannot use is one clear line, not a bug: a name that is not text in this system's encoding
    (an old USB stick), longer than the system allows, or a link that leads back to itself."""
    if path is None:
        return
    try:
        os.fsencode(path).decode("utf-8")
    except UnicodeDecodeError:
        raise PeerDeskError(QT_TRANSLATE_NOOP(
            "Cli", "{path}: the name has letters that cannot be read here (perhaps written by another system). "
            "Rename it and try again."), path=os.fsencode(path).decode("utf-8", "backslashreplace")) from None
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        pass  # the command itself says what is missing (or creates it)
    except OSError as exc:
        raise _unusable(path, exc) from exc


def _unusable(path: object, exc: OSError) -> PeerDeskError:
    if exc.errno == errno.ENAMETOOLONG:
        return PeerDeskError(QT_TRANSLATE_NOOP("Cli", "{path}: the name is longer than the system allows."),
                             path=path)
    if exc.errno == errno.ELOOP:
        return PeerDeskError(QT_TRANSLATE_NOOP("Cli", "{path}: a link that leads back to itself."), path=path)
    return PeerDeskError(QT_TRANSLATE_NOOP("Cli", "{path} cannot be used: {reason}."), path=path,
                         reason=exc.strerror or str(exc))


def _readable_text(value: str | None, label: Msg) -> None:
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise PeerDeskError(QT_TRANSLATE_NOOP(
                "Cli", "{field}: the text has letters that cannot be read here. Type it again."), field=label) from None


def _lang_option(argv: list[str]) -> str | None:
    """`--lang` as given, before argparse has run (its help and errors must speak that language)."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


def _translate_argparse(translate: Translate) -> None:
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]


def _parse(argv: list[str], is_command: bool, lang: Callable[[], str],
           translate: Translate) -> tuple[argparse.Namespace, Translate]:
    """Parse, speaking `lang` in help and usage errors. The GUI path installs no translator (the GUI makes its own
    application object) unless it has help or an error to show."""
    wants_help = any(a in ("-h", "--help") for a in argv)
    if translate is untranslated and (is_command or wants_help):
        translate = _translator(lang())
    build = _command_parser if is_command else _gui_parser
    try:
        return build(translate).parse_args(argv), translate
    except Usage as exc:
        refused = exc
    if translate is untranslated:  # say it again, in the user's language
        translate = _translator(lang())
        try:
            build(translate).parse_args(argv)
        except Usage as again:
            refused = again
    message, parser = refused.args
    print(parser.format_usage().rstrip(), file=sys.stderr)
    print(QT_TRANSLATE_NOOP("Cli", "{prog}: error: {message}").tr(translate, prog=parser.prog, message=message),
          file=sys.stderr)
    raise SystemExit(2)


def _translator(lang: str) -> Translate:
    from peerdesk.gui.translation import command_line_translate

    translate = command_line_translate(lang)
    _translate_argparse(translate)
    return translate


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is printed escaped, never a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    argv = _command_first(list(sys.argv[1:] if argv is None else argv))
    is_command = bool(argv) and argv[0] in COMMANDS
    first = argv[0] if argv else ""
    translate: Translate = untranslated
    from peerdesk import logs, settings

    def lang() -> str:
        return language.resolve(_lang_option(argv), str(settings.Settings().get("language")))

    try:
        if first and not is_command and not first.startswith("-") and not (
                first.endswith(SUFFIX) or _is_file(first)):
            translate = _translator(lang())
            print(QT_TRANSLATE_NOOP("Cli", "peerdesk: unknown command or file: {name} (commands: {commands})").tr(
                translate, name=first, commands=", ".join(COMMANDS)), file=sys.stderr)
            return 2
        try:
            args, translate = _parse(argv, is_command, lang, translate)
        except SystemExit as exc:  # --help/--version exit 0, wrong usage exits 2
            return int(exc.code or 0)
        logs.configure()
        for option in ("file", "workspace", "backup", "to", "csv", "out"):
            _readable_path(getattr(args, option, None))
        _readable_text(args.actor, commands.AS_LABEL)
        if not is_command:
            saved = settings.Settings()
            workspace = saved.workspace_to_open(args.workspace or args.file)
            if workspace is not None:  # SQLite's check of the whole file runs while Python loads the window
                inspection.look_ahead(workspace)
            from peerdesk.gui.app import run_gui

            return run_gui(workspace, saved, args.lang, args.smoke)
        return args.run(args, lambda msg, **params: print(msg.tr(translate, **params)), translate)
    except PeerDeskError as err:
        print(err.message(translate), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 1
    except OSError as exc:  # the system refused a file (a name, a link, a disk): one line, and logged
        log.warning("file error in %s", argv, exc_info=True)
        print(_unusable(exc.filename or "?", exc).message(translate), file=sys.stderr)
        return 1
    except Exception:
        log.exception("unexpected error in %s", argv)
        print(QT_TRANSLATE_NOOP("Cli", "Unexpected error (a bug in PeerDesk): details are in {log}.").tr(
            translate, log=logs.log_file()), file=sys.stderr)
        return 1


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


def run() -> NoReturn:
    """The programs' entry point (the `peerdesk` script, `python -m peerdesk`, the bundle): main(), then out at once.

    By then everything is written and closed: the workspace and its lock, the settings, a backup still being made
    (run_gui waits for it). Python's teardown of every module and Qt object would only add tens of milliseconds to
    each run, and PySide's destruction order at exit is a known source of crashes after all is done."""
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # a windowed program on Windows
            continue
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # the reader left, or the stream was closed: nobody to tell
            pass
        except OSError:  # a full disk under a redirect: the output is incomplete, as Python itself would say
            code = code or 120
    os._exit(code)
